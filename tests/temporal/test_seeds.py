"""The seed reports' expressions with their anchor, Thursday 8 Feb 2024 in Baghdad."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.errors import InvalidInput
from domain.temporal import resolve

ANCHOR = dt.date(2024, 2, 8)
ZONE = "Asia/Baghdad"


@pytest.mark.parametrize(
    ("expression", "start", "end", "timex"),
    [
        ("late hours of Wednesday", "2024-02-07T20:00", "2024-02-08T00:00", "2024-02-07TNI"),
        ("Friday night", "2024-02-02T18:00", "2024-02-03T06:00", "2024-02-02TNI"),
        ("late last month", "2024-01-21", "2024-02-01", "2024-01"),
        ("since mid-October", "2023-10-11", "2024-02-09", "2023-10"),
        ("last week", "2024-01-29", "2024-02-05", "2024-W05"),
        ("Wednesday evening", "2024-02-07T18:00", "2024-02-08T00:00", "2024-02-07TEV"),
        ("on Thursday", "2024-02-08", "2024-02-09", "2024-02-08"),
        ("in 2019", "2019-01-01", "2020-01-01", "2019"),
    ],
)
def test_seed_expression(expression: str, start: str, end: str, timex: str) -> None:
    result = resolve(expression, ANCHOR, timezone=ZONE)
    assert (result.start, result.end, result.timex) == (start, end, timex)
    assert result.direction == "past"


def test_late_last_month_carries_the_end_mod() -> None:
    assert resolve("late last month", ANCHOR, timezone=ZONE).mod == "END"


def test_an_aware_anchor_is_read_in_the_publisher_zone() -> None:
    # 22:30 UTC on the 7th is already the 8th in Baghdad (UTC+3).
    moment = dt.datetime(2024, 2, 7, 22, 30, tzinfo=dt.UTC)
    assert resolve("yesterday", moment, timezone=ZONE).start == "2024-02-07"
    assert resolve("yesterday", moment, timezone="UTC").start == "2024-02-06"


def test_the_following_day_leans_on_the_date_just_mentioned() -> None:
    earlier = resolve("January 27", ANCHOR, timezone=ZONE)
    result = resolve("the following day", ANCHOR, timezone=ZONE, previous=earlier)
    assert (result.start, result.end) == ("2024-01-28", "2024-01-29")
    assert result.leaned_on == "January 27"


@pytest.mark.parametrize(
    ("expression", "start"),
    [
        ("two days later", "2024-01-29"),
        ("the day before", "2024-01-26"),
        ("that evening", "2024-01-27T18:00"),
        ("the next morning", "2024-01-28T06:00"),
    ],
)
def test_anaphora_family(expression: str, start: str) -> None:
    earlier = resolve("January 27", ANCHOR, timezone=ZONE)
    result = resolve(expression, ANCHOR, timezone=ZONE, previous=earlier)
    assert result.start == start
    assert result.leaned_on == "January 27"


def test_anaphora_without_an_earlier_date_stays_unresolved() -> None:
    result = resolve("the following day", ANCHOR, timezone=ZONE)
    assert result.start is None and result.end is None
    assert result.reason is not None and "earlier date" in result.reason


def test_a_self_contradicting_date_keeps_both_readings() -> None:
    # 5 January 2025 is a Sunday, so "Monday, January 5" cannot both hold.
    result = resolve("Monday, January 5", dt.date(2025, 1, 10), timezone=ZONE)
    assert (result.start, result.end) == (None, None)
    assert result.reason is not None and result.reason.startswith("contradiction")
    assert [r.start for r in result.readings] == ["2025-01-05", "2025-01-06"]


def test_a_consistent_weekday_and_date_is_fine() -> None:
    result = resolve("Sunday, January 5", dt.date(2025, 1, 10), timezone=ZONE)
    assert result.start == "2025-01-05" and not result.readings


def test_without_an_anchor_relative_expressions_stay_unresolved() -> None:
    result = resolve("last week", None, timezone=ZONE)
    assert (result.start, result.end) == (None, None)
    assert result.reason is not None and "no anchor" in result.reason


def test_without_an_anchor_absolute_expressions_still_resolve() -> None:
    assert resolve("in 2019", None).start == "2019-01-01"
    assert resolve("7 February 2024", None).start == "2024-02-07"


def test_once_dated_the_same_expression_resolves() -> None:
    assert resolve("last week", None).start is None
    assert resolve("last week", ANCHOR).start == "2024-01-29"


def test_an_unknown_zone_is_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        resolve("yesterday", ANCHOR, timezone="Mars/Olympus")

"""The rules table of specs/temporal-resolution.md, anchor Thursday 2024-02-08."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve

ANCHOR = dt.date(2024, 2, 8)


def when(expression: str, context: str = "", **kwargs: object):  # type: ignore[no-untyped-def]
    return resolve(expression, ANCHOR, timezone="Asia/Baghdad", context=context, **kwargs)


@pytest.mark.parametrize(
    ("expression", "context", "start", "end"),
    [
        ("today", "", "2024-02-08", "2024-02-09"),
        ("yesterday", "", "2024-02-07", "2024-02-08"),
        ("tomorrow", "", "2024-02-09", "2024-02-10"),
        ("Wednesday", "It happened on Wednesday.", "2024-02-07", "2024-02-08"),
        ("Thursday", "It happened on Thursday.", "2024-02-08", "2024-02-09"),
        ("Friday", "It happened on Friday.", "2024-02-02", "2024-02-03"),
        ("Monday", "They will meet on Monday.", "2024-02-12", "2024-02-13"),
        ("last Thursday", "", "2024-02-01", "2024-02-02"),
        ("next Friday", "", "2024-02-09", "2024-02-10"),
        ("this week", "", "2024-02-05", "2024-02-12"),
        ("next week", "", "2024-02-12", "2024-02-19"),
        ("earlier this week", "", "2024-02-05", "2024-02-08"),
        ("earlier this month", "", "2024-02-01", "2024-02-08"),
        ("the past week", "", "2024-02-01", "2024-02-08"),
        ("the past three days", "", "2024-02-05", "2024-02-08"),
        ("last month", "", "2024-01-01", "2024-02-01"),
        ("this month", "", "2024-02-01", "2024-03-01"),
        ("next month", "", "2024-03-01", "2024-04-01"),
        ("early last month", "", "2024-01-01", "2024-01-11"),
        ("mid-October", "", "2023-10-11", "2023-10-21"),
        ("the end of January", "", "2024-01-21", "2024-02-01"),
        ("the beginning of January", "", "2024-01-01", "2024-01-11"),
        ("Jan. 28", "", "2024-01-28", "2024-01-29"),
        ("Feb. 20", "The talks will resume on Feb. 20.", "2024-02-20", "2024-02-21"),
        ("three days ago", "", "2024-02-05", "2024-02-06"),
        ("two weeks ago", "", "2024-01-22", "2024-01-29"),
        ("two months ago", "", "2023-12-01", "2024-01-01"),
        ("five years ago", "", "2019-01-01", "2020-01-01"),
        ("last year", "", "2023-01-01", "2024-01-01"),
        ("this year", "", "2024-01-01", "2025-01-01"),
        ("in 2019", "", "2019-01-01", "2020-01-01"),
        ("7 February 2024", "", "2024-02-07", "2024-02-08"),
        ("February 7, 2024", "", "2024-02-07", "2024-02-08"),
        ("Friday night", "", "2024-02-02T18:00", "2024-02-03T06:00"),
        ("Wednesday morning", "", "2024-02-07T06:00", "2024-02-07T12:00"),
        ("Wednesday afternoon", "", "2024-02-07T12:00", "2024-02-07T18:00"),
        ("late hours of Wednesday", "", "2024-02-07T20:00", "2024-02-08T00:00"),
        ("late Wednesday", "", "2024-02-07T20:00", "2024-02-08T00:00"),
    ],
)
def test_rules_table(expression: str, context: str, start: str, end: str) -> None:
    result = when(expression, context)
    assert (result.start, result.end) == (start, end), result


@pytest.mark.parametrize(
    ("expression", "timex", "granularity", "mod"),
    [
        ("last week", "2024-W05", "week", None),
        ("two weeks ago", "2024-W04", "week", None),
        ("late last month", "2024-01", "month", "END"),
        ("mid-October", "2023-10", "month", "MID"),
        ("Friday night", "2024-02-02TNI", "part_of_day", None),
        ("Wednesday evening", "2024-02-07TEV", "part_of_day", None),
        ("in 2019", "2019", "year", None),
        ("the third quarter", "2023-Q3", "month", None),
        ("this summer", "2024-SU", "month", None),
        ("the 1990s", "199", "year", None),
    ],
)
def test_timex_values(expression: str, timex: str, granularity: str, mod: str | None) -> None:
    result = when(expression)
    assert (result.timex, result.granularity, result.mod) == (timex, granularity, mod)


def test_since_runs_from_the_start_of_x_to_the_end_of_the_anchor_day() -> None:
    result = when("since mid-October")
    assert (result.start, result.end, result.rule) == ("2023-10-11", "2024-02-09", "since")


@pytest.mark.parametrize("expression", ["recently", "in recent weeks", "earlier"])
def test_vague_past_is_open_to_the_past_and_ends_with_the_anchor_day(expression: str) -> None:
    result = when(expression)
    assert (result.start, result.end, result.granularity, result.timex) == (
        None,
        "2024-02-09",
        "vague",
        "PAST_REF",
    )


def test_duration_is_not_placed_on_the_timeline() -> None:
    result = when("for three days")
    assert (result.start, result.end, result.granularity, result.timex) == (
        None,
        None,
        "duration",
        "P3D",
    )


def test_the_result_records_rule_anchor_zone_and_version() -> None:
    result = when("yesterday")
    assert result.rule == "yesterday"
    assert result.anchor == "2024-02-08"
    assert result.timezone == "Asia/Baghdad"
    assert result.resolver == RESOLVER_VERSION


def test_future_context_sets_the_direction() -> None:
    assert when("Monday", "They will meet on Monday.").direction == "future"
    assert when("Monday", "They met on Monday.").direction == "past"


def test_possessive_weekday_names_a_known_event() -> None:
    result = when("Wednesday", "They said they would challenge Wednesday's ruling.")
    assert result.start == "2024-02-07"

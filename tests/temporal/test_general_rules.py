"""Rules added for news text: comparisons, holidays, hedges, quarters, durations, tagger spans.

Anchor Thursday 2024-02-08; the sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import moves_focus, resolve
from domain.temporal.vocab import amount
from extraction.timex import resolve_text, tag

ANCHOR = dt.date(2024, 2, 8)


def when(expression: str, context: str = ""):  # type: ignore[no-untyped-def]
    return resolve(expression, ANCHOR, timezone="Asia/Baghdad", context=context)


def test_number_words_only_combine_tens_and_units() -> None:
    assert amount("twenty four") == 24
    assert amount("a two") is None
    assert [m.text for m in tag("They signed a two-year deal.")] == ["two-year"]
    assert when("two-year").timex == "P2Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks resume in April.", ["April"]),
        ("Last month's vote was close.", ["Last month"]),
        ("It lasted about three days.", ["three days"]),
        ("The third-quarter results were weak.", ["third-quarter"]),
        ("Sales rose in the nine months to September.", ["the nine months", "September"]),
        ("They left almost four years ago.", ["almost four years ago"]),
        ("It will grow in the future.", ["the future"]),
        ("The Friday blasts killed six.", ["Friday"]),
        ("He will speak this evening.", ["this evening"]),
        ("The evening was calm.", []),
    ],
)
def test_spans_follow_timeml_extents(text: str, expected: list[str]) -> None:
    assert [m.text for m in tag(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firm previously made toys.",
        "An answer is expected as soon as the count ends.",
        "Future growth is uncertain.",
        "The quarterly dividend is 5 cents.",
    ],
)
def test_words_rarely_annotated_as_times_are_not_tagged(text: str) -> None:
    assert tag(text) == []


def test_a_year_ago_after_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Profit rose in the third quarter. It was $5 million a year ago."
    results = resolve_text(text, ANCHOR)
    assert [(m.text, w.timex) for m, w in results] == [
        ("the third quarter", "2023-Q3"),
        ("a year ago", "2022-Q3"),
    ]
    assert not moves_focus(results[1][1])
    assert when("a year ago").timex == "2023"  # with no quarter before it: the year


def test_a_bare_clock_time_falls_on_the_day_just_mentioned() -> None:
    results = resolve_text("The attack came on Tuesday. Police arrived at 10 p.m.", ANCHOR)
    assert results[-1][1].timex == "2024-02-06T22:00"
    assert when("10 pm").timex == "2024-02-08T22:00"


@pytest.mark.parametrize(
    ("expression", "context", "timex"),
    [
        ("Christmas", "They met at Christmas.", "2023-12-25"),
        ("Thanksgiving", "They will meet at Thanksgiving.", "2024-11-28"),
        ("last Thanksgiving", "", "2023-11-23"),
        ("Easter 2024", "", "2024-03-31"),
        ("Memorial Day", "The parade will be on Memorial Day.", "2024-05-27"),
    ],
)
def test_holidays(expression: str, context: str, timex: str) -> None:
    assert when(expression, context).timex == timex


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("earlier Sunday", "2024-02-04"),
        ("later yesterday", "2024-02-07"),
        ("around Jan. 15", "2024-01-15"),
        ("more recently", "PAST_REF"),
        ("the previous Friday", "2024-02-02"),
        ("June last year", "2023-06"),
        ("January this year", "2024-01"),
        ("the 2022 third quarter", "2022-Q3"),
        ("its fourth quarter", "2023-Q4"),
        ("the current fiscal year", "2024"),
        ("about two years ago", "2022"),
        ("the near term", "FUTURE_REF"),
    ],
)
def test_hedged_and_relative_named_units(expression: str, timex: str) -> None:
    assert when(expression).timex == timex


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("at least 30 days", "P30D"),
        ("up to 180 days", "P180D"),
        ("less than one hour", "PT1H"),
        ("the first nine months", "P9M"),
    ],
)
def test_bounded_durations(expression: str, timex: str) -> None:
    result = when(expression)
    assert (result.granularity, result.timex) == ("duration", timex)


def test_earlier_this_week_on_a_monday_is_never_empty() -> None:
    result = resolve("earlier this week", dt.date(2024, 2, 5))
    assert (result.start, result.end) == ("2024-02-05", "2024-02-06")


def test_a_bare_year_ago_adjective_is_the_year_before_the_anchor_or_the_quarter() -> None:
    assert when("year-ago").timex == "2023"
    results = resolve_text("Sales fell in the third quarter. The year-ago results were restated.", ANCHOR)
    assert results[-1][1].timex == "2022-Q3"


@pytest.mark.parametrize(
    ("expression", "timex"),
    [("coming weeks", "FUTURE_REF"), ("past years", "PAST_REF"), ("the past several quarters", "PXQ")],
)
def test_a_plural_unit_without_a_number_is_vague(expression: str, timex: str) -> None:
    result = when(expression)
    assert (result.granularity, result.timex) == ("vague", timex)
    assert when("the past two weeks").timex == "P2W"


def test_the_previous_weekday_counts_from_the_day_just_mentioned() -> None:
    results = resolve_text("Shares fell on Jan. 26, down from the previous Friday.", ANCHOR)
    assert [(m.text, w.timex) for m, w in results] == [
        ("Jan. 26", "2024-01-26"),
        ("the previous Friday", "2024-01-19"),
    ]
    assert when("the following Monday").timex == "2024-02-12"


def test_a_rate_is_not_a_duration() -> None:
    assert tag("The plant will save $2 million a year.") == []
    assert [m.text for m in tag("The plant will close for a year.")] == ["a year"]

"""Bare clock times never land after the anchor in past context; decades, centuries,
spelt-out years, "year-end", "the week of", "years ago", and the resolver's cache.

The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from domain.temporal.resolver import _outcome
from extraction.timex import tag

PUBLISHED = dt.datetime(2024, 2, 3, 9, 40, tzinfo=dt.timezone(dt.timedelta(hours=3)))
ANCHOR = dt.date(2024, 2, 8)


def at_publication(expression: str, context: str, moment: dt.datetime = PUBLISHED):  # type: ignore[no-untyped-def]
    return resolve(expression, moment, timezone="Asia/Baghdad", context=context)


def test_midnight_in_past_context_is_the_last_midnight_before_publication() -> None:
    result = at_publication("around midnight local time", "The strikes began around midnight local time.")
    assert (result.start, result.end) == ("2024-02-03T00:00", "2024-02-03T01:00")
    assert result.timex == "2024-02-02T24:00"
    assert result.direction == "past"


@pytest.mark.parametrize(
    ("expression", "start"),
    [
        ("at midnight", "2024-02-03T00:00"),
        ("around 10 p.m.", "2024-02-02T22:00"),  # 22:00 today is still ahead at 09:40
        ("at 10:30", "2024-02-02T10:30"),
        ("at 9 am", "2024-02-03T09:00"),  # already past at 09:40
        ("at dawn", "2024-02-03T05:00"),
        ("at dusk", "2024-02-02T17:00"),
        ("the evening", "2024-02-02T18:00"),
    ],
)
def test_bare_times_in_past_context_are_at_or_before_the_anchor(expression: str, start: str) -> None:
    result = at_publication(expression, f"The shelling started {expression}.")
    assert result.start == start
    assert result.start is not None and result.start <= "2024-02-03T09:40"


def test_dawn_before_publication_time_is_the_previous_dawn() -> None:
    early = dt.datetime(2024, 2, 3, 4, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert at_publication("at dawn", "The raid began at dawn.", early).start == "2024-02-02T05:00"


def test_bare_time_in_future_context_may_lie_ahead() -> None:
    result = at_publication("at midnight", "The ceasefire will begin at midnight.")
    assert result.start == "2024-02-04T00:00"
    assert result.direction == "future"


def test_bare_time_with_a_date_anchor_stays_on_the_anchor_day_or_before() -> None:
    assert (
        resolve("at midnight", ANCHOR, context="The strikes began at midnight.").start == "2024-02-08T00:00"
    )
    assert resolve("at 10 pm", ANCHOR, context="It began at 10 pm.").start == "2024-02-08T22:00"


def test_bare_time_leans_on_the_day_just_mentioned() -> None:
    previous = resolve("Tuesday", ANCHOR, context="Talks collapsed on Tuesday.")
    result = resolve("around midnight", ANCHOR, context="Shelling began around midnight.", previous=previous)
    assert result.start == "2024-02-07T00:00"  # the midnight that ends Tuesday
    assert result.leaned_on == "Tuesday"


@pytest.mark.parametrize(
    ("expression", "timex", "start"),
    [
        ("the 1990s", "199", "1990-01-01"),
        ("the '80s", "198", "1980-01-01"),
        ("the nineties", "199", "1990-01-01"),
        ("the 1900s", "19", "1900-01-01"),
        ("the 20th century", "19", "1900-01-01"),
        ("the twenty-first century", "20", "2000-01-01"),
        ("last century", "19", "1900-01-01"),
        ("nineteen ninety-six", "1996", "1996-01-01"),
        ("the year two thousand", "2000", "2000-01-01"),
        ("fiscal year 2012", "2012", "2012-01-01"),
        ("the 2011 fiscal year", "2011", "2011-01-01"),
        ("the week of Jan. 15", "2024-W03", "2024-01-15"),
        ("year-end", "2024", "2024-09-01"),
        ("years ago", "PAST_REF", None),
    ],
)
def test_eras_and_named_spans(expression: str, timex: str, start: str | None) -> None:
    result = resolve(expression, ANCHOR, context=f"It was {expression}.")
    assert (result.timex, result.start) == (timex, start)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Prices fell in the nineties.", ["the nineties"]),
        ("It was built in the 19th century.", ["the 19th century"]),
        ("Sales rose in nineteen ninety-six.", ["nineteen ninety-six"]),
        ("They left years ago.", ["years ago"]),
        ("Profit rose from the prior year.", ["the prior year"]),
        ("Shares rose before year-end.", ["year-end"]),
        ("The raid began at dawn.", ["dawn"]),
        ("It was the dawn of a new era.", []),
        ("Bids are due the week of March 6.", ["the week of March 6"]),
        ("Results for fiscal year 2012 were weak.", ["fiscal year 2012"]),
    ],
)
def test_tagger_finds_the_new_shapes(sentence: str, found: list[str]) -> None:
    assert [m.text for m in tag(sentence)] == found


def test_resolver_cache_gives_the_same_answer_and_is_used() -> None:
    context = "Talks resumed on Wednesday."
    first = resolve("Wednesday", ANCHOR, context=context)
    hits = _outcome.cache_info().hits
    second = resolve("Wednesday", ANCHOR, context=context)
    assert first == second
    assert _outcome.cache_info().hits == hits + 1
    # a different cue is a different key
    assert resolve("Wednesday", ANCHOR, context="They will meet on Wednesday.").start == "2024-02-14"


@pytest.mark.parametrize(
    ("expression", "timex", "mod"),
    [
        ("mid-afternoon yesterday", "2024-02-07TAF", "MID"),
        ("this past spring", "2023-SP", None),
        ("a week or so ago", "2024-W05", None),
        ("the next few days", "PXD", None),
        ("the past few weeks", "PXW", None),
    ],
)
def test_hedged_and_unsaid_amounts(expression: str, timex: str, mod: str | None) -> None:
    result = resolve(expression, ANCHOR, context=f"It happened {expression}.")
    assert (result.timex, result.mod) == (timex, mod)


def test_few_units_stay_open_intervals_on_their_side_of_the_anchor() -> None:
    ahead = resolve("the next few days", ANCHOR)
    back = resolve("the past few weeks", ANCHOR)
    assert (ahead.start, ahead.end, ahead.direction) == ("2024-02-09", None, "future")
    assert (back.start, back.end, back.direction) == (None, "2024-02-09", "past")
    assert [m.text for m in tag("Rain fell this past weekend and a week or so ago.")] == [
        "this past weekend",
        "a week or so ago",
    ]


def test_since_counts_from_the_past_even_in_a_future_clause() -> None:
    result = resolve("since Monday", ANCHOR, context="Prices will stay high, as they have since Monday.")
    assert (result.start, result.end) == ("2024-02-05", "2024-02-09")

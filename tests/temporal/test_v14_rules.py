"""Rules of resolver 1.4, written against the dev half of the blind set (tests/data/timex_blind.jsonl):
"May" after a bound or a part of the month, halves of durations in words, lengths in two units
with a hedge, minutes and hours counted from a clock time, a clock time followed by "on" a day,
"the 12th", quarters named by their months, "the fall of", and the direction cues behind them.

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from domain.temporal.direction import direction_of
from tests.temporal.tagged import ANCHOR, found, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices have risen since May, traders said.", [("May", "DATE", "2019-05")]),
        ("The plan will be presented in mid-May.", [("mid-May", "DATE", "2020-05")]),
        ("The strike lasted until late May.", [("late May", "DATE", "2019-05")]),
        ("Officials may decide later.", []),
    ],
)
def test_may_after_a_bound_or_a_part_of_the_month(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hearing lasted two and a half hours.", "PT2H30M"),
        ("He faces about seven and a half years in prison.", "P7Y6M"),
    ],
)
def test_and_a_half_in_words(text: str, value: str) -> None:
    [(_, kind, timex)] = values(text)
    assert (kind, timex) == ("DURATION", value)


def test_two_units_with_a_hedge() -> None:
    assert values("The blackout will last up to 4 minutes and 28 seconds.") == [
        ("up to 4 minutes and 28 seconds", "DURATION", "PT4M28S")
    ]


def test_minutes_and_hours_later_count_from_a_clock_time() -> None:
    text = "The first shot was fired at 5:42 p.m. on Monday and police arrived 11 minutes later."
    assert values(text)[-1] == ("11 minutes later", "TIME", "2019-06-10T17:53")
    text = "The quake struck at 4:17 a.m. Monday, and a second one hit nine hours later."
    assert values(text)[-1] == ("nine hours later", "TIME", "2019-06-10T13:17")


def test_minutes_later_after_a_day_stay_unresolved() -> None:
    when = resolve("11 minutes later", ANCHOR, context="It happened on Monday.")
    # Still not placed on the timeline; since 1.10 the length the text gives is kept (`PT11M`,
    # as TimeML annotates such spans) instead of no value at all.
    assert when.start is None and when.end is None
    assert when.timex == "PT11M"


def test_clock_time_falls_on_the_day_named_after_it() -> None:
    text = "The fire broke out at 4:10 p.m. on New Year's Day, officials said."
    assert values(text, dt.date(2024, 1, 2))[0] == ("4:10 p.m.", "TIME", "2024-01-01T16:10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting began on June 2, and a truce agreed on the 5th lasted a day.",
            [
                ("June 2", "DATE", "2019-06-02"),
                ("the 5th", "DATE", "2019-06-05"),
                ("a day", "DURATION", "P1D"),
            ],
        ),
        ("The vote was held on the 3rd.", [("the 3rd", "DATE", "2019-06-03")]),
        ("The vote was held on the 20th.", [("the 20th", "DATE", "2019-05-20")]),
    ],
)
def test_the_nth_is_a_day_of_the_month_just_mentioned(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text) == expected


def test_the_nth_before_a_noun_is_no_date() -> None:
    assert found("They met on the 12th floor of the ministry.") == []


def test_quarter_named_by_its_months() -> None:
    assert values("Output grew 2% in the January-March quarter, data showed.") == [
        ("the January-March quarter", "DATE", "2019-Q1")
    ]


def test_the_fall_of_a_government_is_no_season() -> None:
    assert found("Crowds celebrated the fall of the government.") == []
    assert found("He resigned in the fall of 2018.") == [("the fall of 2018", "DATE")]


@pytest.mark.parametrize(
    ("expression", "context", "direction"),
    [
        # an -ed word after an article is an adjective
        ("mid-May", "The council will vote on a revised plan in mid-May.", "future"),
        # "earlier than" compares
        ("late July", "The drills will begin earlier than usual, in late July.", "future"),
        # a coordinated verb with its own auxiliary starts a clause
        ("Sunday night", "She won the final on Sunday night and will race again on Friday.", "past"),
        # "as early as" after a past verb of its clause
        ("April 9", "Police had been warned of an attack as early as April 9.", "past"),
        # a future auxiliary before the date outranks a participle after it
        ("Feb. 15", "Troops will withdraw on Feb. 15 under a deal signed in Geneva.", "future"),
        # a start set at a clock time lies ahead
        (
            "11:59 p.m. on Friday",
            "Flights were suspended for 30 days starting at 11:59 p.m. on Friday.",
            "future",
        ),
        # a passive forecast looks ahead, the noun does not
        ("Thursday", "Gusts of 100 mph were forecast through Thursday.", "future"),
        ("Tuesday", "The fund cut its forecast for growth on Tuesday.", "past"),
        # a plan reported in the past is no future cue
        ("Friday", "Peace talks due to open on Friday were delayed by a day.", "past"),
    ],
)
def test_direction_cues(expression: str, context: str, direction: str) -> None:
    assert direction_of(expression, context) == direction


def test_plans_reported_in_the_past_take_the_nearest_month() -> None:
    context = "Repairs that were due to finish in May are now expected to take until November."
    assert resolve("May", ANCHOR, context=context).timex == "2019-05"
    context = "Repairs that were due to finish in July are now expected to take until November."
    assert resolve("July", ANCHOR, context=context).timex == "2019-07"


def test_plan_reported_in_the_past_keeps_the_weekday_default() -> None:
    context = "Peace talks due to open on Friday were delayed by at least a day."
    assert resolve("Friday", dt.date(2016, 1, 30), context=context).timex == "2016-01-29"

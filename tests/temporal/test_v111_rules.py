"""Rules of resolver 1.11: "late on Sunday night" is "late Sunday night"; a clock time keeps the
date written after its weekday ("9 a.m. on Friday, March 22") and the year after its date; what
is left or closed "for the weekend" from Thursday on is the weekend ahead; a clock time given
again in another zone in brackets falls, with its twin, on the day named after the brackets; the
dot closing "a.m." / "p.m." belongs to the span; "every night" and "nightly" are sets of nights;
"today is the 40th day of" is the report's day; a clock time does not lean on a "since";
"overnight into Sunday" is Saturday's night; a range of weekdays ends after it begins; "the past
fortnight", "the March quarter", "the second half of the year", "H1 profit", "the first week of
August" and "between 5 and 9 August" are read; "a vote on Thursday" is no schedule and "could drag
into Wednesday" is bounded ahead; Lunar New Year, Yom Kippur, Rosh Hashanah, Passover, Hanukkah
and "New Year" are named days; "7.45pm" is a clock time.

The sentences are made up; each case of a rule's test failed on 1.10 (the last test keeps what
the rules must leave alone). Anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION
from tests.temporal.tagged import Expected, found, values

#: A Tuesday in mid-July.
JULY_DAY = dt.date(2024, 7, 16)
#: A Thursday and a Friday at the end of July.
THURSDAY = dt.date(2024, 7, 25)
FRIDAY = dt.date(2024, 7, 26)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia overran the checkpoint late on Sunday night, villagers said.",
            [("late on Sunday night", "TIME", "2024-07-14TNI")],
        ),
        (
            "Troops crossed the river early on Monday morning.",
            [("early on Monday morning", "TIME", "2024-07-15TMO")],
        ),
        (
            "The two delegations were still talking late on Saturday evening.",
            [("late on Saturday evening", "TIME", "2024-07-13TEV")],
        ),
    ],
)
def test_late_on_a_day_and_its_part_is_that_part_of_the_day(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date after the weekday used to be dropped, or cut down to its month
        (
            "The first shell landed at 6:20 a.m. on Sunday, July 14, witnesses said.",
            [("6:20 a.m. on Sunday, July 14", "TIME", "2024-07-14T06:20")],
        ),
        (
            "Polling stations opened at 07:00 GMT on Saturday 13 July across the country.",
            [("07:00 GMT on Saturday 13 July", "TIME", "2024-07-13T07:00")],
        ),
        (
            "The convoy left at 9 a.m. Monday, July 15, and reached the border by dusk.",
            [("9 a.m. Monday, July 15", "TIME", "2024-07-15T09:00"), ("dusk", "TIME", "2024-07-15TEV")],
        ),
        # the year after the date used to stand alone, as a DATE of its own
        (
            "The accord was signed at 4 p.m. on March 5, 2023, in the capital.",
            [("4 p.m. on March 5, 2023", "TIME", "2023-03-05T16:00")],
        ),
    ],
)
def test_a_clock_time_keeps_the_date_after_its_weekday(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The negotiators went home for the weekend with no agreement in sight.",
            FRIDAY,
            [("the weekend", "DATE", "2024-W30-WE")],
        ),
        (
            "Most shops in the old city closed for the weekend after the warning.",
            THURSDAY,
            [("the weekend", "DATE", "2024-W30-WE")],
        ),
    ],
)
def test_for_the_weekend_is_the_weekend_at_hand(text: str, anchor: dt.date, expected: Expected) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The truce took effect at 8 a.m. (0500 GMT) on Sunday, the army said.",
            [
                ("8 a.m.", "TIME", "2024-07-14T08:00"),
                ("0500 GMT", "TIME", "2024-07-14T05:00"),
                ("Sunday", "DATE", "2024-07-14"),
            ],
        ),
        (
            "The quake struck at 11:42 p.m. local time (2042 GMT) Saturday, the survey said.",
            [
                ("11:42 p.m. local time", "TIME", "2024-07-13T23:42"),
                ("2042 GMT", "TIME", "2024-07-13T20:42"),
                ("Saturday", "DATE", "2024-07-13"),
            ],
        ),
    ],
)
def test_a_time_given_again_in_brackets_falls_on_the_day_after_them(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The curfew runs from 9 p.m. to 5 a.m. until further notice.",
            [("9 p.m.", "TIME"), ("5 a.m.", "TIME")],
        ),
        ("Sirens sounded at 4 a.m., residents said.", [("4 a.m.", "TIME")]),
        (
            "Polls close at 8 p.m. Results are expected overnight.",
            [("8 p.m.", "TIME"), ("overnight", "TIME")],
        ),
    ],
)
def test_the_dot_closing_a_m_and_p_m_belongs_to_the_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drones have attacked the port every night since the talks failed.",
            [("every night", "SET", "XXXX-XX-XXTNI")],
        ),
        ("Residents queue for bread each morning.", [("each morning", "SET", "XXXX-XX-XXTMO")]),
        ("The capital has endured nightly air raid alerts.", [("nightly", "SET", "XXXX-XX-XXTNI")]),
    ],
)
def test_every_night_is_a_set_of_nights(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the besieged city, today is the 40th day of the blockade.",
            [("today", "DATE", "2024-07-16"), ("the 40th day", "DATE", "2024-07-16")],
        ),
        ("It's the third day of a general strike in the port.", [("the third day", "DATE", "2024-07-16")]),
    ],
)
def test_the_day_counted_after_is_is_the_day_of_the_report(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


def test_a_clock_time_does_not_lean_on_a_since() -> None:
    text = "The parade moved indoors for the first time since 1985, with rain forecast at noon."
    assert values(text, JULY_DAY) == [("1985", "DATE", "1985"), ("noon", "TIME", "2024-07-16T12:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm deepened overnight into Sunday, forecasters said.",
            [("overnight into Sunday", "TIME", "2024-07-13TNI")],
        ),
        (
            "Drones struck the refinery overnight into Tuesday.",
            [("overnight into Tuesday", "TIME", "2024-07-15TNI")],
        ),
    ],
)
def test_overnight_into_a_day_is_the_night_before_it(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Kenyans vote in a referendum held over three days, from Friday to Sunday.",
            FRIDAY,
            [
                ("over three days", "DURATION", "P3D"),
                ("Friday", "DATE", "2024-07-26"),
                ("Sunday", "DATE", "2024-07-28"),
            ],
        ),
        (
            "The crossing was shut from Monday to Wednesday, drivers said.",
            JULY_DAY,
            [("Monday", "DATE", "2024-07-15"), ("Wednesday", "DATE", "2024-07-17")],
        ),
    ],
)
def test_a_range_of_weekdays_ends_after_it_begins(text: str, anchor: dt.date, expected: Expected) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fortnight counted back is two weeks
        (
            "More than 900 people crossed the border in the past fortnight.",
            [("the past fortnight", "DURATION", "P2W")],
        ),
        # a quarter named by the month it ends in
        ("Exports beat forecasts in the March quarter.", [("the March quarter", "DATE", "2024-Q1")]),
        # "of the year": of the year the report is in
        (
            "Growth should pick up in the second half of the year.",
            [("the second half of the year", "DATE", "2024-H2")],
        ),
        ("The retailer said H1 profit fell 8%.", [("H1", "DATE", "2024-H1")]),
        (
            "Officials expect the rains in the first week of August.",
            [("the first week of August", "DATE", "2024-W31")],
        ),
        # the first day of a range written day first
        (
            "The talks will be held in Geneva between 5 and 9 August.",
            [("5", "DATE", "2024-08-05"), ("9 August", "DATE", "2024-08-09")],
        ),
    ],
)
def test_named_periods_and_day_first_ranges(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "a vote" is a noun: no schedule, so the day is the one just past
        (
            "The cabinet pushed the budget through without a vote on Thursday.",
            FRIDAY,
            [("Thursday", "DATE", "2024-07-25")],
        ),
        # a possibility bounded by "into" lies ahead, as one bounded by "through"
        (
            "The summit ended on Tuesday, but aides said talks could drag into Wednesday.",
            JULY_DAY,
            [("Tuesday", "DATE", "2024-07-16"), ("Wednesday", "DATE", "2024-07-17")],
        ),
    ],
)
def test_a_noun_is_no_schedule_and_into_is_a_bound(text: str, anchor: dt.date, expected: Expected) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Markets in Asia closed for Lunar New Year.",
            dt.date(2025, 1, 30),
            [("Lunar New Year", "DATE", "2025-01-29")],
        ),
        (
            "Gunmen attacked worshippers on Yom Kippur.",
            dt.date(2023, 9, 26),
            [("Yom Kippur", "DATE", "2023-09-25")],
        ),
        (
            "The army said it would seal the crossings for Passover.",
            dt.date(2024, 4, 15),
            [("Passover", "DATE", "2024-04-23")],
        ),
        (
            "Ferries were cancelled between Christmas and New Year.",
            dt.date(2024, 12, 28),
            [("Christmas", "DATE", "2024-12-25"), ("New Year", "DATE", "2025-01-01")],
        ),
    ],
)
def test_feasts_of_other_calendars(text: str, anchor: dt.date, expected: Expected) -> None:
    assert values(text, anchor) == expected


def test_minutes_after_a_dot_with_pm() -> None:
    text = "The final kicks off at 7.45pm on Saturday in Cardiff."
    assert values(text, JULY_DAY) == [("7.45pm on Saturday", "TIME", "2024-07-13T19:45")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "late on Wednesday" without a part of the day is still the narrowed day
        (
            "The storm made landfall late on Wednesday.",
            JULY_DAY,
            [("late on Wednesday", "DATE", "2024-07-10")],
        ),
        # a time and a day with no date after them are read as before
        (
            "The blast came at 7:45 p.m. on Monday.",
            JULY_DAY,
            [("7:45 p.m. on Monday", "TIME", "2024-07-15T19:45")],
        ),
        # no year is taken after a weekday that has no date
        (
            "Polls closed at 8 p.m. on Monday, 2024 figures show.",
            JULY_DAY,
            [("8 p.m. on Monday", "TIME", "2024-07-15T20:00"), ("2024", "DATE", "2024")],
        ),
        # on a Monday, the weekend people left for is the one just past; "over the weekend" on a
        # Friday is still the weekend before
        (
            "Many residents had left the city for the weekend when the dam burst.",
            dt.date(2024, 7, 22),
            [("the weekend", "DATE", "2024-W29-WE")],
        ),
        ("Fighting eased over the weekend.", FRIDAY, [("the weekend", "DATE", "2024-W29-WE")]),
        # a bracket that is no second zone leaves the time on its own day
        (
            "Duties rose at 12:01 a.m. EDT (0401 GMT), and Beijing hit back on Friday.",
            JULY_DAY,
            [
                ("12:01 a.m. EDT", "TIME", "2024-07-16T00:01"),
                ("0401 GMT", "TIME", "2024-07-16T04:01"),
                ("Friday", "DATE", "2024-07-12"),
            ],
        ),
        # "the Yom Kippur War" is a name; "the new year" in lower case is no holiday
        ("The Yom Kippur War began in October 1973.", JULY_DAY, [("October 1973", "DATE", "1973-10")]),
        ("Aid agencies fear for the new year.", JULY_DAY, []),
        # a vote as a verb still schedules; a price in dollars is no time
        ("Parliament votes on Thursday.", JULY_DAY, [("Thursday", "DATE", "2024-07-18")]),
        ("The shares closed at $4.45 pm trading.", JULY_DAY, []),
    ],
)
def test_what_the_new_rules_leave_as_1_10_read_it(text: str, anchor: dt.date, expected: Expected) -> None:
    assert values(text, anchor) == expected

"""Rules of resolver 1.10: a count of seconds, minutes or hours with no clock time to count from
is a length; a figure compared "a week ago" and an irregular past after an article ("a cut") no
longer pin a month to the past; a unit in apposition to a date restates it; futures are named
by a delivery month still to come; "through the night" is the night of the day just mentioned;
"the year since" is a length; "the future of" something is its fate, not a time.

The sentences are made up; each case of a rule's test failed on 1.9 (the last test keeps what
the rules must leave alone). Anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from tests.temporal.tagged import Expected, values

#: A Tuesday in mid-July.
JULY_DAY = dt.date(2024, 7, 16)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no clock time anywhere: what the text says is how long after
        ("The second tremor came about 40 seconds later.", [("40 seconds later", "DURATION", "PT40S")]),
        (
            "The ferry sank on Sunday, and rescue boats reached it three hours later.",
            [("Sunday", "DATE", "2024-07-14"), ("three hours later", "DURATION", "PT3H")],
        ),
    ],
)
def test_seconds_minutes_hours_later_with_no_clock_time_are_a_length(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


def test_an_unplaced_count_is_no_point_on_the_timeline() -> None:
    when = resolve("20 minutes later", JULY_DAY, context="The second tremor came 20 minutes later.")
    assert (when.start, when.end, when.granularity, when.timex) == (None, None, "duration", "PT20M")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ago" after the month belongs to the figure compared, not to a verb at the month
        (
            "Traders now price an 80% chance of a rate rise in August, up from 40% a week ago.",
            [
                ("now", "DATE", "PRESENT_REF"),
                ("August", "DATE", "2024-08"),
                ("a week ago", "DATE", "2024-W28"),
            ],
        ),
        # an irregular past after an article is a noun: "a cut in September" plans a cut
        (
            "Markets see a growing chance of a cut in September.",
            [("September", "DATE", "2024-09")],
        ),
    ],
)
def test_words_of_other_expressions_and_nouns_are_no_past_verb(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor was last seen on July 2, the day before the floods reached the town.",
            [("July 2", "DATE", "2024-07-02"), ("the day before", "DATE", "2024-07-02")],
        ),
        (
            "The strike began on Monday, the day after the talks collapsed.",
            [("Monday", "DATE", "2024-07-15"), ("the day after", "DATE", "2024-07-15")],
        ),
    ],
)
def test_a_unit_in_apposition_restates_the_date(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


#: A Monday in late April.
APRIL_DAY = dt.date(2024, 4, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cocoa slumped on Monday, and the May contract settled 4% lower.",
            [("Monday", "DATE", "2024-04-22"), ("May", "DATE", "2024-05")],
        ),
        ("Brent crude for June delivery fell 80 cents.", [("June", "DATE", "2024-06")]),
        ("The January contract lost 2 cents.", [("January", "DATE", "2025-01")]),
    ],
)
def test_futures_are_named_by_a_delivery_month_ahead(text: str, expected: Expected) -> None:
    assert values(text, APRIL_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gas leak forced an evacuation at 9 p.m. on Sunday, and crews worked through the night.",
            [("9 p.m. on Sunday", "TIME", "2024-07-14T21:00"), ("the night", "TIME", "2024-07-14TNI")],
        ),
        ("Shelling continued during the night, residents said.", [("the night", "TIME", "2024-07-16TNI")]),
    ],
)
def test_through_the_night_is_the_night_of_the_day_just_mentioned(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the year since the earthquake, 40,000 homes were rebuilt.", [("the year", "DURATION", "P1Y")]),
        ("Prices doubled in the decade since the reform.", [("the decade", "DURATION", "P10Y")]),
        ("In the months since the merger, 300 jobs went.", [("the months", "DURATION", "PXM")]),
    ],
)
def test_the_year_since_an_event_is_a_length(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit will decide the future of the alliance, and talks will go on in the future.",
            [("the future", "DATE", "FUTURE_REF")],
        ),
    ],
)
def test_the_future_of_something_is_its_fate(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # after a clock time the moment is still counted, a TIME
        (
            "The alarm sounded at 6:10 a.m. on Monday and firefighters arrived 9 minutes later.",
            JULY_DAY,
            [
                ("6:10 a.m. on Monday", "TIME", "2024-07-15T06:10"),
                ("9 minutes later", "TIME", "2024-07-15T06:19"),
            ],
        ),
        # a past verb right at the month still keeps the past reading
        ("The central bank cut rates in September.", JULY_DAY, [("September", "DATE", "2023-09")]),
        # without the comma "the day before" is the day before the date just mentioned
        (
            "The floods reached the town on July 2. The mayor had left the day before.",
            JULY_DAY,
            [("July 2", "DATE", "2024-07-02"), ("the day before", "DATE", "2024-07-01")],
        ),
        # the modal and the surname stay out
        ("May said the contract may be signed soon.", APRIL_DAY, [("soon", "DATE", "FUTURE_REF")]),
        # "the night of" a day is left out, as TimeML leaves it
        ("He was shot on the night of July 4.", JULY_DAY, [("July 4", "DATE", "2024-07-04")]),
        # "for the year" is still the year the report is about
        ("For the year, sales rose 4%.", JULY_DAY, [("the year", "DATE", "2024")]),
    ],
)
def test_what_the_new_rules_leave_as_1_9_read_it(text: str, anchor: dt.date, expected: Expected) -> None:
    assert values(text, anchor) == expected

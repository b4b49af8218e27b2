"""Rules of resolver 1.9: "a while ago" with one space, direction cues that were misread
("better-than-expected", "which expires on Tuesday", "had expected", "could last until
Friday", "ahead of Friday's report", "have already voted a week before Election Day"), and
"the early hours of Saturday" as a part of the night.

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION
from tests.temporal.tagged import values

#: A Tuesday in mid-July.
JULY_DAY = dt.date(2024, 7, 16)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor resigned a while ago.", [("a while ago", "DATE", "PAST_REF")]),
        ("The bridge was closed to lorries some time ago.", [("some time ago", "DATE", "PAST_REF")]),
        # the unit after a number is unchanged
        ("The mill shut about three weeks ago.", [("about three weeks ago", "DATE", "2024-W26")]),
        ("The mill shut a month or so ago.", [("a month or so ago", "DATE", "2024-06")]),
    ],
)
def test_ago_without_a_unit_takes_one_space(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, JULY_DAY) == expected


#: A Wednesday in late November: the nearest first quarter is the next one.
NOVEMBER_DAY = dt.date(2024, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chipmaker reported better-than-expected first-quarter profits on Monday.",
            [("first-quarter", "DATE", "2024-Q1"), ("Monday", "DATE", "2024-11-18")],
        ),
        (
            "The brewer's first-quarter sales were stronger than expected, it said on Monday.",
            [("first-quarter", "DATE", "2024-Q1"), ("Monday", "DATE", "2024-11-18")],
        ),
        # a plan still looks ahead
        ("The brewer expects first-quarter sales to recover.", [("first-quarter", "DATE", "2025-Q1")]),
    ],
)
def test_a_cue_inside_a_compound_adjective_or_after_than_plans_nothing(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, NOVEMBER_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The truce, which expires on Thursday, has held in the north.",
            [("Thursday", "DATE", "2024-07-18")],
        ),
        (
            "Rebels shelled the port, and the ceasefire expiring on Friday looked doomed.",
            [("Friday", "DATE", "2024-07-19")],
        ),
        # an expiry in the past tense stays behind
        ("The truce expired on Thursday.", [("Thursday", "DATE", "2024-07-11")]),
    ],
)
def test_an_expiry_on_a_day_lies_ahead(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts had expected a pause after the rate rise in June.",
            [("June", "DATE", "2024-06")],
        ),
        (
            "The ministry had planned a census in May, but the floods intervened.",
            [("May", "DATE", "2024-05")],
        ),
    ],
)
def test_an_expectation_in_the_pluperfect_was_overtaken(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters said heavy rain could fall through Thursday.",
            [("Thursday", "DATE", "2024-07-18")],
        ),
        (
            "Engineers warned the repairs might take until the weekend.",
            [("the weekend", "DATE", "2024-W29-WE")],
        ),
        # "could not", "could have" keep the past reading of their clause
        ("Officials said the road could not reopen until Friday.", [("Friday", "DATE", "2024-07-12")]),
        ("Police said the fire could have burned until Friday.", [("Friday", "DATE", "2024-07-12")]),
    ],
)
def test_a_possibility_bounded_by_a_day_lies_ahead(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bond yields fell as traders braced for Thursday's inflation figures.",
            [("Thursday", "DATE", "2024-07-18")],
        ),
        ("Shares of the airline climbed ahead of Friday's strike vote.", [("Friday", "DATE", "2024-07-19")]),
        ("Unions were awaiting Wednesday's ruling.", [("Wednesday", "DATE", "2024-07-17")]),
        # what follows the day's event stays behind
        ("Shares of the airline fell after Friday's strike vote.", [("Friday", "DATE", "2024-07-12")]),
    ],
)
def test_an_awaited_event_of_a_named_day_lies_ahead(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Nearly 30 million people have already voted two weeks before Election Day.",
            dt.date(2024, 10, 22),
            [("two weeks", "DURATION", "P2W"), ("Election Day", "DATE", "2024-11-05")],
        ),
        # a past tense near the date still holds it in the past
        (
            "Turnout slumped two weeks before Election Day.",
            dt.date(2024, 10, 22),
            [("two weeks", "DURATION", "P2W"), ("Election Day", "DATE", "2023-11-07")],
        ),
    ],
)
def test_an_adverb_inside_a_present_perfect_keeps_it_a_present_perfect(
    text: str, anchor: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drones hit the refinery in the early hours of Saturday.",
            [("the early hours of Saturday", "TIME", "2024-07-13TNI")],
        ),
        (
            "Looters struck in the small hours of Sunday.",
            [("the small hours of Sunday", "TIME", "2024-07-14TNI")],
        ),
        # "early Saturday" names no part of the day: the day, START
        ("Drones hit the refinery early Saturday.", [("early Saturday", "DATE", "2024-07-13")]),
    ],
)
def test_the_early_hours_of_a_day_are_its_night(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a Monday: the weekend the traders squared up for is the coming one
        (
            "Dealers had squared their books ahead of the weekend.",
            dt.date(2024, 7, 15),
            [("the weekend", "DATE", "2024-W29-WE")],
        ),
        (
            "Dealers trimmed positions in advance of the weekend.",
            dt.date(2024, 7, 15),
            [("the weekend", "DATE", "2024-W29-WE")],
        ),
        # without the cue the weekend is the one just gone
        (
            "Dealers trimmed positions over the weekend.",
            dt.date(2024, 7, 15),
            [("the weekend", "DATE", "2024-W28-WE")],
        ),
    ],
)
def test_what_something_comes_before_lies_ahead(
    text: str, anchor: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new tariffs take effect on Thursday.", [("Thursday", "DATE", "2024-07-18")]),
        ("The treaty comes into force on Thursday.", [("Thursday", "DATE", "2024-07-18")]),
        # in the past tense it stays behind
        ("The new tariffs took effect on Thursday.", [("Thursday", "DATE", "2024-07-11")]),
    ],
)
def test_taking_effect_in_the_simple_present_is_a_schedule(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum is closed until Friday.", [("Friday", "DATE", "2024-07-19")]),
        ("The airline has suspended flights until March.", [("March", "DATE", "2025-03")]),
        ("The border has been closed until Friday, officials said.", [("Friday", "DATE", "2024-07-19")]),
        # a state in the past tense, or a bound that sums up, keeps its reading
        ("The border crossing was closed until Friday.", [("Friday", "DATE", "2024-07-12")]),
        ("Police said the fire could have burned until Friday.", [("Friday", "DATE", "2024-07-12")]),
    ],
)
def test_a_present_state_lasting_until_a_date_ends_ahead(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fort fell less than a year ago.", [("less than a year ago", "DATE", "2023")]),
        ("The fort fell roughly two years ago.", [("roughly two years ago", "DATE", "2022")]),
        ("The fort was built two centuries ago.", [("two centuries ago", "DATE", "18")]),
        ("The fort was built centuries ago.", [("centuries ago", "DATE", "PAST_REF")]),
        ("The fort fell hours ago.", [("hours ago", "DATE", "PAST_REF")]),
        ("The fort fell a few minutes ago.", [("a few minutes ago", "DATE", "PAST_REF")]),
    ],
)
def test_more_of_the_ago_family(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the window before the date starts inside "unprecedented", which after "the" is no verb
        (
            "Invitations were sent for the unprecedented summit on Aug. 2.",
            [("Aug. 2", "DATE", "2024-08-02")],
        ),
        # an -ed word ending a compound is an adjective
        (
            "Invitations were sent to envoys for the long-delayed summit on Aug. 2.",
            [("Aug. 2", "DATE", "2024-08-02")],
        ),
        # a past verb right at the date keeps the date behind
        ("Envoys were sent to the summit that opened on Aug. 2.", [("Aug. 2", "DATE", "2023-08-02")]),
    ],
)
def test_only_whole_words_that_are_verbs_hold_a_date_in_the_past(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected

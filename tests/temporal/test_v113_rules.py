"""Rules of resolver 1.13: an attribution after a date ("..., officials said") dates the saying,
not what is said; the season at hand is the one ahead while it lasts; a plan said to be the first
one ("originally planned for October") was overtaken; "last" after a modal or "to" is the verb
to last, and "cut" after them an infinitive; a likelihood, a hope or an aim in the present looks
ahead, as schools that "reopen" and voters who "head to the polls" do; "the early hours of 2
April 2025", "7 a.m. on 2 February" are one expression each; "on 9 and 10 September" tags both
days; the weekdays joined to "every Tuesday" are sets; "into the evening" is the evening of the
day just mentioned; "and a second" after a length is an ordinal, not a second unit; "the quarter
ending in December" is the fourth quarter.

The sentences are made up; each case of a rule's test failed on 1.12 (the last test keeps what
the rules must leave alone). Anchors are given per case.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION
from tests.temporal.tagged import Expected, values

#: A Tuesday in July.
JULY_DAY = dt.date(2024, 7, 16)
#: A Wednesday in March.
MARCH_DAY = dt.date(2024, 3, 20)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (
            dt.date(2025, 9, 10),
            "The ministry is expected to publish the long-delayed review of the rail network's "
            "finances in May, officials said.",
            [("May", "DATE", "2026-05")],
        ),
        (
            dt.date(2025, 2, 12),
            "The central bank is expected to hold its main rate steady through the spring and raise "
            "it in the autumn, analysts said on Monday.",
            [
                ("the spring", "DATE", "2025-SP"),
                ("the autumn", "DATE", "2025-FA"),
                ("Monday", "DATE", "2025-02-10"),
            ],
        ),
    ],
)
def test_an_attribution_dates_the_saying_not_what_is_said(
    anchor: dt.date, text: str, expected: Expected
) -> None:
    assert values(text, anchor) == expected


def test_the_season_at_hand_is_the_one_ahead_while_it_lasts() -> None:
    text = "Airlines expect the busiest weekend of the summer to bring record passenger numbers."
    assert values(text, dt.date(2025, 7, 11)) == [("the summer", "DATE", "2025-SU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit, originally scheduled for November, now opens in February.",
            [
                ("November", "DATE", "2024-11"),
                ("now", "DATE", "PRESENT_REF"),
                ("February", "DATE", "2025-02"),
            ],
        ),
        (
            "The vote, initially planned for October, will take place next spring.",
            [("October", "DATE", "2024-10"), ("next spring", "DATE", "2025-SP")],
        ),
    ],
)
def test_a_plan_said_to_be_the_first_one_was_overtaken(text: str, expected: Expected) -> None:
    assert values(text, dt.date(2024, 12, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials warned that the outage could last until Thursday.", [("Thursday", "DATE", "2024-07-18")]),
        ("The central bank will cut its key rate on Thursday.", [("Thursday", "DATE", "2024-07-18")]),
        ("The regulator is expected to cut fees on Friday.", [("Friday", "DATE", "2024-07-19")]),
    ],
)
def test_verbs_after_a_modal_or_to_are_no_past(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers are likely to approve the budget on Friday.", [("Friday", "DATE", "2024-07-19")]),
        ("The company hopes to close the sale on Monday.", [("Monday", "DATE", "2024-07-22")]),
        ("The union threatens to strike on Saturday.", [("Saturday", "DATE", "2024-07-20")]),
        ("Schools reopen on Monday after the floods.", [("Monday", "DATE", "2024-07-22")]),
        ("Voters head to the polls on Sunday.", [("Sunday", "DATE", "2024-07-21")]),
    ],
)
def test_likelihoods_hopes_and_schedules_look_ahead(text: str, expected: Expected) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (
            dt.date(2025, 1, 10),
            "The fire started in the early hours of 14 March 2024, investigators found.",
            [("the early hours of 14 March 2024", "TIME", "2024-03-14TNI")],
        ),
        (
            dt.date(2025, 1, 10),
            "The blaze broke out in the small hours of March 3.",
            [("the small hours of March 3", "TIME", "2024-03-03TNI")],
        ),
        (
            dt.date(2024, 6, 20),
            "Polls close at 10 p.m. on 4 July and counting begins overnight.",
            [("10 p.m. on 4 July", "TIME", "2024-07-04T22:00"), ("overnight", "TIME", "2024-06-19TNI")],
        ),
    ],
)
def test_parts_of_the_night_and_clock_times_keep_their_date(
    anchor: dt.date, text: str, expected: Expected
) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance ministers gather in Rome on 14 and 15 October.",
            [("14", "DATE", "2024-10-14"), ("15 October", "DATE", "2024-10-15")],
        ),
        (
            "The court will sit on 2 or 3 December.",
            [("2", "DATE", "2024-12-02"), ("3 December", "DATE", "2024-12-03")],
        ),
    ],
)
def test_two_days_written_day_first_after_on(text: str, expected: Expected) -> None:
    assert values(text, dt.date(2024, 9, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry sails every Monday and Thursday from April.",
            [
                ("every Monday", "SET", "XXXX-WXX-1"),
                ("Thursday", "SET", "XXXX-WXX-4"),
                ("April", "DATE", "2024-04"),
            ],
        ),
        (
            "Clinics open each Tuesday, Wednesday and Saturday.",
            [
                ("each Tuesday", "SET", "XXXX-WXX-2"),
                ("Wednesday", "SET", "XXXX-WXX-3"),
                ("Saturday", "SET", "XXXX-WXX-6"),
            ],
        ),
    ],
)
def test_weekdays_joined_to_a_set_are_sets(text: str, expected: Expected) -> None:
    assert values(text, dt.date(2024, 3, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters stayed on the square on Friday, and clashes continued into the night.",
            [("Friday", "DATE", "2024-03-15"), ("the night", "TIME", "2024-03-15TNI")],
        ),
        (
            "Rescuers searched the rubble on Monday and worked on into the evening.",
            [("Monday", "DATE", "2024-03-18"), ("the evening", "TIME", "2024-03-18TEV")],
        ),
    ],
)
def test_into_the_evening_is_the_evening_of_the_day_just_mentioned(text: str, expected: Expected) -> None:
    assert values(text, MARCH_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The league held its first match in three years, and a second game follows next week.",
            [("three years", "DURATION", "P3Y"), ("next week", "DATE", "2024-W13")],
        ),
        (
            "The talks lasted five minutes and a second round is planned.",
            [("five minutes", "DURATION", "PT5M")],
        ),
    ],
)
def test_a_second_after_a_length_is_an_ordinal(text: str, expected: Expected) -> None:
    assert values(text, MARCH_DAY) == expected


def test_the_quarter_ending_in_a_month() -> None:
    text = "The group will publish results for the quarter ending in September on 30 October."
    assert values(text, dt.date(2024, 8, 20)) == [
        ("the quarter", "DATE", "2024-Q3"),
        ("September", "DATE", "2024-09"),
        ("30 October", "DATE", "2024-10-30"),
    ]


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (JULY_DAY, "The central bank cut its key rate on Thursday.", [("Thursday", "DATE", "2024-07-11")]),
        (JULY_DAY, "The outage lasted until Thursday.", [("Thursday", "DATE", "2024-07-11")]),
        (JULY_DAY, "She did not want to comment on Friday.", [("Friday", "DATE", "2024-07-12")]),
        (JULY_DAY, "The head of the agency resigned on Friday.", [("Friday", "DATE", "2024-07-12")]),
        (
            dt.date(2025, 1, 10),
            "Prices stood at a record in March, officials said.",
            [("March", "DATE", "2024-03")],
        ),
        (
            dt.date(2024, 9, 30),
            "The new mayor, sworn in on Sunday, said she would name her team within days.",
            [("Sunday", "DATE", "2024-09-29"), ("days", "DURATION", "PXD")],
        ),
        (
            MARCH_DAY,
            "Every Monday the market is busy. Talks resumed on Friday and Saturday.",
            [
                ("Every Monday", "SET", "XXXX-WXX-1"),
                ("Friday", "DATE", "2024-03-15"),
                ("Saturday", "DATE", "2024-03-16"),
            ],
        ),
        (
            dt.date(2024, 8, 20),
            "Sales rose 4% in the quarter ended June 30.",
            [("the quarter", "DATE", "2024-Q2"), ("June 30", "DATE", "2024-06-30")],
        ),
        (
            dt.date(2025, 1, 10),
            "Snow fell across the north in the winter.",
            [("the winter", "DATE", "2024-WI")],
        ),
    ],
)
def test_what_the_rules_leave_alone(anchor: dt.date, text: str, expected: Expected) -> None:
    assert values(text, anchor) == expected

"""Rules of resolver 1.14: "hit" is a past verb as "cut" is; a day of the month after "for",
"by", "until" or "till" is tagged as one after "on" is, and a day something is set for is placed
nearest the anchor; a weekday something has been set for, in the present perfect, lies ahead; an
expression written twice in a sentence is read where it stands.

The sentences are made up; each case of a rule's test failed on 1.13 (the last test keeps what
the rules must leave alone). Anchors are given per case.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from tests.temporal.tagged import Expected, values

#: A Monday.
MONDAY = dt.date(2024, 11, 18)
#: A Wednesday.
WEDNESDAY = dt.date(2025, 6, 11)
#: A Thursday in the middle of a month.
THURSDAY = dt.date(2025, 10, 16)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gales hit the northern coast over the weekend, and ferry crossings are expected to "
            "resume on Wednesday.",
            [("the weekend", "DATE", "2024-W46-WE"), ("Wednesday", "DATE", "2024-11-20")],
        ),
        (
            "Air strikes hit the district on Saturday, while aid agencies are preparing convoys "
            "for next week.",
            [("Saturday", "DATE", "2024-11-16"), ("next week", "DATE", "2024-W48")],
        ),
    ],
)
def test_hit_is_a_past_verb(text: str, expected: Expected) -> None:
    assert values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The magistrate set the bail hearing for the 24th and remanded the driver in custody.",
            [("the 24th", "DATE", "2025-10-24")],
        ),
        (
            "The judge adjourned the trial until the 3rd after the defence asked for more time.",
            [("the 3rd", "DATE", "2025-11-03")],
        ),
        (
            "Lenders were told to repay the emergency loans by the 30th and agreed to do so.",
            [("the 30th", "DATE", "2025-10-30")],
        ),
        (
            "The regulator fixed the auction for the 9th, a week before officials announced the "
            "winners.",
            [("the 9th", "DATE", "2025-10-09"), ("a week", "DURATION", "P1W")],
        ),
    ],
)
def test_a_day_of_the_month_after_a_bound_or_for(text: str, expected: Expected) -> None:
    assert values(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dockers walked out last Friday, and their union has called a second stoppage for Friday.",
            [("last Friday", "DATE", "2025-06-06"), ("Friday", "DATE", "2025-06-13")],
        ),
        (
            "The electoral commission has set a recount for Saturday morning in two districts.",
            [("Saturday morning", "TIME", "2025-06-14TMO")],
        ),
    ],
)
def test_a_weekday_set_in_the_present_perfect_lies_ahead(text: str, expected: Expected) -> None:
    assert values(text, WEDNESDAY) == expected


def test_an_expression_written_twice_is_read_where_it_stands() -> None:
    # the second "Sunday" is read after "will", not at the first one after "met"
    text = "Negotiators met last Sunday, and they will meet again on Sunday."
    assert values(text, WEDNESDAY) == [
        ("last Sunday", "DATE", "2025-06-08"),
        ("Sunday", "DATE", "2025-06-15"),
    ]
    # the position is a hint: where the expression does not stand there, its first occurrence
    # is read, as before
    context = "The talks will resume on Sunday."
    assert resolve("Sunday", WEDNESDAY, context=context, at=3).timex == "2025-06-15"
    assert resolve("Sunday", WEDNESDAY, context=context, at=25).timex == "2025-06-15"


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        # "for the 21st time" counts, it names no day; "the 12th floor" is no day either
        (THURSDAY, "The champion won for the 21st time.", []),
        (THURSDAY, "Firefighters reached the 12th floor by the 12th hour of the blaze.", []),
        # a day of the month after "on" keeps its reading
        (THURSDAY, "The truce took hold on the 30th.", [("the 30th", "DATE", "2025-09-30")]),
        # "called ... for Thursday" in the simple past stays a past weekday
        (WEDNESDAY, "The union called a strike for Thursday.", [("Thursday", "DATE", "2025-06-05")]),
        # "hit" after a modal, after "to" or after an article is no past
        (MONDAY, "The storm will hit the coast on Wednesday.", [("Wednesday", "DATE", "2024-11-20")]),
        (MONDAY, "The storm is expected to hit on Wednesday.", [("Wednesday", "DATE", "2024-11-20")]),
        # the same weekday twice in one past sentence keeps its reading
        (
            WEDNESDAY,
            "Prices rose on Monday and fell again on Monday evening.",
            [("Monday", "DATE", "2025-06-09"), ("Monday evening", "TIME", "2025-06-09TEV")],
        ),
    ],
)
def test_what_the_rules_leave_alone(anchor: dt.date, text: str, expected: Expected) -> None:
    assert values(text, anchor) == expected

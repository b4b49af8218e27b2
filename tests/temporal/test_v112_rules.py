"""Rules of resolver 1.12: "the coming weeks" (with its article) is an open stretch ahead valued
like "the weeks ahead" (`PXW`); a date joined by "and" / "or" to a date right before it shares
the cue before the pair ("planned for Thursday and Friday were called off"); "the year-earlier
nine months" is one span, a length (`P9M`); "the then-current price" is a present gone by
(`PAST_REF`).

The sentences are made up; each case of a rule's test failed on 1.11 (the last test keeps what
the rules must leave alone). Anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION
from tests.temporal.tagged import Expected, values

#: A Wednesday in June.
JUNE_DAY = dt.date(2025, 6, 11)
#: A Tuesday before Christmas.
DECEMBER_DAY = dt.date(2026, 12, 22)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aid agencies expect more families to cross into Moldova in the coming days.",
            [("the coming days", "DURATION", "PXD")],
        ),
        (
            "Prices are likely to climb over the coming months, the central bank in Lima said.",
            [("the coming months", "DURATION", "PXM")],
        ),
        (
            "Engineers will inspect every bridge on the Danube in the coming weeks.",
            [("the coming weeks", "DURATION", "PXW")],
        ),
    ],
)
def test_the_coming_units_are_an_open_stretch_ahead(text: str, expected: Expected) -> None:
    assert values(text, JUNE_DAY) == expected


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (
            JUNE_DAY,
            "Dock strikes planned for Thursday night and Saturday were called off on Monday.",
            [
                ("Thursday night", "TIME", "2025-06-12TNI"),
                ("Saturday", "DATE", "2025-06-14"),
                ("Monday", "DATE", "2025-06-09"),
            ],
        ),
        (
            JUNE_DAY,
            "The typhoon is forecast to make landfall on the northern coast of Luzon late on Thursday "
            "or early on Friday, days after another storm flooded Manila.",
            [
                ("late on Thursday", "DATE", "2025-06-12"),
                ("early on Friday", "DATE", "2025-06-13"),
                ("days", "DURATION", "PXD"),
            ],
        ),
        (
            DECEMBER_DAY,
            "Ferry sailings planned for Christmas Eve and Boxing Day were cancelled on Monday after a "
            "strike vote in Calais.",
            [
                ("Christmas Eve", "DATE", "2026-12-24"),
                ("Boxing Day", "DATE", "2026-12-26"),
                ("Monday", "DATE", "2026-12-21"),
            ],
        ),
    ],
)
def test_a_date_joined_to_a_date_shares_its_cue(anchor: dt.date, text: str, expected: Expected) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net income for the year-ago six months included a gain on the sale of a plant in Ohio.",
            [("the year-ago six months", "DURATION", "P6M")],
        ),
        (
            "Sales for the year-earlier nine months were restated after the merger with a Dutch rival.",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
    ],
)
def test_the_year_earlier_months_are_a_length(text: str, expected: Expected) -> None:
    assert values(text, JUNE_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Holders may buy new shares at half the then-current market price.",
            [("then-current", "DATE", "PAST_REF")],
        ),
        (
            "The bonds were converted at the then current exchange rate of the rand.",
            [("then current", "DATE", "PAST_REF")],
        ),
    ],
)
def test_then_current_is_a_present_gone_by(text: str, expected: Expected) -> None:
    assert values(text, JUNE_DAY) == expected


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        # without its article, "coming months" stays the vague future it was
        (
            JUNE_DAY,
            "Analysts in Jakarta see slower growth in coming months.",
            [("coming months", "DURATION", "FUTURE_REF")],
        ),
        (
            JUNE_DAY,
            "The dam was closed for the next few weeks.",
            [("the next few weeks", "DURATION", "PXW")],
        ),
        # a pair of dates read alike: past with a past verb, ahead with "will"
        (
            JUNE_DAY,
            "Parliament in Oslo sat on Monday and Tuesday.",
            [("Monday", "DATE", "2025-06-09"), ("Tuesday", "DATE", "2025-06-10")],
        ),
        (
            JUNE_DAY,
            "The court in Riga will hear the case on Monday and Tuesday.",
            [("Monday", "DATE", "2025-06-16"), ("Tuesday", "DATE", "2025-06-17")],
        ),
        # a date after "and" with a verb of its own keeps its own cue
        (
            JUNE_DAY,
            "The minister arrived on Monday and will leave on Friday.",
            [("Monday", "DATE", "2025-06-09"), ("Friday", "DATE", "2025-06-13")],
        ),
        (
            JUNE_DAY,
            "The current chairman of the Lisbon bourse resigned.",
            [("current", "DATE", "PRESENT_REF")],
        ),
        (
            JUNE_DAY,
            "For the first nine months, profit rose from the year-earlier quarter.",
            [("the first nine months", "DURATION", "P9M"), ("the year-earlier quarter", "DATE", "2024-Q1")],
        ),
    ],
)
def test_what_the_rules_leave_alone(anchor: dt.date, text: str, expected: Expected) -> None:
    assert values(text, anchor) == expected

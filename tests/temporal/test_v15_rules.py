"""Rules of resolver 1.5, written against TempEval-3 train (TimeBank + AQUAINT): the year, week or
fiscal year a report is about after a preposition, twelve months closing on a named day, year-ago
comparisons of a run of months, halves of years and eras in other words, and dates spelt out as
broadcast copy says them.

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from tests.temporal.tagged import found, values

#: A Tuesday late in October, as earnings season reports are dated.
EARNINGS_DAY = dt.date(2023, 10, 24)


def test_version_is_1_5_or_later() -> None:
    major, minor = RESOLVER_VERSION.removeprefix("dateline-temporal/").split(".")
    assert (int(major), int(minor)) >= (1, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the year, shipments of tractors were flat, the maker said.", [("the year", "DATE", "2023")]),
        (
            "The shares touched a low for the year of $12.40 in May.",
            [("the year", "DATE", "2023"), ("May", "DATE", "2023-05")],
        ),
        (
            "Margins will narrow during the fiscal year, the chief executive warned.",
            [("the fiscal year", "DATE", "2023")],
        ),
        ("For the week, the benchmark index slipped 2.1%.", [("the week", "DATE", "2023-W43")]),
    ],
)
def test_the_unit_a_report_is_about_after_a_preposition(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, EARNINGS_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The striker was voted Player of the Year.",
        "In the year-ago period the bank lost money.",
        "Rents rose for the month, the survey found.",
    ],
)
def test_no_unit_taken_from_names_comparisons_or_months(text: str) -> None:
    assert all(mention != "the year" and mention != "the month" for mention, _ in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brewer earned $41 million in the year ended June 30.",
            [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2023-06-30")],
        ),
        (
            "It sees a loss for the fiscal year ending March 31, 2024.",
            [("the fiscal year", "DURATION", "P1Y"), ("March 31, 2024", "DATE", "2024-03-31")],
        ),
        (
            "Profit for the year ended Dec. 31, 2022, doubled.",
            [("the year", "DATE", "2022"), ("Dec. 31, 2022", "DATE", "2022-12-31")],
        ),
    ],
)
def test_a_year_ended_on_a_day_is_a_length_unless_it_is_the_calendar_year(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, EARNINGS_DAY) == expected


def test_year_ago_comparison_of_a_run_of_months_is_the_year_before() -> None:
    text = (
        "The chain reported a third-quarter loss of $3 million. "
        "For the nine months, it earned $8 million, compared with $11 million a year earlier. "
        "Sales in the quarter fell 4% from a year ago."
    )
    assert values(text, EARNINGS_DAY) == [
        ("third-quarter", "DATE", "2023-Q3"),
        ("the nine months", "DURATION", "P9M"),
        ("a year earlier", "DATE", "2022"),
        ("the quarter", "DATE", "2023-Q3"),
        ("a year ago", "DATE", "2022-Q3"),
    ]


def test_year_earlier_adjective_with_a_run_of_months() -> None:
    previous = resolve("the third quarter", EARNINGS_DAY)
    when = resolve(
        "year-earlier",
        EARNINGS_DAY,
        context="In the first six months, revenue trailed year-earlier levels.",
        previous=previous,
    )
    assert when.timex == "2022"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins should recover in the last half of 2024.", [("the last half of 2024", "DATE", "2024-H2")]),
        (
            "Analysts see weak demand through the first two quarters of 2024.",
            [("the first two quarters of 2024", "DATE", "2024-H1")],
        ),
        (
            "Bookings collapsed in the latter half of the '90s.",
            [("the latter half of the '90s", "DATE", "199")],
        ),
        (
            "The canal was dug in the first half of the 19th century.",
            [("the first half of the 19th century", "DATE", "18")],
        ),
    ],
)
def test_halves_in_other_words(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, EARNINGS_DAY) == expected


def test_half_of_an_era_carries_its_mod() -> None:
    when = resolve("the second half of the 1970s", EARNINGS_DAY)
    assert (when.timex, when.mod, when.start, when.end) == ("197", "END", "1975-01-01", "1980-01-01")


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Polls close this coming Tuesday, November seventh.",
            dt.date(2023, 11, 2),
            [("this coming Tuesday, November seventh", "DATE", "2023-11-07")],
        ),
        (
            "Prices peaked in October nineteen seventy-three.",
            EARNINGS_DAY,
            [("October nineteen seventy-three", "DATE", "1973-10")],
        ),
        (
            "It was the coldest in the winter of nineteen sixty-three.",
            EARNINGS_DAY,
            [("the winter of nineteen sixty-three", "DATE", "1963-WI")],
        ),
        (
            "The council sits this coming Friday.",
            EARNINGS_DAY,
            [("this coming Friday", "DATE", "2023-10-27")],
        ),
    ],
)
def test_dates_spelt_out_as_broadcasts_say_them(
    text: str, anchor: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, anchor) == expected


def test_a_spelt_out_day_is_not_taken_from_a_compound() -> None:
    assert ("March second", "DATE") not in found("Its March second-quarter report was late.")

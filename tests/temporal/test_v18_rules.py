"""Rules of resolver 1.8, written from the misses of the development half of the second blind
set (tests/data/timex_blind2.jsonl, wire copy): shares of a unit ("half a century"), "late on
Wednesday" and "overnight on Saturday" as one expression, no article before a length used as
an adjective, hedges of hedges ("just over a week"), "the current quarter" with its article,
"the week ended July 25", bare plural units before "after", "before" and "of" and years or
decades after "in", a month name or a day just ahead in a past clause, rate moves ("a
quarter-point cut") that are no quarter, and "ended the week" / "end the year".

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagged import found, values

#: A Tuesday in mid-July.
JULY_DAY = dt.date(2024, 7, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monarchy ruled the islands for half a century.", [("half a century", "DURATION", "P50Y")]),
        (
            "The party has held power for nearly a quarter of a century.",
            [("nearly a quarter of a century", "DURATION", "P25Y")],
        ),
        ("Her quarter-century tenure ended in a landslide defeat.", []),
        ("The ferry was delayed by half an hour.", [("half an hour", "DURATION", "PT30M")]),
        (
            "Voters queued for three quarters of an hour.",
            [("three quarters of an hour", "DURATION", "PT45M")],
        ),
        ("The exchange lost half a day of trading.", [("half a day", "DURATION", "PT12H")]),
        ("It took a quarter century to rebuild the port.", [("a quarter century", "DURATION", "P25Y")]),
    ],
)
def test_a_share_of_a_unit_is_a_length_in_the_smaller_unit(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of the lender slid late on Monday.", [("late on Monday", "DATE", "2024-07-15")]),
        ("Rebels shelled the port early on Sunday.", [("early on Sunday", "DATE", "2024-07-14")]),
        (
            "Drones struck the depot overnight on Saturday.",
            [("overnight on Saturday", "TIME", "2024-07-13TNI")],
        ),
    ],
)
def test_a_part_of_a_day_with_on_is_one_expression(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dockers ended the six-week strike on pay.", [("six-week", "DURATION")]),
        ("Pilgrims began a week-long march to the shrine.", [("week-long", "DURATION")]),
        ("The inquiry covered the six weeks of the strike.", [("the six weeks", "DURATION")]),
    ],
)
def test_no_article_before_a_length_used_as_an_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blockade lasted just over a week.", [("just over a week", "DURATION", "P1W")]),
        (
            "The talks ran for little more than two hours.",
            [("little more than two hours", "DURATION", "PT2H")],
        ),
        ("The reactor was offline for well under a year.", [("well under a year", "DURATION", "P1Y")]),
    ],
)
def test_a_hedge_of_a_hedge_keeps_the_length(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, JULY_DAY) == expected


def test_the_current_quarter_keeps_its_article() -> None:
    text = "The brewer expects margins to recover in the current quarter."
    assert values(text, JULY_DAY) == [("the current quarter", "DATE", "2024-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mortgage applications fell 3% in the week ended July 12.",
            [("the week ended July 12", "DATE", "2024-W28")],
        ),
        (
            "Crude stocks rose in the week ending on Sunday, July 7.",
            [("the week ending on Sunday, July 7", "DATE", "2024-W27")],
        ),
    ],
)
def test_the_week_ended_a_day_is_the_week_holding_it(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship sank, hours after it left the harbour.", [("hours", "DURATION", "PTXH")]),
        (
            "The ministers met Monday, days before the summit.",
            [("Monday", "DATE", "2024-07-15"), ("days", "DURATION", "PXD")],
        ),
        ("Troops left minutes after the ceasefire took hold.", [("minutes", "DURATION", "PTXM")]),
        ("The accord ends decades of feuding over the river.", [("decades", "DURATION", "PXY")]),
        ("The deal followed months of talks in Doha.", [("months", "DURATION", "PXM")]),
    ],
)
def test_a_bare_plural_unit_before_after_before_or_of_is_a_length(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The clerk read the minutes of the meeting aloud.",
        "Guards saw him seconds before the blast.",
        "Children under 12 years of age travel free.",
        "Looting spread in the days after the storm.",
    ],
)
def test_a_bare_plural_unit_stays_untagged_where_it_is_no_length(text: str) -> None:
    assert found(text) == []


def test_a_month_name_two_months_ahead_in_a_past_clause_is_read_ahead() -> None:
    text = "The minister promised fresh elections, with a first round in September."
    assert values(text, JULY_DAY) == [("September", "DATE", "2024-09")]


def test_a_month_name_in_a_past_clause_further_ahead_is_still_last_year() -> None:
    text = "The minister promised fresh elections, with a first round in November."
    assert values(text, JULY_DAY) == [("November", "DATE", "2023-11")]


def test_a_date_seven_weeks_ahead_in_a_past_clause_is_read_ahead() -> None:
    text = "The truce cleared the way for the first elections in a decade on Jan. 28."
    assert values(text, dt.date(2023, 12, 8)) == [
        ("a decade", "DURATION", "P10Y"),
        ("Jan. 28", "DATE", "2024-01-28"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The bank is expected to deliver a first quarter-point cut in September.",
        "Markets priced in a half-point rise.",
    ],
)
def test_a_rate_move_is_no_quarter_or_half(text: str) -> None:
    assert not any("quarter" in t or "half" in t for t, _ in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the heaviest snow in decades for the capital.", [("decades", "DURATION", "PXY")]),
        ("Unlike in years past, the fair was cancelled.", []),
    ],
)
def test_years_and_decades_after_in_are_a_length_mid_clause(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, JULY_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters expect the index to end the year near 5,000.", [("the year", "DATE", "2024")]),
        ("The rand ended the week 2% weaker.", [("the week", "DATE", "2024-W29")]),
        ("By the end the year had turned.", []),
    ],
)
def test_the_unit_a_move_is_measured_over(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, JULY_DAY) == expected

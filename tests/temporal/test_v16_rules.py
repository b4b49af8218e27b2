"""Rules of resolver 1.6, counted on TempEval-3 train and written for the kinds of expression
2010s-2020s wire copy uses: lengths with a half after the unit, nouns that are no schedule verbs,
plans reported in the pluperfect, programme titles in quotes, more named days of the calendar,
and dates counted from now.

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from tests.temporal.tagged import found, values

#: A Wednesday in mid-March.
MARCH_DAY = dt.date(2023, 3, 15)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Negotiators in Nairobi argued for a year and a half before the accord was signed.",
            [("a year and a half", "DURATION", "P1Y6M")],
        ),
        (
            "Firefighters needed an hour and a half to reach the burning ferry.",
            [("an hour and a half", "DURATION", "PT1H30M")],
        ),
        (
            "The rover drilled for a minute and a half before its arm stalled.",
            [("a minute and a half", "DURATION", "PT1M30S")],
        ),
        (
            "The blockade of the port in Odesa lasted a day and a half.",
            [("a day and a half", "DURATION", "P1DT12H")],
        ),
        (
            "Wages in Lima have stagnated for a decade and a half.",
            [("a decade and a half", "DURATION", "P15Y")],
        ),
    ],
)
def test_a_length_with_a_half_after_its_unit(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, MARCH_DAY) == expected


@pytest.mark.parametrize(
    ("expression", "context", "timex"),
    [
        # "the end of", "the start of" are nouns, not "ends" / "starts" as in "the trial ends Friday".
        (
            "the third quarter",
            "Reserves in Ghana stood at $6 billion at the end of the third quarter.",
            "2022-Q3",
        ),
        ("Friday", "Traders in Seoul sold heavily ahead of the close on Friday.", "2023-03-10"),
    ],
)
def test_a_schedule_word_after_an_article_is_a_noun(expression: str, context: str, timex: str) -> None:
    assert resolve(expression, MARCH_DAY, context=context).timex == timex


@pytest.mark.parametrize(
    ("expression", "context", "timex"),
    [
        (
            "Friday evening",
            "The offer for the Lisbon utility had been due to expire Friday evening.",
            "2023-03-10TEV",
        ),
        (
            "Tuesday",
            "The vote in the Ohio senate had been scheduled for Tuesday, but was put off.",
            "2023-03-14",
        ),
        ("midnight Friday", "The truce had been set to lapse at midnight Friday.", "2023-03-10T24:00"),
    ],
)
def test_a_plan_in_the_pluperfect_lies_behind(expression: str, context: str, timex: str) -> None:
    assert resolve(expression, MARCH_DAY, context=context).timex == timex


def test_a_plan_still_ahead_keeps_looking_ahead() -> None:
    context = "The vote in the Ohio senate is scheduled for Tuesday."
    assert resolve("Tuesday", MARCH_DAY, context=context).timex == "2023-03-21"


@pytest.mark.parametrize(
    "text",
    [
        'The governor of Oregon told CBS\'s "60 Minutes" that the levy would stay.',
        'The envoy said on ABC\'s "This Week" that the talks in Doha had stalled.',
        "The mayor of Perth quoted the western ``High Noon.''",
    ],
)
def test_a_title_in_quotes_is_no_time(text: str) -> None:
    assert found(text) == []


def test_a_time_opening_a_quotation_is_still_a_time() -> None:
    assert found('"Tonight we will march," the organiser in Lagos said.') == [("Tonight", "TIME")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shoppers in Ohio queued overnight for Black Friday bargains.",
            [("overnight", "TIME", "2022-11-24TNI"), ("Black Friday", "DATE", "2022-11-25")],
        ),
        ("Online sales in Texas will peak on Cyber Monday.", [("Cyber Monday", "DATE", "2023-11-27")]),
        ("Markets in Chicago were closed for Presidents Day.", [("Presidents Day", "DATE", "2023-02-20")]),
        (
            "Pilgrims in Manila filled churches on Good Friday.",
            [("Good Friday", "DATE", "2022-04-15")],
        ),
        ("Dublin will host a parade on St. Patrick's Day.", [("St. Patrick's Day", "DATE", "2023-03-17")]),
        ("Veterans Day 2021 drew small crowds in Denver.", [("Veterans Day 2021", "DATE", "2021-11-11")]),
        (
            "Offices in Atlanta closed on Martin Luther King Jr. Day.",
            [("Martin Luther King Jr. Day", "DATE", "2023-01-16")],
        ),
    ],
)
def test_more_named_days(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = values(text, MARCH_DAY if "overnight" not in text else dt.date(2022, 11, 25))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum in Porto reopens three weeks from now.", [("three weeks from now", "DATE", "2023-W14")]),
        (
            "A ruling is due two days from today, the clerk in Quito said.",
            [("two days from today", "DATE", "2023-03-17")],
        ),
        ("A year from now, the line to Leeds should be running.", [("A year from now", "DATE", "2024")]),
    ],
)
def test_a_date_counted_from_now(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, MARCH_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile aims to close its coal plants by the end of the decade.",
            [("the end of the decade", "DATE", "202")],
        ),
        (
            "Norway wants a carbon-free grid by the middle of the century.",
            [("the middle of the century", "DATE", "20")],
        ),
        ("Glaciers in Peru may vanish by mid-century.", [("mid-century", "DATE", "20")]),
    ],
)
def test_a_part_of_the_decade_or_century_written_in(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, MARCH_DAY) == expected


def test_the_end_of_the_decade_carries_its_mod() -> None:
    assert resolve("the end of the decade", MARCH_DAY).mod == "END"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Oslo shipper's Q4 2022 profit doubled.", [("Q4 2022", "DATE", "2022-Q4")]),
        ("Freight volumes in Rotterdam fell in Q3.", [("Q3", "DATE", "2022-Q3")]),
        ("The Seoul chipmaker lifted its FY2024 forecast.", [("FY2024", "DATE", "2024")]),
        ("Airlines in Jakarta expect a rebound in H2.", [("H2", "DATE", "2023-H2")]),
        ("Refiners in Bilbao sold H1 2022 output forward.", [("H1 2022", "DATE", "2022-H1")]),
    ],
)
def test_financial_shorthand_for_periods(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, MARCH_DAY) == expected


def test_hydrogen_is_no_half_year() -> None:
    assert found("The plant in Aberdeen will make green H2 from wind power.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wildfires in Sardinia burned twice as much land as in the same period last year.",
            [("the same period last year", "DATE", "2022")],
        ),
        (
            "The Lagos brewer lost $3 million in the quarter ended Dec. 31, against a profit in "
            "the corresponding period last year.",
            [
                ("the quarter", "DATE", "2022-Q4"),
                ("Dec. 31", "DATE", "2022-12-31"),
                ("the corresponding period last year", "DATE", "2021-Q4"),
            ],
        ),
        (
            "Tourist arrivals in Crete rose 9% in the first half of 2022 from the same period last year.",
            [
                ("the first half of 2022", "DATE", "2022-H1"),
                ("the same period last year", "DATE", "2021-H1"),
            ],
        ),
    ],
)
def test_the_same_period_last_year(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text, MARCH_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers in Izmir expect to reach the buried floors in the coming hours.",
            [("the coming hours", "DURATION", "FUTURE_REF")],
        ),
        (
            "Shelling near Kharkiv eased in the past few hours.",
            [("the past few hours", "DURATION", "PTXH")],
        ),
        ("Two aftershocks have hit Sulawesi in recent hours.", [("recent hours", "DURATION", "PAST_REF")]),
    ],
)
def test_hours_left_uncounted_are_vague_like_days(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert values(text, MARCH_DAY) == expected


def test_a_schedule_in_the_simple_present_before_in_looks_ahead() -> None:
    context = "Voters in Kenya go to the polls in January."
    assert resolve("January", MARCH_DAY, context=context).timex == "2024-01"

"""Rules of resolver 1.2: named units after a date, narrowed days, spans of decades and hours,
sets of named days, more durations, 24-hour wire times, and the tagger's new extents.

Anchor Thursday 2024-02-08 unless a test says otherwise; the sentences are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from extraction.timex import resolve_text
from extraction.timex.patterns import PATTERNS
from extraction.timex.scan import family_spans
from tests.temporal.tagged import found

ANCHOR = dt.date(2024, 2, 8)



def test_version() -> None:
    # 1.3 kept every 1.2 rule below; tests/temporal/test_v15_rules.py checks the version now.
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The mill opened on May 3, 2015, and the following year it closed.", "the following year", "2016"),
        (
            "The deal was signed on May 3, 2015; the previous month had been calm.",
            "the previous month",
            "2015-04",
        ),
        ("The strike began on March 9, 2021, and the week after it spread.", "the week after", "2021-W11"),
        # A counted shift keeps the precision of the date it leans on.
        ("The mill opened on May 3, 2015, and a year later it closed.", "a year later", "2016-05-03"),
        # A finer unit than the date leaned on still shifts at that date's precision.
        ("The mill opened in May 2015; the following month it hired.", "the following month", "2015-06"),
    ],
)
def test_named_unit_after_a_date_is_that_whole_unit(text: str, expression: str, value: str) -> None:
    results = {m.text: w for m, w in resolve_text(text, ANCHOR)}
    assert results[expression].timex == value


@pytest.mark.parametrize(
    ("expression", "value", "mod", "kind"),
    [
        ("late yesterday", "2024-02-07", "END", "DATE"),
        ("early Tuesday", "2024-02-06", "START", "DATE"),
        ("late Tuesday night", "2024-02-06TNI", "END", "TIME"),
    ],
)
def test_narrowed_days_are_dates_with_a_mod(expression: str, value: str, mod: str, kind: str) -> None:
    when = resolve(expression, ANCHOR, context=f"The envoy left {expression}.")
    assert (when.timex, when.mod) == (value, mod)
    assert found(f"The envoy left {expression}.") == [(expression, kind)]
    if kind == "DATE":  # the interval is still the late hours or the small hours
        assert when.start is not None and "T" in when.start


@pytest.mark.parametrize(
    ("expression", "value", "start", "end"),
    [
        ("the past decade", "P10Y", "2014-02-08", "2024-02-08"),
        ("the last 24 hours", "PT24H", "2024-02-07", "2024-02-09"),
        ("the past two centuries", "P200Y", "1824-02-08", "2024-02-08"),
        ("the next decade", "P10Y", "2024-02-09", "2034-02-09"),
    ],
)
def test_spans_of_decades_centuries_and_hours(expression: str, value: str, start: str, end: str) -> None:
    when = resolve(expression, ANCHOR)
    assert (when.timex, when.start, when.end) == (value, start, end)
    assert found(f"Prices doubled over {expression}.") == [(expression, "DURATION")]


def test_last_decade_without_the_is_the_calendar_decade() -> None:
    assert resolve("last decade", ANCHOR).timex == "201"
    assert resolve("last century", ANCHOR).timex == "19"


@pytest.mark.parametrize(
    ("expression", "context", "value"),
    [
        ("earlier in the year", "Exports fell earlier in the year.", "2024"),
        ("later in the week", "The minister will travel later in the week.", "2024-W06"),
        ("later in the day", "The crowd dispersed later in the day.", "2024-02-08"),
        ("year's end", "The bank hopes to finish the sale by year's end.", "2024"),
        ("a later date", "The vote was put off to a later date.", "FUTURE_REF"),
    ],
)
def test_in_the_unit_and_later_date(expression: str, context: str, value: str) -> None:
    assert resolve(expression, ANCHOR, context=context).timex == value
    assert [text for text, _ in found(context)] == [expression]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The council sits every Thursday.", "every Thursday", "XXXX-WXX-4"),
        ("The fair returns each July.", "each July", "XXXX-07"),
        ("The club plays on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("The market opens on Mondays.", "Mondays", "XXXX-WXX-1"),
        ("Hourly wages rose.", "Hourly", "PT1H"),
    ],
)
def test_recurring_days_and_months_are_sets(text: str, expression: str, value: str) -> None:
    assert found(text) == [(expression, "SET")]
    assert resolve(expression, ANCHOR).timex == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He will stay two more years.", "two more years", "P2Y"),
        ("The lease runs another three years.", "another three years", "P3Y"),
        ("She asked for an additional year.", "an additional year", "P1Y"),
        ("The shares fell for eight trading days.", "eight trading days", "P8D"),
        ("Refunds take five business days.", "five business days", "P5D"),
        ("In the first days the road was shut.", "the first days", "PXD"),
        ("Rescuers worked through the final hours.", "the final hours", "PTXH"),
        ("The pier has been closed for a while.", "a while", "PXX"),
        ("The town has shrunk over the years.", "the years", "PXY"),
        ("Troops could be sent within weeks.", "weeks", "PXW"),
        ("The pact came after months of talks.", "months", "PXM"),
        ("It was the first rise in years.", "years", "PXY"),
    ],
)
def test_more_durations(text: str, expression: str, value: str) -> None:
    assert found(text) == [(expression, "DURATION")]
    assert resolve(expression, ANCHOR).timex == value


def test_units_ahead_are_open_and_vague() -> None:
    when = resolve("the weeks ahead", ANCHOR)
    assert (when.timex, when.start, when.end) == ("PXW", "2024-02-09", None)
    assert found("Markets may wobble in the weeks ahead.") == [("the weeks ahead", "DURATION")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The convoy crossed at 1400 GMT.", "1400 GMT", "2024-02-08T14:00"),
        ("The polls closed at 2130 local time.", "2130 local time", "2024-02-08T21:30"),
        ("The talks resumed at 10 a.m. local time.", "10 a.m. local time", "2024-02-08T10:00"),
    ],
)
def test_wire_service_times(text: str, expression: str, value: str) -> None:
    assert found(text) == [(expression, "TIME")]
    assert resolve(expression, ANCHOR, context=text).timex == value


def test_a_bare_four_digit_number_is_not_a_time() -> None:
    assert found("The plant employs 1400 workers.") == []
    assert resolve("mid-1959", ANCHOR).timex == "1959"


def test_soon_but_not_as_soon_as_or_soon_after() -> None:
    assert found("The ministry will soon publish the list.") == [("soon", "DATE")]
    assert resolve("soon", ANCHOR).timex == "FUTURE_REF"
    assert found("They will act as soon as they can, soon after the count.") == []


def test_a_bare_part_of_the_day_after_a_preposition() -> None:
    assert found("Traders sold heavily in the morning.") == [("the morning", "TIME")]
    assert found("The morning papers were late.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The country imports three-quarters of its grain.",
        "More than a quarter of the staff were laid off.",
        "A quarter of the budget goes to roads.",
        "The stock rose three-quarters to 20.",
    ],
)
def test_shares_are_not_times(text: str) -> None:
    assert found(text) == []


def test_counted_quarters_of_a_year_are_still_times() -> None:
    # Resolver 1.5: the first two quarters of a year are its first half, one DATE (as train tags it).
    text = "Sales fell in the first two quarters of 2023."
    assert found(text) == [("the first two quarters of 2023", "DATE")]
    text = "Sales fell in the past two quarters of the slump."
    assert found(text) == [("the past two quarters", "DURATION")]


def test_windowed_scan_with_digit_shapes_and_day_names() -> None:
    text = (
        "In the 1990s and the '80s, at 1400 GMT on Mondays, 2023-05-01, today, on Tuesday nights, "
        "the plant (employing 1400) ran 24/7; yesterday's 12:30 shift and every Friday since 1999."
    )
    for sample in (text, text.upper()):
        expected = [[m.span() for m in pattern.finditer(sample)] for _, pattern in PATTERNS]
        assert family_spans(sample) == expected

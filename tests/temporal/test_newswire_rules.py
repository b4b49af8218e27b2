"""Newswire rules: "since" and postponements in the direction reading, cues kept within their
sentence, Election Day and holiday weeks, hours named by their part of the day, a day off a
named day, lengths used as adjectives, "post-1990", and marches that are not months.

Anchor Thursday 2024-02-08 unless a test says otherwise; the sentences are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from extraction.timex import resolve_text, tag
from extraction.timex.patterns import PATTERNS
from extraction.timex.scan import family_spans
from tests.temporal.tagged import found

ANCHOR = dt.date(2024, 2, 8)



def value(expression: str, context: str, anchor: dt.date = ANCHOR) -> str | None:
    return resolve(expression, anchor, context=context).timex


# --- direction -------------------------------------------------------------------------------


def test_a_date_after_since_lies_behind() -> None:
    # Nearest-the-anchor would pick next September; "since" says it is behind.
    context = "The police have been looking for the driver since shortly after the Sept. 2 crash."
    assert value("Sept. 2", context, dt.date(2024, 3, 1)) == "2023-09-02"


def test_a_date_after_since_does_not_turn_ahead_when_weeks_away() -> None:
    context = "The border has been closed since Feb. 20 of last season's floods."
    # Without "since" a yearless date 12 days ahead and 353 days back would be read ahead.
    assert value("Feb. 20", "The border was closed Feb. 20.", dt.date(2024, 2, 8)) == "2023-02-20"
    assert value("Feb. 20", context, dt.date(2024, 2, 8)) == "2023-02-20"


@pytest.mark.parametrize(
    ("expression", "context", "timex"),
    [
        (
            "Tuesday morning",
            "The council postponed until Tuesday morning any vote on the budget.",
            "2024-02-13TMO",
        ),
        ("noon Monday", "The union extended its deadline until noon Monday.", "2024-02-12T12:00"),
        ("Friday", "The hearing was adjourned to Friday.", "2024-02-09"),
    ],
)
def test_a_postponement_until_a_weekday_looks_ahead(expression: str, context: str, timex: str) -> None:
    assert value(expression, context) == timex


def test_a_stay_until_a_weekday_keeps_the_past_default() -> None:
    assert value("Tuesday", "The guests stayed until Tuesday.") == "2024-02-06"


def test_a_cue_in_the_next_sentence_does_not_count() -> None:
    context = "Dozens of neighbours formed a line outside the school Wednesday. ``We'll be back,'' one said."
    assert value("Wednesday", context) == "2024-02-07"


# --- named days ------------------------------------------------------------------------------


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    assert (
        value("Election Day", "Voters go to the polls on Election Day.", dt.date(2024, 10, 20))
        == "2024-11-05"
    )
    assert value("Election Day", "The count began on Election Day.", dt.date(2023, 11, 20)) == "2023-11-07"
    assert found("Turnout on Election Day was high.") == [("Election Day", "DATE")]


@pytest.mark.parametrize(
    ("anchor", "context", "timex"),
    [
        # Easter 2024 is 31 March: its week runs 25-31 March.
        (dt.date(2024, 3, 27), "Pilgrims crowded the old city as Easter week began.", "2024-W13"),
        (dt.date(2024, 4, 20), "Hotels were full during Easter week.", "2024-W13"),
        (dt.date(2024, 3, 1), "The shop will close for Easter week.", "2024-W13"),
        (dt.date(2024, 3, 1), "Christmas week 2023 was quiet.", "2023-W52"),
    ],
)
def test_a_holiday_week_is_the_iso_week_holding_the_day(anchor: dt.date, context: str, timex: str) -> None:
    expression = next(m.text for m in tag(context))
    assert value(expression, context, anchor) == timex


# --- clock times named by a part of the day --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        ("The convoy left at 4 in the morning.", "4 in the morning", "2024-02-08T04:00"),
        ("The talks ran until eleven at night.", "eleven at night", "2024-02-07T23:00"),
        ("They met at three o'clock in the afternoon.", "three o'clock in the afternoon", "2024-02-08T15:00"),
    ],
)
def test_an_hour_named_by_its_part_of_the_day_is_a_clock_time(text: str, expression: str, timex: str) -> None:
    resolved = {m.text: w.timex for m, w in resolve_text(text, dt.datetime(2024, 2, 8, 18, 0))}
    assert resolved == {expression: timex}
    assert found(text) == [(expression, "TIME")]


def test_a_count_in_the_morning_without_a_time_preposition_is_no_clock_time() -> None:
    assert ("3 in the morning", "TIME") not in found("Of the patients, 3 in the morning shift fell ill.")


# --- a day off a named day -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        (
            "The day before last Monday's vote, the mayor resigned.",
            "The day before last Monday",
            "2024-02-04",
        ),
        ("Shops reopened the day after Christmas.", "the day after Christmas", "2023-12-26"),
        ("Prices rose the day before yesterday.", "the day before yesterday", "2024-02-06"),
        ("The ship docked the day after Jan. 20.", "the day after Jan. 20", "2024-01-21"),
    ],
)
def test_a_day_before_or_after_a_named_day_is_one_expression(text: str, expression: str, timex: str) -> None:
    assert [(m.text, w.timex) for m, w in resolve_text(text, ANCHOR)] == [(expression, timex)]


def test_the_next_morning_leans_on_the_composed_day() -> None:
    text = "The day before last Monday's vote, the mayor fell ill. He was back at his desk the next morning."
    resolved = {m.text: w.timex for m, w in resolve_text(text, ANCHOR)}
    assert resolved["the next morning"] == "2024-02-05TMO"


# --- extents -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "timex"),
    [
        ("Their day-long meeting ended without a deal.", "day-long", "P1D"),
        ("The decades-long feud is over.", "decades-long", "PXY"),
        ("Their week-long strike shut the port.", "week-long", "P1W"),
        ("Pre-1990 buildings must be inspected.", "Pre-1990", "1990"),
        ("The post-2001 rules stay.", "post-2001", "2001"),
    ],
)
def test_lengths_as_adjectives_and_years_after_post_or_pre(text: str, expression: str, timex: str) -> None:
    assert [(m.text, w.timex) for m, w in resolve_text(text, ANCHOR)] == [(expression, timex)]


def test_the_night_of_a_written_date_keeps_the_date() -> None:
    text = "The doctor came home on the night of Friday, Feb. 2, and left at once."
    assert [(m.text, w.timex) for m, w in resolve_text(text, dt.date(2024, 3, 9))] == [
        ("the night of Friday, Feb. 2", "2024-02-02TNI")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the annual March for Peace downtown.",
        "She led the March of the Farmers through the capital.",
        "Veterans recalled a March on the capital.",
    ],
)
def test_a_march_is_not_a_month(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The vote is due in March for the first time.", "March"),
        ("Prices peaked in the March of 2019.", "March of 2019"),
        ("Sales fell in March on weak demand.", "March"),
    ],
)
def test_march_as_a_month_stays(text: str, expression: str) -> None:
    assert [t for t, _ in found(text)] == [expression]


def test_new_families_agree_with_one_scan_per_family() -> None:
    text = (
        "At 4 in the morning, the day before last Tuesday, a day-long march, the annual March for "
        "Peace, began; Easter week and Election Day followed, post-1959 rules applied."
    )
    assert family_spans(text) == [[m.span() for m in pattern.finditer(text)] for _, pattern in PATTERNS]

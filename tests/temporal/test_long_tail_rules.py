"""Rules of the fifth round: yearless dates weeks ahead, schedules in the simple present,
earnings comparisons a year back, hedges, halves and ranges of durations, tagger spans.

Anchor Thursday 2024-02-08 unless a test says otherwise; the sentences are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from extraction.timex import resolve_text, tag

ANCHOR = dt.date(2024, 2, 8)


def timex(expression: str, context: str = "", anchor: dt.date = ANCHOR) -> str | None:
    return resolve(expression, anchor, context=context).timex


@pytest.mark.parametrize(
    ("expression", "context", "value"),
    [
        # The past verb is far from the date: a yearless date weeks ahead is read ahead.
        ("March 12", "She has invited the ministers to a ceremony in Vienna on March 12.", "2024-03-12"),
        ("Feb. 20", "The judge gave no reason for the Feb. 20 deadline.", "2024-02-20"),
        ("March", "NATO has decided to admit the three countries in March.", "2024-03"),
        # A past verb right at the date, or a year-ago comparison, keeps it in the past.
        ("March 4", "The court ruled on March 4.", "2023-03-04"),
        (
            "Feb. 28",
            "In the year-ago quarter, the second quarter ended Feb. 28, it lost money.",
            "2023-02-28",
        ),
        ("March", "In March, the company brought in a new chief executive.", "2023-03"),
        # Nearly a year back but not weeks ahead: the past reading stays.
        ("Oct. 23", "The trial began after the Oct. 23 shooting.", "2023-10-23"),
    ],
)
def test_a_yearless_date_weeks_ahead_is_not_read_a_year_back(
    expression: str, context: str, value: str
) -> None:
    assert timex(expression, context) == value


@pytest.mark.parametrize(
    ("context", "value"),
    [
        ("He and the envoy meet separately Monday in Cairo.", "2024-02-12"),
        ("The trial opens Monday.", "2024-02-12"),
        ("Talks resume on Monday, officials said.", "2024-02-12"),
        ("They did not meet Monday.", "2024-02-05"),
        ("The two leaders met Monday.", "2024-02-05"),
    ],
)
def test_a_schedule_in_the_simple_present_looks_ahead(context: str, value: str) -> None:
    assert timex("Monday", context) == value


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("the year-ago third quarter", "1988-Q3"),
        ("the year-earlier third quarter", "1988-Q3"),
        ("the comparable year-ago quarter", "1988-Q3"),
        ("last year's quarter", "1988-Q3"),
        ("the quarter a year ago", "1988-Q3"),
        ("the corresponding period last year", "1988-Q3"),
        ("last year's fourth quarter", "1988-Q4"),
    ],
)
def test_earnings_comparisons_name_a_quarter_a_year_back(expression: str, value: str) -> None:
    assert timex(expression, "It earned $5 million in " + expression + ".", dt.date(1989, 10, 27)) == value


def test_earnings_comparisons_are_tagged_whole() -> None:
    text = (
        "National Intergroup in the year-ago third quarter earned $22 million. "
        "U.K. sales for last year's quarter were $3 million."
    )
    found = [(m.text, w.timex) for m, w in resolve_text(text, dt.date(1989, 10, 30))]
    assert found == [("the year-ago third quarter", "1988-Q3"), ("last year's quarter", "1988-Q3")]


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("1994 or later", "1994"),
        ("1990 and beyond", "1990"),
        ("a good part of 1990", "1990"),
        ("post-1959", "1959"),
        ("around year end", "2024"),
    ],
)
def test_hedges_do_not_move_the_date(expression: str, value: str) -> None:
    assert timex(expression) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("He served 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("It will take two to three weeks.", "two to three weeks", "P2W"),
        ("It lasted two or three days.", "two or three days", "P2D"),
        ("Profit for the full year rose.", "the full year", "2024"),
    ],
)
def test_halves_ranges_and_the_full_year_are_tagged_and_valued(text: str, span: str, value: str) -> None:
    assert [(m.text, w.timex) for m, w in resolve_text(text, ANCHOR)] == [(span, value)]


def test_one_number_words_table_serves_spoken_years_and_amounts() -> None:
    from domain.temporal import eras, vocab

    assert not hasattr(eras, "_ONES") and not hasattr(eras, "_TENS")
    assert vocab.NUMBERS["nineteen"] == 19 and vocab.TENS["ninety"] == 90
    assert timex("nineteen ninety-six") == "1996"
    assert [m.text for m in tag("They left in nineteen ninety-six.")] == ["nineteen ninety-six"]

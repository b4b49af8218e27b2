"""Rules added with the single-pass scanner: windowed scanning, "that year", possessives,
"this past", and the DURATION type of unnumbered stretches of units."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from extraction.timex import resolve_text, tag
from extraction.timex.patterns import PATTERNS
from extraction.timex.scan import family_spans

ANCHOR = dt.date(2024, 2, 8)
TEXT = (
    "On Saturday, September 30th, 2023 at 11:30 p.m. EST the board met; early the previous "
    "Wednesday it had said that in recent years, and for the past few weeks, sales rose 3% a year. "
    "The fiscal 2022 third quarter, the late 1990s, mid-October, Christmas Eve and the next three "
    "days all count, as do 10:45 a.m. tomorrow, a fortnight ago, Dec. 5, 2019, and 2024-01-31. "
    "A decade-long effort ended last night, the weekend before Thanksgiving, every Monday."
)


def test_windowed_scan_gives_what_one_scan_per_family_gives() -> None:
    for text in (TEXT, TEXT.upper(), "İstanbul, March 4: " + TEXT):
        expected = [[m.span() for m in pattern.finditer(text)] for _, pattern in PATTERNS]
        assert family_spans(text) == expected


def test_that_year_leans_on_the_date_just_mentioned() -> None:
    text = "The mill opened on March 3, 2019. Later that year it was sold."
    results = [(m.text, w.timex, w.leaned_on) for m, w in resolve_text(text, ANCHOR)]
    assert results == [
        ("March 3, 2019", "2019-03-03", None),
        ("Later that year", "2019", "March 3, 2019"),
    ]
    quarter = resolve_text("Sales fell on May 20, 2021, and rose later that quarter.", ANCHOR)
    assert [(m.text, w.timex) for m, w in quarter][-1] == ("later that quarter", "2021-Q2")


def test_that_month_is_the_month_of_the_day_just_mentioned() -> None:
    results = resolve_text("The strike began on Oct. 14, 2022. That month prices doubled.", ANCHOR)
    assert [(m.text, w.timex, w.rule) for m, w in results][-1] == (
        "That month",
        "2022-10",
        "anaphora_same_unit",
    )


def test_that_year_without_an_earlier_date_stays_unresolved() -> None:
    result = resolve("that year", ANCHOR)
    assert result.start is None and result.reason is not None


@pytest.mark.parametrize(
    ("expression", "timex"),
    [("Tuesday's", "2024-02-06"), ("this past spring", "2023-SP"), ("this past week", "2024-W05")],
)
def test_possessives_and_this_past(expression: str, timex: str) -> None:
    assert resolve(expression, ANCHOR).timex == timex


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Prices climbed in recent months.", "recent months", "DURATION"),
        ("Talks resume in the coming weeks.", "the coming weeks", "DURATION"),
        ("Output slipped over the past several quarters.", "the past several quarters", "DURATION"),
        ("It happened a few years ago.", "a few years ago", "DATE"),
        ("Prices climbed recently.", "recently", "DATE"),
    ],
)
def test_an_unnumbered_stretch_of_units_is_typed_duration(sentence: str, text: str, kind: str) -> None:
    assert [(m.text, m.type) for m in tag(sentence)] == [(text, kind)]


def test_an_unnumbered_stretch_keeps_its_vague_interval() -> None:
    result = resolve("recent months", ANCHOR)
    assert (result.start, result.end, result.timex) == (None, "2024-02-09", "PAST_REF")

"""Rules of resolver 1.3, written against Dateline's own dev set of 2010s-2020s news copy
(tests/data/timex_devset.jsonl): ages, lengths in two units, runs of units, sets of "N days a
week", weekends, sports seasons, "the rest of the year", halves of next year and of the century,
decimals, "once" as "formerly", names that look like seasons or sets, weekdays named on their own
day, holidays just ahead, and the direction cues behind them.

The sentences are made up; anchors are given per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from extraction.timex import resolve_text
from tests.temporal.tagged import ANCHOR, found, values


@pytest.mark.parametrize(
    "text",
    [
        "The 58-year-old mayor resigned.",
        "Divers found a 3,000-year-old wreck.",
        "The child, six months old, was unhurt.",
    ],
)
def test_ages_are_not_tagged(text: str) -> None:
    # TimeBank and AQUAINT leave ages untagged (tagging them cost train relaxed F1 0.9 points).
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rescue took an hour and 20 minutes.", ("an hour and 20 minutes", "DURATION", "PT1H20M")),
        ("She served two years and six months.", ("two years and six months", "DURATION", "P2Y6M")),
        ("He ran the race in 12.4 seconds.", ("12.4 seconds", "DURATION", "PT12.4S")),
        ("The ice formed over 10,000 years.", ("over 10,000 years", "DURATION", "P10000Y")),
        ("Orders fell for five straight months.", ("five straight months", "DURATION", "P5M")),
        ("Output grew for three consecutive quarters.", ("three consecutive quarters", "DURATION", "P3Q")),
    ],
)
def test_lengths(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repairs could take months.", ("months", "DURATION", "PXM")),
        ("The talks lasted weeks.", ("weeks", "DURATION", "PXW")),
        ("The grant was paid a year later than promised.", ("a year", "DURATION", "P1Y")),
    ],
)
def test_unnumbered_and_compared_lengths(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses work four days a week.", ("four days a week", "SET", "P1W")),
        ("The board meets twice a year.", ("twice a year", "SET", "P1Y")),
        ("The museum is free on weekends.", ("weekends", "SET", "XXXX-WXX-WE")),
    ],
)
def test_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker scored 19 goals last season.", ("last season", "DATE", "2018")),
        ("Flights are suspended for the rest of the year.", ("the rest of the year", "DATE", "2019")),
        (
            "The plant should open in the first half of next year.",
            ("the first half of next year", "DATE", "2020-H1"),
        ),
        (
            "Seas may rise a metre by the second half of the century.",
            ("the second half of the century", "DATE", "20"),
        ),
    ],
)
def test_seasons_rests_and_halves(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


def test_once_before_a_past_verb_is_formerly() -> None:
    assert values("The mill, which once employed 900 workers, is shut.") == [("once", "DATE", "PAST_REF")]
    assert found("They met once again.") == []
    assert found("Once the bridge is built, traffic will ease.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Winter Olympics open in February.",
        "She wrote for a regional weekly in the north.",
        "Exports reached 3 million barrels a day.",
    ],
)
def test_names_and_rates_are_not_timexes(text: str) -> None:
    assert [m for m in found(text) if m[0] in ("Winter", "The Winter", "weekly", "a day")] == []


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # The spec: a weekday in a plan is the next one, even the anchor's own weekday.
        ("The minister will speak on Wednesday evening.", "Wednesday evening", "2019-06-19TEV"),
        ("The minister will speak on Friday.", "Friday", "2019-06-14"),
    ],
)
def test_weekday_in_a_plan_is_the_next_one(
    sentence: str, expression: str, value: str
) -> None:
    results = {m.text: w for m, w in resolve_text(sentence, ANCHOR)}
    assert results[expression].timex == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "anchor"),
    [
        # A holiday weeks ahead, in a past clause about what happened before it.
        ("Both parties paused their ads a week before Election Day.", "Election Day", "2012-11-06",
         dt.date(2012, 10, 30)),
        ("Schools will remain closed until at least September.", "September", "2020-09",
         dt.date(2020, 4, 27)),
        ("Figures due on Friday are expected to be weak.", "Friday", "2020-05-01", dt.date(2020, 4, 27)),
        ("Senators return to the capital on Monday.", "Monday", "2020-05-04", dt.date(2020, 4, 29)),
        ("Security has been tight since the attack on a newspaper in March.", "March", "2015-03",
         dt.date(2015, 11, 14)),
    ],
)  # fmt: skip
def test_direction_cues(sentence: str, expression: str, value: str, anchor: dt.date) -> None:
    results = {m.text: w for m, w in resolve_text(sentence, anchor)}
    assert results[expression].timex == value


def test_resolve_reads_an_age_on_its_own() -> None:
    when = resolve("the 47-year-old", ANCHOR)
    assert (when.timex, when.granularity) == ("P47Y", "duration")

"""Direction cues in the sentence, and dates without a year placed nearest the anchor.

Anchor Thursday 2024-02-08; the sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import resolve
from domain.temporal.direction import cue_of

ANCHOR = dt.date(2024, 2, 8)


def start_of(expression: str, context: str, anchor: dt.date = ANCHOR) -> str | None:
    return resolve(expression, anchor, timezone="Asia/Baghdad", context=context).start


@pytest.mark.parametrize(
    ("expression", "context", "start"),
    [
        # No cue in the sentence: the occurrence nearest the anchor.
        ("March 4", "Parliament reconvenes March 4.", "2024-03-04"),
        ("Jan. 30", "The ceremony is on Jan. 30.", "2024-01-30"),
        ("April", "The summit is in April in Vienna.", "2024-04-01"),
        ("November", "The summit is in November in Vienna.", "2023-11-01"),
        ("mid-March", "The report is due out in mid-March.", "2024-03-11"),
        # A cue still decides.
        ("March 4", "The court ruled on March 4.", "2023-03-04"),
        ("November", "Talks will resume in November.", "2024-11-01"),
    ],
)
def test_uncued_dates_without_a_year_go_to_the_nearest_occurrence(
    expression: str, context: str, start: str
) -> None:
    assert start_of(expression, context) == start


def test_without_any_sentence_the_spec_default_past_holds() -> None:
    assert start_of("March 4", "") == "2023-03-04"
    assert cue_of("March 4", "") == ("past", False)


@pytest.mark.parametrize(
    ("expression", "context", "start"),
    [
        ("Feb. 20", "The offer was extended to Feb. 20.", "2024-02-20"),
        ("March 1", "Prices are frozen until March 1.", "2024-03-01"),
        ("Jan. 31", "The fund had bought shares through Jan. 31.", "2024-01-31"),
    ],
)
def test_a_bound_takes_the_nearest_date(expression: str, context: str, start: str) -> None:
    assert start_of(expression, context) == start


def test_a_bound_on_a_weekday_follows_the_clause_tense() -> None:
    assert start_of("Wednesday", "Most members had filed their reports by Wednesday.") == "2024-02-07"
    assert start_of("Tuesday", "Until Tuesday, the police had not named a suspect.") == "2024-02-06"


def test_adjectives_ending_in_ed_are_not_past_tense() -> None:
    context = "The vote will take place at the United Nations on Friday."
    assert start_of("Friday", context) == "2024-02-09"


def test_a_participle_after_be_is_passive_and_looks_ahead_with_its_auxiliary() -> None:
    assert start_of("March 15", "The dividend will be paid March 15, the board said.") == "2024-03-15"


def test_irregular_past_tenses_are_past_cues() -> None:
    assert start_of("March", "In March, the company brought in a new chief executive.") == "2023-03-01"


def test_a_plan_in_progress_looks_ahead() -> None:
    assert start_of("Saturday", "Organisers were planning a march on Saturday.") == "2024-02-10"


def test_a_noun_plan_is_not_a_future_cue() -> None:
    assert start_of("Monday", "The ministers signed a trade plan Monday.") == "2024-02-05"


def test_a_written_weekday_picks_the_nearby_year_where_it_agrees() -> None:
    result = resolve("Saturday, March 2", ANCHOR, context="The vote was held on Saturday, March 2.")
    assert (result.start, result.rule) == ("2024-03-02", "day_month_weekday")


def test_a_quarter_read_ahead_is_the_nearest_one() -> None:
    anchor = dt.date(2023, 10, 20)
    context = "The company will report its earnings for the third quarter next week."
    assert start_of("the third quarter", context, anchor) == "2023-07-01"


def test_a_present_tense_near_the_date_leaves_it_to_the_nearest_occurrence() -> None:
    assert start_of("March 7", "The firm said it is calling the bonds on March 7.") == "2024-03-07"
    assert start_of("March 12", "The minister has invited envoys to a ceremony on March 12.") == "2024-03-12"


def test_next_to_is_a_place_not_a_future_cue() -> None:
    assert start_of("Friday", "Six people died in a blast next to the embassy on Friday.") == "2024-02-02"


def test_a_tie_between_two_occurrences_goes_the_way_the_sentence_looks() -> None:
    anchor = dt.date(2024, 2, 15)
    assert start_of("August", "The airline will double its flights by August.", anchor) == "2024-08-01"
    assert start_of("August", "The airline doubled its flights by August.", anchor) == "2023-08-01"

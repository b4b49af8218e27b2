"""Talks status from tense and cue lexicons, on sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from extraction import extract
from extraction.talks import talks_status


def status(sentence: str) -> str:
    return talks_status(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government is holding talks with the rebels in Doha.", "talks_ongoing"),
        ("Both sides are engaged in talks over a prisoner exchange.", "talks_ongoing"),
        ("Negotiations continue behind closed doors, a diplomat said.", "talks_ongoing"),
        ("The talks with the coalition are under way.", "talks_ongoing"),
        ("The two delegations will hold talks in Geneva next week.", "talks_announced"),
        ("The ministry announced talks on the future of the mission.", "talks_announced"),
        ("The parties agreed to begin talks on a withdrawal timetable.", "talks_announced"),
        ("The next round of negotiations is set for March.", "talks_announced"),
        ("The rebels suspended talks after the shelling of the market.", "talks_suspended"),
        ("The delegation broke off negotiations on Tuesday.", "talks_suspended"),
        ("Mediators paused the talks for the holiday.", "talks_suspended"),
        ("Talks between the two sides in the capital have been suspended since December.", "talks_suspended"),
        ("The talks ended last week without an agreement.", "talks_suspended"),
        ("The two sides reached an agreement on a 60-day truce.", "agreement_reached"),
        ("Officials signed a deal on the withdrawal of foreign forces.", "agreement_reached"),
        ("The government and the rebels agreed to extend the ceasefire.", "agreement_reached"),
        ("Foreign troops began withdrawing from the northern bases on Monday.", "withdrawal_underway"),
        ("The contingent started pulling out of the province, officials said.", "withdrawal_underway"),
        ("The army completed the withdrawal of its forces from the city.", "withdrawal_complete"),
        ("The last foreign troops left the base on Sunday.", "withdrawal_complete"),
        ("The militia rejected talks with the government.", "no_talks"),
        ("There have been no talks between the two sides since the coup.", "no_talks"),
        ("The movement said it would not negotiate under fire.", "no_talks"),
    ],
)
def test_cue_lexicons(sentence: str, expected: str) -> None:
    assert status(sentence) == expected


def test_negated_cue_does_not_count() -> None:
    assert status("Negotiators have not reached an agreement, and talks continue.") == "talks_ongoing"
    assert status("The sides reached no deal; negotiations are ongoing.") == "talks_ongoing"


def test_talks_claims_carry_a_status_and_others_none() -> None:
    text = (
        "Talks suspended\n"
        "The rebels suspended talks with the government on Monday, a spokesman said. "
        "A drone strike killed five people in the town of Qaryat on Sunday."
    )
    claims = extract(text, publisher="Wire", anchor=datetime.date(2024, 3, 5))
    talks = [claim for claim in claims if claim.kind == "talks_status"]
    assert talks and all(claim.talks_status == "talks_suspended" for claim in talks)
    assert all(claim.talks_status is None for claim in claims if claim.kind != "talks_status")

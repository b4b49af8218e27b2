"""Rules of extractor 0.5.9, from the development splits' misses; each is tested on sentences of
our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2026, 3, 3), "Africa/Nairobi")
claims = WIRE.claims


# --- quotations over several sentences -------------------------------------------------------------

@pytest.mark.parametrize(("body", "speaker"), [
    ('"We heard four blasts before dawn. Then the roof of the clinic fell in," said Amina Yusuf, a nurse.',
     "Amina Yusuf"),
    ('"The road is closed. Nobody can bring food in. We are waiting," a district official told reporters.',
     "district official"),
])  # fmt: skip
def test_a_quotation_over_sentences_is_one_statement_quoted_whole(
    body: str, speaker: str, gazetteer: Gazetteer
) -> None:
    statements = [c for c in claims(body, gazetteer) if c.kind == "statement"]
    assert [c.speaker for c in statements] == [speaker]
    assert statements[0].quote == body  # from the opening mark to the attribution's full stop
    assert statements[0].span is not None and statements[0].span.end - statements[0].span.start == len(body)


def test_a_quotation_opening_with_a_claim_of_its_own_keeps_it(gazetteer: Gazetteer) -> None:
    body = ('"Gunmen killed six of our herders on Sunday. We want the army here," said Joseph Lekishon, '
            "a local chief.")
    made = [(c.kind, c.speaker) for c in claims(body, gazetteer)]
    assert ("casualties", "Joseph Lekishon") in made
    assert sum(kind == "casualties" for kind, _ in made) == 1


# --- talks told as meetings ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Negotiators from Khartoum and Juba held their latest round in Addis Ababa in January.",
    "Army and rebel commanders have met more than a dozen times since the truce.",
    "The border commissions last met on February 2, officials said.",
    "The two delegations held their fourth round on Monday.",
])  # fmt: skip
def test_meetings_between_parties_are_where_talks_stand(body: str, gazetteer: Gazetteer) -> None:
    statuses = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert statuses == ["talks_ongoing"]


@pytest.mark.parametrize("body", [
    "The ministers met with farmers in the valley on Tuesday.",
    "The boxer won the fourth round on points.",
    "Rescuers met the survivors at the river crossing.",
])  # fmt: skip
def test_a_meeting_or_a_round_of_another_sort_is_no_talks(body: str, gazetteer: Gazetteer) -> None:
    assert "talks_status" not in WIRE.kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "Talks on the border dispute stalled after a session planned for Monday was postponed.",
    "The talks have not collapsed, but the joint commission has suspended its sessions in Goma.",
])  # fmt: skip
def test_talks_whose_meeting_was_put_back_are_suspended(body: str, gazetteer: Gazetteer) -> None:
    statuses = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert statuses == ["talks_suspended"]

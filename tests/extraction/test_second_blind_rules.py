"""Rules of extractor 0.5.0, found by scoring the devset's second blind split (blind2) once as it
came; each is tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from domain.values import ClaimContent
from extraction import Gazetteer, extract

ANCHOR = datetime.date(2025, 6, 12)


def claims(text: str, gazetteer: Gazetteer) -> list[ClaimContent]:
    return extract(f"Headline\n\n{text}", publisher="Test Wire", anchor=ANCHOR, timezone="Africa/Lagos",
                   gazetteer=gazetteer)


def kinds(text: str, gazetteer: Gazetteer) -> list[str]:
    return [c.kind for c in claims(text, gazetteer)]


def figures(text: str, gazetteer: Gazetteer) -> list[tuple[str, int | None, str]]:
    return [(f.measure, f.value, f.qualifier) for c in claims(text, gazetteer) for f in c.figures]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # A role before a name, even when the role's first word is capitalised by the sentence.
    ("Provincial lawmaker Amina Yusuf said the convoy had been turned back twice.", "Amina Yusuf"),
    ("Senior security adviser Tomas Varga said the border posts would stay closed.", "Tomas Varga"),
    # A description of an organisation, then its name: the name speaks.
    ("The road was mined again on Monday, according to the monitoring group Border Watch.", "Border Watch"),
    ("A group calling itself the River Lions said it had carried out the ambush.", "River Lions"),
    # "in turn" is not part of who speaks.
    ("Herder associations have in turn accused the army of siding with farmers.", "Herder associations"),
])
def test_speaker_named_after_its_description(sentence: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in claims(sentence, gazetteer)} == {speaker}


@pytest.mark.parametrize(("sentence", "figure"), [
    # A participle after a plural ends the noun phrase: the plural is the head.
    ("About 300 soldiers backed by armoured vehicles were sent to the valley, officials said.",
     ("troops", 300, "about")),
    # So does a compass word before "of".
    ("Jets hit more than 25 targets north of the river last week, the army said.",
     ("targets", 25, "more_than")),
    # Military instructors, advisers and observers are troops; other observers are not.
    ("Turkey has about 400 military advisers in the country, diplomats said.", ("troops", 400, "about")),
    # A casualty verb whose first object has no number carries over "and".
    ("Raiders burned the market, killing a teacher and dozens of villagers, residents said.",
     ("killed", 24, "vague")),
])
def test_figures_of_unseen_phrasings(
    sentence: str, figure: tuple[str, int, str], gazetteer: Gazetteer
) -> None:
    assert figure in figures(sentence, gazetteer)


def test_election_observers_are_not_troops(gazetteer: Gazetteer) -> None:
    assert not [f for f in figures("About 500 election observers watched the vote, the commission said.",
                                   gazetteer) if f[0] == "troops"]


@pytest.mark.parametrize(("sentence", "status"), [
    ("The truce between the two clans has largely held since March, elders said.", "agreement_reached"),
    ("A ceasefire pact between the junta and the northern rebels lapsed in May.", "talks_suspended"),
    ("The rebels pulled out of the peace deal in January, their spokesman said.", "talks_suspended"),
    ("The movement declared the 2019 truce over on Sunday.", "talks_suspended"),
    ("Mediators say the 2020 peace agreement is close to collapse.", "talks_suspended"),
])
def test_what_became_of_a_ceasefire_is_talks_status(sentence: str, status: str, gazetteer: Gazetteer) -> None:
    found = [c for c in claims(sentence, gazetteer) if c.kind == "talks_status"]
    assert [c.talks_status for c in found] == [status]


def test_a_trade_deal_signed_is_no_talks_status(gazetteer: Gazetteer) -> None:
    assert "talks_status" not in kinds("The two firms signed a supply deal worth $40 million on Monday.",
                                       gazetteer)


def test_demanding_that_troops_leave_calls_for_withdrawal(gazetteer: Gazetteer) -> None:
    found = kinds("The regional council demanded that foreign troops leave the province immediately.",
                  gazetteer)
    assert found == ["call_for_withdrawal"]


@pytest.mark.parametrize("sentence", [
    "Gunmen used drones to drop grenades on a checkpoint overnight, police said.",
    "Three projectiles landed near the airport late on Friday, the army said.",
    "He said the air force had hit depots in the hills since Thursday.",
])
def test_weapons_that_land_or_drop_are_strikes(sentence: str, gazetteer: Gazetteer) -> None:
    assert "strike" in kinds(sentence, gazetteer)

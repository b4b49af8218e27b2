"""Rules of extractor 0.5.4, from the development half of blind3's remaining misses; each is
tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from domain.values import ClaimContent
from extraction import Gazetteer, extract

ANCHOR = datetime.date(2025, 4, 10)


def claims(body: str, gazetteer: Gazetteer) -> list[ClaimContent]:
    return extract(f"Headline\n{body}", publisher="Test Wire", anchor=ANCHOR, timezone="Asia/Dhaka",
                   gazetteer=gazetteer)  # fmt: skip


def figures(body: str, gazetteer: Gazetteer) -> list[tuple[str, str, int | None, str]]:
    return [(c.kind, f.measure, f.value, f.qualifier) for c in claims(body, gazetteer) for f in c.figures]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soldiers detain 14 fishermen off the coast.", ("casualties", "detained", 14, "exact")),
    ("Police arrest 12 protesters in the capital.", ("casualties", "detained", 12, "exact")),
    ("Gunmen kidnap 30 pupils from a boarding school.", ("casualties", "abducted", 30, "exact")),
    ("Rebels abduct nine aid workers near the border.", ("casualties", "abducted", 9, "exact")),
])  # fmt: skip
def test_a_headline_in_the_present_tense_counts_the_people_held(
    sentence: str, expected: tuple[str, str, int, str], gazetteer: Gazetteer
) -> None:
    assert figures(sentence, gazetteer) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("About 8,000 villagers who fled the floods in 2019 still live in camps, officials said.",
     [("displacement", "displaced", 8000, "about")]),
    ("More than 300 families who have fled the fighting are sheltering in schools.",
     [("displacement", "displaced", 300, "more_than")]),
    ("Eleven miners who were abducted on the road to the mine were freed on Friday.",
     [("casualties", "abducted", 11, "exact")]),
    ("Two soldiers who died in the ambush were buried on Sunday.", [("casualties", "killed", 2, "exact")]),
])  # fmt: skip
def test_a_relative_clause_says_what_befell_the_people_counted(
    sentence: str, expected: list[tuple[str, str, int, str]], gazetteer: Gazetteer
) -> None:
    assert figures(sentence, gazetteer) == expected


def test_in_an_active_relative_clause_the_people_counted_are_the_ones_who_acted(gazetteer: Gazetteer) -> None:
    # The three gunmen killed someone; nobody says they were killed.
    body = "Three gunmen who killed a guard at the depot escaped on motorbikes."
    assert not [f for f in figures(body, gazetteer) if f[1] == "killed"]


@pytest.mark.parametrize("sentence", [
    "Border guards traded fire for several hours on Tuesday, the ministry said.",
    "Indian and Chinese troops trade fire along the disputed frontier.",
    "The two armies were trading fire across the river late into the night.",
])  # fmt: skip
def test_trading_fire_is_an_attack(sentence: str, gazetteer: Gazetteer) -> None:
    assert "attack" in {c.kind for c in claims(sentence, gazetteer)}


@pytest.mark.parametrize("sentence", [
    "Venezuela has reinforced its troops on the island, officials said.",
    "The army deployed more soldiers to the border town on Monday.",
    "Peacekeepers were deployed to the camp after the clashes.",
    "The government sent reinforcements to the province on Saturday.",
])  # fmt: skip
def test_a_deployment_without_a_number_is_a_troop_presence(sentence: str, gazetteer: Gazetteer) -> None:
    found = [c for c in claims(sentence, gazetteer) if c.kind == "troop_presence"]
    assert len(found) == 1 and not found[0].figures


def test_a_deployment_with_a_number_is_one_claim_with_its_figure(gazetteer: Gazetteer) -> None:
    found = [c for c in claims("The country deployed about 1,200 troops to the north.", gazetteer)
             if c.kind == "troop_presence"]  # fmt: skip
    found_figures = [(f.measure, f.value, f.qualifier) for c in found for f in c.figures]
    assert found_figures == [("troops", 1200, "about")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Armed men detained four farmers near the line on Wednesday, Tbilisi says.", "Georgia"),
    ("Soldiers fired on a patrol boat on Monday, Caracas said.", "Venezuela"),
    ("Militants attacked a police post overnight, Dhaka said on Friday.", "Bangladesh"),
    # A capital that is also an actor's alias keeps the actor's name.
    ("Drones struck a depot on Sunday, Kyiv said.", "Ukraine"),
])  # fmt: skip
def test_a_capital_as_the_speaker_is_its_government(
    sentence: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert {c.speaker for c in claims(sentence, gazetteer)} == {speaker}


def test_a_city_that_is_no_capital_stays_as_written(gazetteer: Gazetteer) -> None:
    found = claims("Rebels shelled the port on Monday, Benghazi said.", gazetteer)
    assert {c.speaker for c in found} == {"Benghazi"}


def test_a_user_gazetteer_can_name_a_capital_and_must_say_it_plainly(tmp_path: Path) -> None:
    mine = tmp_path / "mine.json"
    place = {"name": "Port Amber", "type": "city", "in": "Bangladesh", "capital": True}
    mine.write_text(json.dumps({"format": "dateline-gazetteer", "version": 1, "actors": [],
                                "places": [place]}))  # fmt: skip
    assert Gazetteer.load(mine).places.capital_of("Port Amber") == "Bangladesh"
    mine.write_text(json.dumps({"format": "dateline-gazetteer", "version": 1, "actors": [],
                                "places": [{**place, "capital": "yes"}]}))  # fmt: skip
    with pytest.raises(ValueError, match="capital"):
        Gazetteer.load(mine)


@pytest.mark.parametrize("sentence", [
    "Burundi denies sending troops to the neighbouring province.",
    "Rwanda has not deployed soldiers across the border, the minister said.",
])  # fmt: skip
def test_a_denied_deployment_is_no_troop_presence(sentence: str, gazetteer: Gazetteer) -> None:
    assert "troop_presence" not in {c.kind for c in claims(sentence, gazetteer)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("About 40,000 Rohingya refugees live in camps near the border, according to UNHCR.",
     ("displacement", "displaced", 40000, "about")),
    ("Some 2,500 foreign troops remain in the country, officials said.",
     ("troop_presence", "troops", 2500, "about")),
])  # fmt: skip
def test_a_verb_after_a_counted_plural_ends_its_noun_phrase(
    sentence: str, expected: tuple[str, str, int, str], gazetteer: Gazetteer
) -> None:
    assert figures(sentence, gazetteer) == [expected]


def test_a_semicolon_joins_two_headlines_each_with_its_own_speaker(gazetteer: Gazetteer) -> None:
    text = ("Three guards killed in raid on oil depot; Niamey blames jihadists\n"
            "NIAMEY (Test Wire) - Gunmen attacked a depot on Monday, officials said.")  # fmt: skip
    found = extract(text, publisher="Test Wire", anchor=ANCHOR, timezone="Africa/Niamey", gazetteer=gazetteer)
    headline = {(c.kind, c.speaker, c.quote) for c in found if c.quote in text.splitlines()[0]}
    assert ("casualties", "Test Wire", "Three guards killed in raid on oil depot") in headline
    assert ("statement", "Niger", "Niamey blames jihadists") in headline


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Army blames rebels for market bombing", "Army"),
    ("Government rejects report on prison deaths", "Government"),
])  # fmt: skip
def test_a_headline_act_verb_in_the_present_names_its_speaker(
    sentence: str, speaker: str, gazetteer: Gazetteer
) -> None:
    found = extract(f"{sentence}\nBody text.", publisher="Test Wire", anchor=ANCHOR, timezone="UTC",
                    gazetteer=gazetteer)  # fmt: skip
    assert [(c.kind, c.speaker) for c in found] == [("statement", speaker)]

"""Rules of extractor 0.5.7 from the development half of the sixth blind split (blind6); each is
tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2026, 2, 11), "America/La_Paz")
claims, kinds, said_by, figures = WIRE.claims, WIRE.kinds, WIRE.said_by, WIRE.figures





# --- quotations and who says them -------------------------------------------------------------

def test_a_speaker_named_after_the_verb_that_follows_a_quotation(gazetteer: Gazetteer) -> None:
    body = '"We will rebuild the market before the rains," said Ana Torres, a trader in Sucre.'
    assert said_by(body, gazetteer) == [("statement", "Ana Torres")]


def test_a_quotation_over_two_sentences_is_said_by_whom_the_second_names(gazetteer: Gazetteer) -> None:
    body = '"They came at night and burned the school. Nobody helped us," said Rosa Quispe, a teacher.'
    # One statement since 0.5.9: the quotation is one claim, quoted whole with its attribution.
    assert said_by(body, gazetteer) == [("statement", "Rosa Quispe")]


def test_a_report_verb_in_the_passive_names_nobody(gazetteer: Gazetteer) -> None:
    body = "Fuel shortages have been reported in Oruro and Potosi."
    assert said_by(body, gazetteer) == []


def test_a_long_subject_speaks_from_its_last_clause(gazetteer: Gazetteer) -> None:
    body = ("Talks between the miners and the provincial government in the town of Llallagua collapsed "
            "on Friday after the miners demanded the release of their leaders.")  # fmt: skip
    assert ("talks_status", "Test Wire") in said_by(body, gazetteer)


def test_he_or_she_is_the_person_who_opened_the_sentence_before(gazetteer: Gazetteer) -> None:
    body = ("Minister Carla Rojas said the road would reopen soon. Governor Ivan Mendez defended the "
            "operation on Tuesday. He said 40 suspects had been arrested.")  # fmt: skip
    arrests = [c.speaker for c in claims(body, gazetteer) if c.kind == "casualties"]
    assert arrests == ["Ivan Mendez"]


@pytest.mark.parametrize(("body", "speaker"), [
    ("Nine people were hurt in the protest, Ombudsman Pedro Salas said.", "Pedro Salas"),
    # A body's owner that is no place goes; a capitalised word before "'s" is part of a name.
    ("Two soldiers were wounded on Monday, the army's 5th Infantry Division said.", "5th Infantry Division"),
    ("Two soldiers were wounded on Monday, the Mekong Fishermen's Union said.", "Mekong Fishermen's Union"),
    # A short name in brackets is an alias.
    ("Two smugglers were detained at the pass, the Federal Border Guard (Grenzwache) said.",
     "Federal Border Guard"),
    # A relative clause in the subject describes it.
    ("The Highland Farmers' League, the group that called the march, said three marchers were killed.",
     "Highland Farmers' League"),
])  # fmt: skip
def test_speakers_of_unseen_phrasings(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {s for _, s in said_by(body, gazetteer)} == {speaker}


def test_one_of_a_group_named_before_is_that_group(gazetteer: Gazetteer) -> None:
    body = ("Two guards were killed at the mine, security officials said. Gunmen opened fire from a "
            "truck, one of the officials said.")  # fmt: skip
    assert ("attack", "security officials") in said_by(body, gazetteer)


# --- figures -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "figure"), [
    ("Of those detained, about 90 are still held in Oruro, a lawyer said.", ("detained", 90, "about")),
    ("A spokesman said 12 members of the cooperative were missing.", ("missing", 12, "exact")),
    ("The hospital said it had received the bodies of seven miners.", ("killed", 7, "exact")),
    ("Police said 30 officers had been injured, eight of them by stones.", ("injured", 8, "exact")),
    ("About 200 families, or nearly 800 people, fled their homes.", ("displaced", 200, "about")),
    ("Residents said dozens of families had left villages around the mine.", ("displaced", 24, "vague")),
    ("The guard said it had sent about 300 officers and two helicopters.", ("troops", 300, "about")),
    ("The rebels now have about 900 fighters nationwide, army estimates say.", ("troops", 900, "about")),
    ("The navy has deployed more than 600 sailors along the coast.", ("troops", 600, "more_than")),
])  # fmt: skip
def test_figures_of_unseen_phrasings(body: str, figure: tuple[str, int, str], gazetteer: Gazetteer) -> None:
    assert figure in figures(body, gazetteer)


# --- kinds ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Two gunmen were killed in an exchange of fire near the border post, police said.",
    "Police killed a suspect in a shootout in the hills on Sunday.",
    "Residents said soldiers had fired live rounds at the crowd.",
    "Three rebels died in a clash with the army near the river.",
])  # fmt: skip
def test_gunfire_written_otherwise_is_an_attack(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" in {kind for kind, _ in said_by(body, gazetteer)}


@pytest.mark.parametrize(("body", "talks"), [
    ("The minister said the government was ready to resume the dialogue with the miners.", True),
    ("The church has offered to mediate between the two sides, the bishop said.", True),
    # A call to return to dialogue changes nothing about the talks.
    ("The envoy urged all sides to return to dialogue.", False),
])  # fmt: skip
def test_dialogue_resumed_or_mediation_offered_is_talks(body: str, talks: bool, gazetteer: Gazetteer) -> None:
    assert ("talks_status" in {kind for kind, _ in said_by(body, gazetteer)}) is talks


def test_a_headline_speaker_without_article_is_the_body_the_report_defines(gazetteer: Gazetteer) -> None:
    text = ("Four smugglers killed at the border, anti-drug commission says\n"
            "Four smugglers were killed near Yacuiba on Monday, the National Anti-Drug Commission "
            "(NADC) said.")  # fmt: skip
    made = WIRE.report(text, gazetteer)
    assert {c.speaker for c in made} == {"National Anti-Drug Commission"}


def test_a_one_word_headline_speaker_is_kept_as_written(gazetteer: Gazetteer) -> None:
    text = ("Four smugglers killed at the border, army says\n"
            "Four smugglers were killed near Yacuiba on Monday, the Bolivian Army (EB) said.")  # fmt: skip
    made = WIRE.report(text, gazetteer)
    assert made[0].speaker == "army"


def test_a_place_west_of_which_an_event_happened_is_its_location(gazetteer: Gazetteer) -> None:
    body = "Gunmen ambushed a patrol west of Puerto Quijarro on Monday, killing two soldiers."
    assert {c.location for c in claims(body, gazetteer)} == {"Puerto Quijarro"}

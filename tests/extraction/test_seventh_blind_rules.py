"""Rules of extractor 0.5.7 from the development half of the seventh blind split (blind7); each
is tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2026, 3, 4), "Africa/Lusaka")
claims, kinds, said_by, figures = WIRE.claims, WIRE.kinds, WIRE.said_by, WIRE.figures


# --- threats -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    '"We will chase them into the hills and beyond," the commander said.',
    "The militia said its fighters would force the foreign troops out of the valley.",
    '"If the shelling goes on, we will return to war," a rebel spokesman said.',
    "Anyone who crosses the river with a rifle will be met with fire, the governor said.",
    "The minister said those responsible will face the full weight of the law.",
    'The army said it would respond "with full force" to any new incursion.',
])  # fmt: skip
def test_harm_promised_in_return_is_a_threat(body: str, gazetteer: Gazetteer) -> None:
    assert "threat" in kinds(body, gazetteer)


def test_a_prediction_without_harm_promised_is_no_threat(gazetteer: Gazetteer) -> None:
    assert "threat" not in kinds("The mayor said the market will reopen next week.", gazetteer)


# --- speakers ------------------------------------------------------------------------------------

def test_a_cell_is_a_body_not_a_person_with_a_title(gazetteer: Gazetteer) -> None:
    body = "Gunmen killed two guards near Kabwe, the police's Security Information Cell said."
    assert {s for _, s in said_by(body, gazetteer)} == {"Security Information Cell"}


def test_the_head_of_a_description_the_gazetteer_named_refers_back_to_it(gazetteer: Gazetteer) -> None:
    body = ("The Israeli military said its jets had struck two launch sites. No one was hurt, the "
            "military said.")  # fmt: skip
    speakers = {s for _, s in said_by(body, gazetteer)}
    assert len(speakers) == 1 and "military" not in speakers


def test_the_government_is_that_of_the_country_the_report_is_filed_from(gazetteer: Gazetteer) -> None:
    text = ("Rustlers kill nine in raid\n"
            "ANTANANARIVO, March 4 (Test Wire) - Rustlers killed nine villagers on Sunday. The "
            "government said it would not negotiate with the gangs.")  # fmt: skip
    talks = [c.speaker for c in WIRE.report(text, gazetteer) if c.kind == "talks_status"]
    assert talks == ["Madagascar"]


# --- figures -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "figure"), [
    ("The gunmen took 40 hostages from the mine, the company said.", ("abducted", 40, "exact")),
    ("At least 12 people, among them two nurses, a driver and a teacher, have been killed, the "
     "council said.", ("killed", 12, "at_least")),
    ("Some 60 families from the Luangwa area have left their homes, a relief worker said.",
     ("displaced", 60, "about")),
    ("The clinic said it had received 9 bodies and 20 wounded, among them six children.",
     ("killed", 9, "exact")),
    ("The clinic said it had received 9 bodies and 20 wounded, among them six children.",
     ("injured", 6, "exact")),
    ("The council raised the toll to 11, saying two of the wounded had died in hospital.",
     ("killed", 2, "exact")),
])  # fmt: skip
def test_figures_of_unseen_phrasings(body: str, figure: tuple[str, int, str], gazetteer: Gazetteer) -> None:
    assert figure in figures(body, gazetteer)


def test_captives_rescued_are_no_figure(gazetteer: Gazetteer) -> None:
    body = "Troops clashed with the gang near Mansa, rescuing 16 captives, the army said."
    assert ("abducted", 16, "exact") not in figures(body, gazetteer)


# --- talks ---------------------------------------------------------------------------------------

def test_an_accord_said_to_be_in_danger_still_stands(gazetteer: Gazetteer) -> None:
    body = "The rebels said the strikes had put the truce \"in grave danger\"."
    talks = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert talks == ["agreement_reached"]


# --- a time after "before" or "until" cuts no clause --------------------------------------------

def test_before_dawn_leaves_the_killing_in_the_raid_s_clause(gazetteer: Gazetteer) -> None:
    body = ("Gunmen raided the village of Mukobeko near Kabwe before dawn on Sunday, killing 12 "
            "villagers, police said.")  # fmt: skip
    located = {c.kind: c.location for c in claims(body, gazetteer)}
    assert located["casualties"] == "Mukobeko"


def test_a_relative_clause_still_opens_after_which(gazetteer: Gazetteer) -> None:
    body = ("About 900 troops remain in the north, fighting the group, which once held the whole "
            "province, the ministry said.")  # fmt: skip
    presence = [c for c in claims(body, gazetteer) if c.kind == "troop_presence"]
    assert presence and presence[0].when is not None and presence[0].when.expression is None


# --- places in a relative clause, and where people fled -------------------------------------------

@pytest.mark.parametrize(("body", "place"), [
    ("Gunmen wounded two rangers who were patrolling near the fishing settlement of Nkamba on "
     "Monday, the park authority said.", "Nkamba"),
    ("About 2,000 people have fled to Kaputa since the weekend, a relief agency said.", "Kaputa"),
    ("Dozens of families had fled toward Mporokoso with their cattle, residents said.", "Mporokoso"),
    ("Two men were detained at a checkpoint in the commune of Nsama on Friday, police said.", "Nsama"),
])  # fmt: skip
def test_where_the_people_a_claim_counts_were_or_fled(body: str, place: str, gazetteer: Gazetteer) -> None:
    assert {c.location for c in claims(body, gazetteer) if c.figures} == {place}


# --- parties agreeing, troops sent, force promised in quotation marks ---------------------------

@pytest.mark.parametrize(("body", "kind"), [
    ("The two sides agreed late on Friday that the militia would leave the market.", "talks_status"),
    ("Soldiers had been sent to the district after the raid, the governor said.", "troop_presence"),
    ("The army said it had moved an extra battalion to the border overnight.", "troop_presence"),
    ('The rebels said they would "respond with every means" to any new raid.', "threat"),
])  # fmt: skip
def test_kinds_of_unseen_phrasings(body: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in kinds(body, gazetteer)


def test_what_the_two_sides_agreed_is_an_agreement(gazetteer: Gazetteer) -> None:
    body = "Both governments agreed on Monday to reopen the border crossing."
    talks = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert talks == ["agreement_reached"]

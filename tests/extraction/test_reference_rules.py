"""Rules of extractor 0.5.7, from the misses of the development splits: an event noun that only
refers to an event reports none, taking goods is no attack, and how far a withdrawal has gone is
a talks status. Every case is a sentence of our own about other places."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2025, 9, 17), "Africa/Nairobi")
claims, kinds, said_by, figures = WIRE.claims, WIRE.kinds, WIRE.said_by, WIRE.figures




# --- event nouns that refer to an event -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    # feared, warned of, to be prevented
    "Hundreds of herders left Moroto on Sunday, fearing a revenge raid, the district office said.",
    "Elders said the families had moved to the hills for fear of another attack.",
    "Police set up checkpoints on the coast road to prevent another attack, a spokesman said.",
    # the start of a period
    "About 40,000 people have fled Kibuye since fighting broke out in May, the U.N. said.",
    # ranked against others
    "It was the deadliest ambush on the army since 2019, when about 30 soldiers were killed.",
    "Sunday's violence was one of the deadliest assaults on the base in a decade, officials said.",
    # what a party is held responsible for
    "The army says the group was responsible for the ambush on its convoy in the north.",
])  # fmt: skip
def test_an_event_noun_that_refers_to_an_event_reports_no_attack(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" not in kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "Fishermen stayed ashore on Monday, fearing a new air strike on the port, the mayor said.",
    "It was the third air strike on the port since June, local officials said.",
])  # fmt: skip
def test_a_strike_noun_is_read_the_same_way(body: str, gazetteer: Gazetteer) -> None:
    assert "strike" not in kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    # The same nouns reporting an event still do.
    "Gunmen killed six people in an attack on a market in Kibuye on Sunday, police said.",
    "Fighting between two militias in Kibuye killed at least nine people on Monday.",
    "It was the second attack this month, and militants stormed a police post on Tuesday.",
])  # fmt: skip
def test_an_event_noun_reporting_an_event_is_still_an_attack(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" in kinds(body, gazetteer)


def test_a_force_named_by_its_task_is_no_battle(gazetteer: Gazetteer) -> None:
    body = ("Kenya has 800 soldiers in the regional force fighting the insurgents along the border, "
            "the ministry said.")  # fmt: skip
    assert "attack" not in kinds(body, gazetteer)
    assert "troop_presence" in kinds(body, gazetteer)


def test_an_attack_inside_a_strike_is_that_strike(gazetteer: Gazetteer) -> None:
    body = "The call came after a Russian drone attack on Kherson killed two people on Monday."
    assert kinds(body, gazetteer) == {"strike", "casualties"}


# --- taking goods or power ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Troops seized rifles, grenades and two pickup trucks at the camp, the army said on Monday.",
    "He said 40 suspects were detained and 25 firearms seized in the operation.",
    "The officers who seized power in 2022 have promised elections next year.",
])  # fmt: skip
def test_taking_goods_or_power_is_no_attack(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" not in kinds(body, gazetteer)


def test_taking_a_town_is_still_an_attack(gazetteer: Gazetteer) -> None:
    assert "attack" in kinds("Rebels seized the town of Walikale on Saturday, residents said.", gazetteer)


# --- withdrawals and accords ------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "status"), [
    ("Both armies had begun pulling back artillery from the ridge, the mediator said on Monday.",
     "withdrawal_underway"),
    ("The mission completed the second phase of its drawdown in August, handing three bases to the army.",
     "withdrawal_underway"),
    ("The last U.N. peacekeepers left the country in June, the ministry said.", "withdrawal_complete"),
    ("A truce brokered by church leaders took effect at midnight on Sunday, the governor said.",
     "agreement_reached"),
    ("A ceasefire mediated by Qatar came into force on Monday.", "agreement_reached"),
])  # fmt: skip
def test_how_far_a_withdrawal_or_accord_has_gone_is_a_talks_status(
    body: str, status: str, gazetteer: Gazetteer
) -> None:
    talks = [claim.talks_status for claim in claims(body, gazetteer) if claim.kind == "talks_status"]
    assert talks == [status]


def test_what_became_of_an_accord_outranks_how_it_was_made(gazetteer: Gazetteer) -> None:
    body = "A truce brokered by the elders in March collapsed on Sunday, residents said."
    talks = [claim.talks_status for claim in claims(body, gazetteer) if claim.kind == "talks_status"]
    assert talks == ["talks_suspended"]


def test_a_call_to_withdraw_is_no_withdrawal_under_way(gazetteer: Gazetteer) -> None:
    body = "The opposition demanded that the troops withdraw from the capital, its leader said."
    assert kinds(body, gazetteer) == {"call_for_withdrawal"}


def test_a_sentence_going_on_about_the_talks_before_it_carries_their_status(gazetteer: Gazetteer) -> None:
    body = ("Talks between the two governments on the border, held in Arusha in May, ended without "
            "agreement, the foreign ministry said. No new date has been set, a diplomat said.")  # fmt: skip
    talks = [(c.talks_status, c.speaker) for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert talks == [("talks_suspended", "foreign ministry"), ("talks_suspended", "diplomat")]


def test_no_date_set_after_anything_but_talks_is_no_talks_status(gazetteer: Gazetteer) -> None:
    body = ("Two men were charged with the killing on Monday, police said. No date has been set for "
            "their trial, a court clerk said.")  # fmt: skip
    assert "talks_status" not in kinds(body, gazetteer)


# --- a body named, then referred to by its head noun -----------------------------------------------

def test_a_body_named_in_the_sentence_is_the_referent_of_its_head_noun(gazetteer: Gazetteer) -> None:
    body = ("The International Organization for Migration (IOM) counted 4,000 people displaced from "
            "Masisi on Monday, the organization said.")  # fmt: skip
    assert {c.speaker for c in claims(body, gazetteer)} == {"International Organization for Migration"}


def test_an_acronym_may_skip_one_word_of_its_name(gazetteer: Gazetteer) -> None:
    body = ("Officers of the Coastal Joint Protection Unit (CPU) seized a boat near Lamu on Monday. "
            "CPU said two suspects had been detained.")  # fmt: skip
    made = [(c.kind, c.speaker) for c in claims(body, gazetteer)]
    assert ("casualties", "Coastal Joint Protection Unit") in made


# --- dates across ", and" -----------------------------------------------------------------------------

def test_a_clause_after_and_takes_its_own_date(gazetteer: Gazetteer) -> None:
    body = ("The rebels left the northern towns in 2021, and talks with the government have been "
            "suspended since March, a mediator said.")  # fmt: skip
    talks = [c for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert [c.when.expression if c.when else None for c in talks] == ["since March"]


def test_a_list_joined_by_and_still_dates_its_head(gazetteer: Gazetteer) -> None:
    body = "Drones struck Kherson, Mykolaiv, and the port of Odesa on Monday, officials said."
    strikes = [c for c in claims(body, gazetteer) if c.kind == "strike"]
    assert [c.when.expression if c.when else None for c in strikes] == ["Monday"]


# --- figures ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "figure"), [
    # A side that lost people had them killed; only people count.
    ("The rebels lost at least 14 fighters in the assault on the garrison, their spokesman said.",
     ("killed", 14, "at_least")),
    ('The army lost "dozens" of soldiers in the pass, a commander admitted.', ("killed", 24, "vague")),
    # An amount quoted alone is followed by what it counts.
    ('A nurse said "at least 40" were dead and about a dozen missing.', ("killed", 40, "at_least")),
    # A tally's long subject.
    ("The number of people killed in a three-day army operation against the Black Hills Front in the "
     "northern border districts rose to 38 on Friday, the governor said.", ("killed", 38, "exact")),
])  # fmt: skip
def test_figures_of_unseen_phrasings(body: str, figure: tuple[str, int, str], gazetteer: Gazetteer) -> None:
    assert figure in figures(body, gazetteer)


def test_goods_lost_are_no_casualties(gazetteer: Gazetteer) -> None:
    body = "The brigade lost three tanks and a radar near the river, the ministry said."
    assert figures(body, gazetteer) == []


# --- gunfire and deployments written otherwise -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Villagers said shooting went on until dawn in Kapoeta, a church worker said.",
    "Gunmen firing from a ridge wounded two rangers near the lake, the park authority said.",
])  # fmt: skip
def test_shooting_and_firing_from_are_attacks(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" in kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "The navy said its gunners were shooting down drones over the harbour on Monday.",
    "Power was cut across the district shortly after the shooting began, residents said.",
])  # fmt: skip
def test_shooting_down_or_referred_to_is_no_attack(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" not in kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "The mission brought in 200 reserve troops from Kosovo, a spokesman said.",
    "Nigeria flew in special forces overnight and rushed reinforcements to the border, officials said.",
])  # fmt: skip
def test_troops_brought_flown_or_rushed_in_are_present(body: str, gazetteer: Gazetteer) -> None:
    assert "troop_presence" in kinds(body, gazetteer)

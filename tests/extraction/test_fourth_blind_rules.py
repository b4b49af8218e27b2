"""Rules of extractor 0.5.5 from the development half of the fourth blind split (blind4); each is
tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from domain.values import ClaimContent
from extraction import Gazetteer, extract

ANCHOR = datetime.date(2025, 2, 12)


def claims(body: str, gazetteer: Gazetteer) -> list[ClaimContent]:
    return extract(f"Headline\n{body}", publisher="Test Wire", anchor=ANCHOR, timezone="Africa/Lagos",
                   gazetteer=gazetteer)  # fmt: skip


def figures(body: str, gazetteer: Gazetteer) -> list[tuple[str, str, int | None, str]]:
    return [(c.kind, f.measure, f.value, f.qualifier) for c in claims(body, gazetteer) for f in c.figures]


def speakers(body: str, gazetteer: Gazetteer) -> set[str]:
    return {c.speaker for c in claims(body, gazetteer)}


def locations(body: str, gazetteer: Gazetteer) -> set[str | None]:
    return {c.location for c in claims(body, gazetteer) if c.kind in ("strike", "attack", "casualties")}


# --- speakers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "speaker"), [
    ("The toll rose to 12, according to the Delta Security Monitor, a research group.",
     "Delta Security Monitor"),
    ("Gunmen killed five herders, according to the Sahel Peace Institute.", "Sahel Peace Institute"),
])  # fmt: skip
def test_a_body_named_for_what_it_does_is_no_person_with_titles(
    body: str, speaker: str, gazetteer: Gazetteer
) -> None:
    # "Security" and "Peace" are not titles before a surname "Monitor" or "Institute".
    assert speakers(body, gazetteer) == {speaker}


@pytest.mark.parametrize("body", [
    "Officials put the toll at four. On Thursday the governor raised the toll to nine.",
    "Officials put the toll at four. Later on Thursday the governor raised the toll to nine.",
])  # fmt: skip
def test_a_time_phrase_fronted_without_a_comma_is_no_part_of_the_speaker(
    body: str, gazetteer: Gazetteer
) -> None:
    found = [c for c in claims(body, gazetteer) if any(f.value == 9 for f in c.figures)]
    assert [c.speaker for c in found] == ["governor"]


def test_a_lone_participle_is_no_speaker(gazetteer: Gazetteer) -> None:
    body = "The ombudsman urged the army to free the detainees, citing reports that they had been beaten."
    assert speakers(body, gazetteer) == {"ombudsman"}


@pytest.mark.parametrize(("body", "speaker"), [
    ("Gunmen killed six travellers, according to a Delta Wire tally.", "Delta Wire"),
    ("At least 30 people died last month, according to an AFP count.", "AFP"),
])  # fmt: skip
def test_the_keeper_of_a_tally_is_its_source(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert speakers(body, gazetteer) == {speaker}


def test_an_acronym_defined_in_the_body_names_its_body_in_the_headline_above(gazetteer: Gazetteer) -> None:
    text = ("DLF says it killed five soldiers in river ambush\n"
            "LAGOS (Test Wire) - The Delta Liberation Front (DLF), an armed group, said it ambushed an "
            "army boat on Monday, killing five soldiers.")  # fmt: skip
    found = extract(text, publisher="Test Wire", anchor=ANCHOR, timezone="Africa/Lagos", gazetteer=gazetteer)
    assert {c.speaker for c in found} == {"Delta Liberation Front"}


@pytest.mark.parametrize(("headline", "speaker"), [
    ("Nine soldiers killed in raid; rebels deny involvement", "rebels"),
    ("Troops storm rebel camp; militants vow revenge", "militants"),
])  # fmt: skip
def test_a_plural_subject_of_a_headline_acts_in_the_base_form(
    headline: str, speaker: str, gazetteer: Gazetteer
) -> None:
    found = extract(f"{headline}\nBody.", publisher="Test Wire", anchor=ANCHOR, timezone="UTC",
                    gazetteer=gazetteer)  # fmt: skip
    assert speaker in {c.speaker for c in found}


def test_after_to_or_a_modal_the_base_form_is_no_act_of_its_subject(gazetteer: Gazetteer) -> None:
    found = claims("The rebels refused to deny the report, officials said.", gazetteer)
    assert {c.speaker for c in found} == {"officials"}


# --- kinds and figures ------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Floods and fighting have forced more than 9,000 people from their homes, the agency said.",
     [("displacement", "displaced", 9000, "more_than")]),
    ("Residents said about 150 families had left their village since Sunday.",
     [("displacement", "displaced", 150, "about")]),
    ("At least 23 people were being treated for burns at the district hospital, a nurse said.",
     [("casualties", "injured", 23, "at_least")]),
    ("Two of the hostages were beheaded, the group said.", [("casualties", "killed", 2, "exact")]),
    ("Divers recovered dozens of bodies from the lake, police said.",
     [("casualties", "killed", 24, "vague")]),
    ("The number of people killed in clashes between herders and farmers in the state's south rose to 47.",
     [("casualties", "killed", 47, "exact")]),
])  # fmt: skip
def test_what_befell_the_people_counted(
    body: str, expected: list[tuple[str, str, int, str]], gazetteer: Gazetteer
) -> None:
    assert figures(body, gazetteer) == expected


def test_people_who_left_for_a_named_place_are_not_counted_as_displaced(gazetteer: Gazetteer) -> None:
    # Only "left their homes / the village" says they were uprooted; a trip is no displacement.
    assert figures("About 40 delegates left Abuja on Monday for the talks.", gazetteer) == []


@pytest.mark.parametrize("body", [
    "A roadside bomb struck an army truck near the border, killing three soldiers, police said.",
    "A car bomb hit a checkpoint on Friday, officials said.",
    "An armoured car was damaged by a landmine on the road, the army said.",
])  # fmt: skip
def test_a_bomb_on_the_ground_is_an_attack_not_a_strike(body: str, gazetteer: Gazetteer) -> None:
    kinds = {c.kind for c in claims(body, gazetteer)}
    assert "attack" in kinds and "strike" not in kinds


def test_a_bomb_from_the_air_is_still_a_strike(gazetteer: Gazetteer) -> None:
    found = claims("Warplanes dropped bombs on the town, residents said.", gazetteer)
    assert "strike" in {c.kind for c in found}


@pytest.mark.parametrize(("body", "kind"), [
    ("The junta ordered foreign troops to leave the country by the end of the year.", "call_for_withdrawal"),
    ("The minister said the government would not negotiate with the kidnappers.", "talks_status"),
    ("The rebels have repeatedly ruled out negotiations with the government.", "talks_status"),
    ('"Those responsible will be hunted down," the governor said.', "threat"),
])  # fmt: skip
def test_more_ways_of_writing_a_kind(body: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in {c.kind for c in claims(body, gazetteer)}


def test_ruling_out_talks_is_the_act_of_its_subject(gazetteer: Gazetteer) -> None:
    found = claims("The rebels have repeatedly ruled out negotiations with the government.", gazetteer)
    assert [(c.kind, c.speaker) for c in found] == [("talks_status", "rebels")]


# --- locations --------------------------------------------------------------------------------

def test_where_the_speaker_spoke_is_not_where_it_happened(gazetteer: Gazetteer) -> None:
    body = ("A roadside bomb struck a police vehicle in Mandera county on Monday, killing four officers, "
            "a spokeswoman told reporters in Nairobi.")  # fmt: skip
    assert locations(body, gazetteer) == {"Mandera"}


def test_where_the_speaker_is_still_serves_when_nothing_else_is_named(gazetteer: Gazetteer) -> None:
    body = "Officials in Maiduguri said two civilians were killed there on Wednesday."
    assert locations(body, gazetteer) == {"Maiduguri"}


def test_a_place_named_south_of_another_is_where_it_happened(gazetteer: Gazetteer) -> None:
    body = "A rocket hit a school in Ikorodu, north of Lagos, killing two pupils, police said."
    assert locations(body, gazetteer) == {"Ikorodu"}


def test_a_capital_that_acts_in_another_clause_is_no_location(gazetteer: Gazetteer) -> None:
    found = extract("Army pounds rebel bases in northern Mali as Bamako vows revenge\nBody.",
                    publisher="Test Wire", anchor=ANCHOR, timezone="UTC", gazetteer=gazetteer)  # fmt: skip
    assert {c.location for c in found if c.kind == "strike"} == {"Mali"}


def test_an_order_is_the_act_of_its_subject(gazetteer: Gazetteer) -> None:
    body = "The junta has vowed to defeat the rebels. It ordered foreign troops to leave the country."
    found = [c for c in claims(body, gazetteer) if c.kind == "call_for_withdrawal"]
    assert [c.speaker for c in found] == ["junta"]


def test_whoever_puts_a_toll_with_its_own_adjective_is_its_source(gazetteer: Gazetteer) -> None:
    body = "The health ministry put the nationwide death toll since Friday at 61."
    assert [(c.speaker, [f.value for f in c.figures]) for c in claims(body, gazetteer)] == [
        ("health ministry", [61])]


def test_a_document_seen_by_the_outlet_is_the_source_and_the_report_refers_back(gazetteer: Gazetteer) -> None:
    body = ("Gunmen burned the market, according to an army report seen by Test Wire.\n"
            "Two of the traders were beheaded, the report said.")  # fmt: skip
    assert speakers(body, gazetteer) == {"army report"}


@pytest.mark.parametrize("body", [
    "Some 1,800 police officers backed by helicopters entered the district on Tuesday.",
    "The minister said an extra 250 police officers had been sent to the county.",
])  # fmt: skip
def test_police_officers_sent_in_are_a_troop_presence(body: str, gazetteer: Gazetteer) -> None:
    assert [k for k, m, _, _ in figures(body, gazetteer)] == ["troop_presence"]


def test_officers_killed_stay_casualties(gazetteer: Gazetteer) -> None:
    found = figures("Gunmen killed four officers, police said.", gazetteer)
    assert found == [("casualties", "killed", 4, "exact")]


@pytest.mark.parametrize(("body", "speaker"), [
    ("The rebels' demand for a ceasefire was rejected by the army.", "army"),
    ("The claim was denied by Moscow on Tuesday.", "Russia"),
])  # fmt: skip
def test_the_agent_of_a_passive_act_is_its_speaker(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    # "demand" after a possessive is a noun, not the rebels' act.
    assert speakers(body, gazetteer) == {speaker}

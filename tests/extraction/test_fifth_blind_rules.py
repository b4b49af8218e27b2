"""Rules of extractor 0.5.6 from the development half of the fifth blind split (blind5); each is
tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2025, 6, 4), "Asia/Manila")
claims, kinds, said_by, figures = WIRE.claims, WIRE.kinds, WIRE.said_by, WIRE.figures




# --- speakers ---------------------------------------------------------------------------------

def test_an_acronym_defined_outside_any_subject_names_its_body_later(gazetteer: Gazetteer) -> None:
    body = ("Agents of the National Bureau of Inquiry (NBOI) raided a compound near Tarlac on Monday. "
            "NBOI said three suspects had been detained.")  # fmt: skip
    assert ("casualties", "National Bureau of Inquiry") in said_by(body, gazetteer)


def test_the_body_an_acronym_defines_is_the_referent_of_its_head_noun(gazetteer: Gazetteer) -> None:
    body = ("Gunmen fired on a patrol of the Coastal Protection Bureau (CPB) near Iloilo on Monday, "
            "the bureau said.")  # fmt: skip
    assert said_by(body, gazetteer) == [("attack", "Coastal Protection Bureau")]


def test_a_subject_written_with_its_acronym_is_the_body_not_an_actor_inside_it(gazetteer: Gazetteer) -> None:
    # "People's Defence Force" is a known actor elsewhere; this is another force of that name.
    body = "The Kivu People's Defence Force (KPDF) put the toll at nine on Tuesday."
    assert {speaker for _, speaker in said_by(body, gazetteer)} == {"Kivu People's Defence Force"}


def test_an_acronym_in_apposition_names_the_body_it_describes(gazetteer: Gazetteer) -> None:
    body = "The African Union's mission in the region, AMIR, said on Monday it was sending 300 troops."
    assert {speaker for _, speaker in said_by(body, gazetteer)} == {"AMIR"}


@pytest.mark.parametrize(("body", "speaker"), [
    ("Its commander, Col. Mara Velez, said two soldiers were killed on Sunday.", "Mara Velez"),
    ("Lt. Gen. Tomas Reyes said four rebels died in the clash.", "Tomas Reyes"),
])  # fmt: skip
def test_an_abbreviated_title_is_no_part_of_the_name(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {s for _, s in said_by(body, gazetteer)} == {speaker}


def test_a_title_after_a_described_role_still_marks_the_name(gazetteer: Gazetteer) -> None:
    body = '"We will not stop," naval task force commander Rear Adm. Lito Cruz told reporters on Monday.'
    assert {s for _, s in said_by(body, gazetteer)} == {"Lito Cruz"}


def test_people_in_a_town_keep_the_town(gazetteer: Gazetteer) -> None:
    body = "Hospital staff in Kalibo said 14 people were wounded on Monday."
    assert {s for _, s in said_by(body, gazetteer)} == {"Hospital staff in Kalibo"}


def test_an_indefinite_description_is_someone_new_not_a_person_named_before(gazetteer: Gazetteer) -> None:
    body = ("The army spokesman, Capt. Ruel Datu, said the rebels fled. A navy spokesman in Cebu, speaking "
            "by phone, denied that ships had been hit.")  # fmt: skip
    assert ("statement", "navy spokesman in Cebu") in said_by(body, gazetteer)


@pytest.mark.parametrize(("body", "speaker"), [
    ("Eleven people were killed, according to a count by the Mindoro Policy Institute in Calapan.",
     "Mindoro Policy Institute"),
    ("Six people died on Monday, according to the regional health ministry in Cotabato.",
     "regional health ministry"),
    ("A teacher in Jolo said five people died on Monday.", "teacher in Jolo"),
])  # fmt: skip
def test_the_city_a_body_sits_in_is_no_part_of_its_name(
    body: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert {s for _, s in said_by(body, gazetteer)} == {speaker}


def test_a_name_ending_in_a_country_keeps_it(gazetteer: Gazetteer) -> None:
    body = "The Islamic Resistance in Iraq claimed responsibility for the drone attack on Monday."
    assert {s for _, s in said_by(body, gazetteer)} == {"Islamic Resistance in Iraq"}


@pytest.mark.parametrize(("body", "speaker"), [
    ("Relief groups estimate that more than 9,000 people have fled their homes.", "Relief groups"),
    ("Villagers said 30 people died. The authorities put that figure at 12.", "authorities"),
    ("Families of the two hostages, a nurse and a driver, appealed for their release on Friday.",
     "Families of the two hostages"),
])  # fmt: skip
def test_more_ways_to_name_whose_word_it_is(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert speaker in {s for _, s in said_by(body, gazetteer)}


# --- lines that are not report content --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "(This story has been corrected to show that the ambush was in Sulu, not Basilan, in paragraph 2)",
    "(Corrects spelling of the mayor's name in paragraph 5)",
    "(Updates toll in paragraph 1; adds army statement in paragraph 4)",
])  # fmt: skip
def test_a_wires_bracketed_correction_note_gives_no_claim(line: str, gazetteer: Gazetteer) -> None:
    body = f"{line}\nGunmen killed four farmers near Jolo on Sunday, police said."
    assert said_by(body, gazetteer) == [("casualties", "police")]


# --- kinds ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "kind"), [
    ("Church leaders brokered a truce between the two clans on Monday.", "talks_status"),
    ("The two commanders agreed to meet again in Marawi next week.", "talks_status"),
    ("The insurgency ended with a peace accord signed in Manila in 1996.", "talks_status"),
    ("Governors are due to meet to revive a stalled ceasefire agreement.", "talks_status"),
    ("The senator urged the government to pull the marines out of the island.", "call_for_withdrawal"),
    ('"We want the soldiers to return to their barracks," a village elder said.', "call_for_withdrawal"),
    ('"We will find those responsible and we will find them soon," the governor said.', "threat"),
    ("The rebels said they would respond with force to any new raid.", "threat"),
    ("Officers will shoot back if they are fired upon, the police chief said.", "threat"),
    ("A convoy came under fire near the border on Tuesday, the army said.", "attack"),
    ("Dozens of houses were burned down overnight, residents said.", "attack"),
])  # fmt: skip
def test_more_ways_of_writing_a_kind(body: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in {k for k, _ in said_by(body, gazetteer)}


def test_wanting_to_leave_talks_is_no_call_for_troops_to_leave(gazetteer: Gazetteer) -> None:
    kinds = {k for k, _ in said_by("The government wants to withdraw from the talks.", gazetteer)}
    assert "call_for_withdrawal" not in kinds


# --- figures ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "figure"), [
    ("Nurses said 22 people, most of them children, were admitted on Sunday.", ("injured", 22)),
    ("Two of the crew, a cook and an engineer, are still missing.", ("missing", 2)),
    ("Five villagers, the mayor said, were killed.", ("killed", 5)),
])  # fmt: skip
def test_an_aside_between_commas_does_not_part_the_people_counted_from_their_fate(
    body: str, figure: tuple[str, int], gazetteer: Gazetteer
) -> None:
    assert figure in {(f.measure, f.value) for c in claims(body, gazetteer) for f in c.figures}


def test_admitted_is_no_figure_without_an_auxiliary(gazetteer: Gazetteer) -> None:
    found = {(f.measure, f.value) for c in claims("The army admitted that two soldiers died.", gazetteer)
             for f in c.figures}  # fmt: skip
    assert found == {("killed", 2)}


# --- places -----------------------------------------------------------------------------------

def test_a_place_never_seen_before_an_auxiliary_is_where_it_happened(gazetteer: Gazetteer) -> None:
    body = ("Clan violence in Wapenamanda has killed 40 people this year, according to a count by the "
            "Highlands Peace Institute in Goroka.")  # fmt: skip
    assert {c.location for c in claims(body, gazetteer)} == {"Wapenamanda"}

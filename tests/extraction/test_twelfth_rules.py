"""Rules of extractor 0.5.8, from the development splits' misses; each is tested on sentences of
our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2026, 5, 12), "Asia/Karachi")
claims, _located = WIRE.claims, WIRE.located


# --- places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "place"), [
    ("Gunmen killed four police officers in North Waziristan on Sunday.", "North Waziristan"),
    ("Rebels attacked a convoy near South Kivu's border with Burundi, killing two.", "South Kivu"),
    ("Fighting in West Darfur killed 11 people, aid workers said.", "West Darfur"),
])  # fmt: skip
def test_a_capitalised_compass_word_begins_a_known_name(body: str, place: str, gazetteer: Gazetteer) -> None:
    assert _located(body, gazetteer) == {place}


def test_a_lower_case_compass_word_still_only_says_where(gazetteer: Gazetteer) -> None:
    assert _located("Gunmen killed four police officers in northern Syria on Sunday.", gazetteer) == {"Syria"}


@pytest.mark.parametrize("name", ["North Sinai", "South Sinai", "South Kordofan", "West Kordofan"])
def test_governorates_named_by_their_half_are_places_of_their_own(name: str, gazetteer: Gazetteer) -> None:
    place = gazetteer.places.lookup(name)
    assert place is not None and place.name == name
    assert gazetteer.places.path(name)[1:] in (("Sinai", "Egypt"), ("Kordofan", "Sudan"))


# --- dates -----------------------------------------------------------------------------------------

def _dated(body: str, kind: str, gazetteer: Gazetteer) -> list[str | None]:
    return [c.when.expression for c in claims(body, gazetteer) if c.kind == kind]


@pytest.mark.parametrize("body", [
    "The movement now has about 3,000 fighters in the northern hills.",
    "About 4,000 police officers are currently deployed along the border, the ministry said.",
])  # fmt: skip
def test_a_present_reference_is_no_date_of_the_claim(body: str, gazetteer: Gazetteer) -> None:
    assert _dated(body, "troop_presence", gazetteer) == [None]


def test_a_second_reported_clause_takes_no_date_from_the_first(gazetteer: Gazetteer) -> None:
    body = ("The governor said the curfew imposed in Quetta last month would be lifted, and that "
            "about 700 soldiers would remain in the district.")
    assert _dated(body, "troop_presence", gazetteer) == [None]


def test_a_first_reported_clause_takes_no_date_from_the_second(gazetteer: Gazetteer) -> None:
    body = ("The union said 14 buses had been burned, not nine, and that it was the 30th attack on "
            "its drivers this year.")
    assert _dated(body, "statement", gazetteer) == [None]


def test_a_second_reported_clause_is_dated_by_the_report_verb(gazetteer: Gazetteer) -> None:
    body = ("The army said on Monday that troops had killed six militants near Turbat and that two "
            "soldiers had been killed in the fighting.")
    assert {c.when.expression for c in claims(body, gazetteer) if c.figures} == {"Monday"}


def test_that_as_a_pronoun_opens_no_clause(gazetteer: Gazetteer) -> None:
    body = "Gunmen killed nine villagers on Sunday and that was the deadliest raid of the year, police said."
    assert _dated(body, "casualties", gazetteer) == ["Sunday"]


# --- kinds ---------------------------------------------------------------------------------------

def _kinds(body: str, gazetteer: Gazetteer) -> set[str]:
    return {c.kind for c in claims(body, gazetteer)}


@pytest.mark.parametrize("body", [
    '"Whoever planted the bomb will answer for it," the governor said.',
    "The commander said the raiders would pay dearly for the ambush.",
    'The minister said the gunmen would be "hunted down" wherever they hide.',
    'The front said it would "respond on all fronts".',
])  # fmt: skip
def test_harm_promised_in_other_words_is_a_threat(body: str, gazetteer: Gazetteer) -> None:
    assert "threat" in _kinds(body, gazetteer)


def test_a_debt_paid_is_no_threat(gazetteer: Gazetteer) -> None:
    assert "threat" not in _kinds("The ministry said it would pay the salaries on Friday.", gazetteer)


@pytest.mark.parametrize("body", [
    "Army units retook the town of Gulu late on Friday, a spokesman said.",
    "The rebels said they had recaptured two villages near the lake.",
])  # fmt: skip
def test_retaking_a_place_is_an_attack(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" in _kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "The gunmen fled when reinforcements arrived from the garrison.",
    "Foreign troops have remained in parts of the valley since the truce, elders say.",
    "Security forces reached the scene two hours later.",
])  # fmt: skip
def test_troops_arriving_or_staying_are_present(body: str, gazetteer: Gazetteer) -> None:
    assert "troop_presence" in _kinds(body, gazetteer)


def test_forces_reaching_an_agreement_are_no_presence(gazetteer: Gazetteer) -> None:
    body = "Government forces reached an agreement with the militia."
    assert "troop_presence" not in _kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "Nepal, Bhutan agree to pull back border guards from disputed ridge",
    "The two armies reached an understanding on patrols along the river on Monday.",
    "The militias struck a deal to end the fighting around the port.",
])  # fmt: skip
def test_an_agreed_step_back_is_an_agreement_reached(body: str, gazetteer: Gazetteer) -> None:
    talks = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert talks == ["agreement_reached"]


def test_a_business_deal_is_no_agreement_between_parties(gazetteer: Gazetteer) -> None:
    assert "talks_status" not in _kinds("The utility reached a deal with its lenders on Monday.", gazetteer)


def test_people_taken_hostage_are_abducted(gazetteer: Gazetteer) -> None:
    body = "Gunmen stopped a bus near Kech, taking 14 passengers hostage, officials said."
    found = [(f.measure, f.value, f.party) for c in claims(body, gazetteer) for f in c.figures]
    assert found == [("abducted", 14, "passengers")]


# --- speakers and places ---------------------------------------------------------------------------

def test_a_headline_s_second_clause_has_its_own_subject(gazetteer: Gazetteer) -> None:
    headline = "Shelling resumes in the north as elders demand foreign troops leave"
    found = WIRE.report(f"{headline}\nBody.", gazetteer)
    assert [(c.kind, c.speaker) for c in found if c.kind == "call_for_withdrawal"] == [
        ("call_for_withdrawal", "elders")
    ]


def test_the_body_a_report_named_is_what_the_service_means(gazetteer: Gazetteer) -> None:
    body = ("Gunmen attacked a post of Bolivia's Rural Patrol Service near Riberalta late on Monday, "
            "killing two officers, the service said.")
    found = {(c.speaker, c.location) for c in claims(body, gazetteer)}
    assert found == {("Rural Patrol Service", "Riberalta")}


def test_the_police_stay_as_written_after_a_named_force(gazetteer: Gazetteer) -> None:
    body = "Officers of the Riverine National Police patrolled the port. Two boats sank, the police said."
    assert [c.speaker for c in claims(body, gazetteer) if c.kind == "statement"][-1:] == ["police"]


# --- references, accusations and nobody ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Police said rescuers were still searching the river for people who fled during the raid.",
    "The ministry said the gunmen had used phones throughout the siege.",
    "The council accused the militia of joining the fighting on the army's side.",
])  # fmt: skip
def test_an_event_named_as_a_time_or_an_accusation_is_no_new_event(body: str, gazetteer: Gazetteer) -> None:
    assert "attack" not in _kinds(body, gazetteer)


def test_an_event_during_which_people_died_is_still_reported(gazetteer: Gazetteer) -> None:
    assert "attack" in _kinds("Gunmen attacked the market, killing six people, police said.", gazetteer)


@pytest.mark.parametrize("body", [
    "No group has claimed responsibility for the bombing.",
    "The movement did not claim responsibility for the raid, but praised it.",
])  # fmt: skip
def test_responsibility_nobody_claimed_is_no_claim(body: str, gazetteer: Gazetteer) -> None:
    assert not {"responsibility"} & _kinds(body, gazetteer)
    assert all(c.speaker != "No group" for c in claims(body, gazetteer))


def test_a_place_retaken_is_where_the_fighting_was(gazetteer: Gazetteer) -> None:
    body = "Government troops retook Gulmar and the nearby town of Tesk on Sunday, the army said."
    assert {c.location for c in claims(body, gazetteer) if c.kind == "attack"} == {"Gulmar"}


def test_a_place_of_a_known_place_before_a_headline_verb(gazetteer: Gazetteer) -> None:
    found = WIRE.report("Clan fighting in Cameroon's Mayo-Tsanaga kills at least 19\nBody.", gazetteer)
    assert {c.location for c in found if c.kind == "casualties"} == {"Mayo-Tsanaga"}


def test_a_speaker_after_a_country_s_possessive_is_no_place(gazetteer: Gazetteer) -> None:
    found = WIRE.report("Chad's Mahamat says troops killed 40 rebels\nBody.", gazetteer)
    assert {c.location for c in found if c.kind == "casualties"} == {None}

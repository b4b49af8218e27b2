"""Rules of extractor 0.5.8, from the development splits' misses; each is tested on sentences of
our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2026, 5, 12), "Asia/Karachi")
claims = WIRE.claims


def _located(body: str, gazetteer: Gazetteer) -> set[str | None]:
    return {c.location for c in claims(body, gazetteer) if c.kind in ("attack", "casualties", "strike")}


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

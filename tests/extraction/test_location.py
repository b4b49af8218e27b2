"""Locations of happenings: known places (the gazetteer's `places`) and a pattern fallback.

Sentences written for these tests; place names that are not in the gazetteer are invented.
"""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer, extract

ANCHOR = datetime.date(2024, 2, 8)


def located(sentence: str, kind: str | None = None) -> set[str | None]:
    claims = extract(f"Headline\n{sentence}", publisher="Wire", anchor=ANCHOR)
    return {claim.location for claim in claims if kind is None or claim.kind == kind}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A drone strike in eastern Baghdad's Mashtal neighborhood killed three people.", "Mashtal, Baghdad"),
        ("A drone strike in al-Mashtal area killed three people.", "Mashtal, Baghdad"),
        ("Strikes hit a base in Iraq's western Anbar province, killing 16 fighters.", "Anbar"),
        ("Strikes hit a base in the Al-Anbar governorate, killing 16 fighters.", "Anbar"),
        ("A drone attack on a base in north-eastern Jordan killed three soldiers.", "Jordan"),
        ("Shelling killed at least 12 civilians in Sudan's El Fasher on Sunday.", "El Fasher"),
        ("Gunmen killed nine people at a market in Maiduguri.", "Maiduguri"),
    ],
)
def test_known_places_most_specific(sentence: str, expected: str) -> None:
    assert located(sentence) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels attacked the town of Korvani in the north on Friday.", "Korvani"),
        ("Militants stormed the village of Wad al-Harrat, killing 40 people.", "Wad al-Harrat"),
        ("An airstrike killed 11 people in Talvera province on Monday.", "Talvera"),
        ("Soldiers clashed with fighters near Oskaya, killing five.", "Oskaya"),
        ("A mortar bomb hit a camp outside Mirabel on Friday, wounding seven people.", "Mirabel"),
        ("Insurgents raided Mali's Dorvanga, killing 12 soldiers.", "Dorvanga"),
        ("A rocket struck Baghdad's Zafarani district, killing two.", "Zafarani, Baghdad"),
    ],
)
def test_unseen_places_by_pattern(sentence: str, expected: str) -> None:
    assert located(sentence) == {expected}


def test_places_that_name_actors_are_not_locations() -> None:
    assert located("Washington launched strikes that killed 16 fighters.") == {None}
    assert located("US-led forces struck 85 targets overnight.", "strike") == {None}
    assert located("The Islamic Resistance in Iraq claimed the attack.", "responsibility") == {None}
    assert located("Militants killed 20 people in Russian attacks.") == {None}
    assert located("Ten soldiers were killed on Monday, spokesman Ahmed Aden Warsame said.") == {None}


def test_only_the_claims_own_clause_is_read() -> None:
    text = "Headline\nHe called for withdrawal on Thursday after a strike in Baghdad killed three people."
    claims = extract(text, publisher="Wire", anchor=ANCHOR)
    assert {c.kind: c.location for c in claims}.get("strike") == "Baghdad"
    assert all(c.location is None for c in claims if c.kind == "call_for_withdrawal")


def test_statements_and_talks_carry_no_location() -> None:
    text = "Headline\nThe government is holding talks with the rebels in Doha, a minister said."
    assert all(claim.location is None for claim in extract(text, publisher="Wire", anchor=ANCHOR))


def test_user_gazetteer_adds_places() -> None:
    extra = {"places": [{"name": "Korvani Heights", "type": "district", "in": "Korvani", "aliases": ["KH"]}]}
    gazetteer = Gazetteer.from_data({"actors": []}, extra)
    text = "Headline\nShelling in KH killed four people on Monday."
    claims = extract(text, publisher="Wire", anchor=ANCHOR, gazetteer=gazetteer)
    assert {claim.location for claim in claims} == {"Korvani Heights, Korvani"}


def test_shipped_places_cover_many_regions() -> None:
    places = Gazetteer.load().places
    for name in ("Anbar", "Kharkiv", "Cabo Delgado", "North Kivu", "Sagaing", "Cauca", "Gaza Strip", "Borno"):
        assert places.lookup(name) is not None, name
    assert places.lookup("Al-Anbar") == places.lookup("Anbar")

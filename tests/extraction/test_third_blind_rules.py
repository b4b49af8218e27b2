"""Rules of extractor 0.5.3, found in the development half of the devset's third blind split
(blind3); each is tested on sentences of our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from domain.values import ClaimContent
from extraction import Gazetteer, extract

ANCHOR = datetime.date(2025, 9, 18)


def claims(body: str, gazetteer: Gazetteer) -> list[ClaimContent]:
    return extract(f"Headline\n{body}", publisher="Test Wire", anchor=ANCHOR, timezone="America/Lima",
                   gazetteer=gazetteer)


def figures(body: str, gazetteer: Gazetteer) -> list[tuple[str, int | None, str]]:
    return [(f.measure, f.value, f.qualifier) for c in claims(body, gazetteer) for f in c.figures]


def speakers_by_quote(body: str, gazetteer: Gazetteer) -> dict[str, str]:
    return {c.quote: c.speaker for c in claims(body, gazetteer)}


def speaker_of(fragment: str, found: dict[str, str]) -> str:
    (speaker,) = {speaker for quote, speaker in found.items() if fragment in quote}
    return speaker


BODY_WITH_ACRONYM = (
    "LIMA (Test Wire) - Gunmen killed four police officers in an ambush near the town of Pichari on "
    "Monday, Peru's National Directorate of Counter-Terrorism (DIRCOTE) said.\n"
    "The directorate said the attackers had fled towards the river.\n"
    "Two more officers died of their wounds on Tuesday, the DIRCOTE said."
)


def test_a_body_given_with_its_acronym_is_one_speaker_however_it_is_written_later(
    gazetteer: Gazetteer,
) -> None:
    found = speakers_by_quote(BODY_WITH_ACRONYM, gazetteer)
    body = "National Directorate of Counter-Terrorism"
    # The place's possessive is not part of the formal name the acronym stands for.
    assert speaker_of("killed four police officers", found) == body
    # "the directorate": the head of a name written "X of Y".
    assert speaker_of("fled towards the river", found) == body
    # "the DIRCOTE": the acronym the report defined, not a person called DIRCOTE.
    assert speaker_of("Two more officers died", found) == body


def test_without_its_acronym_the_owned_name_keeps_its_owner(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - Gunmen killed four police officers on Monday, Peru's National Police said."
    assert set(speakers_by_quote(body, gazetteer).values()) == {"Peru's National Police"}


@pytest.mark.parametrize("role", [
    "Brazilian defence ministry spokesman",
    "the regional health department director",
    "Chilean foreign ministry spokeswoman",
])
def test_a_role_after_lower_case_words_is_still_a_role_before_the_name(
    role: str, gazetteer: Gazetteer
) -> None:
    body = (
        f"LIMA (Test Wire) - {role} Joana Ferreira said on Thursday that 300 soldiers had been sent "
        "to the border.\nShe warned that any incursion would meet a firm response."
    )
    assert set(speakers_by_quote(body, gazetteer).values()) == {"Joana Ferreira"}


def test_fighters_loyal_to_a_commander_are_not_the_commander(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - Fighters loyal to commander Rafael Ortiz said they had shot down a drone."
    assert set(speakers_by_quote(body, gazetteer).values()) != {"Rafael Ortiz"}


def test_a_sentence_after_a_quotation_is_joined_only_when_it_is_a_bare_attribution(
    gazetteer: Gazetteer,
) -> None:
    body = (
        'LIMA (Test Wire) - The governor vowed to hunt down the attackers "wherever they hide".\n'
        "He said an additional 600 troops would be sent to the valley.\n"
        '"We will not rest," the governor said. "Not one day." He said on Wednesday.'
    )
    quotes = [c.quote for c in claims(body, gazetteer)]
    troops = [quote for quote in quotes if "600 troops" in quote]
    assert troops == ["He said an additional 600 troops would be sent to the valley."]
    assert any(quote.endswith('"Not one day." He said on Wednesday.') for quote in quotes)


def test_he_after_a_role_described_without_a_name_is_that_role(gazetteer: Gazetteer) -> None:
    body = (
        "LIMA (Test Wire) - Army spokesman Colonel Luis Vargas said on Monday that 12 soldiers had been "
        "killed in the ambush.\n"
        "Peru's president, speaking in Ayacucho on Tuesday, vowed to find those responsible.\n"
        "He said 800 more troops would be sent to the valley."
    )
    found = speakers_by_quote(body, gazetteer)
    assert speaker_of("800 more troops", found) == "Peru's president"
    assert speaker_of("12 soldiers", found) == "Luis Vargas"


@pytest.mark.parametrize("sentence", [
    "The senator called on Washington to withdraw its troops from the base.",
    "Local leaders called on both armies to pull out of the valley before the harvest.",
])
def test_called_on_a_party_to_withdraw_is_a_call_for_withdrawal(sentence: str, gazetteer: Gazetteer) -> None:
    assert "call_for_withdrawal" in {c.kind for c in claims(f"LIMA (Test Wire) - {sentence}", gazetteer)}


def test_called_on_a_party_to_talk_is_no_call_for_withdrawal(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - The bishop called on both sides to resume talks in the capital."
    assert "call_for_withdrawal" not in {c.kind for c in claims(body, gazetteer)}


def test_people_still_displaced_are_a_displacement_figure(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - More than 40,000 villagers are still displaced, the U.N. said."
    assert ("displaced", 40000, "more_than") in figures(body, gazetteer)


def test_a_count_of_strikes_is_a_count_of_attacks(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - Drones have carried out at least six strikes on the valley since May."
    assert ("attacks", 6, "at_least") in figures(body, gazetteer)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chile moved about 900 troops and armoured vehicles to the northern border last year.",
     ("troops", 900, "about")),
    # The last noun is counted when the first is no measure: "PMF and ... fighters".
    ("The raid killed 16 Ansar and Free Valley fighters, the group said.", ("killed", 16, "exact")),
])
def test_an_amount_before_coordinated_nouns_counts_the_measured_one(
    sentence: str, expected: tuple[str, int, str], gazetteer: Gazetteer
) -> None:
    assert expected in figures(f"LIMA (Test Wire) - {sentence}", gazetteer)


def test_an_agreement_signed_is_a_talks_claim_and_an_agreement_reached(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - The government and the rebels signed an agreement in 2021 to disarm militias."
    found = [(c.kind, c.talks_status) for c in claims(body, gazetteer)]
    assert ("talks_status", "agreement_reached") in found


def test_a_deal_signed_is_no_talks_claim(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - The ministry signed a deal with a French firm to buy six helicopters."
    assert "talks_status" not in {c.kind for c in claims(body, gazetteer)}


def test_the_group_is_the_one_introduced_as_a_group(gazetteer: Gazetteer) -> None:
    body = (
        "LIMA (Test Wire) - Police have detained more than 60 protesters since March, according to the "
        "Andean rights group Vigia Sur.\n"
        "The group says at least 12 of them were minors."
    )
    assert set(speakers_by_quote(body, gazetteer).values()) == {"Vigia Sur"}


def test_a_name_before_the_words_describing_it_is_the_speaker(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - Floods killed nine people on Sunday, the Red Ladder rescue group said."
    assert set(speakers_by_quote(body, gazetteer).values()) == {"Red Ladder"}


def test_a_short_form_refers_back_to_the_full_name(gazetteer: Gazetteer) -> None:
    body = (
        "LIMA (Test Wire) - The Shining Valley Front said on Sunday its fighters had ambushed an army "
        "convoy.\nIn a statement sent to reporters, the Shining Valley said it had killed six soldiers."
    )
    assert set(speakers_by_quote(body, gazetteer).values()) == {"Shining Valley Front"}


def test_one_name_in_apposition_to_a_description_is_the_speaker(gazetteer: Gazetteer) -> None:
    body = "LIMA (Test Wire) - The main rebel alliance, the FRN, demanded that the army withdraw its troops."
    assert set(speakers_by_quote(body, gazetteer).values()) == {"FRN"}


@pytest.mark.parametrize(("sentence", "place"), [
    # A place written inside another is the more specific, whatever the outer one's type.
    ("A drone strike hit a truck near the town of Qasr Lalin in Iraq's Hadar district late on "
     "Tuesday, killing two fighters.", "Qasr Lalin"),
    ("Rebels stormed an army post on the island of Kolo Bari in Chad's Lac province, killing nine "
     "soldiers.", "Kolo Bari"),
    ("Gunmen wounded four soldiers near the mining settlement of Rio Alto on Monday.", "Rio Alto"),
    # A demonym before the place type is no place: the name after "of" is.
    ("Shelling killed three civilians in the Ukrainian village of Zelena Dolyna on Sunday.", "Zelena Dolyna"),
    # A name before the type is the place, and the one after "of" its parent.
    ("Militants attacked a police post in the Tarbela district of Khyber Pakhtunkhwa province, killing "
     "six officers.", "Tarbela"),
])
def test_the_most_specific_place_written(sentence: str, place: str, gazetteer: Gazetteer) -> None:
    located = {c.location for c in claims(f"LIMA (Test Wire) - {sentence}", gazetteer)
               if c.kind in ("strike", "attack", "casualties")}
    assert located == {place}

"""Rules of extractor 0.5.9, from the development splits' misses; each is tested on sentences of
our own about other places, so the rule is general."""

from __future__ import annotations

import datetime

import pytest

from extraction import Gazetteer
from tests.extraction.wire import Wire

WIRE = Wire(datetime.date(2026, 3, 3), "Africa/Nairobi")
claims, _located = WIRE.claims, WIRE.located


# --- quotations over several sentences -------------------------------------------------------------

@pytest.mark.parametrize(("body", "speaker"), [
    ('"We heard four blasts before dawn. Then the roof of the clinic fell in," said Amina Yusuf, a nurse.',
     "Amina Yusuf"),
    ('"The road is closed. Nobody can bring food in. We are waiting," a district official told reporters.',
     "district official"),
])  # fmt: skip
def test_a_quotation_over_sentences_is_one_statement_quoted_whole(
    body: str, speaker: str, gazetteer: Gazetteer
) -> None:
    statements = [c for c in claims(body, gazetteer) if c.kind == "statement"]
    assert [c.speaker for c in statements] == [speaker]
    assert statements[0].quote == body  # from the opening mark to the attribution's full stop
    assert statements[0].span is not None and statements[0].span.end - statements[0].span.start == len(body)


def test_a_quotation_opening_with_a_claim_of_its_own_keeps_it(gazetteer: Gazetteer) -> None:
    body = ('"Gunmen killed six of our herders on Sunday. We want the army here," said Joseph Lekishon, '
            "a local chief.")
    made = [(c.kind, c.speaker) for c in claims(body, gazetteer)]
    assert ("casualties", "Joseph Lekishon") in made
    assert sum(kind == "casualties" for kind, _ in made) == 1


# --- talks told as meetings ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Negotiators from Khartoum and Juba held their latest round in Addis Ababa in January.",
    "Army and rebel commanders have met more than a dozen times since the truce.",
    "The border commissions last met on February 2, officials said.",
    "The two delegations held their fourth round on Monday.",
])  # fmt: skip
def test_meetings_between_parties_are_where_talks_stand(body: str, gazetteer: Gazetteer) -> None:
    statuses = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert statuses == ["talks_ongoing"]


@pytest.mark.parametrize("body", [
    "The ministers met with farmers in the valley on Tuesday.",
    "The boxer won the fourth round on points.",
    "Rescuers met the survivors at the river crossing.",
])  # fmt: skip
def test_a_meeting_or_a_round_of_another_sort_is_no_talks(body: str, gazetteer: Gazetteer) -> None:
    assert "talks_status" not in WIRE.kinds(body, gazetteer)


@pytest.mark.parametrize("body", [
    "Talks on the border dispute stalled after a session planned for Monday was postponed.",
    "The talks have not collapsed, but the joint commission has suspended its sessions in Goma.",
])  # fmt: skip
def test_talks_whose_meeting_was_put_back_are_suspended(body: str, gazetteer: Gazetteer) -> None:
    statuses = [c.talks_status for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert statuses == ["talks_suspended"]


# --- places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "place"), [
    ("Gunmen killed four villagers in Central Tanarivo on Sunday, police said.", "Central Tanarivo"),
    ("Militants attacked a police post in East Morovali, killing two officers.", "East Morovali"),
])  # fmt: skip
def test_a_capital_compass_word_begins_an_unseen_name(body: str, place: str, gazetteer: Gazetteer) -> None:
    assert _located(body, gazetteer) == {place}


def test_a_lower_case_compass_word_before_a_name_never_seen_says_where(gazetteer: Gazetteer) -> None:
    assert _located("Militants attacked a police post in eastern Morovali, killing two officers.",
                    gazetteer) == {"Morovali"}  # fmt: skip


@pytest.mark.parametrize(("body", "place"), [
    ("Six people were killed in the Kibera neighbourhood of Nairobi on Friday.", "Kibera, Nairobi"),
    ("Gunmen attacked a bank in the Kaloleni area of Mombasa, killing a guard.", "Kaloleni, Mombasa"),
    ("Two people were killed in the Zeleni Venac neighbourhood of Oreshak.", "Zeleni Venac, Oreshak"),
])  # fmt: skip
def test_a_part_of_a_city_is_written_with_its_city(body: str, place: str, gazetteer: Gazetteer) -> None:
    assert _located(body, gazetteer) == {place}


def test_a_district_of_a_place_not_known_as_a_city_stands_alone(gazetteer: Gazetteer) -> None:
    assert _located("Rebels killed nine soldiers in the Lubero district of Ngoma province.",
                    gazetteer) == {"Lubero"}  # fmt: skip


@pytest.mark.parametrize(("headline", "place"), [
    ("Nine dead in Morovali unrest, police say", "Morovali"),
    ("Five soldiers killed in Tanarivo gun battle", "Tanarivo"),
    ("Gunmen raid Mombasa armoury, killing three", "Mombasa"),
])  # fmt: skip
def test_a_place_named_before_the_event_or_site(headline: str, place: str, gazetteer: Gazetteer) -> None:
    made = WIRE.report(f"{headline}\nThe toll could rise, officials said.", gazetteer)
    assert {c.location for c in made if c.kind in ("attack", "casualties")} == {place}


def test_a_people_before_an_event_is_no_place(gazetteer: Gazetteer) -> None:
    assert _located("Two herders were killed in Turkana raids on Sunday.", gazetteer) != {None}
    assert _located("Two soldiers were killed in Russian attacks on Sunday.", gazetteer) == {None}


# --- threats, flight, forces on the ground, accords ------------------------------------------------

@pytest.mark.parametrize(("body", "kind"), [
    # A pursuit promised.
    ('"Those who did this will be found and brought to justice," the interior minister said.', "threat"),
    ("The police chief warned that the gunmen still at large would be caught within days.", "threat"),
    ('"We will not rest until every one of them is in a cell," the governor said.', "threat"),
    # Forces holding or searching the ground.
    ("Soldiers and police have set up checkpoints on every road into Garissa.", "troop_presence"),
    ("Police units remained in the market district on Tuesday.", "troop_presence"),
    ("The army said a security operation was under way in the hills.", "troop_presence"),
    ("Police launched a manhunt for the attackers on Monday.", "troop_presence"),
    # Delegations meeting, accords that ended a war.
    ("A government delegation led by the interior minister met clan elders in Garissa on Sunday.",
     "talks_status"),
    ("The rebellion lasted two years before the Arusha agreement of 2003 ended the fighting.",
     "talks_status"),
    ("Clashes killed 400 people before a peace deal, the Lamu Accord, was signed in March 2009.",
     "talks_status"),
    # Fighting told with the forces fought.
    ("In 1999 rebels fought government forces near Kisumu for six months.", "attack"),
    # Forces searching, surrounding or staying.
    ("Troops were still searching the forest for the attackers on Tuesday.", "troop_presence"),
    ("Security forces had surrounded the gunmen inside the school by noon.", "troop_presence"),
    ("Armoured vehicles remained in the town centre overnight.", "troop_presence"),
    # Parties that met and agreed, an accord ending a war.
    ("The two presidents met in Arusha in May and agreed not to use force along the border.", "talks_status"),
    ("The civil war ended with the Nairobi agreement in 2005.", "talks_status"),
    # From blind10.
    ("A soldier was stabbed at a checkpoint near Kasese on Sunday.", "attack"),
    ("Bombs damaged six shops in the old town overnight.", "attack"),
    ("Police defused two explosive devices outside the court and a third went off.", "attack"),
    ("The Allied Democratic Forces claimed the attacks in a statement.", "responsibility"),
    ("Four killed as police fire on protesters in Kasese", "attack"),
    ("He called for the army to be pulled out of the town.", "call_for_withdrawal"),
    ("The ministry was sending 200 more gendarmes to the region.", "troop_presence"),
    ("Soldiers of the Uganda People's Defence Force were deployed in Kasese on Monday.", "troop_presence"),
    # From blind11: threats.
    ('"Those responsible will be identified and will answer before the courts," the minister wrote.',
     "threat"),
    ("The governor said the killers would be brought to account.", "threat"),
    ('The army said it would "not hesitate to act" if the raids went on.', "threat"),
    # Soldiers of a force named with its acronym, sent.
    ("Soldiers of the Uganda People's Defence Force (UPDF) had been sent to Kasese.", "troop_presence"),
    # Mediation offered, officials who met and agreed.
    ("Kenya said it was ready to mediate between its two neighbours.", "talks_status"),
    ("Ugandan and Congolese army chiefs met in Beni on Wednesday and agreed to extend the joint operation.",
     "talks_status"),
    # Forces named with where they are.
    ("Elders demanded that Ugandan soldiers deployed in the area leave by Friday.", "call_for_withdrawal"),
    ("The border strip has been patrolled by U.N. peacekeepers since 2011.", "troop_presence"),
])  # fmt: skip
def test_kinds(body: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in WIRE.kinds(body, gazetteer)


@pytest.mark.parametrize(("body", "kind"), [
    # What will be found with no pursuit.
    ("Officials said a solution will be found at the summit.", "threat"),
    ("More bodies will be found under the rubble, rescuers said.", "threat"),
    ("Fuel prices will not rise until April, the ministry said.", "threat"),
    # Helping forces, launching goods.
    ("The gang accused residents of helping police set up checkpoints on the road.", "troop_presence"),
    ("The company launched a new phone on Monday.", "troop_presence"),
    # A mission described as fighting.
    ("About 3,000 Ugandan soldiers serve in the African Union mission fighting the militants.", "attack"),
])  # fmt: skip
def test_not_of_the_kind(body: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind not in WIRE.kinds(body, gazetteer)


@pytest.mark.parametrize(("body", "figure"), [
    ("About 60 families had left nearby hamlets by Monday, an elder said.", ("displaced", 60, "about")),
    ("More than 300 villagers have crossed into neighbouring Uganda, the UN said.",
     ("displaced", 300, "more_than")),
])  # fmt: skip
def test_people_who_left_their_settlements_or_crossed_a_border_are_displaced(
    body: str, figure: tuple[str, int, str], gazetteer: Gazetteer
) -> None:
    assert WIRE.figures(body, gazetteer) == [figure]
    assert "displacement" in WIRE.kinds(body, gazetteer)


def test_an_accord_named_as_background_in_a_relative_clause_is_no_talks_claim(gazetteer: Gazetteer) -> None:
    body = "The ministry urged Nairobi to pull out its troops, as the accord that ended the war requires."
    assert "talks_status" not in WIRE.kinds(body, gazetteer)


# --- figures in lists, and people held again -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Nine soldiers, two police officers and five of the gunmen were killed, the army said.",
    "Nine soldiers, two police officers, a driver and five of the gunmen were among the dead, the army said.",
])  # fmt: skip
def test_every_count_of_a_list_takes_the_predicate_after_it(body: str, gazetteer: Gazetteer) -> None:
    assert sorted(WIRE.figures(body, gazetteer)) == [("killed", 2, "exact"), ("killed", 5, "exact"),
                                                     ("killed", 9, "exact")]  # fmt: skip


@pytest.mark.parametrize("body", [
    "The army said, in a statement on Monday, that it has 300 soldiers, 40 tanks and two helicopters there.",
    "Nine soldiers, the army said, were killed.",
])  # fmt: skip
def test_a_list_ends_where_the_counted_people_end(body: str, gazetteer: Gazetteer) -> None:
    measures = {measure for measure, _, _ in WIRE.figures(body, gazetteer)}
    assert measures == ({"troops"} if "300" in body else {"killed"})


@pytest.mark.parametrize(("body", "value"), [
    ("About 40 members of the gang had been taken into custody, police said.", 40),
    ("Officials said 212 of the escaped inmates had been recaptured.", 212),
])  # fmt: skip
def test_people_in_custody_or_recaptured_are_held(body: str, value: int, gazetteer: Gazetteer) -> None:
    assert ("detained", value) in [(measure, v) for measure, v, _ in WIRE.figures(body, gazetteer)]


# --- speakers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "speaker"), [
    ("A resident of Kibera, who gave only his first name, Otieno, said police fired tear gas at houses.",
     "Otieno"),
    ("A nurse at the clinic, Wanjiru, said six people died overnight.", "Wanjiru"),
])  # fmt: skip
def test_a_source_known_by_a_first_name_is_that_name(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {who for _, who in WIRE.said_by(body, gazetteer)} == {speaker}


def test_a_relative_clause_is_no_speaker(gazetteer: Gazetteer) -> None:
    body = "A farmer, who asked not to be named, said soldiers burned his house on Friday."
    assert {who for _, who in WIRE.said_by(body, gazetteer)} == {"farmer"}


def test_a_delegation_is_named_without_the_city_it_sits_in(gazetteer: Gazetteer) -> None:
    body = "The EU delegation in Nairobi urged all sides to show restraint."
    assert {who for _, who in WIRE.said_by(body, gazetteer)} == {"EU delegation"}


def test_a_regency_is_a_place_type(gazetteer: Gazetteer) -> None:
    assert _located("Gunmen killed two farmers in the Morowali regency of Central Tanarivo.", gazetteer) == {
        "Morowali"}  # fmt: skip


# --- a headline's stance ---------------------------------------------------------------------------

@pytest.mark.parametrize(("headline", "speaker"), [
    ("Gunmen kill 12 in Garissa; residents dispute official toll", "residents"),
    ("Floods and fighting hit Kismayo; aid groups fear toll will rise", "aid groups"),
    ("Border guards trade fire; both sides report casualties", "both sides"),
])  # fmt: skip
def test_a_headline_clause_with_a_stance_is_its_subjects_statement(
    headline: str, speaker: str, gazetteer: Gazetteer
) -> None:
    made = WIRE.report(f"{headline}\nThe toll could not be verified.", gazetteer)
    assert ("statement", speaker) in [(c.kind, c.speaker) for c in made]


def test_a_stance_word_in_a_body_is_no_attribution(gazetteer: Gazetteer) -> None:
    body = "The land dispute between the clans has killed dozens, and protests spread on Monday."
    assert all(c.speaker == "Test Wire" for c in claims(body, gazetteer))


def test_an_accord_never_implemented_goes_on_about_the_talks_before(gazetteer: Gazetteer) -> None:
    body = ("The two sides signed a peace agreement in Kampala in 2019. "
            "The agreement has never been implemented.")
    made = [c for c in claims(body, gazetteer) if c.kind == "talks_status"]
    assert len(made) == 2


# --- figures compared, and parts of a count --------------------------------------------------------

@pytest.mark.parametrize(("body", "second"), [
    ("About 8,000 Kenyan troops remain in the region, officials said, down from more than 20,000 in 2019.",
     ("troops", 20000, "more_than")),
    ("The rebels have about 1,500 fighters, against more than 30,000 in the national army.",
     ("troops", 30000, "more_than")),
    ("About 1,200 troops remain in the province, and about 300 of them are stationed at the airport.",
     ("troops", 300, "about")),
])  # fmt: skip
def test_a_figure_compared_or_part_of_the_one_before_takes_its_measure(
    body: str, second: tuple[str, int, str], gazetteer: Gazetteer
) -> None:
    assert second in WIRE.figures(body, gazetteer)


@pytest.mark.parametrize(("body", "threat"), [
    ('"These raids threaten the security of our villages," the governor said.', False),
    ("The militia threatened the town's traders with reprisals on Sunday.", True),
    ("The rebels threatened to shell the airport if talks failed.", True),
    # From blind10.
    ('The commander said anyone found carrying a rifle "will be arrested and charged".', True),
    ("Those who attacked the post must reckon with the consequences, the minister said.", True),
    ('"Those responsible will be found and brought before the courts," the prefect said.', True),
    ("Soldiers fired warning shots into the air, the ministry said.", False),
])  # fmt: skip
def test_threats(body: str, threat: bool, gazetteer: Gazetteer) -> None:
    assert ("threat" in WIRE.kinds(body, gazetteer)) is threat


# --- from blind10's development half ---------------------------------------------------------------

def test_a_tally_of_troops_counts_troops(gazetteer: Gazetteer) -> None:
    body = ("The ministry said 500 more soldiers would be sent, bringing the number of troops in the "
            "valley to 3,000.")
    assert ("troops", 3000, "exact") in WIRE.figures(body, gazetteer)
    assert "killed" not in {measure for measure, _, _ in WIRE.figures(body, gazetteer)}


def test_people_held_captive_are_abducted(gazetteer: Gazetteer) -> None:
    body = "Villagers held four soldiers captive for a day before releasing them, the army said."
    assert ("abducted", 4, "exact") in WIRE.figures(body, gazetteer)


@pytest.mark.parametrize(("headline", "place"), [
    ("Gunfire near Kamuli presidential palace leaves three dead", "Kamuli"),
    ("Gunmen storm Beledweyne airport, killing four", "Beledweyne"),
])  # fmt: skip
def test_a_place_named_before_its_palace_or_airport(headline: str, place: str, gazetteer: Gazetteer) -> None:
    made = WIRE.report(f"{headline}\nThe toll could rise, officials said.", gazetteer)
    assert place in {c.location for c in made if c.kind in ("attack", "casualties")}


def test_a_hotel_or_mosque_keeps_its_own_name(gazetteer: Gazetteer) -> None:
    assert _located("Gunmen stormed the Amani hotel, killing three guards.", gazetteer) != {"Amani"}


@pytest.mark.parametrize(("body", "speaker"), [
    ("Father Peter Okello said nine people had died in the raid.", "Peter Okello"),
    ("Prefect Amina Wekesa visited the market on Monday. Wekesa said four traders were killed.",
     "Amina Wekesa"),
    ("Troops from Chad crossed the border on Monday. Chad said four soldiers were killed.", "Chad"),
])  # fmt: skip
def test_a_surname_is_the_full_name_the_report_writes(body: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert speaker in {c.speaker for c in claims(body, gazetteer) if c.kind == "casualties"}


def test_a_range_of_years_is_no_count(gazetteer: Gazetteer) -> None:
    body = "The civil war of 1991-2002 killed about 50,000 people, historians say."
    assert WIRE.figures(body, gazetteer) == [("killed", 50000, "about")]


def test_places_fighting_spread_to_are_a_target_count(gazetteer: Gazetteer) -> None:
    body = "The fighting spread within hours to at least six villages, police said."
    made = claims(body, gazetteer)
    assert [(c.kind, [(f.measure, f.value, f.qualifier) for f in c.figures]) for c in made] == [
        ("target_count", [("locations", 6, "at_least")])]  # fmt: skip


@pytest.mark.parametrize("body", [
    "Protesters attacked the police station with petrol bombs on Tuesday.",
    "Youths threw Molotov cocktails and pipe bombs at the barracks.",
])  # fmt: skip
def test_thrown_bombs_are_no_strike(body: str, gazetteer: Gazetteer) -> None:
    assert "strike" not in WIRE.kinds(body, gazetteer)


# --- from blind11's development half ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "figure"), [
    ("More than 900 people from villages along the river had fled to Bunia, the UN said.",
     ("displaced", 900, "more_than")),
    ("A further 12 pupils were unaccounted for, the headmaster said.", ("missing", 12, "exact")),
    # People driven out, killings counted.
    ("The fighting drove out more than 40,000 people, the UN said.", ("displaced", 40000, "more_than")),
    ("Armed gangs have been blamed for hundreds of killings in the district.", ("killed", 200, "vague")),
])  # fmt: skip
def test_figures(body: str, figure: tuple[str, int, str], gazetteer: Gazetteer) -> None:
    assert figure in WIRE.figures(body, gazetteer)


def test_a_town_in_a_compass_part_of_a_countrys_district_is_the_town(gazetteer: Gazetteer) -> None:
    body = "Rebels attacked a school near the town of Mpondwe in western Uganda's Kasese district, killing 9."
    assert _located(body, gazetteer) == {"Mpondwe"}


def test_a_body_named_on_the_line_after_a_sentence_ending_in_a_capital(gazetteer: Gazetteer) -> None:
    text = ("Headline\nThe minister wrote on X.\nThe Interior Ministry said 40 officers had been sent "
            "to the town.\nThe ministry said two of them were wounded.")
    assert {c.speaker for c in WIRE.report(text, gazetteer)} <= {"Interior Ministry", "Test Wire", "minister"}


def test_whoever_is_blamed_in_the_passive_is_no_speaker(gazetteer: Gazetteer) -> None:
    body = "Armed gangs have been blamed for hundreds of killings in the district."
    assert {c.speaker for c in claims(body, gazetteer)} == {"Test Wire"}


@pytest.mark.parametrize(("headline", "place"), [
    ("Uganda sends troops to the border after North Kivu clashes", "North Kivu"),
    ("Rebels kill two soldiers in Tanarivo clash, army says", "Tanarivo"),
    ("Death toll in Kibera police raid rises to 12", "Kibera"),
])  # fmt: skip
def test_a_place_before_an_event_and_its_modifier(headline: str, place: str, gazetteer: Gazetteer) -> None:
    made = WIRE.report(f"{headline}\nThe toll could rise, officials said.", gazetteer)
    assert place in {c.location for c in made if c.kind in ("attack", "casualties", "troop_presence")}


@pytest.mark.parametrize(("body", "place"), [
    ("The nurse said 30 wounded people had been brought to Mwingi's only hospital.", "Mwingi"),
    ("Gunmen ambushed a bus on the road to Witu, killing four passengers.", "Witu"),
])  # fmt: skip
def test_a_treatment_place_and_a_road_s_destination(body: str, place: str, gazetteer: Gazetteer) -> None:
    assert _located(body, gazetteer) == {place}

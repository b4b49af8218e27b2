"""A seeded, reproducible corpus of synthetic news reports, written in our own words.

Many outlets in many IANA zones follow many incidents over months. Each report is dated
relative to its publication ("on Saturday", "last week", "two days ago"), attributes its
figures to someone, disagrees with other outlets on them, revises them in follow-ups, and
sometimes repeats a paragraph (which filing reduces to one copy). The same seed and size
always give the same reports, byte for byte.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

#: (outlet, IANA zone): many zones, including half-hour and far-from-UTC ones.
OUTLETS = [
    ("Tigris Ledger", "Asia/Baghdad"),
    ("Levant Courier", "Asia/Beirut"),
    ("Amman Dispatch", "Asia/Amman"),
    ("Nile Evening Post", "Africa/Cairo"),
    ("Horn Monitor", "Africa/Mogadishu"),
    ("Kivu Lakes Herald", "Africa/Kigali"),
    ("Sahel Observer", "Africa/Bamako"),
    ("Lagos Record", "Africa/Lagos"),
    ("Dnipro Bulletin", "Europe/Kyiv"),
    ("Volga Wire", "Europe/Moscow"),
    ("Khyber Times", "Asia/Karachi"),
    ("Kabul Notes", "Asia/Kabul"),
    ("Delhi Desk", "Asia/Kolkata"),
    ("Irrawaddy Signal", "Asia/Yangon"),
    ("Andes Gazette", "America/Bogota"),
    ("Gulf Coast Wire", "America/Mexico_City"),
    ("Capitol Briefing", "America/New_York"),
    ("Pacific Relay", "America/Los_Angeles"),
    ("Thames Newsroom", "Europe/London"),
    ("Seine Agency", "Europe/Paris"),
    ("Bosphorus Line", "Europe/Istanbul"),
    ("Tehran Digest", "Asia/Tehran"),
    ("Arabian Sea Daily", "Asia/Dubai"),
    ("Red Sea Watch", "Asia/Aden"),
    ("Kathmandu Ridge", "Asia/Kathmandu"),
    ("Pacific Wire Service", "UTC"),
]

#: (place, its country, actors who fight there, who speaks for each side).
THEATRES = [
    ("Anbar", "Iraq", ["Kataib Hezbollah", "US military"], ["the Popular Mobilization Forces", "CENTCOM"]),
    (
        "Mosul",
        "Iraq",
        ["Islamic State", "Iraqi Security Forces"],
        ["the Joint Operations Command", "local officials"],
    ),
    (
        "Deir ez-Zor",
        "Syria",
        ["Syrian Democratic Forces", "Islamic State"],
        ["the Syrian Observatory for Human Rights", "the SDF"],
    ),
    (
        "Kharkiv",
        "Ukraine",
        ["Russian Armed Forces", "Armed Forces of Ukraine"],
        ["the regional governor", "the Ukrainian Air Force"],
    ),
    (
        "Odesa",
        "Ukraine",
        ["Russian Armed Forces", "Armed Forces of Ukraine"],
        ["the State Emergency Service of Ukraine", "the city mayor"],
    ),
    (
        "Donetsk",
        "Ukraine",
        ["Russian Armed Forces", "Armed Forces of Ukraine"],
        ["the General Staff of the Armed Forces of Ukraine", "the Russian Ministry of Defence"],
    ),
    (
        "El Fasher",
        "Sudan",
        ["Rapid Support Forces", "Sudanese Armed Forces"],
        ["Doctors Without Borders", "local activists"],
    ),
    ("Omdurman", "Sudan", ["Rapid Support Forces", "Sudanese Armed Forces"], ["the health ministry", "OCHA"]),
    ("Mogadishu", "Somalia", ["al-Shabaab", "Somali National Army"], ["police", "the Somali National Army"]),
    ("Goma", "Democratic Republic of the Congo", ["M23", "FARDC"], ["MONUSCO", "the provincial governor"]),
    (
        "North Kivu",
        "Democratic Republic of the Congo",
        ["Allied Democratic Forces", "FARDC"],
        ["local civil society", "the army spokesman"],
    ),
    ("Mopti", "Mali", ["JNIM", "Malian Armed Forces"], ["a local official", "the army"]),
    (
        "Borno",
        "Nigeria",
        ["Islamic State West Africa Province", "Nigerian Army"],
        ["the Nigerian Army", "Amnesty International"],
    ),
    ("Hodeidah", "Yemen", ["Houthis", "United States"], ["Yahya Saree", "CENTCOM"]),
    (
        "Rafah",
        "Palestinian territories",
        ["Israel Defense Forces", "Hamas"],
        ["the health ministry", "the Israel Defense Forces"],
    ),
    (
        "Sagaing",
        "Myanmar",
        ["Tatmadaw", "People's Defence Force"],
        ["the National Unity Government", "residents"],
    ),
    ("Rakhine", "Myanmar", ["Arakan Army", "Tatmadaw"], ["the Arakan Army", "Zaw Min Tun"]),
    (
        "Cauca",
        "Colombia",
        ["FARC dissidents", "Colombian Armed Forces"],
        ["the Colombian Armed Forces", "the ombudsman"],
    ),
    (
        "Khyber Pakhtunkhwa",
        "Pakistan",
        ["Tehrik-i-Taliban Pakistan", "Pakistan"],
        ["police", "the military's media wing"],
    ),
    (
        "Cabo Delgado",
        "Mozambique",
        ["Islamic State Central Africa Province", "Mozambique Armed Defence Forces"],
        ["the provincial police", "ACLED"],
    ),
]

ACTS = [
    ("strike", "struck", "an air strike"),
    ("attack", "attacked", "an attack"),
    ("strike", "shelled", "shelling"),
    ("attack", "raided", "a raid"),
]
TARGETS = [
    "a checkpoint",
    "a market",
    "a supply depot",
    "an army base",
    "a convoy",
    "a command post",
    "residential buildings",
    "a fuel station",
    "a bridge",
    "a training camp",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PARTS = ["", " morning", " afternoon", " evening", " night"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
BOILERPLATE = [
    "Independent verification of the figures was not possible.",
    "Access to the area remains restricted for journalists.",
    "The account could not be independently confirmed.",
    "Neither side responded to requests for comment.",
]
START = date(2023, 1, 2)


@dataclass(frozen=True)
class Incident:
    serial: int
    day: date
    place: str
    country: str
    attacker: str
    defender: str
    voices: list[str]
    kind: str
    verb: str
    noun: str
    target: str
    killed: int
    wounded: int


def _relative(day: date, published: date, rng: random.Random) -> str:
    """How a report, published on `published`, names the day `day` (at most a week before)."""
    gap = (published - day).days
    part = rng.choice(PARTS)
    if gap == 0:
        return rng.choice(["earlier today", "on " + WEEKDAYS[day.weekday()] + part, "today"])
    if gap == 1:
        return rng.choice(["yesterday", "on " + WEEKDAYS[day.weekday()] + part, "late yesterday"])
    if gap < 7:
        choices = ["on " + WEEKDAYS[day.weekday()] + part, f"{NUMBER_WORDS.get(gap, str(gap))} days ago"]
        return rng.choice(choices)
    return rng.choice(["last week", f"on {day.strftime('%B')} {day.day}", "on " + day.isoformat()])


def _published(day: date, zone: str, rng: random.Random) -> tuple[date, str]:
    """A publication moment 0-9 days after the incident, written as the outlet would."""
    local = datetime(
        day.year, day.month, day.day, rng.randint(5, 22), rng.choice((0, 15, 30, 45)), tzinfo=ZoneInfo(zone)
    ) + timedelta(days=rng.choice((0, 1, 1, 2, 2, 3, 4, 6, 9)))
    if rng.random() < 0.25:
        return local.date(), local.date().isoformat()  # a date-only dateline
    if rng.random() < 0.3:
        return local.date(), local.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return local.date(), local.isoformat(timespec="minutes")


def _incident(serial: int, rng: random.Random, span_days: int) -> Incident:
    place, country, actors, voices = rng.choice(THEATRES)
    kind, verb, noun = rng.choice(ACTS)
    attacker, defender = actors if rng.random() < 0.7 else actors[::-1]
    return Incident(
        serial=serial,
        day=START + timedelta(days=rng.randrange(span_days)),
        place=place,
        country=country,
        attacker=attacker,
        defender=defender,
        voices=voices,
        kind=kind,
        verb=verb,
        noun=noun,
        target=rng.choice(TARGETS),
        killed=rng.randint(1, 60),
        wounded=rng.randint(0, 90),
    )


def _report(n: int, incident: Incident, follow_up: int, rng: random.Random) -> dict[str, Any]:
    outlet, zone = OUTLETS[rng.randrange(len(OUTLETS))]
    published, published_text = _published(incident.day, zone, rng)
    when = _relative(incident.day, published, rng)
    voice, other = rng.sample(incident.voices, 2)
    # Outlets disagree on the toll, and follow-ups revise it upward.
    killed = max(1, incident.killed + rng.randint(-3, 3) + 2 * follow_up)
    wounded = incident.wounded + rng.randint(-5, 5) + follow_up
    title = f"{incident.noun.capitalize()} hits {incident.target} near {incident.place}"
    lead = (
        f"{incident.attacker} {incident.verb} {incident.target} in {incident.place} {when}, "
        f"killing at least {killed} people, {voice} said."
    )
    paragraphs = [title, lead]
    if wounded > 0:
        paragraphs.append(f"Another {wounded} were wounded, according to {other}.")
    if follow_up:
        paragraphs.append(
            f"The death toll rose to {killed + rng.randint(1, 9)} "
            f"{rng.choice(['overnight', 'by evening', 'later'])}, "
            f"{rng.choice(incident.voices)} said, revising an earlier count of {killed}."
        )
    if rng.random() < 0.5:
        paragraphs.append(
            f"{incident.defender} said {rng.randint(2, 15)} of its fighters were among the dead."
        )
    if rng.random() < 0.4:
        paragraphs.append(
            f"{incident.attacker} claimed responsibility for the {incident.kind} in a statement."
        )
    if rng.random() < 0.35:
        earlier = incident.day - timedelta(days=rng.randint(3, 20))
        paragraphs.append(
            f"It was the {rng.choice(['second', 'third', 'latest'])} such {incident.kind} since "
            f"{earlier.strftime('%B')} {earlier.day}, when {rng.randint(2, 30)} people were killed."
        )
    paragraphs.append(rng.choice(BOILERPLATE))
    if rng.random() < 0.15:  # a wire paragraph pasted twice
        paragraphs.append(paragraphs[1])
    paragraphs.append(f"Reporting by the {outlet} desk, file {n:07d}.")
    return {
        "text": "\n".join(paragraphs) + "\n",
        "publisher": outlet,
        "published": published_text,
        "timezone": zone,
        "language": "en",
        "url": f"https://example.org/{zone.split('/')[-1].lower()}/{n}",
    }


def reports(count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """`count` reports, in publication order roughly; about three reports per incident,
    incidents spread over a year and more (longer for larger corpora)."""
    rng = random.Random(seed)
    span = max(60, min(3 * 365, count // 20))
    incidents: list[Incident] = []
    follow_ups: dict[int, int] = {}
    for n in range(count):
        if not incidents or rng.random() < 0.35:
            incidents.append(_incident(len(incidents), rng, span))
            incident = incidents[-1]
        else:  # another outlet, or a follow-up, on a recent incident
            incident = incidents[max(0, len(incidents) - rng.randint(1, 40))]
        follow_up = follow_ups.get(incident.serial, -1) + 1
        follow_ups[incident.serial] = follow_up
        yield _report(n, incident, min(follow_up, 4), rng)


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    """Writes the corpus as a JSONL manifest `dateline ingest --manifest` reads."""
    with path.open("w", encoding="utf-8") as out:
        for report in reports(count, seed):
            out.write(json.dumps(report, ensure_ascii=False) + "\n")
    return path

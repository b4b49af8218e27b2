"""Matching predicted claims to gold claims, and the scores computed from the matches.

A predicted claim matches a gold claim when the kinds agree and the predicted quote contains
the gold key phrase; each claim is matched at most once, gold claims in order. Figures are
compared per report as multisets of (measure, value, qualifier). Speakers are compared after
canonicalisation through the gazetteer (case, dots and a leading article ignored). A date is
right when both are undated, or the predicted expression contains the gold one (or the
reverse) and, when the gold gives a `start`, the resolved start begins with it. A location is
scored where the gold gives one (`null` = no place named): the same normal form, ignoring case.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from domain.values import ClaimContent
from extraction.gazetteer import Gazetteer

CASUALTY_MEASURES = frozenset({"killed", "injured"})


@dataclass
class Tally:
    """Counts accumulated over reports."""

    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    speaker_right: int = 0
    date_right: int = 0
    pairs: int = 0
    #: Matched claims whose gold gives a `location` (a place, or null for none named), and those right.
    location_pairs: int = 0
    location_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold.update(other.gold)
        self.predicted.update(other.predicted)
        self.matched.update(other.matched)
        self.speaker_right += other.speaker_right
        self.date_right += other.date_right
        self.pairs += other.pairs
        self.location_pairs += other.location_pairs
        self.location_right += other.location_right
        self.errors.extend(other.errors)


def score_report(
    name: str, gold: list[dict[str, Any]], predicted: list[ClaimContent], gazetteer: Gazetteer
) -> Tally:
    tally = Tally()
    for claim in gold:
        tally.gold[claim["kind"]] += 1
    for made in predicted:
        tally.predicted[made.kind] += 1
    free = list(predicted)
    for claim in gold:
        hit = next((p for p in free if p.kind == claim["kind"] and claim["key"] in p.quote), None)
        if hit is None:
            tally.errors.append(f"{name}: missed {claim['kind']} [{claim['key']}]")
            continue
        free.remove(hit)
        tally.matched[claim["kind"]] += 1
        _compare(name, claim, hit, gazetteer, tally)
    for extra in free:
        tally.errors.append(f"{name}: extra {extra.kind} [{extra.quote[:50]}]")
    _score_figures(name, gold, predicted, tally)
    return tally


def _compare(name: str, gold: dict[str, Any], hit: ClaimContent, gazetteer: Gazetteer, tally: Tally) -> None:
    tally.pairs += 1
    if _canon(gold["speaker"], gazetteer) == _canon(hit.speaker, gazetteer):
        tally.speaker_right += 1
    else:
        tally.errors.append(f"{name}: speaker {hit.speaker!r} != {gold['speaker']!r} [{gold['key']}]")
    if _date_right(gold, hit):
        tally.date_right += 1
    else:
        tally.errors.append(f"{name}: date {hit.when.expression!r} != {gold['when']!r} [{gold['key']}]")
    if "location" in gold:
        tally.location_pairs += 1
        if _same_place(gold["location"], hit.location):
            tally.location_right += 1
        else:
            tally.errors.append(f"{name}: location {hit.location!r} != {gold['location']!r} [{gold['key']}]")


def _same_place(expected: str | None, found: str | None) -> bool:
    """Both none, or the same normal form ignoring case and spacing."""
    if expected is None or found is None:
        return expected is None and found is None
    return " ".join(expected.lower().split()) == " ".join(found.lower().split())


def _canon(name: str, gazetteer: Gazetteer) -> str:
    resolved = gazetteer.resolve(name).name.lower().replace(".", "")
    for article in ("the ", "a ", "an "):
        if resolved.startswith(article):
            resolved = resolved[len(article) :]
    return " ".join(resolved.split())


def _date_right(gold: dict[str, Any], hit: ClaimContent) -> bool:
    expected, written = gold.get("when"), hit.when.expression
    if expected is None or written is None:
        return expected is None and written is None
    if expected.lower() not in written.lower() and written.lower() not in expected.lower():
        return False
    start = gold.get("start")
    return start is None or (hit.when.start or "").startswith(start)


def _score_figures(
    name: str, gold: list[dict[str, Any]], predicted: list[ClaimContent], tally: Tally
) -> None:
    wanted = Counter((f["measure"], f["value"], f["qualifier"]) for claim in gold for f in claim["figures"])
    got = Counter((f.measure, f.value, f.qualifier) for claim in predicted for f in claim.figures)
    for key, count in wanted.items():
        group = "fig:casualty" if key[0] in CASUALTY_MEASURES else "fig:other"
        tally.gold[group] += count
        tally.matched[group] += min(count, got.get(key, 0))
        if got.get(key, 0) < count:
            tally.errors.append(f"{name}: missed figure {key}")
    for key, count in got.items():
        group = "fig:casualty" if key[0] in CASUALTY_MEASURES else "fig:other"
        tally.predicted[group] += count
        if wanted.get(key, 0) < count:
            tally.errors.append(f"{name}: extra figure {key}")


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0

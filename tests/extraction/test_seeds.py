"""Seed acceptance (issue 4) on the shared example reports."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from domain.values import ClaimContent
from extraction import extract

ANCHOR = datetime.date(2024, 2, 8)


def _claims(seeds_dir: Path, index: int) -> list[ClaimContent]:
    entry = json.loads((seeds_dir / "reports.json").read_text(encoding="utf-8"))[index]
    text = (seeds_dir / entry["file"]).read_text(encoding="utf-8")
    return extract(text, publisher=entry["publisher"], anchor=ANCHOR, timezone=entry["timezone"])


@pytest.fixture(scope="module")
def rudaw(seeds_dir: Path) -> list[ClaimContent]:
    return _claims(seeds_dir, 0)


@pytest.fixture(scope="module")
def shafaq(seeds_dir: Path) -> list[ClaimContent]:
    return _claims(seeds_dir, 1)


def find(claims: list[ClaimContent], kind: str, phrase: str) -> ClaimContent:
    hits = [c for c in claims if c.kind == kind and phrase in c.quote]
    assert hits, f"no {kind} claim quoting {phrase!r}"
    return hits[0]


def figures(claim: ClaimContent) -> set[tuple[str, int | None, str]]:
    return {(f.measure, f.value, f.qualifier) for f in claim.figures}


def test_rudaw_mashtal_strike_killed_three_late_wednesday(rudaw: list[ClaimContent]) -> None:
    claim = find(rudaw, "casualties", "Mashtal")
    assert figures(claim) == {("killed", 3, "exact")}
    assert claim.when.start == "2024-02-07T20:00" and claim.when.end == "2024-02-08T00:00"
    assert "Abu Baqir al-Saadi" in claim.actors
    assert find(rudaw, "strike", "Mashtal").when.expression == "the late hours of Wednesday"


def test_rudaw_friday_night_strikes(rudaw: list[ClaimContent]) -> None:
    casualties = find(rudaw, "casualties", "85 targets")
    assert figures(casualties) == {("killed", 16, "at_least"), ("injured", 36, "exact")}
    assert casualties.when.start == "2024-02-02T18:00"
    assert figures(find(rudaw, "target_count", "85 targets")) == {("targets", 85, "more_than")}
    assert any(f.party and "Popular Mobilization Forces" in f.party for f in casualties.figures)


def test_rudaw_jordan_attack_late_last_month(rudaw: list[ClaimContent]) -> None:
    claim = find(rudaw, "casualties", "Jordan")
    assert figures(claim) == {("killed", 3, "exact")}
    assert claim.figures[0].party == "American soldiers"
    assert claim.when.expression == "late last month" and claim.when.start == "2024-01-21"


def test_rudaw_attack_count_troops_call_talks_and_centcom(rudaw: list[ClaimContent]) -> None:
    count = find(rudaw, "attack_count", "165")
    assert figures(count) == {("attacks", 165, "more_than")}
    assert count.when.start == "2023-10-11"
    assert figures(find(rudaw, "troop_presence", "2,500")) == {
        ("troops", 2500, "about"),
        ("troops", 900, "about"),
    }
    call = find(rudaw, "call_for_withdrawal", "on Thursday")
    assert call.speaker == "Qais al-Khazali" and call.when.start == "2024-02-08"
    assert find(rudaw, "talks_status", "engaged in talks").speaker == "Rudaw"
    assert find(rudaw, "statement", "blamed Saadi").speaker == "CENTCOM"


def test_rudaw_body_repeated_twice_is_not_doubled(rudaw: list[ClaimContent]) -> None:
    keys = [(c.kind, " ".join(c.quote.split())) for c in rudaw]
    assert len(keys) == len(set(keys))
    assert sum(1 for c in rudaw if c.kind == "casualties" and "Mashtal" in c.quote) == 1


def test_shafaq_figures_call_and_centcom(shafaq: list[ClaimContent]) -> None:
    assert figures(find(shafaq, "casualties", "killed 17")) == {
        ("killed", 17, "exact"),
        ("injured", 25, "exact"),
    }
    targets = find(shafaq, "target_count", "80 targets")
    assert figures(targets) == {("targets", 80, "more_than"), ("locations", 7, "exact")}
    assert targets.when.expression == "last week" and targets.when.start == "2024-01-29"
    assert find(shafaq, "call_for_withdrawal", "urged").speaker == "Qais al-Khazali"
    claim = find(shafaq, "responsibility", "claimed responsibility")
    assert claim.speaker == "CENTCOM" and claim.when.start == "2024-02-07T18:00"


def test_spans_quote_the_text_exactly(seeds_dir: Path, rudaw: list[ClaimContent]) -> None:
    text = (seeds_dir / "000_07ee8de466f1c881.txt").read_text(encoding="utf-8")
    for claim in rudaw:
        assert claim.span is not None and text[claim.span.start : claim.span.end] == claim.quote
        assert claim.coded_by.name == "dateline-rules" and claim.coded_by.rule
    assert [c.span.start for c in rudaw if c.span] == sorted(c.span.start for c in rudaw if c.span)

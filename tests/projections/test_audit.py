from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

import pytest

from domain.errors import NotFound
from domain.when import When
from projections.audit import audit_claim, audit_incident, audit_source
from projections.history import event_doc
from tests.projections.seed import build_seed
from tests.projections.world import World, day


def history(world: World, claim: UUID) -> list[dict[str, Any]]:
    return [event_doc(e) for e in world.events if e.originator_id == claim]  # type: ignore[arg-type]


def test_the_chain_runs_from_report_to_incident_link() -> None:
    seed = build_seed()
    w, claim = seed.world, seed.ids["a_killed"]
    (doc,) = audit_claim(w.catalog(), claim, history(w, claim))["claims"]
    assert (doc["publisher"], doc["published"], doc["title"]) == (
        "Rudaw", "2024-02-08", "Militia chief wants foreign troops out")
    text = w.catalog().reports[seed.ids["first"]].text
    assert text[doc["span"][0]:doc["span"][1]] == doc["quote"]
    assert doc["quote"] in doc["sentence"]
    assert doc["coded_by"]["rule"] == "casualties-rule"
    assert (doc["when"]["expression"], doc["when"]["anchor"], doc["when"]["rule"]) == (
        "Friday night", "2024-02-08", "test")
    assert doc["incident"] == str(w.incidents["feb2"].id)
    assert doc["link"]["by"] == "rule:linker" and doc["link"]["reasons"] == ["kinds compatible"]
    assert [e["event"] for e in doc["history"]] == ["Claim.Asserted"]


def test_later_corrections_follow_the_original() -> None:
    w = World()
    report = w.report("Wire", "2024-02-08", "Head\nOn Friday the raid began.")
    claim = w.claim(report, "strike", "On Friday the raid began.", speaker="Wire", when=day("2024-02-02"))
    redated = When(expression="On Friday", anchor="2024-02-08", start="2024-02-02", end="2024-02-03",
                   granularity="day", rule="weekday-past-v2", timezone="Asia/Baghdad")
    w.do(claim, "redate", when=redated, by="resolver", reason="rule fixed")
    w.do(claim, "accept", by="lena")
    (doc,) = audit_claim(w.catalog(), claim, history(w, claim))["claims"]
    assert [e["event"] for e in doc["corrections"]] == ["Claim.Redated", "Claim.Accepted"]
    assert doc["when"]["rule"] == "weekday-past-v2" and doc["status"] == "accepted"
    assert doc["sentence"] == "On Friday the raid began."


def test_source_matches_publisher_or_speaker_case_insensitively() -> None:
    seed = build_seed()
    catalog = seed.world.catalog()
    by_speaker = audit_source(catalog, "KHAZALI")["claims"]
    assert {c["id"] for c in by_speaker} == {str(seed.ids["call_a"]), str(seed.ids["call_b"])}
    by_publisher = audit_source(catalog, "shafaq news")["claims"]
    assert {c["publisher"] for c in by_publisher} == {"Shafaq News"} and len(by_publisher) == 3


def test_incident_audit_shows_who_said_what_and_where_they_disagree() -> None:
    seed = build_seed()
    doc = audit_incident(seed.world.catalog(), seed.world.incidents["feb2"].id)
    assert len(doc["claims"]) == 3 and doc["incident"]["start"] == "2024-02-02T18:00"
    killed, injured = doc["disagreements"]
    assert (killed["measure"], killed["low"], killed["high"]) == ("killed", 16, 17)
    assert {(s["source"], s["value"], s["qualifier"]) for s in killed["by_source"]} == {
        ("Rudaw", 16, "at_least"), ("Shafaq News", 17, "exact")}
    assert {s["value"] for s in injured["by_source"]} == {36, 25}


def test_incident_audit_keeps_rejected_claims_with_their_status() -> None:
    seed = build_seed()
    seed.world.do(seed.ids["b_killed"], "reject", by="lena", reason="wrong strike")
    doc = audit_incident(seed.world.catalog(), seed.world.incidents["feb2"].id)
    assert {c["status"] for c in doc["claims"]} == {"proposed", "rejected"}
    assert doc["disagreements"] == []


def test_unknown_ids_are_not_found() -> None:
    catalog = World().catalog()
    with pytest.raises(NotFound):
        audit_claim(catalog, uuid4(), [])
    with pytest.raises(NotFound):
        audit_incident(catalog, uuid4())

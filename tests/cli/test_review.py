"""The review queue on extracted claims, through the real command."""

from __future__ import annotations

from pathlib import Path


def ingest_seeds(dateline, store: str, seeds_dir: Path) -> None:
    done = dateline("ingest", "--manifest", str(seeds_dir / "reports.json"), store=store)
    assert done.code == 0, done.err


def test_extracted_claims_wait_for_review_and_decisions_are_events(
    dateline, store: str, seeds_dir: Path
) -> None:
    ingest_seeds(dateline, store, seeds_dir)
    queue = dateline("review", "--json", store=store).json()["claims"]
    assert queue and all(c["status"] == "proposed" for c in queue)
    assert all(c["coded_by"]["kind"] == "extractor" and c["coded_by"]["version"] for c in queue)
    first, second = queue[0]["id"], queue[1]["id"]
    assert dateline("accept", first[:8], "--analyst", "lena", store=store).code == 0
    rejected = dateline("reject", second[:8], "--reason", "not a fact", "--analyst", "omar", store=store)
    assert rejected.code == 0, rejected.err
    remaining = {c["id"] for c in dateline("review", "--json", store=store).json()["claims"]}
    assert first not in remaining and second not in remaining
    assert len(remaining) == len(queue) - 2
    accepted = dateline("claims", "--accepted-only", "--json", store=store).json()["claims"]
    assert [c["id"] for c in accepted] == [first]
    events = dateline("history", second, "--json", store=store).json()["events"]
    assert [e["event"] for e in events] == ["Claim.Asserted", "Claim.Rejected"]
    assert events[1]["fields"]["by"] == "omar"
    again = dateline("accept", second[:8], store=store)
    assert again.code != 0 and "rejected" in again.err


def test_a_correction_replaces_the_content_and_keeps_the_extractors_version(
    dateline, store: str, seeds_dir: Path
) -> None:
    ingest_seeds(dateline, store, seeds_dir)
    claims = dateline("claims", "--kind", "casualties", "--json", store=store).json()["claims"]
    target = next(c for c in claims if c["figures"])
    done = dateline("correct", target["id"][:8], "--figure", "killed=99@test party", "--reason",
                    "checking corrections", "--analyst", "lena", store=store)
    assert done.code == 0, done.err
    after = next(c for c in dateline("claims", "--json", store=store).json()["claims"]
                 if c["id"] == target["id"])
    assert after["figures"] == [{"measure": "killed", "value": 99, "qualifier": "exact",
                                 "party": "test party"}]
    assert after["coded_by"]["kind"] == "analyst" and after["status"] == "accepted"
    events = dateline("history", target["id"], "--json", store=store).json()["events"]
    assert events[0]["fields"]["content"]["coded_by"]["kind"] == "extractor"
    stored = events[0]["fields"]["content"]["figures"]
    keys = ("measure", "value", "qualifier", "party")
    assert [{k: f[k] for k in keys} for f in stored] == target["figures"]

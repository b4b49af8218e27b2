"""The two real seed reports, end to end: ingest, then the analyst's questions (issue 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def seeded(dateline, store: str, seeds_dir: Path) -> str:
    done = dateline("ingest", "--manifest", str(seeds_dir / "reports.json"), store=store)
    assert done.code == 0, done.err
    return store


def measure(doc: dict[str, Any], name: str, start_prefix: str) -> list[dict[str, Any]]:
    return [m for i in doc["incidents"] if (i["start"] or "").startswith(start_prefix)
            for m in i["measures"] if m["measure"] == name]


def test_the_2_february_strikes_carry_both_outlets_figures_and_their_range(dateline, seeded: str) -> None:
    doc = dateline("casualties", "--json", store=seeded).json()
    (killed,) = measure(doc, "killed", "2024-02-02")
    assert (killed["low"], killed["best"], killed["high"], killed["disputed"]) == (16, 16, 17, True)
    assert {f["source"] for f in killed["figures"]} == {"Rudaw", "Shafaq News"}
    assert {(f["value"], f["qualifier"]) for f in killed["figures"]} == {(16, "at_least"), (17, "exact")}
    (injured,) = measure(doc, "injured", "2024-02-02")
    assert (injured["low"], injured["high"], injured["disputed"]) == (25, 36, True)
    assert all(f["quote"] and f["claim"] for f in killed["figures"] + injured["figures"])


def test_the_baghdad_strike_and_the_jordan_attack_each_killed_three(dateline, seeded: str) -> None:
    doc = dateline("casualties", "--json", store=seeded).json()
    baghdad = measure(doc, "killed", "2024-02-07")
    assert [m["best"] for m in baghdad] == [3]
    assert "Rudaw" in {f["source"] for f in baghdad[0]["figures"]}
    jordan = [m for i in doc["incidents"] if (i["start"] or "") < "2024-02-01"
              for m in i["measures"] if m["measure"] == "killed"]
    assert [m["best"] for m in jordan] == [3]


def test_talks_are_ongoing_on_the_rudaw_claim_and_khazalis_call_has_both_sources(
    dateline, seeded: str
) -> None:
    doc = dateline("talks", "--json", store=seeded).json()
    assert doc["status"] == "talks_ongoing"
    assert any("Rudaw" in h["sources"] for h in doc["history"] if h["status"] == "talks_ongoing")
    calls = [c for c in doc["calls"] if "Khazali" in c["who"]]
    assert len(calls) == 1 and calls[0]["when"] == "2024-02-08"
    assert set(calls[0]["sources"]) == {"Rudaw", "Shafaq News"}


def test_the_timeline_is_ordered_and_replay_before_publication_is_empty(dateline, seeded: str) -> None:
    incidents = dateline("timeline", "--json", store=seeded).json()["incidents"]
    starts = [i["start"] for i in incidents if i["start"]]
    assert starts == sorted(starts)
    assert any(s.startswith("2024-02-02") for s in starts)
    assert any(s.startswith("2024-02-07") for s in starts)
    before = dateline("casualties", "--as-of", "2024-02-07", "--json", store=seeded).json()
    assert before["incidents"] == []
    assert dateline("timeline", "--as-of", "2024-02-07", "--json", store=seeded).json()["incidents"] == []


def test_audit_traces_a_figure_to_its_sentence_and_rule(dateline, seeded: str) -> None:
    doc = dateline("audit", "--source", "Shafaq", "--json", store=seeded).json()
    claims = doc["claims"]
    assert claims and all(c["publisher"] == "Shafaq News" or "Shafaq" in c["speaker"] for c in claims)
    figure = next(c for c in claims if any(f["value"] == 17 for f in c.get("figures", [])))
    assert figure["quote"] and figure["span"] and figure["coded_by"]["kind"] == "extractor"
    assert figure["history"][0]["event"] == "Claim.Asserted"

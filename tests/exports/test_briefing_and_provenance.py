"""`--format md` (a briefing) and `--format prov` (W3C PROV-O as JSON-LD)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.exports.conftest import HOSTILE_PUBLISHER, HOSTILE_TEXT, export, file_report


def test_the_briefing_has_timeline_casualties_talks_and_sources(seeded: str) -> None:
    text = export(seeded, "md").out
    for heading in ("## Timeline", "## Casualties", "## Withdrawal talks", "## Sources"):
        assert heading in text
    assert "Strike in Anbar, 2 Feb 2024" in text and "Strike in Mashtal, Baghdad, 7 Feb 2024" in text
    assert "Rudaw ≥16; Shafaq News 17" in text  # every source's figure, with its qualifier
    assert "talks_ongoing" in text and "Qais al-Khazali" in text


def test_the_briefing_escapes_report_text(sqlite_store: str, tmp_path: Path) -> None:
    file_report(sqlite_store, tmp_path / "hostile.txt", HOSTILE_TEXT, publisher="Wire | <b>x</b>")
    text = export(sqlite_store, "md").out
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Wire \\| &lt;b&gt;x&lt;/b&gt;" in text


def nodes(graph: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [n for n in graph if kind in (n["@type"] if isinstance(n["@type"], list) else [n["@type"]])]


def test_prov_has_entities_agents_and_activities(seeded: str) -> None:
    doc = export(seeded, "prov").json()
    assert doc["@context"]["prov"] == "http://www.w3.org/ns/prov#"
    graph = doc["@graph"]
    by_id = {n["@id"]: n for n in graph}
    reports = [n for n in nodes(graph, "prov:Entity") if n["@id"].startswith("dl:report/")]
    assert len(reports) == 2
    publishers = {by_id[r["prov:wasAttributedTo"]["@id"]]["rdfs:label"] for r in reports}
    assert publishers == {"Rudaw", "Shafaq News"}
    agent_types = {t for n in nodes(graph, "prov:Agent") for t in n["@type"]}
    assert {"prov:Organization", "prov:SoftwareAgent"} <= agent_types
    speakers = {n["rdfs:label"] for n in graph if n["@id"].startswith("dl:speaker/")}
    assert "Qais al-Khazali" in speakers
    labels = {n["rdfs:label"] for n in nodes(graph, "prov:Activity")}
    assert labels == {"extraction", "resolution"}
    claims = [n for n in graph if n["@id"].startswith("dl:claim/")]
    assert claims and all(by_id[c["prov:wasDerivedFrom"]["@id"]] in reports for c in claims)
    assert all(c["prov:wasAttributedTo"]["@id"] in by_id for c in claims)
    incidents = [n for n in graph if n["@id"].startswith("dl:incident/")]
    assert len(incidents) == 3
    assert all(by_id[i["prov:wasGeneratedBy"]["@id"]]["rdfs:label"] == "resolution" for i in incidents)


def test_prov_keeps_a_publisher_name_as_written(sqlite_store: str, tmp_path: Path) -> None:
    file_report(sqlite_store, tmp_path / "r.txt", HOSTILE_TEXT, publisher=HOSTILE_PUBLISHER)
    graph = export(sqlite_store, "prov").json()["@graph"]
    assert any(n["rdfs:label"] == HOSTILE_PUBLISHER for n in nodes(graph, "prov:Organization"))

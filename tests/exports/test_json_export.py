"""`--format json` is the whole document, valid against `dateline schema`, on every clock."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import REPO, run_dateline
from tests.exports.conftest import export


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    done = run_dateline("schema")
    assert done.code == 0, done.err
    return dict(done.json())


def test_the_schema_is_a_valid_json_schema_and_is_published_in_the_docs(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    published = json.loads((REPO / "docs" / "export.schema.json").read_text(encoding="utf-8"))
    assert published == schema, "stale: run `dateline schema > docs/export.schema.json`"


def test_the_seed_export_validates_and_holds_every_part(seeded: str, schema: dict[str, Any]) -> None:
    doc = export(seeded, "json").json()
    jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
    titles = [i["title"] for i in doc["incidents"]]
    assert any("2 Feb 2024" in t for t in titles) and any("7 Feb 2024" in t for t in titles)
    assert {r["publisher"] for r in doc["reports"]} == {"Rudaw", "Shafaq News"}
    anbar = next(c for c in doc["casualties"] if "Anbar" in next(
        i["title"] for i in doc["incidents"] if i["id"] == c["id"]))
    killed = next(m for m in anbar["measures"] if m["measure"] == "killed")
    assert (killed["low"], killed["high"], killed["disputed"]) == (16, 17, True)
    assert doc["talks"]["status"] == "talks_ongoing"
    assert all(c["quote"] and c["speaker"] for c in doc["claims"])
    assert doc["escalation"]["day"] and doc["escalation"]["week"]


def test_a_broken_document_fails_the_schema(seeded_sqlite: str, schema: dict[str, Any]) -> None:
    doc = export(seeded_sqlite, "json").json()
    del doc["incidents"][0]["start"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)


def test_the_clocks_narrow_the_export(seeded_sqlite: str) -> None:
    before = export(seeded_sqlite, "json", "--as-of", "2024-02-07").json()
    assert before["incidents"] == [] and before["reports"] == []
    assert before["clocks"]["as_of"] == "2024-02-07"
    window = export(seeded_sqlite, "json", "--between", "2024-02-07", "2024-02-09").json()
    assert [i["title"] for i in window["incidents"]] == ["Strike in Mashtal, Baghdad, 7 Feb 2024"]
    assert window["clocks"]["between"] == ["2024-02-07", "2024-02-09"]
    old = export(seeded_sqlite, "json", "--recorded-by", "2000-01-01").json()
    assert old["claims"] == []


def test_every_format_is_empty_but_well_formed_on_an_empty_store(sqlite_store: str, tmp_path: Path) -> None:
    for fmt in ("json", "csv", "md", "html", "ics", "timelinejs", "prov"):
        done = run_dateline("export", "--format", fmt, store=sqlite_store)
        assert done.code == 0, f"{fmt}: {done.err}"
        assert done.out.strip()

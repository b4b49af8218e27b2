"""`dateline ingest --jobs N`: claims extracted ahead in N other processes give the same record
as extracting in the filing process, on both stores."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from bench.perf.corpus import write_jsonl
from cli.wiring import open_app
from tests.conftest import run_dateline

#: Three batches of `dateline ingest`, so the workers extract a batch while one is filed.
REPORTS = 130


def record(store: str) -> dict[UUID, list[tuple[str, dict[str, Any]]]]:
    """Every aggregate's events with their fields, but not when they were recorded."""
    app = open_app(store)
    try:
        found: dict[UUID, list[tuple[str, dict[str, Any]]]] = {}
        for _, event in app.all_events():
            fields = {k: v for k, v in vars(event).items() if k != "timestamp"}
            found.setdefault(event.originator_id, []).append((type(event).__qualname__, fields))
        return found
    finally:
        app.close()


def test_extracting_ahead_in_other_processes_records_the_same(
    store: str, other_store: str, tmp_path: Path
) -> None:
    manifest = write_jsonl(tmp_path / "corpus.jsonl", REPORTS, seed=5)
    here = run_dateline("ingest", "--manifest", str(manifest), "--jobs", "0", "--json", store=store)
    ahead = run_dateline("ingest", "--manifest", str(manifest), "--jobs", "2", "--json", store=other_store)
    assert (here.code, ahead.code) == (0, 0), here.err + ahead.err
    assert ahead.json() == here.json()
    assert sum(filed["claims"] for filed in ahead.json()["filed"]) > REPORTS
    assert record(other_store) == record(store)


def test_a_bad_report_stops_the_ingest_before_any_worker_starts(tmp_path: Path) -> None:
    manifest = write_jsonl(tmp_path / "corpus.jsonl", REPORTS, seed=5)
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines[120] = lines[120].replace('"timezone": "', '"timezone": "Mars/')
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = f"sqlite:///{tmp_path / 'dateline.db'}"
    run = run_dateline("ingest", "--manifest", str(manifest), "--jobs", "2", store=store)
    assert run.code != 0 and len(run.err.strip().splitlines()) == 1 and "Mars/" in run.err
    assert run_dateline("reports", "--json", store=store).json() == {"reports": []}

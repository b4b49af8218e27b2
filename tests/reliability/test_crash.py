"""kill -9 in the middle of an ingest loses and doubles nothing (issue 8).

A 1,000-report ingest is killed at random moments, then run again to the end. Every report
must be stored exactly once with exactly the claims the extractor gives it, the stored read
models must equal a fresh fold of the log, and the log must verify.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from application.filing import prepare, validate_meta
from application.service import Dateline
from application.sources import from_manifest
from application.store import store_env
from extraction import extract
from projections.catalog import Catalog
from projections.rows import dump
from tests.conftest import DATELINE
from tests.reliability.corpus import write_manifest

REPORTS = 1000


def expected_claims(manifest: Path) -> dict[str, int]:
    """What the extractor gives each report's stored text, keyed by content hash."""
    counts = {}
    for raw in from_manifest(manifest):
        filing = prepare(raw.text, validate_meta(raw.fields, origin=raw.origin), origin=raw.origin,
                         now=datetime.now(UTC))
        anchor = datetime.fromisoformat(filing.meta.published or "").date()
        counts[filing.text_sha256] = len(extract(filing.text, publisher=filing.meta.publisher,
                                                 anchor=anchor, timezone=filing.meta.timezone))
    return counts


def kill_during_ingest(manifest: Path, store: str, seconds: float) -> int:
    process = subprocess.Popen([str(DATELINE), "ingest", "--manifest", str(manifest), "--store", store],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    return process.wait()


def timed_ingest(manifest: Path, store: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(DATELINE), "ingest", "--manifest", str(manifest), "--store", store],
                   capture_output=True, timeout=600, check=True)
    return time.perf_counter() - started


def snapshot(catalog: Catalog) -> list[tuple[str, str, dict[str, object]]]:
    return sorted(dump(catalog, {*catalog.reports, *catalog.claims, *catalog.incidents}),
                  key=lambda row: (row[0], row[1]))


@pytest.mark.slow
def test_kill_9_during_a_thousand_report_ingest_loses_and_doubles_nothing(tmp_path: Path) -> None:
    manifest = write_manifest(tmp_path / "reports.jsonl", REPORTS)
    store = f"sqlite:///{tmp_path / 'd.db'}"
    # Kill moments scale with how long starting up and filing take here (an ingest files 50
    # reports per transaction, so fixed moments could come after its end): each run is killed
    # after starting up, within 8-22% of the filing time, so four runs never reach the end.
    startup = timed_ingest(write_manifest(tmp_path / "one.jsonl", 1), f"sqlite:///{tmp_path / 't1.db'}")
    filing = timed_ingest(manifest, f"sqlite:///{tmp_path / 't2.db'}") - startup
    rng = random.Random(11)
    for _ in range(4):
        moment = startup + rng.uniform(0.08, 0.22) * filing
        assert kill_during_ingest(manifest, store, moment) == -signal.SIGKILL
    done = subprocess.run([str(DATELINE), "ingest", "--manifest", str(manifest), "--store", store],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "already filed" in done.stdout  # the killed runs did store some reports

    app = Dateline(store_env(store))
    catalog = app.catalog()
    expected = expected_claims(manifest)
    assert len(catalog.reports) == REPORTS
    by_hash = {}
    for event in app.stored_events():
        if type(event).__qualname__ == "Report.Filed":
            by_hash[event.text_sha256] = event.originator_id  # type: ignore[attr-defined]
    assert set(by_hash) == set(expected)
    for text_hash, report in by_hash.items():
        assert len(catalog.reports[report].claims) == expected[text_hash]
    assert len(catalog.claims) == sum(expected.values())
    assert snapshot(catalog) == snapshot(Catalog.build(app.stored_events()))
    assert not app.verify().problems

"""The performance benchmark's corpus and harness: deterministic, accepted by the real
`dateline ingest`, and complete on a tiny run. Times are never asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.perf.corpus import reports, write_jsonl

REPO = Path(__file__).resolve().parents[2]
DATELINE = Path(sys.executable).with_name("dateline")
FIGURES = ("rebuild_vs_raw=", "ingest_reports_per_s=", "ingest_pg2_vs_sqlite1=", "asof_median_s=",
           "catchup_ms=", "peak_mb=")


def test_the_corpus_is_the_same_for_a_seed_and_differs_across_seeds(tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "a.jsonl", 30, seed=3).read_bytes()
    two = write_jsonl(tmp_path / "b.jsonl", 30, seed=3).read_bytes()
    assert one == two
    assert one != write_jsonl(tmp_path / "c.jsonl", 30, seed=4).read_bytes()
    docs = list(reports(30, seed=3))
    assert len({d["text"] for d in docs}) == 30
    assert len({d["timezone"] for d in docs}) > 5
    assert len({d["publisher"] for d in docs}) > 5


def test_dateline_ingest_accepts_the_corpus(tmp_path: Path) -> None:
    manifest = write_jsonl(tmp_path / "corpus.jsonl", 12, seed=5)
    done = subprocess.run(
        [str(DATELINE), "ingest", "--manifest", str(manifest), "--store", f"sqlite:///{tmp_path / 'x.db'}",
         "--json"], capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert done.returncode == 0, done.stderr
    filed = json.loads(done.stdout)["filed"]
    assert len(filed) == 12 and all(f["created"] for f in filed)
    assert sum(f["claims"] for f in filed) > 12


def test_a_tiny_run_prints_every_machine_readable_line(tmp_path: Path) -> None:
    pg = os.environ.get("DATELINE_TEST_POSTGRES") or "none"
    done = subprocess.run(
        [sys.executable, "-m", "bench.perf", "--sizes", "8,20", "--ingest-max", "8", "--store-max", "20",
         "--samples", "3", "--pg", pg, "--workdir", str(tmp_path)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-len(FIGURES):]
    assert [line.split("=")[0] + "=" for line in last] == list(FIGURES)
    # `peak_mb=` is the largest of the measured runs; building the store and the baselines are
    # printed apart, not counted.
    per_run = next(line for line in done.stdout.splitlines() if line.startswith("peak memory per run: "))
    measured, apart = per_run.split("; building and baselines, not measured: ")
    assert all(name in measured for name in ("ingest 8", "rebuild", "as-of", "catch-up", "catch-up writer",
                                             "cold open"))
    if pg != "none":
        assert all(f"PostgreSQL ingest 2 ({kind})" in measured for kind in ("own schema", "one schema"))
    assert "seeding" in apart and "dateparser" in apart and "seeding" not in measured
    runs = measured.removeprefix("peak memory per run: ").split(", ")
    peaks = [float(run.rsplit(" ", 2)[-2]) for run in runs]
    assert float(last[-1].split("=")[1]) == round(max(peaks))


def test_a_seeded_store_links_claims_as_the_application_does(tmp_path: Path) -> None:
    """The seeding worker records a report's claims before the links that name them, as the
    application does: every claim an incident links names that incident (an incident saved
    again within a transaction once kept its first place, so its links came first)."""
    from cli.wiring import open_app

    manifest = write_jsonl(tmp_path / "corpus.jsonl", 60, seed=9)
    store = f"sqlite:///{tmp_path / 'seeded.db'}"
    done = subprocess.run([sys.executable, "-m", "bench.perf.worker", "seed", "--store", store,
                           "--manifest", str(manifest)], capture_output=True, text=True, cwd=REPO,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    app = open_app(store)
    try:
        catalog = app.catalog(persist=False)
    finally:
        app.close()
    links = [(incident.id, claim) for incident in catalog.incidents.values() for claim in incident.claims]
    assert len(links) > 60
    unnamed = [(incident, claim) for incident, claim in links if catalog.claims[claim].incident != incident]
    assert unnamed == []


def test_the_ingest_worker_splits_its_wall_time_into_cpu_run_queue_and_blocked(tmp_path: Path) -> None:
    manifest = write_jsonl(tmp_path / "corpus.jsonl", 6, seed=5)
    done = subprocess.run(
        [sys.executable, "-m", "bench.perf.worker", "ingest", "--store", f"sqlite:///{tmp_path / 'x.db'}",
         "--manifest", str(manifest)], capture_output=True, text=True, cwd=REPO, check=False,
    )
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["reports"] == 6
    assert got["runq_seconds"] >= 0 and got["blocked_seconds"] >= 0
    assert got["cpu_seconds"] + got["runq_seconds"] <= got["seconds"] * 1.01  # parts of the wall time

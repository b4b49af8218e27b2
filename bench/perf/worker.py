"""One measurement in its own process, so each has its own peak memory:
`python -m bench.perf.worker TASK --store URL ...` prints one JSON line of figures."""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from application.filing import ReportFiling, prepare, validate_meta
from application.service import Dateline, utc_now
from application.sources import from_manifest
from application.store import store_env
from cli.common import Clocks, view_of
from cli.ingest import _file_all
from cli.wiring import open_app, open_ingesting_app


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _filings(manifest: Path, part: int, parts: int) -> list[ReportFiling]:
    raws = list(from_manifest(manifest))[part::parts]
    return [prepare(r.text, validate_meta(r.fields, origin=r.origin), origin=r.origin, now=utc_now())
            for r in raws]


def _event_count(app: Dateline) -> int:
    return int(app.recorder.max_notification_id() or 0)


def runq_seconds() -> float:
    """Seconds this process has waited in the run queue for a core (Linux; 0 elsewhere): on a
    shared machine, what its wall time lost to other work, not to its own or the server's."""
    try:
        with open("/proc/self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _import_store_modules(store: str) -> None:
    """Imports the store's driver before the clock starts, as the worker's own modules are:
    loading psycopg (about a tenth of a second) is starting the interpreter, not ingesting,
    and SQLite's driver is loaded with the library already."""
    import importlib

    importlib.import_module(store_env(store)["PERSISTENCE_MODULE"])  # eventsourcing.postgres: psycopg


def ingest(args: argparse.Namespace) -> dict[str, Any]:
    """End to end as `dateline ingest` does it: read, validate, extract, resolve, link, store,
    and leave the stored read model current."""
    _import_store_modules(args.store)
    started, began, cpu, runq = time.perf_counter(), time.time(), time.process_time(), runq_seconds()
    filings = _filings(args.manifest, args.part, args.parts)
    app = open_ingesting_app(args.store)
    try:
        _file_all(app, filings)
        app.catalog()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        runq = runq_seconds() - runq
        events = _event_count(app)
        # Waiting for the other writers' turns (PostgreSQL), and reports a lost race refiled.
        waited = app.turns.waited if app.turns is not None else 0.0
        refiled = app.refiled
    finally:
        app.close()
    # Wall-clock start and end too: several workers at once are timed from the first start
    # to the last end, like the single one (from reading its reports), not from the launch
    # of the interpreters.
    # Wall time = CPU + run-queue delay (other work had the cores) + blocked (the server's
    # work, round trips, commits, waiting for a turn).
    return {"reports": len(filings), "events": events, "seconds": seconds, "cpu_seconds": cpu,
            "runq_seconds": runq, "blocked_seconds": max(0.0, seconds - cpu - runq),
            "turn_wait_seconds": waited, "refiled": refiled, "began": began, "ended": began + seconds,
            "peak_mb": peak_mb()}


def seed(args: argparse.Namespace) -> dict[str, Any]:
    """Fills a store through the real filing, the real extractor (in a pool of processes, one
    per core, ahead of the filing) and the real events, with the bounded linker and large
    transactions (bench/perf/seeding.py); ends as `dateline ingest` does, with the stored
    read model current and the log sealed."""
    import os

    from bench.perf.seeding import Prepared, SeedingDateline, extracted

    started = time.perf_counter()
    prepared = Prepared()
    app = SeedingDateline(store_env(args.store), extractor=prepared)
    reports = 0
    try:
        filings = (prepare(raw.text, validate_meta(raw.fields, origin=raw.origin), origin=raw.origin,
                           now=utc_now()) for raw in from_manifest(args.manifest))
        for filing, contents in extracted(filings, processes=os.cpu_count() or 2):
            prepared.next = (filing.text, contents)
            app.file_report(filing)
            reports += 1
        app.flush()
        filed = time.perf_counter()
        app.catalog()
        events = _event_count(app)
    finally:
        app.close()
    return {"reports": reports, "events": events, "seconds": time.perf_counter() - started,
            "catalog_seconds": time.perf_counter() - filed, "peak_mb": peak_mb()}


def dateparser_baseline(args: argparse.Namespace) -> dict[str, Any]:
    from dateparser.search import search_dates

    texts = [(r.text, r.fields.get("published")) for r in from_manifest(args.manifest)]
    started = time.perf_counter()
    found = 0
    for text, _published in texts:
        found += len(search_dates(text, languages=["en"]) or [])
    return {"reports": len(texts), "dates": found, "seconds": time.perf_counter() - started,
            "peak_mb": peak_mb()}


def rebuild(args: argparse.Namespace) -> dict[str, Any]:
    app = open_app(args.store)
    try:
        started = time.perf_counter()
        events = app.rebuild()
        seconds = time.perf_counter() - started
    finally:
        app.close()
    return {"events": events, "seconds": seconds, "peak_mb": peak_mb()}


def raw_read(args: argparse.Namespace) -> dict[str, Any]:
    """The floor: plain sqlite3 reading every stored event row and decoding its JSON payload
    (the JSON document only: anything the store appends after it, such as a seal line, is
    left unread)."""
    path = store_env(args.store)["SQLITE_DBNAME"]
    decode = json.JSONDecoder().raw_decode
    started = time.perf_counter()
    db = sqlite3.connect(path)
    events = 0
    for (state,) in db.execute("SELECT state FROM stored_events ORDER BY rowid"):
        decode(state.decode())
        events += 1
    db.close()
    return {"events": events, "seconds": time.perf_counter() - started, "peak_mb": peak_mb()}


def as_of(args: argparse.Namespace) -> dict[str, Any]:
    """`timeline` and `casualties` as of 100 random dates vs on the current state, in one
    process holding the current catalog (as a long-lived reader would)."""
    from projections.casualties import casualties
    from projections.clocks import published_day
    from projections.timeline import escalation, placed_incidents, timeline

    def timeline_view(catalog: Any) -> dict[str, Any]:
        placed = placed_incidents(catalog)  # as `dateline timeline` reads it: incidents placed once
        return {**timeline(catalog, placed), "escalation": escalation(catalog, by="week", placed=placed)}

    app = open_app(args.store)
    try:
        started = time.perf_counter()
        catalog = app.catalog()
        open_seconds = time.perf_counter() - started
        days = sorted(d for row in catalog.reports.values() if (d := published_day(row)) is not None)
        rng = random.Random(args.seed)
        span = (days[-1] - days[0]).days
        dates = [days[0] + timedelta(days=rng.randint(0, span)) for _ in range(args.samples)]
        views = {
            "timeline": timeline_view,
            "casualties": casualties,
        }
        result: dict[str, Any] = {"open_seconds": open_seconds, "samples": args.samples,
                                  "reports": len(catalog.reports), "claims": len(catalog.claims)}
        # The first as-of query of a process, before any read has kept per-incident results
        # (`projections.reuse`): what a one-shot `dateline timeline --as-of` costs.
        cold = {name: _clocked(lambda v=view: v(view_of(app, Clocks(as_of=dates[0]))))
                for name, view in views.items()}
        for name, view in views.items():
            current = [_clocked(lambda v=view: v(view_of(app, Clocks())))
                       for _ in range(args.current_samples)]
            asof = [_clocked(lambda d=d, v=view: v(view_of(app, Clocks(as_of=d)))) for d in dates]
            walls = [wall for wall, _ in asof]
            result[name] = {"current_median": statistics.median(w for w, _ in current),
                            "asof_median": statistics.median(walls), "asof_p95": _p95(walls),
                            "asof_cold": cold[name][0], "asof_cold_cpu": cold[name][1],
                            # CPU time too: on a shared machine the wall clock moves with others' work
                            "current_cpu_median": statistics.median(c for _, c in current),
                            "asof_cpu_median": statistics.median(c for _, c in asof)}
    finally:
        app.close()
    result["peak_mb"] = peak_mb()
    return result


def catchup(args: argparse.Namespace) -> dict[str, Any]:
    """A reader holds the current catalog; a writer, in a process of its own as `dateline
    ingest` is, files one new report; how long until the reader's stored read model is current
    again (incremental); and how long a cold process takes to open it. Each process's peak is
    its own: one process holding a reader's and a writer's catalog is no deployment."""
    reader = open_app(args.store)
    try:
        reader.catalog()
        wrote = _run("file-one", "--store", args.store, "--seed", str(args.seed))
        filed = time.perf_counter()
        reader.catalog()
        caught = time.perf_counter()
    finally:
        reader.close()
    cold = _run("cold-open", "--store", args.store)
    return {"file_ms": wrote["file_ms"], "catchup_ms": (caught - filed) * 1000,
            "cold_open_ms": cold["open_ms"], "peak_mb": peak_mb(), "writer_peak_mb": wrote["peak_mb"],
            "cold_open_peak_mb": cold["peak_mb"]}


def file_one(args: argparse.Namespace) -> dict[str, Any]:
    """The catch-up's writer: holds the catalog, as a running ingest does, and files one report."""
    from bench.perf.corpus import reports

    writer = open_ingesting_app(args.store)
    try:
        writer.catalog()
        raw = next(iter(reports(1, seed=args.seed + 1000)))
        raw["text"] += f"Filed for the catch-up measure at {time.time_ns()}.\n"
        filing = prepare(raw["text"], validate_meta(raw, origin="catchup"), origin="catchup", now=utc_now())
        took = _time(lambda: writer.file_report(filing))
    finally:
        writer.close()
    return {"file_ms": took * 1000, "peak_mb": peak_mb()}


def cold_open(args: argparse.Namespace) -> dict[str, Any]:
    """A new process opening the stored catalog, as every command does first."""
    app = open_app(args.store)
    try:
        took = _time(app.catalog)
    finally:
        app.close()
    return {"open_ms": took * 1000, "peak_mb": peak_mb()}


def _run(task: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "bench.perf.worker", task, *args], capture_output=True,
                          text=True, check=False)
    if done.returncode:
        raise SystemExit(f"the {task} worker failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _time(call: Any) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _clocked(call: Any) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - started, time.process_time() - cpu


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


TASKS = {"ingest": ingest, "seed": seed, "dateparser": dateparser_baseline, "rebuild": rebuild,
         "raw": raw_read, "asof": as_of, "catchup": catchup, "file-one": file_one, "cold-open": cold_open}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--store", default="")
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--part", type=int, default=0)
    parser.add_argument("--parts", type=int, default=1)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--current-samples", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(TASKS[args.task](args)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()

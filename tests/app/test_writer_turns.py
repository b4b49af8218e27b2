"""Several writers on one PostgreSQL store (application/pg.py): they link and save their
batches in turns, so two processes ingesting the same incidents store what one process
filing the same reports in the same order stores, without a batch lost to a race; the
events go in as one array per column, the rows the library's recorder writes; Dateline's
own tables share one kept connection."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from application.filing import ReportFiling, prepare, validate_meta
from application.pg import connect
from application.service import Dateline
from application.store import store_env
from cli.ingest import _file_all
from domain.ids import report_id
from tests.app.fakes import coded_lines
from tests.app.test_batch_filing import histories
from tests.app.test_filing import NOW, app_on
from tests.conftest import PG_SKIP_REASON, PG_URL, _pg_schema_url

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(PG_URL is None, reason=PG_SKIP_REASON)]

PLACES = ("Anbar", "Mosul", "Kherson")


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_schema_url()


def strike(n: int) -> ReportFiling:
    """Reports on twelve incidents (a place and a day each), told by five outlets: reports
    n and n + 12 are about the same one."""
    place, day = PLACES[n % 3], 10 + (n // 3) % 4
    text = f"Strike report {n}\nstrike 2024-02-{day} {place} 5"
    fields = {"publisher": f"Wire {n % 5}", "published": "2024-02-21", "timezone": "Asia/Baghdad"}
    return prepare(text, validate_meta(fields, origin=f"s{n}"), origin=f"s{n}", now=NOW)


def _ingest(url: str, numbers: list[int], start: Any, out: Any) -> None:
    """One writer process: files its reports 5 to a batch, as `dateline ingest` does."""
    app = app_on(url, extractor=coded_lines)
    try:
        start.wait(timeout=30)
        filed = _file_all(app, [strike(n) for n in numbers], batch=5)
        assert app.turns is not None
        out.put((sum(f.created for f in filed), app.refiled, app.turns.taken))
    finally:
        app.close()


def test_two_processes_ingesting_overlapping_reports_store_what_one_stores_filing_them_in_turn() -> None:
    shared, alone = _pg_schema_url(), _pg_schema_url()
    url, replay_url = next(shared), next(alone)
    try:
        context = multiprocessing.get_context("fork")
        start, out = context.Barrier(2), context.Queue()
        # Reports 20-39 are given to both writers; all of them are about three incidents.
        writers = [context.Process(target=_ingest, args=(url, numbers, start, out))
                   for numbers in (list(range(0, 40)), list(range(20, 60)))]
        for writer in writers:
            writer.start()
        results = [out.get(timeout=120) for _ in writers]
        for writer in writers:
            writer.join(timeout=30)
            assert writer.exitcode == 0
        assert sum(created for created, _, _ in results) == 60  # each report stored once
        # No batch lost a race and was filed again one by one: they took turns.
        assert [refiled for _, refiled, _ in results] == [0, 0]
        assert all(turns == 8 for _, _, turns in results)

        both = app_on(url, extractor=coded_lines)
        # The order the reports were stored in, and one writer filing them one by one in it.
        order = [event.originator_id for _, event in both.all_events() if type(event).__name__ == "Filed"]
        by_id = {report_id(strike(n).text_sha256): strike(n) for n in range(60)}
        one = app_on(replay_url, extractor=coded_lines)
        assert all(one.file_report(by_id[rid]).created for rid in order)
        assert histories(both) == histories(one)  # every event, field for field
        assert both.catalog() == one.catalog()
        # Incidents linked by both writers, from reports only one of them filed.
        catalog = one.catalog()
        first, second = ({report_id(strike(n).text_sha256) for n in numbers}
                         for numbers in (range(20), range(40, 60)))
        reports = [{catalog.claims[c].report for c in i.claims} for i in catalog.incidents.values()]
        assert any(r & first and r & second for r in reports)
        both.close()
        one.close()
    finally:
        for fixture in (shared, alone):
            fixture.close()


def test_a_writer_waits_for_the_turn_another_holds(pg_url: str) -> None:
    first, second = app_on(pg_url), app_on(pg_url)
    assert first.turns is not None and second.turns is not None
    happened: list[str] = []

    def take_second() -> None:
        assert second.turns is not None
        with second.turns.turn():
            happened.append("second")

    with first.turns.turn():
        waiting = threading.Thread(target=take_second)
        waiting.start()
        time.sleep(0.3)
        happened.append("first done")
    waiting.join(timeout=10)
    assert happened == ["first done", "second"]
    assert second.turns.waited > 0.2
    first.close()
    second.close()


def test_a_batch_racing_a_writer_that_takes_no_turn_is_filed_one_by_one_extracting_once(pg_url: str) -> None:
    # An analyst's command takes no turn: a batch that links against an incident the
    # command changed meanwhile loses the race, and its reports are filed one by one, with
    # the claims the batch extracted.
    rival = app_on(pg_url, extractor=coded_lines)
    rival.file_report(strike(0))  # opens the incident of reports 0, 12, 24, 36
    extracted: list[str] = []

    def extractor(text: str, **kwargs: Any) -> Any:
        extracted.append(text)
        return coded_lines(text, **kwargs)

    app = app_on(pg_url, extractor=extractor)
    app.catalog()
    load = app._incident

    def rival_changes_it_first(iid: Any) -> Any:
        incident = load(iid)
        rival.file_report(strike(12))  # links a claim to the same incident
        return incident

    app._incident = rival_changes_it_first  # type: ignore[method-assign]
    results = app.file_reports([strike(24), strike(36)])
    assert [r.created for r in results] == [True, True]
    assert app.refiled == 2
    assert sorted(extracted) == sorted([strike(24).text, strike(36).text])  # once each
    (incident,) = app.catalog().incidents.values()
    assert len(incident.claims) == 4
    rival.close()
    app.close()


def test_events_go_in_as_the_library_writes_them() -> None:
    library = "eventsourcing.postgres:PostgresApplicationRecorder"
    rows = []
    for url in _pg_schema_url():
        for topic in (None, library):
            env = store_env(url) | ({"APPLICATION_RECORDER_TOPIC": topic} if topic else {})
            app = Dateline(env, clock=lambda: NOW, extractor=coded_lines)
            assert (type(app.recorder).__module__ == "eventsourcing.postgres") == (topic is not None)
            for n in range(0, 60, 10):
                app.file_reports([strike(k) for k in range(n, n + 10)])
            with psycopg.connect(PG_URL) as db:  # type: ignore[arg-type]
                schema = env["POSTGRES_SCHEMA"]
                rows.append([db.execute(f"SELECT * FROM {schema}.dateline_{table} ORDER BY 1, 2").fetchall()
                             for table in ("events", "snapshots")])
                db.execute(f"DROP TABLE {schema}.dateline_events, {schema}.dateline_snapshots, "
                           f"{schema}.dateline_view_rows, {schema}.dateline_view_tracking, "
                           f"{schema}.dateline_seal")
            app.close()
    ours, theirs = rows
    assert len(ours[0]) > 100 and ours[1]  # events, and snapshots
    assert [row[:4] for row in ours[0]] == [row[:4] for row in theirs[0]]
    assert [row[:3] for row in ours[1]] == [row[:3] for row in theirs[1]]


def test_dateline_tables_share_one_kept_connection(pg_url: str) -> None:
    env = store_env(pg_url)
    with connect(env) as db:
        outer = db.info.backend_pid
        with connect(env) as inner:  # a `with` inside another gets its own
            assert inner.info.backend_pid != outer
            pids = {outer, inner.info.backend_pid}
    with connect(env) as db:
        first = db.info.backend_pid
        assert first in pids  # one of them was kept, and is used again
        db.execute("CREATE TABLE kept (n int)")
    with pytest.raises(psycopg.errors.UniqueViolation), connect(env) as db:
        db.execute("ALTER TABLE kept ADD PRIMARY KEY (n)")
        db.execute("INSERT INTO kept VALUES (1), (1)")
    with connect(env) as db:  # the failed transaction was rolled back, nothing kept of it
        assert db.info.backend_pid == first
        assert db.execute("SELECT count(*) FROM kept").fetchone() == (0,)
        db.execute("DROP TABLE kept")

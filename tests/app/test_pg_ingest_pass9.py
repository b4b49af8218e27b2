"""Ingest on PostgreSQL, ninth pass (docs/performance.md): a writer waiting for another's
turn catches up with the store meanwhile, outside the turn; a save's snapshots go in the
same transaction as its events. Real stores, no timings asserted."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from eventsourcing.persistence import IntegrityError

from application.store import store_env
from domain.ids import report_id
from domain.incident import Incident
from tests.app.fakes import coded_lines
from tests.app.test_filing import NOW, app_on
from tests.app.test_writer_turns import strike
from tests.conftest import PG_SKIP_REASON, PG_URL, _pg_schema_url

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(PG_URL is None, reason=PG_SKIP_REASON)]


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_schema_url()


def _until(condition: Any, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_meanwhile_runs_only_when_another_writer_holds_the_turn(pg_url: str) -> None:
    first, second = app_on(pg_url), app_on(pg_url)
    assert first.turns is not None and second.turns is not None
    calls: list[str] = []
    with second.turns.turn(meanwhile=lambda: calls.append("uncontended")):
        pass
    assert calls == [] and second.turns.contended == 0

    happened: list[str] = []

    def take_second() -> None:
        assert second.turns is not None
        with second.turns.turn(meanwhile=lambda: happened.append("meanwhile")):
            happened.append("second's turn")

    with first.turns.turn():
        waiting = threading.Thread(target=take_second)
        waiting.start()
        assert _until(lambda: happened == ["meanwhile"])  # ran while the first held the turn
        time.sleep(0.2)
        assert happened == ["meanwhile"]  # and the second still waits
        happened.append("first done")
    waiting.join(timeout=10)
    assert happened == ["meanwhile", "first done", "second's turn"]
    assert second.turns.contended == 1 and second.turns.taken == 2
    first.close()
    second.close()


def test_a_writer_waiting_for_its_turn_has_caught_up_with_the_store_meanwhile(pg_url: str) -> None:
    first = app_on(pg_url, extractor=coded_lines)
    second = app_on(pg_url, extractor=coded_lines)
    second.catalog()  # it has read the store while it was empty
    first.file_reports([strike(n) for n in range(6)])  # then the first writer filed these
    filed_by_first = {report_id(strike(n).text_sha256) for n in range(6)}
    assert first.turns is not None and second.turns is not None
    results: list[Any] = []
    with first.turns.turn():
        filing = threading.Thread(target=lambda: results.extend(second.file_reports([strike(12)])))
        filing.start()
        # Waiting for the turn, the second writer has applied the first's events (its
        # catalog and linking index): what is left for its turn is what is recorded after.
        assert _until(lambda: second.turns is not None and second.turns.contended == 1
                      and filed_by_first <= set(second.read_model.held().reports))
        assert filing.is_alive() and not results
    filing.join(timeout=30)
    assert [r.created for r in results] == [True]
    assert second.refiled == 0
    # Report 12 is about the incident report 0 opened: it links there, as one writer would.
    catalog = second.catalog()
    (incident,) = [i for i in catalog.incidents.values()
                   if report_id(strike(12).text_sha256) in {catalog.claims[c].report for c in i.claims}]
    assert report_id(strike(0).text_sha256) in {catalog.claims[c].report for c in incident.claims}
    assert catalog == first.catalog()
    first.close()
    second.close()


def _rows(url: str, table: str, iid: uuid.UUID) -> list[tuple[Any, ...]]:
    schema = store_env(url)["POSTGRES_SCHEMA"]
    with psycopg.connect(PG_URL) as db:  # type: ignore[arg-type]
        return db.execute(f"SELECT originator_version, xmin::text FROM {schema}.dateline_{table} "
                          "WHERE originator_id = %s ORDER BY 1", (iid,)).fetchall()


def _incident_at(version: int) -> Incident:
    incident = Incident.open(incident_id=uuid.uuid4(), kind="strike", title="strike", by="test", now=NOW)
    for _ in range(version - 1):
        incident.link(uuid.uuid4(), by="test", score=None, reasons=("test",), now=NOW)
    return incident


def test_a_saves_snapshots_are_committed_with_its_events(pg_url: str) -> None:
    app = app_on(pg_url)
    incident = _incident_at(19)
    app.save(incident)
    assert _rows(pg_url, "snapshots", incident.id) == []
    incident.link(uuid.uuid4(), by="test", score=None, reasons=("test",), now=NOW)
    incident.link(uuid.uuid4(), by="test", score=None, reasons=("test",), now=NOW)
    app.save(incident)  # versions 20 and 21: one snapshot, at 21 (as it is in memory)
    events = dict(_rows(pg_url, "events", incident.id))
    ((version, xmin),) = _rows(pg_url, "snapshots", incident.id)
    assert version == 21
    assert xmin == events[21] == events[20] != events[19]  # one transaction: the events' own
    loaded = app.repository.get(incident.id)  # from that snapshot
    assert loaded.version == 21 and list(loaded.claims) == list(incident.claims)
    app.close()


def test_a_save_that_loses_a_race_stores_neither_its_events_nor_its_snapshots(pg_url: str) -> None:
    first, second = app_on(pg_url), app_on(pg_url)
    incident = _incident_at(19)
    first.save(incident)
    mine, theirs = first.repository.get(incident.id), second.repository.get(incident.id)
    theirs.link(uuid.uuid4(), by="rival", score=None, reasons=("rival",), now=NOW)
    second.save(theirs)  # version 20, with its snapshot
    mine.link(uuid.uuid4(), by="test", score=None, reasons=("test",), now=NOW)
    with pytest.raises(IntegrityError):
        first.save(mine)
    events = dict(_rows(pg_url, "events", incident.id))
    assert _rows(pg_url, "snapshots", incident.id) == [(20, events[20])]  # the winner's only
    loaded = first.repository.get(incident.id)
    assert loaded.version == 20 and list(loaded.claims) == list(theirs.claims)
    first.close()
    second.close()

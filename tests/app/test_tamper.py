"""Tamper evidence: `dateline verify` names every event changed outside Dateline (issue 8).

Each test files the bundled examples with the real command, then edits the SQLite file
directly, as someone with access to the file but not to the key would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, Run


@pytest.fixture
def filed(dateline: Callable[..., Run], tmp_path: Path) -> tuple[str, Path]:
    db = tmp_path / "d.db"
    store = f"sqlite:///{db}"
    done = dateline("ingest", "--manifest", str(REPO / "examples" / "reports.json"), store=store)
    assert done.code == 0, done.err
    assert dateline("verify", store=store).code == 0
    return store, db


def tamper(db: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    with sqlite3.connect(db) as conn:
        for sql, args in statements:
            conn.execute(sql, args)


def problems(dateline: Callable[..., Run], store: str) -> list[str]:
    done = dateline("verify", "--json", store=store)
    assert done.code == 1, done.out + done.err
    found: list[str] = done.json()["problems"]
    assert found
    return found


def test_an_intact_log_verifies(dateline: Callable[..., Run], filed: tuple[str, Path]) -> None:
    done = dateline("verify", "--json", store=filed[0])
    assert done.code == 0 and done.json()["intact"] and done.json()["events"] > 20


def test_an_edited_event_is_named(dateline: Callable[..., Run], filed: tuple[str, Path]) -> None:
    store, db = filed
    with sqlite3.connect(db) as conn:
        (state,) = conn.execute("SELECT state FROM stored_events WHERE rowid = 1").fetchone()
        conn.execute("UPDATE stored_events SET state = ? WHERE rowid = 1",
                     (bytes(state).replace(b"Amman Wire", b"Amman Wyre"),))
    assert any("notification 1 " in p and "edited" in p for p in problems(dateline, store))


def test_a_deleted_event_is_named(dateline: Callable[..., Run], filed: tuple[str, Path]) -> None:
    store, db = filed
    tamper(db, ("DELETE FROM stored_events WHERE rowid = 10", ()))
    assert any("10 missing" in p for p in problems(dateline, store))


def test_deleting_the_last_events_is_seen(dateline: Callable[..., Run], filed: tuple[str, Path]) -> None:
    store, db = filed
    tamper(db, ("DELETE FROM stored_events WHERE rowid = (SELECT MAX(rowid) FROM stored_events)", ()))
    assert any("events deleted" in p for p in problems(dateline, store))


def test_reordered_events_are_seen(dateline: Callable[..., Run], filed: tuple[str, Path]) -> None:
    store, db = filed
    tamper(db, ("UPDATE stored_events SET rowid = -1 WHERE rowid = 3", ()),
           ("UPDATE stored_events SET rowid = 3 WHERE rowid = 4", ()),
           ("UPDATE stored_events SET rowid = 4 WHERE rowid = -1", ()))
    assert any("reordered" in p or "differs" in p for p in problems(dateline, store))


def test_a_copied_event_is_named(dateline: Callable[..., Run], filed: tuple[str, Path]) -> None:
    store, db = filed
    tamper(db, ("INSERT INTO stored_events (originator_id, originator_version, topic, state) "
                "SELECT originator_id, originator_version + 1, topic, state FROM stored_events "
                "WHERE rowid = 2", ()))
    found = problems(dateline, store)
    assert any("inserted" in p for p in found)


def test_a_forged_event_without_the_key_is_named(
    dateline: Callable[..., Run], filed: tuple[str, Path]
) -> None:
    store, db = filed
    with sqlite3.connect(db) as conn:
        (topic, state) = conn.execute("SELECT topic, state FROM stored_events WHERE rowid = 1").fetchone()
        body = bytes(state).rpartition(b"\n#dateline-seal:")[0].replace(b"Amman Wire", b"Forged Wire")
        conn.execute("INSERT INTO stored_events (originator_id, originator_version, topic, state) "
                     "VALUES (?, 1, ?, ?)", ("00000000-0000-0000-0000-000000000001", topic, body))
    found = problems(dateline, store)
    assert any("inserted" in p for p in found)
    new = dateline("reports", store=store)
    assert new.code != 0 and "verify" in new.err and len(new.err.strip().splitlines()) == 1


def _key_of(db: str) -> bytes:
    from application.sealing import key_for

    return key_for({"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": db})


def test_processes_opening_a_new_store_at_once_share_one_whole_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from multiprocessing import get_context

    monkeypatch.delenv("DATELINE_KEY", raising=False)
    for attempt in range(10):
        db = str(tmp_path / f"store-{attempt}.db")
        with get_context("fork").Pool(8) as pool:
            keys = pool.map(_key_of, [db] * 32)
        assert len(set(keys)) == 1 and len(keys[0]) == 64, {k[:8] for k in keys}
        assert sorted(p.name for p in tmp_path.iterdir() if f"store-{attempt}" in p.name) == [
            f"store-{attempt}.db.key"
        ]

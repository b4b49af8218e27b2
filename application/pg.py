"""PostgreSQL for Dateline: a plain connection to the store's own database and schema, for
the tables Dateline keeps beside the library's (read models, seals, the schema lock); the
library's recorders, writing events with one array per column; and the lock that makes
writers on one store take turns at linking and saving."""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from types import TracebackType
from typing import Any

#: Connections kept open between uses, at most (least recently used closed first): a process
#: uses one per store; a test run opening many stores keeps only the last few.
KEPT = 4
#: Seconds a kept connection may stay unused: an ingest uses it every few seconds; a process
#: idle for longer connects again rather than find its connection dropped by a restart.
IDLE_FOR = 60.0

_idle: OrderedDict[tuple[Any, ...], tuple[Any, float]] = OrderedDict()
_idle_lock = threading.Lock()


def _key(env: dict[str, str]) -> tuple[Any, ...]:
    # Per process (a forked child must not share its parent's socket) and per thread.
    return (os.getpid(), threading.get_ident(), env["POSTGRES_DBNAME"], env["POSTGRES_HOST"],
            env["POSTGRES_PORT"], env["POSTGRES_USER"], env.get("POSTGRES_SCHEMA") or "public")


def _open(env: dict[str, str], **options: Any) -> Any:
    import psycopg  # only stores on PostgreSQL need the driver loaded

    return psycopg.connect(
        dbname=env["POSTGRES_DBNAME"], host=env["POSTGRES_HOST"], port=env["POSTGRES_PORT"],
        user=env["POSTGRES_USER"], password=env["POSTGRES_PASSWORD"] or None,
        connect_timeout=int(env.get("POSTGRES_CONNECT_TIMEOUT", "5")),
        options=f"-c search_path={env.get('POSTGRES_SCHEMA') or 'public'}", **options,
    )


class _Lease:
    """`with connect(env) as db:` as with a psycopg connection (commit at the end, rollback on
    an error), except that the connection is kept for the next `connect` of the same store
    instead of closed: a new connection costs a round trip or three and a server process
    (an ingest opened eight or nine). A `with` inside another gets a connection of its own."""

    def __init__(self, env: dict[str, str]) -> None:
        self.key = _key(env)
        with _idle_lock:
            db, since = _idle.pop(self.key, (None, 0.0))
        if db is not None and (db.closed or db.broken or time.monotonic() - since > IDLE_FOR):
            db.close()
            db = None
        self.db = db if db is not None else _open(env)

    def __enter__(self) -> Any:
        return self.db

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        db = self.db
        if db.closed:
            return
        try:
            if kind is None:
                db.commit()
            else:
                db.rollback()
        except Exception:
            db.close()
            if kind is None:
                raise
            return
        if db.broken:
            db.close()
            return
        _keep(self.key, db)


def _keep(key: tuple[Any, ...], db: Any) -> None:
    with _idle_lock:
        if key in _idle:
            surplus = db  # a nested lease's: one idle connection per store is enough
        else:
            _idle[key] = (db, time.monotonic())
            surplus = _idle.popitem(last=False)[1][0] if len(_idle) > KEPT else None
    if surplus is not None:
        surplus.close()


def connect(env: dict[str, str], **options: Any) -> Any:
    """A connection for `with connect(env) as db:` (one transaction). With `options` (e.g.
    autocommit, for a session-level advisory lock) a connection of its own, closed at the end
    of the `with`; without, one kept open for the next use."""
    if options:
        return _open(env, **options)
    return _Lease(env)


def close_idle(env: dict[str, str]) -> None:
    """Closes the connection kept for this store (by this process and thread), if any."""
    with _idle_lock:
        db, _ = _idle.pop(_key(env), (None, 0.0))
    if db is not None:
        db.close()


class WriterTurns:
    """The store's writer lock: a session-level advisory lock, on a connection of its own kept
    open between turns. Writers that bring their linking index current, link and save inside
    a turn take turns at it, so none links against incidents another is about to change and
    their saves do not collide (a collision costs the whole batch, filed again one by one).
    Work that reads nothing of the store (extraction) runs outside the turns, overlapping
    the other writer's turn. A writer that takes no turn (an analyst's command) is still
    caught by the store's version check, as before: the lock only saves the retries."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.key = f"dateline-writer:{env.get('POSTGRES_SCHEMA') or 'public'}"
        self._db: Any = None
        #: Seconds spent waiting for a turn, turns taken, and turns another writer held when
        #: asked for (`meanwhile` ran for those).
        self.waited, self.taken, self.contended = 0.0, 0, 0

    @contextmanager
    def turn(self, meanwhile: Callable[[], object] | None = None) -> Iterator[None]:
        """Holds the store's writer turn for the `with`. If another writer holds it,
        `meanwhile` runs first, outside the turn, and then this writer waits: work that
        needs no turn but is best done as late as possible (catching up with what the other
        writers recorded, so that little is left to read once the turn is ours) overlaps
        their turn instead of lengthening ours. Uncontended, it costs what a plain lock does
        (one round trip)."""
        if self._db is None or self._db.closed or self._db.broken:
            self._db = connect(self.env, autocommit=True)
        db = self._db
        started = time.perf_counter()
        got = db.execute("SELECT pg_try_advisory_lock(hashtext(%s))", (self.key,)).fetchone()[0]
        if not got:
            self.contended += 1
            if meanwhile is not None:
                meanwhile()
                started = time.perf_counter()
            db.execute("SELECT pg_advisory_lock(hashtext(%s))", (self.key,))
        self.waited += time.perf_counter() - started
        self.taken += 1
        try:
            yield
        finally:
            if not db.closed and not db.broken:
                db.execute("SELECT pg_advisory_unlock(hashtext(%s))", (self.key,))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@cache
def recorders() -> tuple[type[Any], type[Any]]:
    """The library's PostgreSQL recorders (application, aggregate), inserting events as one
    array per column (`unnest(uuid[], int8[], text[], bytea[])`, sent in binary) instead of one
    array of a composite type: the library dumps each event as a composite in Python, as text
    the server parses again (550 events: 36 ms of client CPU and 60 ms of wall time; as
    arrays 2.3 ms and 10-20 ms). The rows stored are the same."""
    from eventsourcing.postgres import PostgresAggregateRecorder, PostgresApplicationRecorder
    from psycopg.sql import SQL, Identifier

    def statement(recorder: Any, returning: bool) -> Any:
        sql = SQL("INSERT INTO {schema}.{table} (originator_id, originator_version, topic, state) "
                  "SELECT * FROM unnest(%b::{id_type}[], %b::int8[], %b::text[], %b::bytea[])").format(
            schema=Identifier(recorder.datastore.schema), table=Identifier(recorder.events_table_name),
            id_type=Identifier(recorder.datastore.originator_id_type))
        return sql + SQL(" RETURNING notification_id") if returning else sql

    def insert(recorder: Any, curs: Any, stored_events: Sequence[Any]) -> None:
        curs.execute(recorder.insert_events_statement, (
            [e.originator_id for e in stored_events], [e.originator_version for e in stored_events],
            [e.topic for e in stored_events], [e.state for e in stored_events]))

    class AggregateRecorder(PostgresAggregateRecorder):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.insert_events_statement = statement(self, returning=False)

        def _insert_stored_events(self, curs: Any, stored_events: Sequence[Any], **_: Any) -> None:
            insert(self, curs, stored_events)

    class ApplicationRecorder(PostgresApplicationRecorder):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.insert_events_statement = statement(self, returning=True)
            #: The snapshot store's recorder (`Dateline.construct_snapshot_store` sets it):
            #: snapshots handed to `insert_events` as `snapshots=` go into its table in the
            #: same transaction as the events.
            self.snapshot_recorder: Any = None

        def _insert_stored_events(self, curs: Any, stored_events: Sequence[Any], *,
                                  snapshots: Sequence[Any] = (), **_: Any) -> None:
            # As the library: the table locked (commit order is notification order), then notify.
            self._lock_table(curs)
            self._notify_channel(curs)
            if snapshots:
                # Pipelined with the rest, on a cursor of its own: the library reads the
                # notification ids from `curs`. A snapshot stored without its events, or the
                # events without their snapshot, is no longer possible: one commit for both.
                with curs.connection.cursor() as other:
                    insert(self.snapshot_recorder, other, snapshots)
            insert(self, curs, stored_events)

    return ApplicationRecorder, AggregateRecorder

"""The catalog read model kept in the store's own database: rows and a tracked position.

Each update reads the stored position, applies the events recorded after it, and writes
the changed rows with the new position in one transaction that first locks the position
row. So every event is applied exactly once; an update that crashes leaves the old
position and rows, and the next one resumes from there; two processes never both apply
the same events (the second finds the position moved and reloads).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, Protocol, cast

import orjson

from application.pg import connect
from application.transcoding import long_number

NAME = "catalog"
#: From how many rows `PostgresViews.write` stores them with COPY.
COPY_FROM = 200
Row = tuple[str, str, dict[str, Any]]
#: A row with its document already encoded (`encode`'s text, in UTF-8): what a rebuild stores.
EncodedRow = tuple[str, str, bytes]


class EncodedRows(Protocol):
    """The rows a rebuild stores (`projections.rows.EncodedRows`): every one in order, and
    each one alone by its place in that order."""

    def __iter__(self) -> Iterator[EncodedRow]: ...

    def names(self) -> Iterator[tuple[str, str]]:
        """Each row's (kind, id), in order."""
        ...

    def text(self, n: int) -> bytes: ...

    def row(self, n: int) -> EncodedRow: ...


def encode(doc: dict[str, Any]) -> str:
    """A row as JSON text: orjson, or `json` for what orjson refuses (integers past 64 bits).
    Rows hold finite numbers only (orjson would write an infinity as null where `json` writes
    the non-JSON `Infinity`): claim contents come from pydantic's JSON mode, scores are rounded."""
    try:
        return orjson.dumps(doc).decode()
    except TypeError:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def decode(text: str | bytes | memoryview) -> Any:
    """orjson reads integers past 64 bits as floats where `json` keeps them: such rows, and
    anything else orjson refuses, are read by `json`."""
    data = text.encode() if isinstance(text, str) else bytes(text)
    if not long_number(data):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return json.loads(data)


class ViewStore(Protocol):
    def read(self) -> tuple[int, Iterable[tuple[str, dict[str, Any]]]]: ...

    def write(self, expected: int, position: int, rows: Iterable[Row]) -> bool: ...

    def clear(self) -> None: ...

    def replace(self, position: int, rows: EncodedRows) -> None: ...


def _streamed(db: sqlite3.Connection, cursor: sqlite3.Cursor) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows decoded one at a time as the catalog is loaded, read from the open transaction
    as they are decoded: neither every document nor every row's text is alive at once (10,000
    reports: 75 MB of JSON text). The transaction ends, and the connection closes, when the
    rows are read or the reader stops."""
    try:
        yield from _decoded(cursor)
    finally:
        db.close()


def _decoded(cursor: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """A cursor's (kind, doc) rows, fetched `_BATCH` at a time and decoded one at a time."""
    for rows in iter(lambda: cursor.fetchmany(_BATCH), []):
        for kind, doc in rows:
            yield kind, decode(doc)


#: Rows fetched at a time while the catalog loads.
_BATCH = 512


class SQLiteViews:
    """Two tables in the SQLite file beside the event store's own."""

    def __init__(self, path: str) -> None:
        self.path = path
        with self._transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS dateline_view_rows ("
                       "kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (kind, id))")
            db.execute("CREATE TABLE IF NOT EXISTS dateline_view_tracking ("
                       "name TEXT PRIMARY KEY, position INTEGER NOT NULL)")
            db.execute("INSERT OR IGNORE INTO dateline_view_tracking VALUES (?, 0)", (NAME,))

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")  # take the write lock now: no upgrade deadlocks
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    def read(self) -> tuple[int, Iterable[tuple[str, dict[str, Any]]]]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("BEGIN")  # one read transaction: position and rows agree
            position = db.execute("SELECT position FROM dateline_view_tracking WHERE name = ?",
                                  (NAME,)).fetchone()[0]
            cursor = db.execute("SELECT kind, doc FROM dateline_view_rows")
        except BaseException:
            db.close()
            raise
        return int(position), _streamed(db, cursor)

    def write(self, expected: int, position: int, rows: Iterable[Row]) -> bool:
        with self._transaction() as db:
            (stored,) = db.execute("SELECT position FROM dateline_view_tracking WHERE name = ?",
                                   (NAME,)).fetchone()
            if stored != expected:
                return False
            db.executemany("INSERT INTO dateline_view_rows VALUES (?, ?, ?) ON CONFLICT (kind, id) "
                           "DO UPDATE SET doc = excluded.doc",
                           ((kind, uid, encode(doc)) for kind, uid, doc in rows))
            db.execute("UPDATE dateline_view_tracking SET position = ? WHERE name = ?", (position, NAME))
        return True

    def clear(self) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM dateline_view_rows")
            db.execute("UPDATE dateline_view_tracking SET position = 0 WHERE name = ?", (NAME,))

    def replace(self, position: int, rows: EncodedRows) -> None:
        """Every row anew, at `position`, in one transaction (a rebuild): afterwards the table
        holds exactly `rows`. Rows already stored with the same text are left in place: a
        rebuild mostly finds the rows it makes already there, and reading them (as bytes,
        compared as bytes) costs a fraction of writing every row again (the WAL, the
        checkpoint). Any other stored row is deleted, and the rest inserted in `rows`' order.

        Each stored row is compared with the row of its kind and id as it is read, that row's
        text made then (`rows.text`): what is held meanwhile is each row's place in `rows` by
        its kind and id, not the stored texts (at 1M events some 700 MB, beside the catalog
        the rebuild has just folded) nor a digest of each to compare by."""
        # By kind and id in UTF-8, as the stored ones are read (not decoded: one that is not
        # valid UTF-8 is just a row that names none of these).
        places: dict[bytes, dict[bytes, int]] = {}
        for place, (kind, uid) in enumerate(rows.names()):
            places.setdefault(kind.encode(), {})[uid.encode()] = place
        with self._transaction() as db:
            gone: list[int] = []
            write: list[int] = []  # places in `rows` of those stored otherwise
            # Compared as bytes: a stored text that is not valid UTF-8 is not an error here,
            # just a row to write again; and only TEXT values count as the same row.
            for rowid, kind, uid, doc, text in db.execute(
                    "SELECT rowid, CAST(kind AS BLOB), CAST(id AS BLOB), CAST(doc AS BLOB), "
                    "typeof(kind) = 'text' AND typeof(id) = 'text' AND typeof(doc) = 'text' "
                    "FROM dateline_view_rows"):
                named = places.get(kind) if text else None
                n = None if named is None else named.pop(uid, None)  # what is left was not stored
                if n is None:
                    gone.append(rowid)
                elif rows.text(n) != doc:
                    write.append(n)
            write.extend(n for named in places.values() for n in named.values())
            write.sort()
            db.executemany("DELETE FROM dateline_view_rows WHERE rowid = ?", ((rowid,) for rowid in gone))
            db.executemany("INSERT INTO dateline_view_rows VALUES (?, ?, ?) ON CONFLICT (kind, id) "
                           "DO UPDATE SET doc = excluded.doc",
                           ((kind, uid, doc.decode()) for kind, uid, doc in map(rows.row, write)))
            db.execute("UPDATE dateline_view_tracking SET position = ? WHERE name = ?", (position, NAME))


class PostgresViews:
    """Two tables in the PostgreSQL schema beside the event store's own."""

    def __init__(self, env: dict[str, str]) -> None:
        self.connect = lambda: connect(env)
        with self.connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS dateline_view_rows ("
                       "kind TEXT NOT NULL, id TEXT NOT NULL, doc JSONB NOT NULL, PRIMARY KEY (kind, id))")
            db.execute("CREATE TABLE IF NOT EXISTS dateline_view_tracking ("
                       "name TEXT PRIMARY KEY, position BIGINT NOT NULL)")
            db.execute("INSERT INTO dateline_view_tracking VALUES (%s, 0) ON CONFLICT DO NOTHING", (NAME,))

    def read(self) -> tuple[int, Iterable[tuple[str, dict[str, Any]]]]:
        stream = self._stream()
        position = next(stream)  # read in the transaction the rows are then streamed from
        assert isinstance(position, int)
        return position, cast(Iterator[tuple[str, dict[str, Any]]], stream)

    def _stream(self) -> Iterator[int | tuple[str, dict[str, Any]]]:
        """The stored position, then the rows, decoded one at a time as the catalog loads and
        fetched as they are decoded through a server-side cursor, all in one transaction (as
        `SQLiteViews.read`). As text: jsonb's own, as the driver's decoding would have read it."""
        with self.connect() as db, db.transaction():
            db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            row = db.execute("SELECT position FROM dateline_view_tracking WHERE name = %s",
                             (NAME,)).fetchone()
            assert row is not None
            yield int(row[0])
            with db.cursor(name="dateline_view_rows_read") as cursor:
                cursor.execute("SELECT kind, doc::text FROM dateline_view_rows")
                yield from _decoded(cursor)

    def write(self, expected: int, position: int, rows: Iterable[Row]) -> bool:
        """The rows upserted at `position`, if the stored rows are still at `expected`. Many
        rows (an ingest's) go by COPY into a temporary table and one INSERT from it; a few
        (a command's) by `executemany`, which costs less than making the table."""
        from psycopg.types.json import Jsonb

        with self.connect() as db, db.transaction():
            row = db.execute("SELECT position FROM dateline_view_tracking WHERE name = %s FOR UPDATE",
                             (NAME,)).fetchone()
            if row is None or row[0] != expected:
                return False
            rows = iter(rows)
            first = list(islice(rows, COPY_FROM))
            if len(first) < COPY_FROM:
                with db.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO dateline_view_rows VALUES (%s, %s, %s) ON CONFLICT (kind, id) "
                        "DO UPDATE SET doc = excluded.doc",
                        ((kind, uid, Jsonb(doc, dumps=encode)) for kind, uid, doc in first))
            else:
                db.execute("CREATE TEMPORARY TABLE dateline_view_incoming (kind TEXT NOT NULL, "
                           "id TEXT NOT NULL, doc JSONB NOT NULL) ON COMMIT DROP")
                with db.cursor() as cursor, cursor.copy(
                        "COPY dateline_view_incoming (kind, id, doc) FROM STDIN") as copy:
                    for kind, uid, doc in chain(first, rows):
                        copy.write_row((kind, uid, encode(doc)))
                # The rows are distinct (kind, id) pairs (`rows.dump` makes each once).
                db.execute("INSERT INTO dateline_view_rows SELECT kind, id, doc FROM dateline_view_incoming "
                           "ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc")
            db.execute("UPDATE dateline_view_tracking SET position = %s WHERE name = %s", (position, NAME))
        return True

    def clear(self) -> None:
        with self.connect() as db, db.transaction():
            db.execute("DELETE FROM dateline_view_rows")
            db.execute("UPDATE dateline_view_tracking SET position = 0 WHERE name = %s", (NAME,))

    def replace(self, position: int, rows: EncodedRows) -> None:
        """Every row anew, at `position`, in one transaction (a rebuild), with COPY."""
        with self.connect() as db, db.transaction():
            db.execute("SELECT position FROM dateline_view_tracking WHERE name = %s FOR UPDATE", (NAME,))
            db.execute("DELETE FROM dateline_view_rows")
            with db.cursor() as cursor, cursor.copy(
                    "COPY dateline_view_rows (kind, id, doc) FROM STDIN") as copy:
                for kind, uid, doc in rows:
                    copy.write_row((kind, uid, doc.decode()))
            db.execute("UPDATE dateline_view_tracking SET position = %s WHERE name = %s", (position, NAME))


@contextmanager
def schema_lock(env: dict[str, str]) -> Iterator[None]:
    """Serialises creating tables: PostgreSQL's CREATE TABLE IF NOT EXISTS races between
    sessions (a unique violation on pg_type), so processes starting at once take turns."""
    if env.get("PERSISTENCE_MODULE") != "eventsourcing.postgres":
        yield
        return
    with connect(env, autocommit=True) as db:
        key = f"dateline-schema:{env.get('POSTGRES_SCHEMA')}"
        db.execute("SELECT pg_advisory_lock(hashtext(%s))", (key,))
        yield


def views_for(env: dict[str, str]) -> ViewStore:
    if env["PERSISTENCE_MODULE"] == "eventsourcing.sqlite":
        return SQLiteViews(env["SQLITE_DBNAME"])
    return PostgresViews(env)

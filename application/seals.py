"""Where the log's sealed chain is kept: one row beside the events (SQLite file or schema)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Protocol

from application.pg import connect
from application.sealing import GENESIS


@dataclass(frozen=True)
class ChainSeal:
    position: int
    chain: str
    mac: str | None


class SealStore(Protocol):
    def read(self) -> ChainSeal: ...

    def advance(self, expected: int, seal: ChainSeal) -> bool: ...


_CREATE = ("CREATE TABLE IF NOT EXISTS dateline_seal (name TEXT PRIMARY KEY, position BIGINT NOT NULL, "
           "chain TEXT NOT NULL, mac TEXT)")


class SQLiteSeals:
    def __init__(self, path: str) -> None:
        self.path = path
        with self._connect() as db:
            db.execute(_CREATE)
            db.execute("INSERT OR IGNORE INTO dateline_seal VALUES ('log', 0, ?, NULL)", (GENESIS,))

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def read(self) -> ChainSeal:
        db = self._connect()
        try:
            row = db.execute("SELECT position, chain, mac FROM dateline_seal WHERE name = 'log'").fetchone()
        finally:
            db.close()
        return ChainSeal(int(row[0]), str(row[1]), row[2])

    def advance(self, expected: int, seal: ChainSeal) -> bool:
        db = self._connect()
        try:
            with db:
                cursor = db.execute(
                    "UPDATE dateline_seal SET position = ?, chain = ?, mac = ? WHERE name = 'log' "
                    "AND position = ?", (seal.position, seal.chain, seal.mac, expected))
                return cursor.rowcount == 1
        finally:
            db.close()


class PostgresSeals:
    def __init__(self, env: dict[str, str]) -> None:
        self.connect = lambda: connect(env)
        with self.connect() as db:
            db.execute(_CREATE)
            db.execute("INSERT INTO dateline_seal VALUES ('log', 0, %s, NULL) ON CONFLICT DO NOTHING",
                       (GENESIS,))

    def read(self) -> ChainSeal:
        with self.connect() as db:
            row = db.execute("SELECT position, chain, mac FROM dateline_seal WHERE name = 'log'").fetchone()
        assert row is not None
        return ChainSeal(int(row[0]), str(row[1]), row[2])

    def advance(self, expected: int, seal: ChainSeal) -> bool:
        with self.connect() as db:
            cursor = db.execute(
                "UPDATE dateline_seal SET position = %s, chain = %s, mac = %s WHERE name = 'log' "
                "AND position = %s", (seal.position, seal.chain, seal.mac, expected))
            return cursor.rowcount == 1


def seals_for(env: dict[str, str]) -> SealStore:
    if env["PERSISTENCE_MODULE"] == "eventsourcing.sqlite":
        return SQLiteSeals(env["SQLITE_DBNAME"])
    return PostgresSeals(env)

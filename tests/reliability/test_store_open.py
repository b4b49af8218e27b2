"""Processes opening a new SQLite store at once: one that finds the schema being written by
another ("database is locked", which SQLite returns at once to a transaction that read the schema
before it changed) opens it again, and only that error is retried."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventsourcing.persistence import OperationalError
from eventsourcing.sqlite import SQLiteApplicationRecorder

from application.service import Dateline
from application.store import store_env


def _failing(times: int, message: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = SQLiteApplicationRecorder.create_table

    def create_table(self: SQLiteApplicationRecorder) -> None:
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError(message)
        real(self)

    monkeypatch.setattr(SQLiteApplicationRecorder, "create_table", create_table)
    return calls


def test_a_store_whose_schema_is_being_written_is_opened_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _failing(2, "database is locked", monkeypatch)
    app = Dateline(store_env(f"sqlite:///{tmp_path / 'd.db'}"))
    assert len(calls) == 3
    assert not app.catalog().reports and not app.verify().problems
    app.close()


def test_any_other_error_opening_a_store_is_raised_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _failing(1, "disk I/O error", monkeypatch)
    with pytest.raises(OperationalError, match="disk I/O"):
        Dateline(store_env(f"sqlite:///{tmp_path / 'd.db'}"))
    assert len(calls) == 1

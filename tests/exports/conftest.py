"""Stores with the seed reports filed, and a helper that runs `dateline export`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run, run_dateline

Export = Callable[..., Run]


def ingest_seeds(store: str, seeds_dir: Path) -> None:
    done = run_dateline("ingest", "--manifest", str(seeds_dir / "reports.json"), store=store)
    assert done.code == 0, done.err


@pytest.fixture
def seeded(store: str, seeds_dir: Path) -> str:
    """A store (SQLite, then PostgreSQL) holding the two seed reports."""
    ingest_seeds(store, seeds_dir)
    return store


@pytest.fixture
def seeded_sqlite(sqlite_store: str, seeds_dir: Path) -> str:
    """The seeds in SQLite, for checks of a format that do not depend on the store."""
    ingest_seeds(sqlite_store, seeds_dir)
    return sqlite_store


def export(store: str, fmt: str, *args: str) -> Run:
    done = run_dateline("export", "--format", fmt, *args, store=store)
    assert done.code == 0, done.err
    return done


def file_report(store: str, path: Path, text: str, publisher: str, published: str = "2024-02-08") -> None:
    path.write_text(text, encoding="utf-8")
    done = run_dateline("ingest", str(path), "--publisher", publisher, "--published", published,
                        "--timezone", "Asia/Baghdad", store=store)
    assert done.code == 0, done.err


#: A report written to break out of every context its text lands in.
HOSTILE_TEXT = (
    "Drone strike in Baghdad <script>alert(1)</script>\n\n"
    "A US drone strike in Baghdad on Wednesday killed three fighters <script>alert(1)</script>, "
    "officials said \" onmouseover=\"x.\n"
)
HOSTILE_PUBLISHER = "<img src=x onerror=alert(2)>"

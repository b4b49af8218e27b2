"""Fixtures shared by every test: where the shared inputs live, and a fresh store per test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only `shared/` folder beside the repository (seed reports, benchmarks)."""
    if not (SHARED / "examples" / "reports.json").is_file():
        pytest.fail(f"shared inputs not found at {SHARED}; set DATELINE_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "examples"


# -- stores --------------------------------------------------------------------------
PG_URL = os.environ.get("DATELINE_TEST_POSTGRES")
PG_SKIP_REASON = (
    "PostgreSQL tests need DATELINE_TEST_POSTGRES=postgresql://user@host:port/db "
    "(.ci/run sets it and starts the server)"
)


def _pg_schema_url() -> Iterator[str]:
    """A fresh schema per test, so tests never see each other's events."""
    import psycopg

    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?schema={schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store URL: a real SQLite file, then a real PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'dateline.db'}"
        return
    if PG_URL is None:
        pytest.skip(PG_SKIP_REASON)
    yield from _pg_schema_url()


@pytest.fixture
def other_store(store: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty store of the same kind as `store`."""
    if store.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    yield from _pg_schema_url()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'dateline.db'}"


# -- the real command ----------------------------------------------------------------
DATELINE = Path(sys.executable).with_name("dateline")


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run_dateline(*args: str, store: str | None = None, cwd: Path | None = None) -> Run:
    """Runs the installed `dateline` console script, as a user would."""
    command = [str(DATELINE), *args]
    env = {**os.environ, "DATELINE_STORE": store} if store else dict(os.environ)
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def dateline() -> Callable[..., Run]:
    return run_dateline

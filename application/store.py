"""Choosing the event store from a URL: `sqlite:///path.db` or `postgresql://user@host:port/db`."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from domain.errors import InvalidInput

DEFAULT_STORE = "sqlite:///dateline.db"


def store_url(explicit: str | None) -> str:
    """`--store` wins, then `$DATELINE_STORE`, then ./dateline.db."""
    return explicit or os.environ.get("DATELINE_STORE") or DEFAULT_STORE


def store_env(url: str) -> dict[str, str]:
    """The eventsourcing settings (PERSISTENCE_MODULE and its options) for a store URL."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        return _sqlite_env(url)
    if parsed.scheme in ("postgresql", "postgres"):
        return _postgres_env(url)
    raise InvalidInput(f"unknown store {url!r}: use sqlite:///path.db or postgresql://user@host:port/db")


def _sqlite_env(url: str) -> dict[str, str]:
    path = url.removeprefix("sqlite://")
    if path.startswith("/") and not path.startswith("//"):
        path = path[1:]  # sqlite:///rel.db -> rel.db ; sqlite:////abs.db -> /abs.db
    if not path:
        raise InvalidInput(f"store {url!r} names no file")
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        raise InvalidInput(f"store {url!r}: folder {folder} does not exist")
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(Path(path).expanduser()),
        "SQLITE_LOCK_TIMEOUT": "30",
    }


def _postgres_env(url: str) -> dict[str, str]:
    parsed = urlparse(url)
    dbname = parsed.path.lstrip("/")
    if not dbname:
        raise InvalidInput(f"store {url!r} names no database")
    options = parse_qs(parsed.query)
    env = {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": dbname,
        "POSTGRES_HOST": parsed.hostname or "127.0.0.1",
        "POSTGRES_PORT": str(parsed.port or 5432),
        "POSTGRES_USER": unquote(parsed.username or "postgres"),
        "POSTGRES_PASSWORD": unquote(parsed.password or ""),
        "POSTGRES_CONNECT_TIMEOUT": "5",
        # The library's pool opens five connections up front (five server processes, each
        # connected by a thread of ours while the command starts); Dateline uses one at a
        # time, and the pool still grows on demand (POSTGRES_MAX_OVERFLOW, 10).
        "POSTGRES_POOL_SIZE": "1",
    }
    if "schema" in options:
        env["POSTGRES_SCHEMA"] = options["schema"][0]
    return env

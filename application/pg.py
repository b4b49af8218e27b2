"""A plain PostgreSQL connection to the store's own database and schema, for the tables
Dateline keeps beside the library's (read models, seals, the schema lock)."""

from __future__ import annotations

from typing import Any


def connect(env: dict[str, str], **options: Any) -> Any:
    import psycopg  # only stores on PostgreSQL need the driver loaded

    return psycopg.connect(
        dbname=env["POSTGRES_DBNAME"], host=env["POSTGRES_HOST"], port=env["POSTGRES_PORT"],
        user=env["POSTGRES_USER"], password=env["POSTGRES_PASSWORD"] or None,
        connect_timeout=int(env.get("POSTGRES_CONNECT_TIMEOUT", "5")),
        options=f"-c search_path={env.get('POSTGRES_SCHEMA') or 'public'}", **options,
    )

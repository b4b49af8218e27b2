"""Options, output and id look-up shared by every command."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from uuid import UUID

import click

from application.service import Dateline
from cli.wiring import open_app
from domain.errors import InvalidInput, NotFound
from projections.catalog import Catalog

F = TypeVar("F", bound=Callable[..., Any])

store_option = click.option(
    "--store", envvar="DATELINE_STORE", metavar="URL",
    help="sqlite:///path.db (default ./dateline.db) or postgresql://user@host:port/db; "
    "also $DATELINE_STORE.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")


@contextmanager
def app_for(store: str | None) -> Iterator[Dateline]:
    app = open_app(store)
    try:
        yield app
    finally:
        app.close()


def catalog_of(app: Dateline) -> Catalog:
    return Catalog.build(event for _, event in app.all_events())


def print_json(doc: Any) -> None:
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False, default=str))


def short(uid: UUID | str | None) -> str:
    return str(uid)[:8] if uid else "-"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, widths: Sequence[int]) -> None:
    """A plain aligned table; cells longer than their column are cut with an ellipsis."""
    click.echo("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        cells = (_cell(value, width) for value, width in zip(row, widths, strict=True))
        click.echo("  ".join(cells).rstrip())


def _cell(value: Any, width: int) -> str:
    text = "-" if value is None else " ".join(str(value).split())
    return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)


def find_id(prefix: str, candidates: Sequence[UUID], what: str) -> UUID:
    """A full id or an unambiguous prefix of one (as git accepts for commits)."""
    wanted = prefix.strip().lower()
    if len(wanted) < 4:
        raise InvalidInput(f"{what} id {prefix!r} is too short: give at least 4 characters")
    matches = [c for c in candidates if str(c).startswith(wanted)]
    if not matches:
        raise NotFound(f"no {what} with id {prefix!r}")
    if len(matches) > 1:
        raise InvalidInput(f"{what} id {prefix!r} is ambiguous: {len(matches)} match")
    return matches[0]

"""Options, output and id look-up shared by every command."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar
from uuid import UUID

import click

from application.service import Dateline
from cli.wiring import open_app
from domain.errors import InvalidInput, NotFound
from projections.catalog import Catalog
from projections.clocks import as_of, between, recorded_by

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
    return app.catalog()


@dataclass(frozen=True)
class Clocks:
    as_of: date | None = None
    recorded_by: datetime | None = None
    between: tuple[date, date] | None = None


def clock_options(command: F) -> F:
    """--as-of, --recorded-by and --between: every read command takes all three."""
    options = [
        click.option("--as-of", "as_of", metavar="DATE",
                     help="Only reports published by the end of DATE (each in its own zone)."),
        click.option("--recorded-by", "recorded_by", metavar="TIME",
                     help="The store as it stood at TIME (ISO; a date means its end, UTC)."),
        click.option("--between", nargs=2, metavar="A B",
                     help="Only what happened in [A, B) (ISO dates)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def clocks_from(as_of: str | None, recorded_by: str | None, between: tuple[str, str] | None) -> Clocks:
    return Clocks(
        as_of=_date(as_of, "--as-of") if as_of else None,
        recorded_by=_moment(recorded_by) if recorded_by else None,
        between=(_date(between[0], "--between"), _date(between[1], "--between")) if between else None,
    )


def view_of(app: Dateline, clocks: Clocks) -> Catalog:
    """The catalog a reader on these clocks would see."""
    if clocks.recorded_by is not None:
        catalog = recorded_by(app.stored_events(), clocks.recorded_by)
    else:
        catalog = app.catalog()
    if clocks.as_of is not None:
        catalog = as_of(catalog, clocks.as_of)
    if clocks.between is not None:
        catalog = between(catalog, *clocks.between)
    return catalog


def _date(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{flag}: {text!r} is not an ISO date (YYYY-MM-DD)") from None


def _moment(text: str) -> datetime:
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.max, tzinfo=UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"--recorded-by: {text!r} is not an ISO date or datetime") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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

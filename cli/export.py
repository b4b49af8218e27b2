"""`dateline export` (the timeline in seven formats) and `dateline schema` (the JSON export's schema)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import click

from cli.common import Clocks, app_for, clock_options, clocks_from, store_option, view_of
from domain.errors import InvalidInput
from exports import csv_acled, html_page, ics, json_doc, markdown, prov, timelinejs
from exports.document import build
from exports.models import Clocks as ClocksDoc
from exports.models import ExportDocument

RENDERERS: dict[str, Callable[[ExportDocument], str]] = {
    "json": json_doc.render,
    "csv": csv_acled.render,
    "md": markdown.render,
    "html": html_page.render,
    "ics": ics.render,
    "timelinejs": timelinejs.render,
    "prov": prov.render,
}


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(RENDERERS)), required=True,
              help="json (the whole document), csv (ACLED-style, one row per incident), md "
              "(a briefing), html (a self-contained page), ics (calendar), timelinejs, "
              "prov (W3C PROV-O JSON-LD).")
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="FILE",
              help="Write to FILE (whole or not at all) instead of standard output.")
@clock_options
@store_option
def export_command(fmt: str, output: Path | None, store: str | None, **clocks: Any) -> None:
    """Exports the timeline, casualty figures, talks status and claims, with each date's
    precision and the sources, on the three clocks. Formats: docs/exports.md.

    \b
    Example:
      dateline export --format csv --between 2024-02-01 2024-02-08
      dateline export --format html -o dateline.html --as-of 2024-02-08
    """
    chosen = clocks_from(**clocks)
    with app_for(store) as app:
        catalog = view_of(app, chosen)
    text = RENDERERS[fmt](build(catalog, _clocks_doc(chosen), country_of))
    if output is None:
        click.echo(text, nl=False)
    else:
        write_whole(output, text)


@click.command("schema")
def schema_command() -> None:
    """Prints the JSON Schema of `dateline export --format json` (draft 2020-12).

    \b
    Example:
      dateline schema > dateline-export.schema.json
    """
    click.echo(json_doc.render_schema(), nl=False)


def write_whole(path: Path, text: str) -> None:
    """Writes a temporary file beside `path`, then renames it: a reader never sees half a file."""
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(f"{path}: folder {str(folder)!r} does not exist")
    if path.is_dir():
        raise InvalidInput(f"{path}: is a folder; name a file")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _clocks_doc(clocks: Clocks) -> ClocksDoc:
    return ClocksDoc(
        as_of=clocks.as_of.isoformat() if clocks.as_of else None,
        recorded_by=clocks.recorded_by.isoformat() if clocks.recorded_by else None,
        between=[d.isoformat() for d in clocks.between] if clocks.between else None,
    )


@cache
def _places() -> Any:
    from extraction import Gazetteer  # only an export reads the gazetteer's places

    return Gazetteer.load().places


def country_of(location: str) -> str | None:
    """The country a location lies in, from the shipped gazetteer ("Mashtal, Baghdad" -> Iraq)."""
    found: str | None = _places().country_of(location)
    return found

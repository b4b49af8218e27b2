"""`dateline ingest`: files reports (all-or-nothing per report, at most once each)."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from application.ahead import AheadExtractor, Job, default_jobs, job
from application.filing import ReportFiling, prepare, validate_meta
from application.service import Dateline, Filed, utc_now
from application.sources import RawReport, from_manifest, from_paths
from cli.common import json_option, print_json, short, store_option
from cli.wiring import extractor, open_ingesting_app
from domain.errors import DatelineError, InvalidInput


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--manifest", type=click.Path(path_type=Path), help="JSON list or JSONL of reports.")
@click.option("--publisher", help="Outlet that published the report(s).")
@click.option("--published", help="Publication date or datetime, ISO 8601 (2024-02-08).")
@click.option("--timezone", help="Publisher's IANA time zone (Asia/Baghdad); default UTC.")
@click.option("--url", help="Where the report was published.")
@click.option("--title", help="Headline; default the file's first line.")
@click.option("--language", help="Language code (en).")
@click.option("--keep-going", is_flag=True, help="File the good reports and list the bad ones.")
@click.option("--gazetteer", type=click.Path(path_type=Path),
              help="A JSON file of extra actors and aliases (docs/extraction.md).")
@click.option("--jobs", type=click.IntRange(min=0), metavar="N",
              help="Processes extracting claims ahead of the filing; 0 extracts in the filing process. "
                   "Default: one per core from 100 reports, else 0.")
@store_option
@json_option
def ingest_command(
    paths: tuple[Path, ...], manifest: Path | None, store: str | None, as_json: bool,
    keep_going: bool, gazetteer: Path | None, jobs: int | None, **meta: str | None,
) -> None:
    """Files news reports and the claims extracted from them.

    Each report is stored with all its claims in one transaction, or not at all.
    The same text filed twice (even by two processes at once) is stored once. By
    default every report is checked before any is filed, and one bad report stops
    the whole batch; with --keep-going the good ones are filed and each bad one is
    reported, and the exit status is still non-zero.

    \b
    Example:
      dateline ingest --manifest ../shared/examples/reports.json
      dateline ingest report.txt --publisher Rudaw --published 2024-02-08 \\
          --timezone Asia/Baghdad
    """
    if not paths and manifest is None:
        raise InvalidInput("nothing to ingest: name report files, a folder, or --manifest FILE")
    filings, errors = _prepare_all(_sources(paths, manifest, meta), keep_going=keep_going)
    workers = (default_jobs() if len(filings) >= AHEAD_FROM else 0) if jobs is None else jobs
    extract = extractor(gazetteer)
    # The workers are forked before the store is opened: no connection is shared with them.
    with AheadExtractor(extract, workers) if workers else nullcontext() as ahead:
        app = open_ingesting_app(store, extract_with=ahead or extract)
        try:
            results = _file_all(app, filings, ahead=ahead)
            app.catalog()  # leave the stored read models current
        finally:
            app.close()
    _report(results, errors, as_json=as_json)
    if errors:
        raise click.exceptions.Exit(1)


#: From how many reports an ingest on a terminal shows a progress bar.
PROGRESS_FROM = 4


#: Reports filed per transaction (`Dateline.file_reports`): each report is still all or
#: nothing, and a batch is stored whole or not at all.
BATCH = 50


#: From how many reports an ingest extracts ahead in other processes by default: below two
#: batches there is nothing to overlap, and starting the workers costs more than it saves.
AHEAD_FROM = 2 * BATCH


def _file_all(
    app: Dateline, filings: list[ReportFiling], *, batch: int = BATCH, ahead: AheadExtractor | None = None
) -> list[Filed]:
    """Files the reports `batch` to a transaction, the next batch extracted `ahead` meanwhile;
    a progress bar on stderr only when a person watches a terminal, so scripts and pipes get
    exactly the lines they parse."""
    batches = [filings[n:n + batch] for n in range(0, len(filings), batch)]
    if ahead is not None and batches:
        ahead.prefetch(_jobs(batches[0]))
    bar = (click.progressbar(length=len(filings), label="filing reports", file=sys.stderr)
           if len(filings) >= PROGRESS_FROM and sys.stderr.isatty() else None)
    results: list[Filed] = []
    with bar or nullcontext():
        for n, part in enumerate(batches):
            if ahead is not None and n + 1 < len(batches):
                ahead.prefetch(_jobs(batches[n + 1]))
            results += app.file_reports(part)
            if bar is not None:
                bar.update(len(part))
    return results


def _jobs(filings: list[ReportFiling]) -> list[Job]:
    """What the application will ask its extractor for each report (`Dateline._extract`)."""
    return [job(f.text, f.meta.publisher, f.meta.published, f.meta.timezone) for f in filings]


def _sources(paths: tuple[Path, ...], manifest: Path | None, meta: dict[str, Any]) -> list[RawReport]:
    given = {k: v for k, v in meta.items() if v is not None}
    sources = list(from_paths(list(paths), given)) if paths else []
    if manifest is not None:
        # Command-line metadata fills in what a manifest entry leaves out.
        sources += [RawReport(r.text, {**given, **r.fields}, r.origin) for r in from_manifest(manifest)]
    return sources


def _prepare_all(
    sources: list[RawReport], *, keep_going: bool
) -> tuple[list[ReportFiling], list[str]]:
    filings, errors = [], []
    for raw in sources:
        try:
            meta = validate_meta(raw.fields, origin=raw.origin)
            filings.append(prepare(raw.text, meta, origin=raw.origin, now=utc_now()))
        except DatelineError as error:
            if not keep_going:
                raise
            errors.append(str(error))
    return filings, errors


def _report(results: list[Filed], errors: list[str], *, as_json: bool) -> None:
    if as_json:
        print_json({
            "filed": [
                {"report": str(r.report_id), "created": r.created, "claims": r.claims,
                 "origin": r.origin} for r in results
            ],
            "errors": errors,
        })
        return
    for r in results:
        state = f"filed, {r.claims} claims" if r.created else "already filed, unchanged"
        click.echo(f"{short(r.report_id)}  {r.origin}: {state}")
    for error in errors:
        click.echo(f"error: {error}", err=True)
    new = sum(r.created for r in results)
    click.echo(f"{new} new report(s), {len(results) - new} already filed, {len(errors)} refused")

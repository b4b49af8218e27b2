"""Read commands: `reports`, `claims`, `history`."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import click

from cli.common import (
    app_for,
    clock_options,
    clocks_from,
    find_id,
    json_option,
    print_json,
    short,
    store_option,
    table,
    view_of,
)
from projections.history import event_doc
from projections.listing import claim_doc, report_doc, select_claims


@click.command("reports")
@clock_options
@store_option
@json_option
def reports_command(store: str | None, as_json: bool, **clocks: Any) -> None:
    """Lists the filed reports, oldest publication first.

    \b
    Example:
      dateline reports --json
    """
    with app_for(store) as app:
        catalog = view_of(app, clocks_from(**clocks))
    rows = sorted(catalog.reports.values(), key=lambda r: (r.published or "", r.filed_at))
    docs = [report_doc(r) for r in rows]
    if as_json:
        print_json({"reports": docs})
        return
    table(
        ["id", "publisher", "published", "timezone", "claims", "title"],
        [[short(d["id"]), d["publisher"], d["published"], d["timezone"], d["claims"], d["title"]]
         for d in docs],
        widths=[8, 14, 25, 14, 6, 48],
    )


@click.command("claims")
@click.option("--report", "report_prefix", metavar="ID", help="Only this report's claims.")
@click.option("--kind", help="Only claims of this kind (strike, casualties, ...).")
@click.option("--accepted-only", is_flag=True, help="Only claims an analyst accepted or coded.")
@clock_options
@store_option
@json_option
def claims_command(
    report_prefix: str | None, kind: str | None, accepted_only: bool, store: str | None,
    as_json: bool, **clocks: Any,
) -> None:
    """Lists claims: who asserted what, quoted, dated and figured.

    \b
    Example:
      dateline claims --kind casualties --json
    """
    with app_for(store) as app:
        catalog = view_of(app, clocks_from(**clocks))
    report: UUID | None = None
    if report_prefix:
        report = find_id(report_prefix, list(catalog.reports), "report")
    statuses = frozenset({"accepted"}) if accepted_only else None
    rows = select_claims(catalog, report=report, kind=kind, statuses=statuses)
    docs = [claim_doc(r, catalog) for r in rows]
    if as_json:
        print_json({"claims": docs})
        return
    claims_table(docs)


def claims_table(docs: list[dict[str, Any]]) -> None:
    table(
        ["id", "publisher", "kind", "speaker", "when", "figures", "status", "quote"],
        [[short(d["id"]), d["publisher"], d["kind"], d["speaker"], _when(d["when"]),
          _figures(d["figures"]), d["status"], d["quote"]] for d in docs],
        widths=[8, 12, 12, 16, 22, 18, 8, 40],
    )


def _when(when: dict[str, object]) -> str:
    if when.get("start") or when.get("end"):
        return f"{when.get('start') or '…'}..{when.get('end') or '…'}"
    return "undated" if not when.get("expression") else f"? {when['expression']}"


def _figures(figures: list[dict[str, object]]) -> str:
    marks = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤", "vague": "≈"}
    return ", ".join(
        f"{marks.get(str(f['qualifier']), '')}{f['value']} {f['measure']}" for f in figures
    )


@click.command("history")
@click.argument("ident", metavar="ID")
@clock_options
@store_option
@json_option
def history_command(ident: str, store: str | None, as_json: bool, **clocks: Any) -> None:
    """Shows every event of a claim, incident or report, oldest first.

    A report's history includes the events of its claims; a claim's includes the
    incident links and unlinks that name it. With --recorded-by, only the events
    recorded by then; with --as-of or --between, only what is visible there.

    \b
    Example:
      dateline history 3f2a9c01
    """
    when = clocks_from(**clocks)
    with app_for(store) as app:
        catalog = view_of(app, when)
        known = [*catalog.reports, *catalog.claims, *catalog.incidents]
        aid = find_id(ident, known, "report, claim or incident")
        ids = {aid, *(catalog.reports[aid].claims if aid in catalog.reports else [])}
        events = [
            e for e in app.events_about(ids, naming=aid if aid in catalog.claims else None)
            if when.recorded_by is None or e.timestamp <= when.recorded_by
        ]
    docs = [event_doc(e) for e in events]
    if as_json:
        print_json({"id": str(aid), "events": docs})
        return
    for d in docs:
        details = ", ".join(f"{k}={_brief(_summary(k, v))}" for k, v in d["fields"].items())
        click.echo(f"{d['recorded'][:19]}  {short(d['aggregate'])} v{d['version']}  {d['event']}")
        click.echo(f"    {details}")


def _summary(name: str, value: Any) -> Any:
    """A claim's content as a reader scans it: kind, speaker, quote."""
    if name == "content" and isinstance(value, dict):
        return f"{value.get('kind')} by {value.get('speaker')}: \"{value.get('quote')}\""
    if name == "when" and isinstance(value, dict):
        return f"{value.get('expression')!r} -> {value.get('start')}..{value.get('end')}"
    return value


def _brief(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


"""The review queue: extracted claims wait as proposed until an analyst accepts, rejects or corrects."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import click

from application.service import Dateline
from cli.analyst import _content, _span, analyst_option
from cli.common import app_for, catalog_of, find_id, json_option, print_json, store_option
from cli.figures import parse_figure
from cli.reading import claims_table
from cli.wiring import analyst_name
from domain.values import CodedBy
from projections.listing import claim_doc, select_claims


@click.command("review")
@store_option
@json_option
def review_command(store: str | None, as_json: bool) -> None:
    """Lists the extracted claims still waiting for an analyst (status proposed).

    \b
    Example:
      dateline review
    """
    with app_for(store) as app:
        catalog = catalog_of(app)
    docs = [claim_doc(r, catalog) for r in select_claims(catalog, statuses=frozenset({"proposed"}))]
    if as_json:
        print_json({"claims": docs})
    else:
        claims_table(docs)


@click.command("accept")
@click.argument("idents", nargs=-1, required=True, metavar="CLAIM...")
@analyst_option
@store_option
def accept_command(idents: tuple[str, ...], analyst: str | None, store: str | None) -> None:
    """Accepts proposed claims after review.

    \b
    Example:
      dateline accept 9b1e07aa 41c0d2e5 --analyst lena
    """
    by = analyst_name(analyst)
    with app_for(store) as app:
        for cid in _claim_ids(app, idents):
            app.accept_claim(cid, by=by)
            click.echo(f"accepted {cid}")


@click.command("reject")
@click.argument("idents", nargs=-1, required=True, metavar="CLAIM...")
@click.option("--reason", required=True, help="Why the claim is wrong.")
@analyst_option
@store_option
def reject_command(idents: tuple[str, ...], reason: str, analyst: str | None, store: str | None) -> None:
    """Rejects claims the extractor got wrong.

    \b
    Example:
      dateline reject 9b1e07aa --reason "not a casualty figure"
    """
    by = analyst_name(analyst)
    with app_for(store) as app:
        for cid in _claim_ids(app, idents):
            app.reject_claim(cid, by=by, reason=reason)
            click.echo(f"rejected {cid}")


def _claim_ids(app: Dateline, idents: tuple[str, ...]) -> list[UUID]:
    known = list(catalog_of(app).claims)
    return [find_id(i, known, "claim") for i in idents]


@click.command("correct")
@click.argument("ident", metavar="CLAIM")
@click.option("--reason", required=True, help="What was wrong.")
@click.option("--kind", help="The right kind.")
@click.option("--speaker", help="The right speaker.")
@click.option("--quote", help="The right quote (word for word from the report).")
@click.option("--when", "expression", help="The right date expression.")
@click.option("--figure", "figures", multiple=True, help="Replaces all figures: measure=value[:q][@party]")
@analyst_option
@store_option
def correct_command(
    ident: str, reason: str, kind: str | None, speaker: str | None, quote: str | None,
    expression: str | None, figures: tuple[str, ...], analyst: str | None, store: str | None,
) -> None:
    """Corrects a claim: the corrected content is a new event, coded by you.

    \b
    Example:
      dateline correct 9b1e07aa --figure "killed=17@PMF members" --reason "toll misread"
    """
    by = analyst_name(analyst)
    with app_for(store) as app:
        catalog = catalog_of(app)
        cid = find_id(ident, list(catalog.claims), "claim")
        row = catalog.claims[cid]
        old = app.get_claim(cid).body
        fields: dict[str, Any] = old.model_dump()
        fields.update({k: v for k, v in {"kind": kind, "speaker": speaker}.items() if v})
        if quote:
            fields.update(quote=quote, span=_span(catalog.reports[row.report].text, quote))
        if figures:
            fields["figures"] = [parse_figure(f) for f in figures]
        if expression:
            fields["when"] = app.resolve_for(row.report, expression, fields["quote"])
        fields["coded_by"] = CodedBy(kind="analyst", name=by)
        app.correct_claim(cid, _content(**fields), by=by, reason=reason)
    click.echo(f"corrected {cid}")

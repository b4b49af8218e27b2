"""The analyst's commands: assert, retract, redate, and the review queue."""

from __future__ import annotations

from typing import Any

import click
from pydantic import ValidationError

from application.filing import validate_meta
from cli.common import app_for, catalog_of, find_id, json_option, print_json, short, store_option
from cli.figures import parse_figure
from cli.wiring import analyst_name, read_dates
from domain.errors import InvalidInput
from domain.values import ClaimContent, CodedBy, Span

analyst_option = click.option(
    "--analyst", help="Who is doing this (default: your login name)."
)


@click.command("assert")
@click.option("--report", "report_prefix", required=True, metavar="ID", help="The report asserting it.")
@click.option("--kind", required=True, help="strike, attack, casualties, statement, ...")
@click.option("--speaker", required=True, help="Who the report says asserted it (or the outlet).")
@click.option("--quote", required=True, help="The exact words, as they stand in the report.")
@click.option("--when", "expression", help="The date expression governing the claim.")
@click.option("--figure", "figures", multiple=True, help="measure=value[:qualifier][@party]")
@click.option("--location", help="Where it happened.")
@click.option("--actor", "actors", multiple=True, help="An actor involved (repeatable).")
@analyst_option
@store_option
@json_option
def assert_command(
    report_prefix: str, kind: str, speaker: str, quote: str, expression: str | None,
    figures: tuple[str, ...], location: str | None, actors: tuple[str, ...],
    analyst: str | None, store: str | None, as_json: bool,
) -> None:
    """Records a claim coded by hand by a named analyst.

    The quote must stand word for word in the report; its span is found there.
    The date expression is resolved against the report's publication date.

    \b
    Example:
      dateline assert --report 3f2a9c01 --kind casualties --speaker Rudaw \\
          --quote "killing at least 16" --when "Friday night" \\
          --figure "killed=16:at_least@PMF fighters"
    """
    with app_for(store) as app:
        catalog = catalog_of(app)
        rid = find_id(report_prefix, list(catalog.reports), "report")
        text = catalog.reports[rid].text
        content = _content(
            kind=kind, speaker=speaker, quote=quote, span=_span(text, quote),
            figures=[parse_figure(f) for f in figures], location=location, actors=list(actors),
            when=app.resolve_for(rid, expression, quote) if expression else None,
            coded_by=CodedBy(kind="analyst", name=analyst_name(analyst)),
        )
        cid = app.assert_claim(rid, content)
    _done(as_json, {"claim": str(cid), "report": str(rid)}, f"asserted claim {cid}")


def _span(text: str, quote: str) -> Span:
    start = text.find(quote)
    if start < 0:
        raise InvalidInput("the quote does not stand word for word in the report")
    return Span(start=start, end=start + len(quote))


def _content(**fields: Any) -> ClaimContent:
    if fields.get("when") is None:
        fields.pop("when")
    try:
        return ClaimContent(**fields)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(f"{field}: {first['msg'].removeprefix('Value error, ')}") from None


def _done(as_json: bool, doc: dict[str, Any], message: str) -> None:
    if as_json:
        print_json(doc)
    else:
        click.echo(message)


@click.command("retract")
@click.argument("ident", metavar="CLAIM|REPORT")
@click.option("--reason", required=True, help="Why it is withdrawn.")
@analyst_option
@store_option
@json_option
def retract_command(ident: str, reason: str, analyst: str | None, store: str | None, as_json: bool) -> None:
    """Withdraws a claim (or a whole report); the record of it stays in history.

    \b
    Example:
      dateline retract 9b1e07aa --reason "misattributed quote"
    """
    by = analyst_name(analyst)
    with app_for(store) as app:
        catalog = catalog_of(app)
        aid = find_id(ident, [*catalog.claims, *catalog.reports], "claim or report")
        if aid in catalog.claims:
            app.retract_claim(aid, reason=reason, by=by)
        else:
            app.retract_report(aid, reason=reason, by=by)
    _done(as_json, {"retracted": str(aid)}, f"retracted {aid}")


@click.command("redate")
@click.argument("report_prefix", metavar="REPORT")
@click.argument("published", metavar="DATE")
@click.option("--timezone", help="The publisher's IANA zone (default: unchanged).")
@click.option("--reason", default="publication date corrected", show_default=True)
@analyst_option
@store_option
@json_option
def redate_command(
    report_prefix: str, published: str, timezone: str | None, reason: str,
    analyst: str | None, store: str | None, as_json: bool,
) -> None:
    """Corrects a report's publication date and re-resolves its claims' dates.

    Each changed resolution is a new event; the old ones stay in history.

    \b
    Example:
      dateline redate 3f2a9c01 2024-02-09 --timezone Asia/Baghdad
    """
    with app_for(store) as app:
        catalog = catalog_of(app)
        rid = find_id(report_prefix, list(catalog.reports), "report")
        row = catalog.reports[rid]
        meta = validate_meta(
            {"publisher": row.publisher, "published": published, "timezone": timezone or row.timezone},
            origin=f"report {short(rid)}",
        )
        assert meta.published is not None
        changed = app.redate_report(
            rid, published=meta.published, timezone=meta.timezone, reason=reason,
            by=analyst_name(analyst), claim_ids=row.claims, read_dates=read_dates,
        )
    _done(as_json, {"report": str(rid), "redated_claims": changed},
          f"redated {short(rid)} to {published}; {changed} claim date(s) re-resolved")

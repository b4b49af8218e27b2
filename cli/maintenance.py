"""Looking after the store: `rebuild` the read models from the log, `verify` the log."""

from __future__ import annotations

import click

from cli.common import app_for, find_id, json_option, print_json, store_option
from cli.wiring import analyst_name, open_app, open_ingesting_app, read_dates
from domain.temporal import RESOLVER_VERSION


@click.command("rebuild")
@store_option
@json_option
def rebuild_command(store: str | None, as_json: bool) -> None:
    """Recomputes the stored read models from the whole event log.

    Read commands keep them current by themselves, applying each new event once;
    rebuild is for after an upgrade of Dateline's projections, or to check that the
    stored rows equal a fresh fold of the log.

    \b
    Example:
      dateline rebuild
    """
    with app_for(store) as app:
        events = app.rebuild()
        catalog = app.catalog()
    counts = {"events": events, "reports": len(catalog.reports), "claims": len(catalog.claims),
              "incidents": len(catalog.incidents)}
    if as_json:
        print_json(counts)
    else:
        click.echo("rebuilt from {events} events: {reports} reports, {claims} claims, "
                   "{incidents} incidents".format(**counts))


@click.command("verify")
@store_option
@json_option
def verify_command(store: str | None, as_json: bool) -> None:
    """Checks that the stored log is intact: no event edited, deleted, reordered or
    inserted outside Dateline. Exits 1 and names each problem when it is not.

    Every event is sealed with a key kept outside the database ($DATELINE_KEY, or a
    key file made on first use); the log is chained and the chain sealed too.

    \b
    Example:
      dateline verify
    """
    with app_for(store) as app:
        findings = app.verify()
    if as_json:
        print_json({"intact": not findings.problems, "events": findings.checked,
                    "problems": findings.problems})
    else:
        for problem in findings.problems:
            click.echo(f"TAMPERED: {problem}")
        state = "intact" if not findings.problems else f"{len(findings.problems)} problem(s)"
        click.echo(f"{findings.checked} events checked: {state}")
    if findings.problems:
        raise click.exceptions.Exit(1)


@click.command("reextract")
@click.argument("idents", nargs=-1, metavar="[REPORT...]")
@click.option("--analyst", help="Who is running it (default: your login name).")
@store_option
@json_option
def reextract_command(idents: tuple[str, ...], analyst: str | None, store: str | None, as_json: bool) -> None:
    """Re-runs the current extractor over stored reports (all of them when none is named).

    A newer extractor's claims are recorded as new claims, and the older version's
    proposed or accepted claims are superseded by them: both stay in history. Running
    it again with the same extractor changes nothing.

    \b
    Example:
      dateline reextract 3f2a9c01
    """
    app = open_ingesting_app(store)
    try:
        reports = list(app.catalog().reports)
        chosen = [find_id(i, reports, "report") for i in idents] if idents else reports
        by = analyst_name(analyst)
        results = {str(rid): app.reextract(rid, by=by) for rid in chosen}
        app.catalog()
    finally:
        app.close()
    if as_json:
        print_json({"reports": [{"report": r, "new": n, "superseded": s}
                                for r, (n, s) in results.items()]})
        return
    new, old = sum(n for n, _ in results.values()), sum(s for _, s in results.values())
    click.echo(f"{len(results)} report(s): {new} new claim(s), {old} superseded")


@click.command("reresolve")
@click.argument("idents", nargs=-1, metavar="[REPORT...]")
@click.option("--analyst", help="Who is running it (default: your login name).")
@store_option
@json_option
def reresolve_command(idents: tuple[str, ...], analyst: str | None, store: str | None, as_json: bool) -> None:
    """Reads stored claims' dates again with this version's resolver (all reports when
    none is named).

    Each report is read as a whole, so "the following day" still leans on the date
    before it. A claim whose date now resolves differently gets a new Redated event
    naming the resolver; the old date stays in history. Claims the new resolver reads
    the same way record nothing, so running it twice changes nothing.

    \b
    Example:
      dateline reresolve
    """
    app = open_app(store)
    try:
        reports = list(app.catalog().reports)
        chosen = [find_id(i, reports, "report") for i in idents] if idents else reports
        by = analyst_name(analyst)
        results = {str(rid): app.reresolve_report(rid, read_dates=read_dates, by=by) for rid in chosen}
        app.catalog()
    finally:
        app.close()
    if as_json:
        print_json({"resolver": RESOLVER_VERSION,
                    "reports": [{"report": r, "redated_claims": n} for r, n in results.items()]})
        return
    click.echo(f"{len(results)} report(s): {sum(results.values())} claim date(s) re-resolved "
               f"by {RESOLVER_VERSION}")

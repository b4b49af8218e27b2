"""Looking after the store: `rebuild` the read models from the log."""

from __future__ import annotations

import click

from cli.common import app_for, json_option, print_json, store_option


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

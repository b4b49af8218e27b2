"""Analysts' corrections to the grouping of claims: link, unlink, merge."""

from __future__ import annotations

import click

from cli.analyst import analyst_option
from cli.common import app_for, find_id, store_option
from cli.wiring import analyst_name


@click.command("link")
@click.argument("claim_prefix", metavar="CLAIM")
@click.argument("incident_prefix", metavar="INCIDENT")
@click.option("--reason", default="linked by an analyst", show_default=True)
@analyst_option
@store_option
def link_command(
    claim_prefix: str, incident_prefix: str, reason: str, analyst: str | None, store: str | None
) -> None:
    """Puts a claim in an incident (taking it out of the one it was in).

    \b
    Example:
      dateline link 9b1e07aa 5c2d8e10 --reason "same strike, local time"
    """
    with app_for(store) as app:
        catalog = app.catalog()
        claim = find_id(claim_prefix, list(catalog.claims), "claim")
        incident = find_id(incident_prefix, list(catalog.incidents), "incident")
        app.link_claim(claim, incident, by=analyst_name(analyst), reason=reason)
    click.echo(f"linked claim {claim} to incident {incident}")


@click.command("unlink")
@click.argument("claim_prefix", metavar="CLAIM")
@click.option("--reason", default="unlinked by an analyst", show_default=True)
@analyst_option
@store_option
def unlink_command(claim_prefix: str, reason: str, analyst: str | None, store: str | None) -> None:
    """Takes a claim out of its incident.

    \b
    Example:
      dateline unlink 9b1e07aa --reason "a different strike"
    """
    with app_for(store) as app:
        claim = find_id(claim_prefix, list(app.catalog().claims), "claim")
        incident = app.unlink_claim(claim, by=analyst_name(analyst), reason=reason)
    click.echo(f"unlinked claim {claim} from incident {incident}")


@click.command("merge")
@click.argument("survivor_prefix", metavar="INCIDENT")
@click.argument("other_prefix", metavar="INCIDENT")
@analyst_option
@store_option
def merge_command(survivor_prefix: str, other_prefix: str, analyst: str | None, store: str | None) -> None:
    """Merges the second incident into the first; both record the merge.

    \b
    Example:
      dateline merge 5c2d8e10 77a0b3f4
    """
    with app_for(store) as app:
        known = list(app.catalog().incidents)
        survivor = find_id(survivor_prefix, known, "incident")
        other = find_id(other_prefix, known, "incident")
        app.merge_incidents(survivor, other, by=analyst_name(analyst))
    click.echo(f"merged incident {other} into {survivor}")

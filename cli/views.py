"""The analyst's questions: `timeline`, `casualties`, `talks`, `audit`."""

from __future__ import annotations

from typing import Any

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
from domain.errors import InvalidInput
from projections.audit import audit_claim, audit_incident, audit_source
from projections.casualties import casualties
from projections.history import event_doc
from projections.talks import talks
from projections.timeline import escalation, placed_incidents, timeline

_MARKS = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤", "vague": "≈"}


@click.command("timeline")
@click.option("--by", type=click.Choice(["day", "week"]), default="week", show_default=True,
              help="Period of the escalation series.")
@clock_options
@store_option
@json_option
def timeline_command(by: str, store: str | None, as_json: bool, **clocks: Any) -> None:
    """The escalation timeline: one row per incident, ordered by when it happened,
    and an escalation score per period.

    \b
    Example:
      dateline timeline --as-of 2024-02-08 --by day
    """
    with app_for(store) as app:
        catalog = view_of(app, clocks_from(**clocks))
    placed = placed_incidents(catalog)
    doc = {**timeline(catalog, placed), "escalation": escalation(catalog, by=by, placed=placed)}
    if as_json:
        print_json(doc)
        return
    table(["start", "end", "precision", "kind", "title", "sources", "id"],
          [[i["start"], i["end"], i["granularity"], i["kind"], i["title"], ", ".join(i["sources"]),
            short(i["id"])] for i in doc["incidents"]],
          widths=[16, 16, 11, 10, 44, 28, 8])
    if doc["escalation"]:
        click.echo(f"\nescalation by {by}:")
        for row in doc["escalation"]:
            bar = "█" * min(60, round(abs(row["score"])))
            click.echo(f"  {row['period']:<12} {row['score']:>7.2f}  {bar}")


@click.command("casualties")
@clock_options
@store_option
@json_option
def casualties_command(store: str | None, as_json: bool, **clocks: Any) -> None:
    """Casualty figures per incident: every source's figure, and the range.

    low is the smallest lower bound any source gives, high the largest figure, best
    the lower median of the publishers' latest figures; disputed when they differ.

    \b
    Example:
      dateline casualties --json
    """
    with app_for(store) as app:
        doc = casualties(view_of(app, clocks_from(**clocks)))
    if as_json:
        print_json(doc)
        return
    rows = []
    for incident in doc["incidents"]:
        for m in incident["measures"]:
            figures = "; ".join(f"{f['source']} {_MARKS.get(f['qualifier'], '')}{f['value']}"
                                for f in m["figures"] if not f.get("superseded_by"))
            rows.append([incident["start"], short(incident["id"]), m["measure"], m["party"], m["low"],
                         m["best"], m["high"], "yes" if m["disputed"] else "", figures])
    table(["start", "incident", "measure", "party", "low", "best", "high", "disputed", "figures"],
          rows, widths=[16, 8, 8, 18, 4, 4, 4, 8, 44])


@click.command("talks")
@clock_options
@store_option
@json_option
def talks_command(store: str | None, as_json: bool, **clocks: Any) -> None:
    """Where withdrawal talks stand, how that changed, and who called for withdrawal.

    \b
    Example:
      dateline talks --as-of 2024-02-08
    """
    with app_for(store) as app:
        doc = talks(view_of(app, clocks_from(**clocks)))
    if as_json:
        print_json(doc)
        return
    click.echo(f"status: {doc['status']} (since {doc['since'] or 'unknown'})")
    table(["status", "start", "end", "sources"],
          [[h["status"], h["start"], h["end"], ", ".join(h["sources"])] for h in doc["history"]],
          widths=[20, 16, 16, 40])
    calls = doc.get("calls", [])
    if calls:
        click.echo("\ncalls for withdrawal:")
        table(["who", "when", "sources", "asked"],
              [[c.get("who"), c.get("when"), ", ".join(c.get("sources", [])), c.get("asked")]
               for c in calls], widths=[22, 12, 28, 50])


@click.command("audit")
@click.option("--source", help="A publisher or speaker (case-insensitive).")
@click.option("--incident", "incident_prefix", metavar="ID", help="An incident id.")
@click.option("--claim", "claim_prefix", metavar="ID", help="A claim id.")
@clock_options
@store_option
@json_option
def audit_command(
    source: str | None, incident_prefix: str | None, claim_prefix: str | None, store: str | None,
    as_json: bool, **clocks: Any,
) -> None:
    """Which source asserted what: report, sentence, coder, date rule, incident link,
    and every later correction.

    \b
    Example:
      dateline audit --source CENTCOM
    """
    if sum(x is not None for x in (source, incident_prefix, claim_prefix)) != 1:
        raise InvalidInput("audit needs exactly one of --source, --incident, --claim")
    with app_for(store) as app:
        catalog = view_of(app, clocks_from(**clocks))
        def histories(ids: Any) -> dict[Any, list[dict[str, Any]]]:
            return {c: [event_doc(e) for e in app.history(c)] for c in ids}  # type: ignore[arg-type]

        if claim_prefix:
            cid = find_id(claim_prefix, list(catalog.claims), "claim")
            doc = audit_claim(catalog, cid, histories([cid])[cid])
        elif incident_prefix:
            iid = find_id(incident_prefix, list(catalog.incidents), "incident")
            doc = audit_incident(catalog, iid, histories(catalog.incidents[iid].claims))
        else:
            doc = audit_source(catalog, str(source), histories(catalog.claims))
    if as_json:
        print_json(doc)
        return
    _print_audit(doc)


def _print_audit(doc: dict[str, Any]) -> None:
    for claim in doc.get("claims", []):
        click.echo(f"claim {short(claim.get('id'))}  {claim.get('kind')}  [{claim.get('status')}]")
        click.echo(f"  report   {claim.get('publisher')}, {claim.get('published')}: {claim.get('title')}")
        click.echo(f"  speaker  {claim.get('speaker')}")
        click.echo(f"  quote    \"{claim.get('quote')}\" at {claim.get('span')}")
        click.echo(f"  coded by {_coder(claim.get('coded_by') or {})}")
        click.echo(f"  when     {_when_line(claim.get('when') or {})}")
        if claim.get("incident"):
            click.echo(f"  incident {short(claim['incident'])} {_link_line(claim.get('link') or {})}")
        for event in claim.get("history", [])[1:]:
            click.echo(f"  then     {event['recorded'][:19]} {event['event']} {_fields(event['fields'])}")
    for item in doc.get("disagreements", []):
        figures = ", ".join(f"{f['source']} {_MARKS.get(f['qualifier'], '')}{f['value']}"
                            for f in item.get("by_source", []))
        click.echo(f"disputed {item['measure']} ({item['party']}): {figures} -> "
                   f"low {item['low']}, best {item['best']}, high {item['high']}")


def _when_line(when: dict[str, Any]) -> str:
    if not when.get("expression"):
        return f"undated ({when.get('reason') or 'no date expression'})"
    resolved = f"{when.get('start')}..{when.get('end')}" if when.get("start") else when.get("reason")
    return f"{when['expression']!r} against {when.get('anchor')} -> {resolved} (rule {when.get('rule')})"


def _link_line(link: dict[str, Any]) -> str:
    if link.get("score") is None:
        return f"opened or linked by {link.get('by')}: {'; '.join(link.get('reasons') or [])}"
    return f"linked by {link.get('by')}, score {link['score']}: {'; '.join(link.get('reasons') or [])}"


def _fields(fields: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in fields.items() if k not in ("content", "when"))


def _coder(coder: dict[str, Any]) -> str:
    if coder.get("kind") == "analyst":
        return f"analyst {coder.get('name')}"
    return f"{coder.get('name')} {coder.get('version') or ''} rule {coder.get('rule')}".strip()

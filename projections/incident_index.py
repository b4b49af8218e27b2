"""The facts the linking rule compares, for every claim already in an incident."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from domain.linking import INCIDENT_KINDS, ClaimFacts, facts_interval, undated_window
from projections.catalog import Catalog
from projections.clocks import published_day


def claim_facts(
    claim_id: UUID, report_id: UUID, content: dict[str, Any], zone: str, published: date | None
) -> ClaimFacts | None:
    """None for claims that do not describe a happening, or that neither they nor their
    report place in time."""
    if content["kind"] not in INCIDENT_KINDS:
        return None
    when = content.get("when") or {}
    interval = facts_interval(when.get("start"), when.get("end"), when.get("timezone") or zone)
    dated = interval is not None
    if interval is None:
        if published is None:
            return None
        interval = undated_window(published, zone)
    figures = {f["measure"]: f["value"] for f in content.get("figures", []) if f.get("value") is not None}
    return ClaimFacts(
        claim_id=claim_id, report_id=report_id, kind=content["kind"], start=interval[0],
        end=interval[1], location=content.get("location"),
        place_path=tuple(content.get("place_path") or ()),
        actors=frozenset(a.casefold() for a in content.get("actors", [])),
        figures=figures, expression=when.get("expression"), dated=dated,
    )


def open_incidents(catalog: Catalog) -> Iterator[tuple[UUID, Sequence[ClaimFacts]]]:
    """Every incident not merged away, with the facts of its live claims."""
    for incident in catalog.incidents.values():
        if incident.merged_into is not None:
            continue
        members = [f for f in (_facts(catalog, c) for c in incident.claims) if f is not None]
        if members:
            yield incident.id, members


def _facts(catalog: Catalog, claim_id: UUID) -> ClaimFacts | None:
    row = catalog.claims.get(claim_id)
    if row is None or row.status in ("rejected", "retracted", "superseded"):
        return None
    report = catalog.reports[row.report]
    return claim_facts(row.id, row.report, row.content, report.timezone, published_day(report))

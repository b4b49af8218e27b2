"""Catalog rows as JSON documents, and which rows an event touches: what a stored,
incrementally updated catalog needs to write only what changed."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from projections.catalog import Catalog, ClaimRow, Event, IncidentRow, Link, ReportRow

Kind = str  # "report" | "claim" | "incident"


def touched(event: Event) -> set[UUID]:
    """Every row an event may change: its own aggregate's, and the rows it points at."""
    ids = {event.originator_id}
    for name in ("report_id", "claim_id", "other"):
        value = getattr(event, name, None)
        if isinstance(value, UUID):
            ids.add(value)
    ids.update(getattr(event, "claim_ids", ()) or ())
    return ids


def dump(catalog: Catalog, ids: set[UUID]) -> list[tuple[Kind, str, dict[str, Any]]]:
    """The rows among `ids`, each as (kind, id, document).

    Written field by field rather than with `dataclasses.asdict`, which deep-copies every
    nested value (a large incident's links, a claim's content) only for it to be encoded
    and dropped. A claim's content is already JSON (events carry `model_dump(mode="json")`),
    so it is shared, not walked: the documents must not be mutated.
    """
    reports, claims, incidents = catalog.reports, catalog.claims, catalog.incidents
    return [
        *(("report", str(uid), _report_doc(reports[uid])) for uid in ids & reports.keys()),
        *(("claim", str(uid), _claim_doc(claims[uid])) for uid in ids & claims.keys()),
        *(("incident", str(uid), _incident_doc(incidents[uid])) for uid in ids & incidents.keys()),
    ]


def _report_doc(row: ReportRow) -> dict[str, Any]:
    return {
        "id": str(row.id), "publisher": row.publisher, "published": row.published,
        "timezone": row.timezone, "title": row.title, "url": row.url, "language": row.language,
        "text": row.text, "repeats_removed": row.repeats_removed, "filed_at": row.filed_at,
        "retracted": row.retracted, "claims": [str(c) for c in row.claims],
    }


def _claim_doc(row: ClaimRow) -> dict[str, Any]:
    return {
        "id": str(row.id), "report": str(row.report), "content": row.content,
        "asserted_at": row.asserted_at, "status": row.status,
        "incident": None if row.incident is None else str(row.incident),
    }


def _incident_doc(row: IncidentRow) -> dict[str, Any]:
    return {
        "id": str(row.id), "kind": row.kind, "title": row.title, "opened_by": row.opened_by,
        "opened_at": row.opened_at,
        "claims": {str(c): {"by": link.by, "score": link.score, "reasons": list(link.reasons), "at": link.at}
                   for c, link in row.claims.items()},
        "merged_into": None if row.merged_into is None else str(row.merged_into),
    }


def load(rows: list[tuple[Kind, dict[str, Any]]]) -> Catalog:
    catalog = Catalog()
    for kind, doc in rows:
        if kind == "report":
            report = ReportRow(**{**doc, "id": UUID(doc["id"]), "claims": [UUID(c) for c in doc["claims"]]})
            catalog.reports[report.id] = report
        elif kind == "claim":
            claim = ClaimRow(**{**doc, "id": UUID(doc["id"]), "report": UUID(doc["report"]),
                                "incident": _uuid(doc["incident"])})
            catalog.claims[claim.id] = claim
        else:
            incident = IncidentRow(**{
                **doc, "id": UUID(doc["id"]), "merged_into": _uuid(doc["merged_into"]),
                "claims": {UUID(c): Link(**link) for c, link in doc["claims"].items()},
            })
            catalog.incidents[incident.id] = incident
    return _ordered(catalog)


def _ordered(catalog: Catalog) -> Catalog:
    """Rows in the order a fold of the log would have added them (by record time)."""
    return Catalog(
        reports=dict(sorted(catalog.reports.items(), key=lambda kv: (kv[1].filed_at, str(kv[0])))),
        claims=dict(sorted(catalog.claims.items(), key=lambda kv: (kv[1].asserted_at, str(kv[0])))),
        incidents=dict(sorted(catalog.incidents.items(), key=lambda kv: (kv[1].opened_at, str(kv[0])))),
    )


def _uuid(value: str | None) -> UUID | None:
    return UUID(value) if value else None

"""Catalog rows as JSON documents, and which rows an event touches: what a stored,
incrementally updated catalog needs to write only what changed."""

from __future__ import annotations

from dataclasses import asdict
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
    """The rows among `ids`, each as (kind, id, document)."""
    found: list[tuple[Kind, str, dict[str, Any]]] = []
    for kind, table in (("report", catalog.reports), ("claim", catalog.claims),
                        ("incident", catalog.incidents)):
        for uid in ids & table.keys():
            found.append((kind, str(uid), _jsonable(asdict(table[uid]))))
    return found


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


def _jsonable(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value

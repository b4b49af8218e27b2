"""The `reports` and `claims` documents of product.md, built from the catalog."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from projections.catalog import Catalog, ClaimRow, ReportRow

_FIGURE_FIELDS = ("measure", "value", "qualifier", "party")
_WHEN_FIELDS = ("expression", "anchor", "start", "end", "granularity", "timex", "rule")


def report_doc(row: ReportRow) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "publisher": row.publisher,
        "published": row.published,
        "timezone": row.timezone,
        "title": row.title,
        "url": row.url,
        "language": row.language,
        "retracted": row.retracted,
        "repeats_removed": row.repeats_removed,
        "recorded": row.filed_at,
        "claims": len(row.claims),
    }


def claim_doc(row: ClaimRow, catalog: Catalog) -> dict[str, Any]:
    content = row.content
    report = catalog.reports.get(row.report)
    when = content.get("when") or {}
    return {
        "id": str(row.id),
        "report": str(row.report),
        "publisher": report.publisher if report else None,
        "speaker": content["speaker"],
        "kind": content["kind"],
        "figures": [_figure(f) for f in content.get("figures", [])],
        "quote": content["quote"],
        "span": _span(content.get("span")),
        "when": {**{k: when.get(k) for k in _WHEN_FIELDS}, **_extra_when(when)},
        "location": content.get("location"),
        "actors": content.get("actors", []),
        "incident": str(row.incident) if row.incident else None,
        "coded_by": content["coded_by"],
        "status": row.status,
    }


def _figure(figure: dict[str, Any]) -> dict[str, Any]:
    doc = {k: figure.get(k) for k in _FIGURE_FIELDS}
    if figure.get("vague"):
        doc["vague"] = figure["vague"]
    return doc


def _span(span: dict[str, int] | None) -> list[int] | None:
    return [span["start"], span["end"]] if span else None


def _extra_when(when: dict[str, Any]) -> dict[str, Any]:
    """Fields beyond product.md's minimum, shown only when they say something."""
    keys = ("timezone", "mod", "direction", "reason", "leaned_on", "readings", "resolver")
    return {k: when[k] for k in keys if when.get(k) not in (None, [], ())}


def select_claims(
    catalog: Catalog, *, report: UUID | None = None, kind: str | None = None,
    statuses: frozenset[str] | None = None,
) -> list[ClaimRow]:
    """Claims in report order, then text order."""
    rows = [
        row for row in catalog.claims.values()
        if (report is None or row.report == report)
        and (kind is None or row.content["kind"] == kind)
        and (statuses is None or row.status in statuses)
    ]
    return sorted(rows, key=lambda r: (str(r.report), _start(r)))


def _start(row: ClaimRow) -> int:
    span = row.content.get("span")
    return int(span["start"]) if span else 1 << 30

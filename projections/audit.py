"""Audit: for each claim the chain report -> sentence and span -> coder -> date resolution ->
incident link, with every later correction; for an incident, who said what and where they differ.

Audit shows every claim whatever its status (a rejected claim is part of the record), so each
document carries the claim's `status`; only the casualty figures follow the ledger's rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from domain.errors import NotFound
from projections.casualties import incident_ledger
from projections.catalog import Catalog, ClaimRow
from projections.evidence import incident_claims, incident_interval, recency_key

_WHEN_FIELDS = ("expression", "anchor", "timezone", "rule", "start", "end", "granularity", "timex",
                "mod", "direction", "reason")
#: Where a sentence ends: a stop and a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")

Histories = Mapping[UUID, list[dict[str, Any]]]


def audit_claim(catalog: Catalog, claim_id: UUID, history: list[dict[str, Any]]) -> dict[str, Any]:
    """One claim's chain; `history` is its events as `history.event_doc` shows them, oldest first."""
    row = catalog.claims.get(claim_id)
    if row is None:
        raise NotFound(f"no claim with id {claim_id}")
    return {"claims": [claim_chain(catalog, row, history)]}


def audit_source(catalog: Catalog, name: str, histories: Histories | None = None) -> dict[str, Any]:
    """Every claim whose publisher or speaker contains `name`, case-insensitively."""
    needle = name.casefold().strip()
    rows = [r for r in catalog.claims.values() if needle in _publisher(catalog, r).casefold()
            or needle in str(r.content.get("speaker", "")).casefold()]
    rows.sort(key=lambda r: recency_key(r, catalog))
    found = histories or {}
    return {"source": name, "claims": [claim_chain(catalog, r, found.get(r.id, [])) for r in rows]}


def audit_incident(catalog: Catalog, incident_id: UUID, histories: Histories | None = None) -> dict[str, Any]:
    """The incident, every claim linked to it (live or not), its casualty figures and the disputes."""
    incident = catalog.incidents.get(incident_id)
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    rows = incident_claims(catalog, incident, live=False)
    interval, rule = incident_interval(incident_claims(catalog, incident), catalog)
    ledger = incident_ledger(catalog, incident)
    measures = ledger["measures"] if ledger else []
    found = histories or {}
    return {
        "incident": {
            "id": str(incident.id), "kind": incident.kind, "title": incident.title,
            "opened_by": incident.opened_by, "opened": incident.opened_at,
            "merged_into": str(incident.merged_into) if incident.merged_into else None,
            **(interval.doc() if interval else {"start": None, "end": None}), "interval_rule": rule,
        },
        "claims": [claim_chain(catalog, r, found.get(r.id, [])) for r in rows],
        "measures": measures,
        "disagreements": [_disagreement(m) for m in measures if m["disputed"]],
    }


def claim_chain(catalog: Catalog, row: ClaimRow, history: list[dict[str, Any]]) -> dict[str, Any]:
    content = row.content
    report = catalog.reports.get(row.report)
    span = content.get("span")
    return {
        "id": str(row.id), "kind": content["kind"], "status": row.status,
        "report": str(row.report), "publisher": _publisher(catalog, row),
        "published": report.published if report else None, "title": report.title if report else None,
        "url": report.url if report else None, "report_retracted": bool(report and report.retracted),
        "speaker": content["speaker"], "quote": content["quote"],
        "span": [span["start"], span["end"]] if span else None,
        "sentence": _sentence(report.text, span) if report and span else None,
        "coded_by": content["coded_by"], "figures": content.get("figures", []),
        "when": {k: (content.get("when") or {}).get(k) for k in _WHEN_FIELDS},
        **_link(catalog, row),
        "history": history,
        "corrections": [e for e in history[1:] if not e["event"].startswith("Incident.")],
    }


def _publisher(catalog: Catalog, row: ClaimRow) -> str:
    report = catalog.reports.get(row.report)
    return report.publisher if report else ""


def _sentence(text: str, span: dict[str, int]) -> str:
    """The whole sentence(s) the quote sits in, so a reader sees its context."""
    start, end = span["start"], span["end"]
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, max(end - 1, start))
    return text[before[-1] if before else 0: after.start() + 1 if after else len(text)].strip()


def _link(catalog: Catalog, row: ClaimRow) -> dict[str, Any]:
    incident = catalog.incidents.get(row.incident) if row.incident else None
    link = incident.claims.get(row.id) if incident else None
    if incident is None or link is None:
        return {"incident": None, "link": None}
    return {"incident": str(incident.id),
            "link": {"by": link.by, "score": link.score, "reasons": link.reasons, "at": link.at}}


def _disagreement(measure: dict[str, Any]) -> dict[str, Any]:
    """Each source's current figure for a disputed measure and party."""
    current = [f for f in measure["figures"] if "superseded_by" not in f and f["value"] is not None]
    return {
        "measure": measure["measure"], "party": measure["party"],
        "low": measure["low"], "best": measure["best"], "high": measure["high"],
        "by_source": [{"source": f["source"], "speaker": f["speaker"], "value": f["value"],
                       "qualifier": f["qualifier"], "claim": f["claim"]} for f in current],
    }

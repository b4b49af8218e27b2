"""The export document, gathered from the read models of one catalog.

Every format renders this one document, so all of them show the same incidents, figures
and sources on the same clocks (the caller narrows the catalog before it gets here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exports.models import Clocks, ExportDocument
from projections.audit import claim_chain
from projections.casualties import casualties
from projections.catalog import Catalog, ClaimRow
from projections.listing import claim_doc, report_doc, select_claims
from projections.talks import talks
from projections.timeline import escalation, placed_incidents, timeline

CountryOf = Callable[[str], str | None]


def build(
    catalog: Catalog, clocks: Clocks | None = None, country_of: CountryOf | None = None
) -> ExportDocument:
    """The document; `country_of` names the country a location lies in (a gazetteer look-up)."""
    placed = placed_incidents(catalog)
    incidents = timeline(catalog, placed)["incidents"]
    for incident in incidents:
        location = incident.get("location")
        incident["country"] = country_of(location) if country_of and location else None
    reports = sorted(catalog.reports.values(), key=lambda r: (r.published or "", r.publisher, str(r.id)))
    return ExportDocument.model_validate({
        "clocks": (clocks or Clocks()).model_dump(),
        "reports": [report_doc(r) for r in reports],
        "incidents": incidents,
        "escalation": {"day": escalation(catalog, by="day", placed=placed),
                       "week": escalation(catalog, by="week", placed=placed)},
        "casualties": casualties(catalog)["incidents"],
        "talks": talks(catalog),
        "claims": [_claim(catalog, row) for row in select_claims(catalog)],
    })


def _claim(catalog: Catalog, row: ClaimRow) -> dict[str, Any]:
    """The claim as `claims --json` shows it, with the audit's sentence and incident link."""
    chain = claim_chain(catalog, row, [])
    return {**claim_doc(row, catalog), "sentence": chain["sentence"], "link": chain["link"]}

"""The facts the linking rule compares, for every claim already in an incident."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import Any
from uuid import UUID

from domain.linking import INCIDENT_KINDS, ClaimFacts, IncidentMembers, facts_interval, undated_window
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


def _facts(catalog: Catalog, claim_id: UUID) -> ClaimFacts | None:
    row = catalog.claims.get(claim_id)
    if row is None or row.status in ("rejected", "retracted", "superseded"):
        return None
    report = catalog.reports[row.report]
    return claim_facts(row.id, row.report, row.content, report.timezone, published_day(report))


class IncidentIndex:
    """The open incidents' facts, bucketed by UTC day, kept current incrementally.

    The linking rule only joins intervals that overlap (give or take a few hours), so a claim
    need only be scored against incidents whose claims touch the days around its own: this
    keeps linking from growing with the size of the whole archive. Each incident's members
    are kept as the rule reads them (`domain.linking.IncidentMembers`); an incident that only
    gained claims gets just those added, one whose member claims changed is recomputed.
    """

    def __init__(self) -> None:
        self.members: dict[UUID, IncidentMembers] = {}
        self._claims: dict[UUID, set[UUID]] = {}  # the claims each incident's entry holds
        self._days: dict[UUID, set[date]] = {}
        self._by_day: dict[date, set[UUID]] = {}

    def rebuild(self, catalog: Catalog) -> None:
        self.members.clear()
        self._claims.clear()
        self._days.clear()
        self._by_day.clear()
        self.refresh(catalog, set(catalog.incidents))

    def refresh(self, catalog: Catalog, touched: set[UUID]) -> None:
        """Brings up to date the incidents that `touched` ids (incidents, claims, or reports,
        whose dating their claims' facts depend on) may have changed."""
        changed = set(touched)
        for rid in touched & catalog.reports.keys():
            changed.update(catalog.reports[rid].claims)
        affected = {i for i in changed if i in catalog.incidents}
        affected |= {row.incident for c in changed if (row := catalog.claims.get(c)) and row.incident}
        for incident_id in affected:
            incident = catalog.incidents[incident_id]
            held = self._claims.get(incident_id)
            if incident.merged_into is not None:
                self._forget(incident_id)
            elif held is not None and not (held & changed) and held <= incident.claims.keys():
                self._add(incident_id, catalog, [c for c in incident.claims if c not in held])
            else:
                self._forget(incident_id)
                self._add(incident_id, catalog, list(incident.claims))

    def near(
        self, claim: ClaimFacts, pending: dict[UUID, list[ClaimFacts]]
    ) -> list[tuple[UUID, IncidentMembers]]:
        """Incidents whose claims touch the days around `claim`, with this report's additions."""
        found: set[UUID] = set(pending)
        for day in _days(claim, margin=1):
            found |= self._by_day.get(day, set())
        return [(i, self._with(i, pending.get(i))) for i in sorted(found)]  # UUIDs sort as their str

    def overlay(self) -> IndexOverlay:
        """A view of this index plus links not saved yet (see `IndexOverlay`)."""
        return IndexOverlay(self)

    def _with(
        self, incident_id: UUID, pending: list[ClaimFacts] | None, held: IncidentMembers | None = None
    ) -> IncidentMembers:
        if held is None:
            held = self.members.get(incident_id)
        if not pending:
            return held or IncidentMembers()
        members = held.copy() if held else IncidentMembers()
        for facts in pending:
            members.add(facts)
        return members

    def _add(self, incident_id: UUID, catalog: Catalog, claim_ids: list[UUID]) -> None:
        held = self._claims.setdefault(incident_id, set())
        held.update(claim_ids)
        facts = [f for f in (_facts(catalog, c) for c in claim_ids) if f is not None]
        if not facts:
            return
        members = self.members.setdefault(incident_id, IncidentMembers())
        days = self._days.setdefault(incident_id, set())
        for f in facts:
            members.add(f)
            for day in _days(f, margin=0):
                if day not in days:
                    days.add(day)
                    self._by_day.setdefault(day, set()).add(incident_id)

    def _forget(self, incident_id: UUID) -> None:
        self.members.pop(incident_id, None)
        self._claims.pop(incident_id, None)
        for day in self._days.pop(incident_id, set()):
            self._by_day.get(day, set()).discard(incident_id)


class IndexOverlay:
    """The index as it will be once some links not yet saved are stored, for filing several
    reports in one transaction: each report links against the links of the reports before
    it in the batch exactly as if those had been filed (and the index refreshed) one by one.
    The index itself is left unchanged, so a batch that fails to save leaves no trace in it.
    """

    def __init__(self, index: IncidentIndex) -> None:
        self.index = index
        self.members: dict[UUID, IncidentMembers] = {}  # the index's entry plus the added links
        self._by_day: dict[date, set[UUID]] = {}

    def add(self, incident_id: UUID, facts: ClaimFacts) -> None:
        """Records that the claim `facts` describes was linked to `incident_id` (in link order)."""
        members = self.members.get(incident_id)
        if members is None:
            held = self.index.members.get(incident_id)
            members = self.members[incident_id] = held.copy() if held else IncidentMembers()
        members.add(facts)
        for day in _days(facts, margin=0):
            self._by_day.setdefault(day, set()).add(incident_id)

    def near(
        self, claim: ClaimFacts, pending: dict[UUID, list[ClaimFacts]]
    ) -> list[tuple[UUID, IncidentMembers]]:
        """As `IncidentIndex.near`, with the added links as if they were in the index."""
        found: set[UUID] = set(pending)
        by_day = self.index._by_day
        for day in _days(claim, margin=1):
            found |= by_day.get(day, set())
            found |= self._by_day.get(day, set())
        return [(i, self.index._with(i, pending.get(i), self.members.get(i))) for i in sorted(found)]


def _days(facts: ClaimFacts, *, margin: int) -> set[date]:
    first = facts.start.astimezone(UTC).date() - timedelta(days=margin)
    last = facts.end.astimezone(UTC).date() + timedelta(days=margin)
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}

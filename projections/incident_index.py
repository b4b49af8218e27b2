"""The facts the linking rule compares, for every claim already in an incident."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import Any
from uuid import UUID

from domain.linking import (
    INCIDENT_KINDS,
    ClaimFacts,
    IncidentMembers,
    Match,
    best_among,
    facts_interval,
    undated_window,
)
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

    The members and the days are keyed by the integer of the incident's id (`UUID.int`): a
    claim looks up ~40 candidates, and an integer hashes in C where a `UUID` hashes in Python.
    """

    def __init__(self) -> None:
        self.members: dict[int, IncidentMembers] = {}
        self._claims: dict[UUID, set[UUID]] = {}  # the claims each incident's entry holds
        self._days: dict[UUID, set[date]] = {}
        self._by_day: dict[date, set[int]] = {}

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

    def near(self, claim: ClaimFacts, working: dict[int, IncidentMembers]) -> set[int]:
        """The incidents (by `UUID.int`) whose claims touch the days around `claim`, and
        those in `working`: the members of the incidents this report linked to so far
        (`members_of` plus its links), which replace the index's entry for those."""
        found: set[int] = set(working)
        by_day = self._by_day
        for day in _days(claim, margin=1):
            found |= by_day.get(day, _NONE)
        return found

    def best(self, claim: ClaimFacts, working: dict[int, IncidentMembers]) -> Match | None:
        """The incident `claim` links to among those `near` it (`domain.linking.best_among`)."""
        return best_among(claim, self.near(claim, working), self.members, working)

    def members_of(self, incident_id: UUID) -> IncidentMembers | None:
        """The members an incident has in the index (a report's links go into a copy)."""
        return self.members.get(incident_id.int)

    def overlay(self) -> IndexOverlay:
        """A view of this index plus links not saved yet (see `IndexOverlay`)."""
        return IndexOverlay(self)

    def _add(self, incident_id: UUID, catalog: Catalog, claim_ids: list[UUID]) -> None:
        held = self._claims.setdefault(incident_id, set())
        held.update(claim_ids)
        facts = [f for f in (_facts(catalog, c) for c in claim_ids) if f is not None]
        if not facts:
            return
        key = incident_id.int
        members = self.members.setdefault(key, IncidentMembers())
        days = self._days.setdefault(incident_id, set())
        for f in facts:
            members.add(f)
            for day in _days(f, margin=0):
                if day not in days:
                    days.add(day)
                    self._by_day.setdefault(day, set()).add(key)

    def _forget(self, incident_id: UUID) -> None:
        key = incident_id.int
        self.members.pop(key, None)
        self._claims.pop(incident_id, None)
        for day in self._days.pop(incident_id, set()):
            self._by_day.get(day, set()).discard(key)


class IndexOverlay:
    """The index as it will be once some links not yet saved are stored, for filing several
    reports in one transaction: each report links against the links of the reports before
    it in the batch exactly as if those had been filed (and the index refreshed) one by one.
    The index itself is left unchanged, so a batch that fails to save leaves no trace in it.
    """

    def __init__(self, index: IncidentIndex) -> None:
        self.index = index
        # The index's entries, those with added links replaced: one look-up per candidate.
        self.members: dict[int, IncidentMembers] = dict(index.members)
        self._by_day: dict[date, set[int]] = {}  # the days of the added links

    def add(self, incident_id: UUID, members: IncidentMembers, facts: list[ClaimFacts]) -> None:
        """Records that the claims `facts` describe were linked to `incident_id`; `members`
        is the incident's entry with them added (`members_of` plus `facts`, in link order)."""
        key = incident_id.int
        self.members[key] = members
        for f in facts:
            for day in _days(f, margin=0):
                self._by_day.setdefault(day, set()).add(key)

    def near(self, claim: ClaimFacts, working: dict[int, IncidentMembers]) -> set[int]:
        """As `IncidentIndex.near`, with the added links as if they were in the index."""
        found: set[int] = set(working)
        by_day, added = self.index._by_day, self._by_day
        for day in _days(claim, margin=1):
            found |= by_day.get(day, _NONE)
            if added:
                found |= added.get(day, _NONE)
        return found

    def best(self, claim: ClaimFacts, working: dict[int, IncidentMembers]) -> Match | None:
        """As `IncidentIndex.best`, with the added links as if they were in the index."""
        return best_among(claim, self.near(claim, working), self.members, working)

    def members_of(self, incident_id: UUID) -> IncidentMembers | None:
        """The members an incident has in the index plus the added links."""
        return self.members.get(incident_id.int)


_NONE: frozenset[int] = frozenset()


def _days(facts: ClaimFacts, *, margin: int) -> frozenset[date]:
    """The UTC days `facts`' interval touches, widened by `margin` days either side."""
    utc = facts.utc
    first, last = (utc[0].date(), utc[1].date()) if utc is not None else (
        facts.start.astimezone(UTC).date(), facts.end.astimezone(UTC).date())
    key = (first, last, margin)
    days = _DAY_SPANS.get(key)
    if days is None:
        if len(_DAY_SPANS) >= _DAY_SPANS_KEPT:
            _DAY_SPANS.clear()
        low, high = first - timedelta(days=margin), last + timedelta(days=margin)
        days = _DAY_SPANS[key] = frozenset(low + timedelta(days=n) for n in range((high - low).days + 1))
    return days


#: The day sets of spans seen lately: claims of one period share their spans.
_DAY_SPANS: dict[tuple[date, date, int], frozenset[date]] = {}
_DAY_SPANS_KEPT = 50_000

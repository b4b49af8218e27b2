"""The three clocks: what was published by a day, what was recorded by a moment, what
happened in a window. Each returns the catalog a reader on that clock would have seen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import compress
from typing import Any, TypeVar
from uuid import UUID
from zoneinfo import ZoneInfo

from eventsourcing.domain import DomainEvent

from domain.anchor import parse_published
from projections.catalog import Catalog, ClaimRow, IncidentRow, Link, ReportRow
from projections.collecting import without_collection


@without_collection
def recorded_by(events: Iterable[DomainEvent], moment: datetime) -> Catalog:
    """The catalog as the store stood at `moment`: later events, corrections included, unseen."""
    return Catalog.build(e for e in events if e.timestamp <= moment)


def published_day(row: ReportRow) -> date | None:
    """The report's publication day in its own zone; None when it was never dated."""
    if row.published is None:
        return None
    return _published_day(row.published, row.timezone)


#: `ZoneInfo` keeps only the last few zones it made, so each miss of the cache below read a
#: zone file from disk again (half of a cold as-of query at 30,000 reports).
_zone = lru_cache(maxsize=1024)(ZoneInfo)


@lru_cache(maxsize=1 << 18)  # a moment per report: an LRU smaller than the store misses every time
def _published_day(published: str, timezone: str) -> date:
    # Linking and as-of ask for the same few thousand (moment, zone) pairs again and again.
    moment = parse_published(published)
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(_zone(timezone))
        return moment.date()
    return moment


@without_collection
def as_of(catalog: Catalog, day: date) -> Catalog:
    """Only reports published by the end of `day`, each in its own zone, and their claims.

    Days are compared as ordinals through `itertools.compress`, so a long-lived reader's
    query walks the catalog's reports and the incidents the day cuts through in C instead of
    looking every id up (`UUID` hashes in Python): at 10,000 reports the cut went from 13-14 to
    5-7 ms of CPU (docs/performance.md)."""
    by = day.toordinal().__ge__
    reports = dict(compress(catalog.reports.items(), map(by, _report_days(catalog))))
    known = reports.keys()

    def pick() -> dict[UUID, ClaimRow]:
        return {cid: row for cid, row in catalog.claims.items() if row.report in known}

    if catalog.source is not None:  # a view already: cut it as any clock does
        return restrict(catalog, reports=known, claims=pick(), whole_reports=True)
    incidents = {}
    ordinal = day.toordinal()
    for iid, incident, placed in _incident_days(catalog):
        if placed is None:  # a claim or report missing, or undated: look each claim up
            claims = catalog.claims
            cut = _cut(incident, {c: link for c, link in incident.claims.items()
                                  if (row := claims.get(c)) is not None and row.report in known})
        elif placed.last <= ordinal:  # every claim it links was known by then
            cut = incident
        elif placed.first > ordinal:  # none was
            cut = _copy(incident, claims={}) if incident.merged_into is not None else None
        else:
            cut = _cut(incident, dict(compress(incident.claims.items(), map(by, placed.days))))
        if cut is not None:
            incidents[iid] = cut
    return ClockView(reports=reports, incidents=incidents, source=catalog, pick=pick)


#: The ordinal given to an undated report: later than any day (`date.max` is 3,652,059).
_UNDATED = 1 << 62


def _report_days(catalog: Catalog) -> list[int]:
    """Each report's publication day as an ordinal (`_UNDATED` when it has none), in the
    catalog's row order: worked out once per catalog state, so an as-of query at a
    long-lived reader compares numbers instead of looking up every report's zone and moment
    again."""
    return _per_state(catalog, "report_days", len(catalog.reports), lambda: [
        _UNDATED if (d := published_day(row)) is None else d.toordinal() for row in catalog.reports.values()
    ])


@dataclass(frozen=True)
class _Placed:
    """The publication days (ordinals) of the reports of an incident's claims, in the order
    it links them, with the first and the last."""

    first: int
    last: int
    days: tuple[int, ...]


def _incident_days(catalog: Catalog) -> list[tuple[UUID, IncidentRow, _Placed | None]]:
    """Every incident with its `_Placed` (None when it links no claim, or one whose claim or
    report is missing or undated): once per catalog state."""
    return _per_state(catalog, "incident_days", len(catalog.incidents), lambda: [
        (iid, incident, _placed(catalog, incident)) for iid, incident in catalog.incidents.items()
    ])


Made = TypeVar("Made", bound=list[Any])


def _per_state(catalog: Catalog, name: str, size: int, make: Callable[[], Made]) -> Made:
    """`make()`, kept in `catalog.derived` (emptied by `apply`) under `name` while it still
    holds `size` items (one per report or incident)."""
    found: Made | None = catalog.derived.get(name)
    if found is None or len(found) != size:
        found = catalog.derived[name] = make()
    return found


def _placed(catalog: Catalog, incident: IncidentRow) -> _Placed | None:
    days = []
    for cid in incident.claims:
        row = catalog.claims.get(cid)
        report = catalog.reports.get(row.report) if row is not None else None
        day = published_day(report) if report is not None else None
        if day is None:
            return None
        days.append(day.toordinal())
    return _Placed(min(days), max(days), tuple(days)) if days else None


class ClockView(Catalog):
    """A catalog cut by a clock whose claims are picked on first use. A read that goes only
    through incidents (the timeline, the ledger: `evidence.incident_claims` looks claims up in
    the catalog the view was cut from, which holds the same rows) never needs them all, and
    picking them costs one look-up per claim of the store."""

    def __init__(
        self, *, reports: dict[UUID, ReportRow], incidents: dict[UUID, IncidentRow], source: Catalog,
        pick: Callable[[], dict[UUID, ClaimRow]],
    ) -> None:
        super().__init__(reports=reports, incidents=incidents, source=source)
        self._pick: Callable[[], dict[UUID, ClaimRow]] | None = pick

    @property
    def claims(self) -> dict[UUID, ClaimRow]:
        if self._pick is not None:
            self._picked, self._pick = self._pick(), None
        return self._picked

    @claims.setter
    def claims(self, value: dict[UUID, ClaimRow]) -> None:
        self._picked, self._pick = value, None


@without_collection
def between(catalog: Catalog, start: date, end: date) -> Catalog:
    """Only claims whose resolved interval meets [start, end); undated claims drop out."""
    low, high = start.isoformat(), end.isoformat()

    def overlaps(row: ClaimRow) -> bool:
        when = row.content.get("when") or {}
        s, e = when.get("start"), when.get("end")
        if e is None:
            return False
        return e > low and (s is None or s < high)

    claims = {cid: row for cid, row in catalog.claims.items() if overlaps(row)}
    return restrict(catalog, reports=set(catalog.reports), claims=claims)


@without_collection
def restrict(
    catalog: Catalog, *, reports: AbstractSet[UUID], claims: dict[UUID, ClaimRow],
    whole_reports: bool = False,
) -> Catalog:
    """A copy holding the given reports and claims (the catalog's own rows, in its order);
    incidents keep only those claims, and an incident left with none disappears.

    A row that keeps all its claims is the catalog's own row, as claim rows always are (rows
    change only through `Catalog.apply`, which no reader calls on a copy); one that loses some
    is a copy. `whole_reports` says every claim of the given reports is among `claims` (as
    of a day, a report is known with all it said), so their claim lists need no filtering."""
    incidents = {}
    for iid, incident in catalog.incidents.items():
        cut = _cut(incident, {c: link for c, link in incident.claims.items() if c in claims})
        if cut is not None:
            incidents[iid] = cut
    if whole_reports:
        kept = {rid: row for rid, row in catalog.reports.items() if rid in reports}
    else:
        kept = {}
        for rid, row in catalog.reports.items():
            if rid in reports:
                mine = [c for c in row.claims if c in claims]
                kept[rid] = row if len(mine) == len(row.claims) else _copy(row, claims=mine)
    return Catalog(reports=kept, claims=claims, incidents=incidents, source=catalog.source or catalog)


def _cut(incident: IncidentRow, links: dict[UUID, Link]) -> IncidentRow | None:
    """The incident with only `links` (a subset of its own): its own row when it keeps them
    all, a copy when it loses some, and nothing when it keeps none (unless it was merged)."""
    if not links and incident.merged_into is None:
        return None
    return incident if len(links) == len(incident.claims) else _copy(incident, claims=links)


Row = TypeVar("Row", ReportRow, IncidentRow)


def _copy(row: Row, **changes: Any) -> Row:
    """`dataclasses.replace` for the catalog's rows (plain dataclasses: their fields are their
    `__dict__`) at a third of its cost; an as-of copies every report and incident."""
    copied: Row = object.__new__(type(row))
    vars(copied).update(vars(row), **changes)
    return copied

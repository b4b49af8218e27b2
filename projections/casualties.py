"""The casualty ledger: per incident, measure and party, every source's figure and the range.

Rules (docs/projections.md has worked examples):
- Only live claims (proposed or accepted, report not retracted) linked to an incident count;
  a figure in a claim that belongs to no incident is not in the ledger.
- Each publisher contributes its latest figure (report publication, then record time, then
  text order); its earlier figures are listed with `superseded_by`, as updates, not dissent.
- `low` is the smallest lower bound, `best` the lower median of the publishers' figures,
  `high` the largest figure when it bounds every open-ended one ("at least 16"), else null.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from projections.catalog import Catalog, ClaimRow, IncidentRow
from projections.collecting import without_collection
from projections.evidence import (
    incident_claims,
    incident_interval,
    incident_title,
    most_common,
    open_incidents,
    publisher,
    recency_key,
)
from projections.parties import group_keys, party_key
from projections.reuse import per_claim, per_incident

#: The wordings of the two measures the ledger keeps.
MEASURES = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
    "injured": "injured", "wounded": "injured",
}
_ORDER = {"killed": 0, "injured": 1}


@dataclass(frozen=True)
class Sighting:
    """One figure as one claim gives it, with where it came from."""

    measure: str
    value: int | None
    qualifier: str
    party: str | None
    vague: str | None
    source: str
    speaker: str
    claim: UUID
    quote: str
    published: str | None
    recency: tuple[Any, ...]

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        """(lower, upper): "more than 85" is at least 86; "up to 9" gives no floor."""
        if self.value is None:
            return None, None
        if self.qualifier == "more_than":
            return self.value + 1, None
        if self.qualifier in ("at_least", "vague"):
            return self.value, None
        if self.qualifier == "up_to":
            return None, self.value
        return self.value, self.value

    @property
    def point(self) -> int | None:
        """The one number the figure stands for in `low` and `best`."""
        lower, upper = self.bounds
        return lower if lower is not None else upper


@without_collection
def casualties(catalog: Catalog) -> dict[str, Any]:
    rows = [dict(doc) for incident in open_incidents(catalog)  # copies: a caller may add fields
            if (doc := per_incident(catalog, incident, "ledger", incident_ledger))]
    rows.sort(key=lambda d: (d["start"] is None, d["start"] or "", d["id"]))
    return {"incidents": rows}


def incident_ledger(catalog: Catalog, incident: IncidentRow) -> dict[str, Any] | None:
    """The incident's ledger entry, or None when none of its live claims gives a casualty figure."""
    claims = incident_claims(catalog, incident)
    sightings = [s for row in claims for s in per_claim(catalog, row, "sightings", _sightings)]
    if not sightings:
        return None
    interval, rule = incident_interval(claims, catalog)
    keys = group_keys(s.party for s in sightings)
    groups = _groups(sightings, keys)
    by_party: dict[str | None, list[Sighting]] = defaultdict(list)
    for s in sightings:
        by_party[keys[s.party]].append(s)
    names = {k: _display_party(party_sightings) for k, party_sightings in by_party.items()}
    measures = [measure_doc(m, p, groups[(m, p)], names[p]) for m, p in sorted(groups, key=_group_order)]
    span = interval.doc() if interval else {"start": None, "end": None, "granularity": None}
    title = incident_title(incident, most_common(r.content.get("location") for r in claims), interval)
    return {"id": str(incident.id), "title": title, **span, "interval_rule": rule,
            "measures": measures}


def best_figures(claims: list[ClaimRow], catalog: Catalog) -> dict[str, int]:
    """The incident's `best` figures (its ledger's, for these live claims), parties added up."""
    sightings = [s for row in claims for s in per_claim(catalog, row, "sightings", _sightings)]
    best = {"killed": 0, "injured": 0}
    for (measure, _), group in _groups(sightings, group_keys(s.party for s in sightings)).items():
        best[measure] += figure_range(list(latest_per_source(group).values()))[1] or 0
    return best


def _groups(
    sightings: list[Sighting], keys: dict[str | None, str | None],
) -> dict[tuple[str, str | None], list[Sighting]]:
    """The sightings per measure and party key, each group in the incident's order."""
    groups: dict[tuple[str, str | None], list[Sighting]] = defaultdict(list)
    for s in sightings:
        groups[(s.measure, keys[s.party])].append(s)
    return groups


def _group_order(group: tuple[str, str | None]) -> tuple[int, str]:
    return _ORDER.get(group[0], 9), group[1] or ""


def _sightings(row: ClaimRow, catalog: Catalog) -> list[Sighting]:
    report = catalog.reports.get(row.report)
    found = []
    for figure in row.content.get("figures", []):
        measure = MEASURES.get(str(figure.get("measure", "")).casefold())
        if measure is None:
            continue
        found.append(Sighting(
            measure=measure, value=figure.get("value"), qualifier=figure.get("qualifier") or "exact",
            party=figure.get("party"), vague=figure.get("vague"), source=publisher(row, catalog),
            speaker=row.content["speaker"], claim=row.id, quote=row.content["quote"],
            published=report.published if report else None, recency=recency_key(row, catalog),
        ))
    return found


def latest_per_source(sightings: list[Sighting]) -> dict[str, Sighting]:
    """Each publisher's latest countable figure: a rising toll is an update, not a second voice."""
    latest: dict[str, Sighting] = {}
    for s in sorted(sightings, key=lambda s: s.recency):
        if s.value is not None:
            latest[s.source] = s
    return latest


def measure_doc(
    measure: str, party: str | None, sightings: list[Sighting], name: str | None,
) -> dict[str, Any]:
    """One measure and party: `party` is the wording sources use most for it, `party_key` the group."""
    current = latest_per_source(sightings)
    low, best, high = figure_range(list(current.values()))
    points = {s.point for s in current.values()}
    ordered = sorted(sightings, key=lambda s: s.recency)
    return {
        "measure": measure, "party": name, "party_key": party,
        "low": low, "best": best, "high": high, "disputed": len(points) > 1,
        "sources": sorted(current),
        "figures": [_figure_doc(s, current) for s in ordered],
    }


def figure_range(current: list[Sighting]) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) over the publishers' current figures."""
    points = sorted(p for s in current if (p := s.point) is not None)
    if not points:
        return None, None, None
    uppers = [u for s in current if (u := s.bounds[1]) is not None]
    open_floors = [s.bounds[0] or 0 for s in current if s.bounds[1] is None]
    high = max(uppers) if uppers else None
    if high is not None and high < max(open_floors, default=0):
        high = None
    return points[0], points[(len(points) - 1) // 2], high


def _display_party(sightings: list[Sighting]) -> str | None:
    """The naming wording most sources use (the shortest on a tie), so the key stays readable;
    wordings that name nobody ("members") are not shown as the party."""
    wordings = Counter(s.party for s in sightings if s.party and party_key(s.party))
    if not wordings:
        return None
    return min(wordings, key=lambda w: (-wordings[w], len(w), w))


def _figure_doc(s: Sighting, current: dict[str, Sighting]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "value": s.value, "qualifier": s.qualifier, "source": s.source, "speaker": s.speaker,
        "claim": str(s.claim), "quote": s.quote, "party": s.party, "published": s.published,
        "low": s.bounds[0], "high": s.bounds[1],
    }
    if s.vague:
        doc["vague"] = s.vague
    latest = current.get(s.source)
    if s.value is None:
        doc["counted"] = False
    elif latest is not None and latest is not s:
        doc["superseded_by"] = str(latest.claim)
    return doc


@without_collection
def totals(catalog: Catalog, start: date | str | None, end: date | str | None) -> dict[str, Any]:
    """Sums per measure over incidents whose interval starts in [start, end), each incident once.

    An incident is placed on the local day its interval starts, so adjacent periods partition
    the incidents; undated incidents are listed apart and summed nowhere.
    """
    first, stop = _as_date(start), _as_date(end)
    ledger = casualties(catalog)["incidents"]
    inside = [d for d in ledger if d["start"] and _in_period(d["start"], first, stop)]
    sums = {m: _sum_measure(m, inside) for m in _ORDER}
    return {
        "start": first.isoformat() if first else None, "end": stop.isoformat() if stop else None,
        "incidents": [d["id"] for d in inside],
        "undated": [d["id"] for d in ledger if not d["start"]],
        "measures": [{"measure": m, **sums[m]} for m in _ORDER],
    }


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def _in_period(start: str, first: date | None, stop: date | None) -> bool:
    day = date.fromisoformat(start[:10])
    return (first is None or day >= first) and (stop is None or day < stop)


def _sum_measure(measure: str, incidents: list[dict[str, Any]]) -> dict[str, Any]:
    """Parties of one incident are different people, so they add up like incidents do."""
    counted = {d["id"]: [m for m in d["measures"] if m["measure"] == measure and m["low"] is not None]
               for d in incidents}
    rows = [m for ms in counted.values() for m in ms]
    highs = [m["high"] for m in rows]
    return {
        "low": sum(m["low"] for m in rows), "best": sum(m["best"] for m in rows),
        "high": sum(highs) if None not in highs else None,
        "incidents": sum(1 for ms in counted.values() if ms),
    }

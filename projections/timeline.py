"""The escalation timeline: one row per incident ordered by start, and an escalation series.

An incident's interval narrows to where its claims agree (see `evidence.incident_interval`);
its title is made from kind, place and date when the stored one names nothing in particular.
The escalation series weighs each incident by a Goldstein-style score of its kind times its
severity and spreads it evenly over the local days its interval covers.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any, Literal, cast

from domain.errors import InvalidInput
from projections.casualties import best_figures
from projections.catalog import Catalog, ClaimRow, IncidentRow
from projections.collecting import without_collection
from projections.evidence import (
    Interval,
    incident_claims,
    incident_interval,
    incident_title,
    most_common,
    open_incidents,
    publisher,
)
from projections.reuse import per_incident

#: Goldstein-scale weights (-10 most conflictual, +10 most cooperative) of the CAMEO codes
#: closest to each claim kind; kinds not listed weigh 0 (they describe, they do not act).
GOLDSTEIN: dict[str, float] = {
    "strike": -10.0,              # CAMEO 195 employ aerial weapons
    "attack": -10.0,              # CAMEO 190 use conventional military force
    "casualties": -10.0,          # reported deaths stand for the use of force behind them
    "target_count": -10.0,        # a count of targets struck: aerial weapons again
    "attack_count": -9.0,         # CAMEO 18 assault, repeated
    "threat": -7.0,               # CAMEO 138 threaten with military force
    "call_for_withdrawal": -5.0,  # CAMEO 10 demand
    "responsibility": -2.0,       # no CAMEO code; weighed as a hostile statement
    "statement": -2.0,            # CAMEO 11 disapprove (condemnations dominate)
    "troop_presence": 0.0,        # a standing fact, not an act
    "talks_status": 7.0,          # CAMEO 046 engage in negotiation
}

Period = Literal["day", "week"]


@dataclass(frozen=True)
class Placed:
    """An open incident with the live claims behind it and the interval they give it: what
    the timeline and every escalation series read, found once for all of them."""

    incident: IncidentRow
    claims: list[ClaimRow]
    interval: Interval | None
    rule: str


@without_collection
def placed_incidents(catalog: Catalog) -> list[Placed]:
    """Every open incident that a live claim stands behind, in the catalog's order."""
    found = (per_incident(catalog, incident, "placed", _place) for incident in open_incidents(catalog))
    return [p for p in found if p is not None]


def _place(catalog: Catalog, incident: IncidentRow) -> Placed | None:
    claims = incident_claims(catalog, incident)
    return Placed(incident, claims, *incident_interval(claims, catalog)) if claims else None


@without_collection
def timeline(catalog: Catalog, placed: Sequence[Placed] | None = None) -> dict[str, Any]:
    """`placed` is `placed_incidents(catalog)` when the caller has it already."""
    found = placed_incidents(catalog) if placed is None else placed
    rows = [per_incident(catalog, p.incident, "timeline", partial(_row, placed=p)) for p in found]
    rows.sort(key=lambda r: r[1])
    return {"incidents": [dict(doc) for doc, _ in rows]}  # copies: a caller may add fields


def _row(catalog: Catalog, _: IncidentRow, placed: Placed) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """The incident's row and its sort key."""
    incident, claims, interval = placed.incident, placed.claims, placed.interval
    location = most_common(c.content.get("location") for c in claims)
    span = interval.doc() if interval else {"start": None, "end": None, "granularity": None, "timezone": None}
    doc = {
        "id": str(incident.id), "kind": incident.kind,
        "title": incident_title(incident, location, interval), **span, "interval_rule": placed.rule,
        "location": location, "actors": _actors(claims), "sources": _sources(claims, catalog),
        "claims": [str(c.id) for c in claims],
    }
    # The start as a naive UTC moment: aware moments in different zones compare through
    # `utcoffset` calls, which made sorting a large timeline its costliest step.
    start = interval.start.astimezone(UTC).replace(tzinfo=None) if interval else datetime.min
    return doc, (interval is None, start, str(incident.id))


def _actors(claims: Iterable[ClaimRow]) -> list[str]:
    """Every actor any claim names, the most often named first (first named first on a tie)."""
    named = Counter(a for c in claims for a in c.content.get("actors", []))
    return sorted(named, key=lambda a: -named[a])


def _sources(claims: Iterable[ClaimRow], catalog: Catalog) -> list[str]:
    return sorted({publisher(c, catalog) for c in claims})


def severity(catalog: Catalog, incident: IncidentRow) -> float:
    """1 + ln(1 + best killed) + 0.5 ln(1 + best injured), parties added up."""
    return _severity(catalog, incident_claims(catalog, incident))


def _severity(catalog: Catalog, claims: list[ClaimRow]) -> float:
    """`severity` of an incident with these live claims: the ledger's best figures, without
    the rest of the ledger (its interval, title, party names and figure documents)."""
    best = best_figures(claims, catalog)
    return 1 + math.log1p(best["killed"]) + 0.5 * math.log1p(best["injured"])


@without_collection
def escalation(
    catalog: Catalog, by: str = "day", placed: Sequence[Placed] | None = None,
) -> list[dict[str, Any]]:
    """Per day or ISO week, the summed escalation of the incidents active then.

    Each incident scores -GOLDSTEIN[kind] x severity, so hostile acts push the series up and
    negotiation pulls it down; the score is split evenly across its interval's local days.
    Undated incidents cannot be placed and are left out. Empty periods between the first and
    the last are kept with score 0, so a gap reads as calm, not as nothing. `placed` is
    `placed_incidents(catalog)` when the caller has it already.
    """
    if by not in ("day", "week"):
        raise InvalidInput(f"escalation is by day or week, not {by!r}")
    period_kind = cast(Period, by)
    scores: dict[str, float] = defaultdict(float)
    active: dict[str, list[str]] = defaultdict(list)
    periods: dict[date, str] = {}
    for item in placed_incidents(catalog) if placed is None else placed:
        if item.interval is None:
            continue
        days, score = per_incident(catalog, item.incident, "escalation", partial(_weight, placed=item))
        touched: dict[str, None] = {}
        for day in days:  # one addition per day, as ever: the same floats
            period = periods.get(day) or periods.setdefault(day, _period(day, period_kind))
            scores[period] += score / len(days)
            touched[period] = None
        for period in touched:
            active[period].append(str(item.incident.id))
    return [{"period": p, "score": round(scores[p], 3), "incidents": active[p]}
            for p in _all_periods(scores, period_kind)]


def _weight(catalog: Catalog, _: IncidentRow, placed: Placed) -> tuple[list[date], float]:
    """The local days a dated incident covers and the score it spreads over them."""
    assert placed.interval is not None
    score = -GOLDSTEIN.get(placed.incident.kind, 0.0) * _severity(catalog, placed.claims)
    return placed.interval.days(), score


def _period(day: date, by: Period) -> str:
    if by == "day":
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _all_periods(scores: dict[str, float], by: Period) -> list[str]:
    if not scores:
        return []
    first, last = min(scores), max(scores)
    day, stop = _period_start(first, by), _period_start(last, by)
    periods = []
    while day <= stop:
        periods.append(_period(day, by))
        day += timedelta(days=1 if by == "day" else 7)
    return periods


def _period_start(period: str, by: Period) -> date:
    if by == "day":
        return date.fromisoformat(period)
    year, week = period.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)

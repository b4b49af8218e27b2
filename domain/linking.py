"""Which incident a claim describes: a scored, explained rule, so every link can be audited.

A claim joins an incident when their times overlap once each report's zone is applied
(a "Friday night" in Baghdad and an "on Saturday" elsewhere can be the same night), and
place, actors, kind and figures do not contradict it. Missing evidence is neutral, not
negative; contradicting evidence (two different places) keeps claims apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

#: Claim kinds that describe a happening on the ground; others (statements, counts since a
#: date, troop levels, talks) are tracked by their own read models, not as incidents.
INCIDENT_KINDS = frozenset({"strike", "attack", "casualties", "target_count", "responsibility"})
#: Below this score a claim opens an incident of its own.
THRESHOLD = 0.6
RULE = "dateline-linking/1"
_WEIGHTS = {"time": 0.35, "place": 0.3, "actors": 0.15, "figures": 0.2}


@dataclass(frozen=True)
class ClaimFacts:
    """What the rule needs of a claim: its interval in UTC, place, actors and figures."""

    claim_id: UUID
    report_id: UUID
    kind: str
    start: datetime
    end: datetime
    location: str | None = None
    #: The location and the places containing it: "Anbar" lies in "Iraq".
    place_path: tuple[str, ...] = ()
    actors: frozenset[str] = frozenset()
    figures: dict[str, int] = field(default_factory=dict)
    expression: str | None = None
    #: False when the claim carries no date: start/end are then the fortnight before publication.
    dated: bool = True


@dataclass(frozen=True)
class Match:
    incident: UUID
    score: float
    reasons: tuple[str, ...]


#: How far back an undated claim may reach: news reports what happened in the days before.
UNDATED_WINDOW = timedelta(days=14)


def undated_window(published: date, zone: str) -> tuple[datetime, datetime]:
    """Where an undated claim may lie: the fortnight up to the end of its publication day."""
    tz = ZoneInfo(zone)
    end = datetime.combine(published + timedelta(days=1), time(), tzinfo=tz)
    return end - UNDATED_WINDOW - timedelta(days=1), end


def facts_interval(start: str | None, end: str | None, zone: str) -> tuple[datetime, datetime] | None:
    """A claim's local half-open interval as UTC instants; None when it is not placed in time."""
    if start is None or end is None:
        return None
    tz = ZoneInfo(zone)
    return _instant(start, tz), _instant(end, tz)


def _instant(value: str, tz: ZoneInfo) -> datetime:
    moment = datetime.fromisoformat(value) if "T" in value else datetime.combine(
        date.fromisoformat(value), time())
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def score(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> Match | None:
    """How well `claim` fits the incident whose claims are `members`; None if time rules it out."""
    if claim.dated:
        # Time is the strongest evidence; an undated member cannot supply it.
        members = [m for m in members if m.dated]
    overlap = _time(claim, members) if members else None
    if overlap is None:
        return None
    parts = {"time": overlap, "place": _place(claim, members), "actors": _actors(claim, members),
             "figures": _figures(claim, members)}
    if not claim.dated and not _corroborated(parts, _same_report(claim, members)):
        return None
    total = min(1.0, sum(_WEIGHTS[k] * value for k, (value, _) in parts.items()))
    reasons = tuple(reason for _, reason in parts.values() if reason)
    if _same_telling(claim, members):
        # One report dating two facts with one expression is telling one happening.
        total, reasons = min(1.0, total + 0.3), (*reasons, "same report, same date expression")
    return Match(incident=UUID(int=0), score=round(total, 3), reasons=reasons)


def best_incident(
    claim: ClaimFacts, incidents: Iterable[tuple[UUID, Sequence[ClaimFacts]]]
) -> Match | None:
    """The best-scoring incident at or above the threshold, if any."""
    best: Match | None = None
    for incident, members in incidents:
        match = score(claim, members)
        if match is not None and match.score >= THRESHOLD and (best is None or match.score > best.score):
            best = Match(incident, match.score, match.reasons)
    return best


def _corroborated(parts: dict[str, tuple[float, str]], same_report: bool) -> bool:
    """An undated claim only joins on figures that agree (or, within its own report, that do
    not disagree) and a shared actor or place, and never across two different places."""
    figures, actors, place = (parts[k][0] for k in ("figures", "actors", "place"))
    agreeing = figures == 1.0 or (same_report and figures >= 0.5)
    return agreeing and max(actors, place) == 1.0 and place >= 0.5


def _same_report(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> bool:
    return any(m.report_id == claim.report_id for m in members)


def _time(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> tuple[float, str] | None:
    # Journalists round "around midnight" either side; a few hours' slack joins such reports.
    slack = timedelta(hours=3)
    overlapping = [m for m in members if claim.start < m.end + slack and m.start < claim.end + slack]
    if not overlapping:
        return None
    if not claim.dated:
        return 0.5, "undated claim, published within the fortnight after the incident"
    span = min((claim.end - claim.start), min(m.end - m.start for m in overlapping))
    tight = 1.0 if span <= timedelta(days=2) else 0.6  # week- or month-long intervals say little
    start, end = claim.start.astimezone(UTC), claim.end.astimezone(UTC)
    return tight, f"intervals overlap ({start:%Y-%m-%d %H:%M}Z..{end:%Y-%m-%d %H:%M}Z)"


def _same_telling(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> bool:
    return claim.expression is not None and any(
        m.report_id == claim.report_id and m.expression == claim.expression for m in members
    )


def _place(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> tuple[float, str]:
    theirs = [m for m in members if m.location]
    if not claim.location or not theirs:
        return 0.5, ""
    if any(_nested(claim, m) for m in theirs):
        return 1.0, f"same place ({claim.location})"
    places = sorted({str(m.location) for m in theirs})
    # Without a known containment the rule cannot tell nesting from distance: a mismatch
    # weighs, it does not veto.
    return 0.2, f"different places ({claim.location} vs {', '.join(places)})"


def _nested(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One place lies within (or names) the other: by the gazetteer's containment, else by name."""
    mine, theirs = _norm(str(a.location)), _norm(str(b.location))
    if mine in theirs or theirs in mine:
        return True
    a_path = {_norm(p) for p in a.place_path}
    b_path = {_norm(p) for p in b.place_path}
    return bool(a_path and b_path) and (_norm(a.place_path[0]) in b_path or _norm(b.place_path[0]) in a_path)


def _actors(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> tuple[float, str]:
    theirs = frozenset().union(*(m.actors for m in members))
    if not claim.actors or not theirs:
        return 0.5, ""
    shared = claim.actors & theirs
    return (1.0, f"shared actors ({', '.join(sorted(shared))})") if shared else (0.25, "")


def _figures(claim: ClaimFacts, members: Sequence[ClaimFacts]) -> tuple[float, str]:
    pairs = [(v, m.figures[k]) for m in members for k, v in claim.figures.items() if k in m.figures]
    if not pairs:
        return 0.5, ""
    # Tolls of one event differ by a few; an order of magnitude apart, they are other events.
    close = all(abs(a - b) <= max(3, 0.5 * max(a, b)) for a, b in pairs)
    return (1.0, "compatible figures") if close else (0.1, "figures far apart")


def _norm(place: str) -> str:
    return " ".join(place.casefold().replace("-", " ").split())

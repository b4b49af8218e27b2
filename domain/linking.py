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
    #: The normalised location and place path, computed once (the rule compares them often).
    norm_location: str = field(init=False, repr=False, compare=False, default="")
    norm_path: frozenset[str] = field(init=False, repr=False, compare=False, default=frozenset())
    norm_head: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "norm_location", _norm(str(self.location)))
        object.__setattr__(self, "norm_path", frozenset(_norm(p) for p in self.place_path))
        object.__setattr__(self, "norm_head", _norm(self.place_path[0]) if self.place_path else "")


class Members:
    """An incident's member claims as the rule reads them: what it compares, each distinct
    value once (a large incident's members repeat the same few days, places and figures), so
    scoring costs what is distinct, not how many claims an incident has. `add` keeps it
    current; the results are exactly those of scoring the member list itself."""

    __slots__ = ("actors", "count", "figures", "first_start", "intervals", "last_end", "locations",
                 "places", "reports", "tellings")

    def __init__(self, members: Iterable[ClaimFacts] = ()) -> None:
        self.count = 0
        self.first_start, self.last_end = _LATEST, _EARLIEST  # the hull of the intervals
        self.intervals: dict[tuple[datetime, datetime], timedelta] = {}
        self.places: dict[tuple[str, frozenset[str], str], ClaimFacts] = {}
        self.locations: set[str] = set()
        self.actors: set[str] = set()
        self.figures: dict[str, set[int]] = {}
        self.reports: set[UUID] = set()
        self.tellings: set[tuple[UUID, str]] = set()
        for member in members:
            self.add(member)

    def add(self, m: ClaimFacts) -> None:
        self.count += 1
        self.intervals.setdefault((m.start, m.end), m.end - m.start)
        self.first_start, self.last_end = min(self.first_start, m.start), max(self.last_end, m.end)
        if m.location:
            self.places.setdefault((m.norm_location, m.norm_path, m.norm_head), m)
            self.locations.add(str(m.location))
        self.actors |= m.actors
        for measure, value in m.figures.items():
            self.figures.setdefault(measure, set()).add(value)
        self.reports.add(m.report_id)
        if m.expression is not None:
            self.tellings.add((m.report_id, m.expression))

    def copy(self) -> Members:
        other = Members()
        other.count, other.intervals, other.places = self.count, dict(self.intervals), dict(self.places)
        other.first_start, other.last_end = self.first_start, self.last_end
        other.locations, other.actors = set(self.locations), set(self.actors)
        other.reports = set(self.reports)
        other.figures = {k: set(v) for k, v in self.figures.items()}
        other.tellings = set(self.tellings)
        return other


_EARLIEST, _LATEST = datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)


@dataclass
class IncidentMembers:
    """Both readings the rule needs of one incident: every member, and the dated ones (a
    dated claim is compared with dated members only)."""

    every: Members = field(default_factory=Members)
    dated: Members = field(default_factory=Members)

    @classmethod
    def of(cls, members: Iterable[ClaimFacts]) -> IncidentMembers:
        found = cls()
        for member in members:
            found.add(member)
        return found

    def add(self, member: ClaimFacts) -> None:
        self.every.add(member)
        if member.dated:
            self.dated.add(member)

    def copy(self) -> IncidentMembers:
        return IncidentMembers(self.every.copy(), self.dated.copy())


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


def score(claim: ClaimFacts, members: Sequence[ClaimFacts] | IncidentMembers) -> Match | None:
    """How well `claim` fits the incident whose claims are `members`; None if time rules it out."""
    found = members if isinstance(members, IncidentMembers) else IncidentMembers.of(members)
    # Time is the strongest evidence; an undated member cannot supply it.
    group = found.dated if claim.dated else found.every
    overlap = _time(claim, group) if group.count else None
    if overlap is None:
        return None
    parts = {"time": overlap, "place": _place(claim, group), "actors": _actors(claim, group),
             "figures": _figures(claim, group)}
    if not claim.dated and not _corroborated(parts, claim.report_id in group.reports):
        return None
    total = min(1.0, sum(_WEIGHTS[k] * value for k, (value, _) in parts.items()))
    reasons = tuple(reason for _, reason in parts.values() if reason)
    if claim.expression is not None and (claim.report_id, claim.expression) in group.tellings:
        # One report dating two facts with one expression is telling one happening.
        total, reasons = min(1.0, total + 0.3), (*reasons, "same report, same date expression")
    return Match(incident=UUID(int=0), score=round(total, 3), reasons=reasons)


def best_incident(
    claim: ClaimFacts, incidents: Iterable[tuple[UUID, Sequence[ClaimFacts] | IncidentMembers]]
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


def _time(claim: ClaimFacts, members: Members) -> tuple[float, str] | None:
    # Journalists round "around midnight" either side; a few hours' slack joins such reports.
    low, high = claim.start - _SLACK, claim.end + _SLACK
    if not (low < members.last_end and members.first_start < high):
        return None  # no member interval reaches the claim's
    # Tight when the claim's or some overlapping member's interval is short: look no further.
    short = claim.end - claim.start <= _SHORT or not claim.dated
    found = False
    for (start, end), span in members.intervals.items():
        if low < end and start < high:
            found = True
            if short or span <= _SHORT:
                short = True
                break
    if not found:
        return None
    if not claim.dated:
        return 0.5, "undated claim, published within the fortnight after the incident"
    tight = 1.0 if short else 0.6  # week- or month-long intervals say little
    start, end = claim.start.astimezone(UTC), claim.end.astimezone(UTC)
    return tight, f"intervals overlap ({start:%Y-%m-%d %H:%M}Z..{end:%Y-%m-%d %H:%M}Z)"


_SLACK = timedelta(hours=3)
_SHORT = timedelta(days=2)


def _place(claim: ClaimFacts, members: Members) -> tuple[float, str]:
    if not claim.location or not members.places:
        return 0.5, ""
    if any(_nested(claim, m) for m in members.places.values()):
        return 1.0, f"same place ({claim.location})"
    places = sorted(members.locations)
    # Without a known containment the rule cannot tell nesting from distance: a mismatch
    # weighs, it does not veto.
    return 0.2, f"different places ({claim.location} vs {', '.join(places)})"


def _nested(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One place lies within (or names) the other: by the gazetteer's containment, else by name."""
    mine, theirs = a.norm_location, b.norm_location
    if mine in theirs or theirs in mine:
        return True
    a_path, b_path = a.norm_path, b.norm_path
    return bool(a_path and b_path) and (a.norm_head in b_path or b.norm_head in a_path)


def _actors(claim: ClaimFacts, members: Members) -> tuple[float, str]:
    theirs = members.actors
    if not claim.actors or not theirs:
        return 0.5, ""
    shared = claim.actors & theirs
    return (1.0, f"shared actors ({', '.join(sorted(shared))})") if shared else (0.25, "")


def _figures(claim: ClaimFacts, members: Members) -> tuple[float, str]:
    pairs = [(v, b) for k, v in claim.figures.items() for b in members.figures.get(k, ())]
    if not pairs:
        return 0.5, ""
    # Tolls of one event differ by a few; an order of magnitude apart, they are other events.
    close = all(abs(a - b) <= max(3, 0.5 * max(a, b)) for a, b in pairs)
    return (1.0, "compatible figures") if close else (0.1, "figures far apart")


def _norm(place: str) -> str:
    return " ".join(place.casefold().replace("-", " ").split())

"""Which incident a claim describes: a scored, explained rule, so every link can be audited.

A claim joins an incident when their times overlap once each report's zone is applied
(a "Friday night" in Baghdad and an "on Saturday" elsewhere can be the same night), and
place, actors, kind and figures do not contradict it. Missing evidence is neutral, not
negative; contradicting evidence (two different places) keeps claims apart.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from operator import itemgetter
from uuid import UUID
from zoneinfo import ZoneInfo

#: Claim kinds that describe a happening on the ground; others (statements, counts since a
#: date, troop levels, talks) are tracked by their own read models, not as incidents.
INCIDENT_KINDS = frozenset({"strike", "attack", "casualties", "target_count", "responsibility"})
#: Below this score a claim opens an incident of its own.
THRESHOLD = 0.6
RULE = "dateline-linking/2"
_WEIGHTS = {"time": 0.35, "place": 0.3, "actors": 0.15, "figures": 0.2}
#: Journalists round "around midnight" either side; a few hours' slack joins such reports.
_SLACK = timedelta(hours=3)
#: An interval this short places a happening tightly; week- or month-long ones say little.
_SHORT = timedelta(days=2)


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
    #: The interval in UTC, for the sorted interval search; None when an end is a local time
    #: whose UTC order is not the rule's (see `_utc_keeping_order`).
    utc: tuple[datetime, datetime] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "norm_location", _norm(str(self.location)))
        object.__setattr__(self, "norm_path", frozenset(_norm(p) for p in self.place_path))
        object.__setattr__(self, "norm_head", _norm(self.place_path[0]) if self.place_path else "")
        object.__setattr__(self, "utc", _utc_pair(self.start, self.end))

    # What the time test asks of the claim being linked, the same on every incident it is
    # scored against: worked out on first use (an incident's members never need them).
    @cached_property
    def slack(self) -> tuple[datetime, datetime]:
        """The interval widened by the rule's slack, as the rule computes it (local arithmetic)."""
        return self.start - _SLACK, self.end + _SLACK

    @cached_property
    def slack_utc(self) -> tuple[datetime, datetime] | None:
        """`slack` in UTC, None as for `utc`."""
        return _utc_pair(*self.slack)

    @cached_property
    def short(self) -> bool:
        """The claim's own interval is tight: short, or undated (the time test asks no more)."""
        return self.end - self.start <= _SHORT or not self.dated

    @cached_property
    def overlap_reason(self) -> str:
        start, end = self.start.astimezone(UTC), self.end.astimezone(UTC)
        return f"intervals overlap ({start:%Y-%m-%d %H:%M}Z..{end:%Y-%m-%d %H:%M}Z)"


def _utc_pair(start: datetime, end: datetime) -> tuple[datetime, datetime] | None:
    first, last = _utc_keeping_order(start), _utc_keeping_order(end)
    return None if first is None or last is None else (first, last)


def _utc_keeping_order(moment: datetime) -> datetime | None:
    """`moment` in UTC, if comparing it in UTC agrees with comparing it as the rule does.

    Python compares two datetimes of one tzinfo by their wall clocks, and of two by their
    UTC instants. Wall clocks of one zone are in UTC order except a time that does not
    exist (skipped when clocks go forward, e.g. midnight in Beirut on the last Sunday of
    March) or the second of a repeated hour (fold=1): with neither, both orders agree."""
    if moment.tzinfo is None or moment.fold:
        return None
    utc = moment.astimezone(UTC)
    return utc if utc.astimezone(moment.tzinfo).replace(tzinfo=None) == moment.replace(tzinfo=None) else None


class Reach:
    """Intervals (UTC) sorted by start, with the latest end among each prefix: whether one of
    them overlaps (low, high) is one bisection, not a scan."""

    __slots__ = ("ends", "reach", "starts")

    def __init__(self) -> None:
        self.starts: list[datetime] = []
        self.ends: list[datetime] = []
        self.reach: list[datetime] = []  # reach[i]: the latest end among starts[:i + 1]

    def add(self, start: datetime, end: datetime) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        reach = self.reach
        reach.insert(i, max(reach[i - 1], end) if i else end)
        for j in range(i + 1, len(reach)):
            if reach[j] >= end:
                break  # the prefix maxima after it already reach further
            reach[j] = end

    def overlaps(self, low: datetime, high: datetime) -> bool:
        """Some interval with start < high and end > low."""
        n = bisect_left(self.starts, high)
        return n > 0 and self.reach[n - 1] > low

    def copy(self) -> Reach:
        other = Reach()
        other.starts, other.ends, other.reach = self.starts[:], self.ends[:], self.reach[:]
        return other


class Members:
    """An incident's member claims as the rule reads them: what it compares, each distinct
    value once (a large incident's members repeat the same few days, places and figures), so
    scoring costs what is distinct, not how many claims an incident has. `add` keeps it
    current; the results are exactly those of scoring the member list itself."""

    __slots__ = ("actors", "count", "figures", "first_start", "intervals", "irregular", "last_end",
                 "locations", "long", "places", "reports", "short", "tellings", "tight")

    def __init__(self, members: Iterable[ClaimFacts] = ()) -> None:
        self.count = 0
        self.first_start, self.last_end = _LATEST, _EARLIEST  # the hull of the intervals
        self.intervals: dict[tuple[datetime, datetime], timedelta] = {}
        # The same intervals for the time test, split by whether they are short (their
        # span as the rule computes it); `irregular` when one's ends do not keep the UTC
        # order, and then the time test scans `intervals` as it always did.
        self.short, self.long, self.irregular = Reach(), Reach(), False
        self.tight = False  # some member's interval is short (the incident is pinned down)
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
        if (m.start, m.end) not in self.intervals:
            span = self.intervals[m.start, m.end] = m.end - m.start
            self.tight = self.tight or span <= _SHORT
            if m.utc is None:
                self.irregular = True
            else:
                (self.short if span <= _SHORT else self.long).add(*m.utc)
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
        other.short, other.long, other.irregular = self.short.copy(), self.long.copy(), self.irregular
        other.tight = self.tight
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
    scored = _scored(claim, found)
    return None if scored is None else Match(_NO_INCIDENT, *scored)


def _scored(claim: ClaimFacts, found: IncidentMembers) -> tuple[float, tuple[str, ...]] | None:
    """`score` as (score, reasons): `best_incident` makes a `Match` of the best one only."""
    # Time is the strongest evidence; an undated member cannot supply it.
    group = found.dated if claim.dated else found.every
    overlap = _time(claim, group) if group.count else None
    return None if overlap is None else _rest(claim, group, overlap)


def _rest(
    claim: ClaimFacts, group: Members, overlap: tuple[float, str]
) -> tuple[float, tuple[str, ...]] | None:
    """The score of a claim whose time test against `group` gave `overlap`."""
    f, f_why = _figures(claim, group)
    if not claim.dated and not _agreeing(claim, group, f):
        return None  # (`_corroborated` would say so too, after place and actors)
    (t, t_why), (p, p_why) = overlap, _place(claim, group)
    a, a_why = _actors(claim, group)
    if not claim.dated and not _corroborated(f, a, p, claim.report_id in group.reports):
        return None
    # The weights in their order (time, place, actors, figures): the sum adds in it.
    total = min(1.0, sum((_W_TIME * t, _W_PLACE * p, _W_ACTORS * a, _W_FIGURES * f)))
    reasons = tuple([why for why in (t_why, p_why, a_why, f_why) if why])
    if claim.expression is not None and (claim.report_id, claim.expression) in group.tellings:
        # One report dating two facts with one expression is telling one happening.
        total, reasons = min(1.0, total + 0.3), (*reasons, "same report, same date expression")
    return round(total, 3), reasons


_W_TIME, _W_PLACE, _W_ACTORS, _W_FIGURES = (_WEIGHTS[k] for k in ("time", "place", "actors", "figures"))
_NO_INCIDENT = UUID(int=0)


def best_incident(
    claim: ClaimFacts, incidents: Iterable[tuple[UUID, Sequence[ClaimFacts] | IncidentMembers]]
) -> Match | None:
    """The best-scoring incident at or above the threshold, if any (the first of a tie)."""
    best: tuple[UUID, float, tuple[str, ...]] | None = None
    for incident, members in incidents:
        found = members if isinstance(members, IncidentMembers) else IncidentMembers.of(members)
        scored = _scored(claim, found)
        if scored is not None and scored[0] >= THRESHOLD and (best is None or scored[0] > best[1]):
            best = (incident, *scored)
    return None if best is None else Match(*best)


def best_among(
    claim: ClaimFacts, found: Iterable[int], members: Mapping[int, IncidentMembers],
    working: Mapping[int, IncidentMembers] | None = None,
) -> Match | None:
    """`best_incident` over the incidents whose ids have the integers `found` (given in any
    order), each with its members in `working`, else in `members` (none: it cannot match).

    The same match as `best_incident` over them in id order (UUIDs order by their integers,
    and a tie goes to the first): the time test, which rules out most candidates, runs on
    each; only those it admits are sorted and scored, and the scoring stops at a score of
    1, which no later candidate can beat. Ids are integers so that looking one up hashes in
    C (a `UUID` hashes in Python)."""
    dated, figures = claim.dated, bool(claim.figures)
    timed: list[tuple[int, Members, tuple[float, str]]] = []
    for key in found:
        entry = working.get(key) if working else None
        if entry is None:
            entry = members.get(key)
            if entry is None:
                continue
        if dated:
            group = entry.dated
        else:
            # An undated claim joins only on agreeing figures (`_corroborated`), which most
            # candidates fail: tested first. Without figures of its own, they agree only
            # within its own report.
            group = entry.every
            if not group.count:
                continue
            if figures:
                if not _agreeing(claim, group, _figures(claim, group)[0]):
                    continue
            elif claim.report_id not in group.reports:
                continue
        if group.count:
            overlap = _time(claim, group)
            if overlap is not None:
                timed.append((key, group, overlap))
    if not timed:
        return None
    timed.sort(key=_first)
    best: tuple[int, float, tuple[str, ...]] | None = None
    for key, group, overlap in timed:
        scored = _rest(claim, group, overlap)
        if scored is not None and scored[0] >= THRESHOLD and (best is None or scored[0] > best[1]):
            best = (key, *scored)
            if scored[0] >= 1.0:
                break  # scores are capped at 1: no later candidate can score higher
    return None if best is None else Match(UUID(int=best[0]), best[1], best[2])


_first = itemgetter(0)


def _agreeing(claim: ClaimFacts, group: Members, figures: float) -> bool:
    """`_corroborated`'s test of the figures (`figures` is `_figures`' score), alone."""
    return figures == 1.0 or (figures >= 0.5 and claim.report_id in group.reports)


def _corroborated(figures: float, actors: float, place: float, same_report: bool) -> bool:
    """An undated claim only joins on figures that agree (or, within its own report, that do
    not disagree) and a shared actor or place, and never across two different places."""
    agreeing = figures == 1.0 or (same_report and figures >= 0.5)
    return agreeing and max(actors, place) == 1.0 and place >= 0.5


def _time(claim: ClaimFacts, members: Members) -> tuple[float, str] | None:
    """Whether the claim's time meets the incident's, and how tightly.

    Tight when the claim's or some overlapping member's interval is short: a "last week"
    and a "Friday night" tell one happening at two precisions. But a short claim that meets
    only the incident's long members, when the incident has short ones, lies on another day
    than the one the incident is pinned to: a week-long telling does not make two days one
    happening (without this, one "since March 3" member chained every strike of a province
    over months into one incident)."""
    utc = claim.slack_utc
    if utc is None or members.irregular:
        low, high = claim.slack
        if not (low < members.last_end and members.first_start < high):
            return None  # no member interval reaches the claim's
        found, tight = _scan(low, high, members)
        if not found:
            return None
    elif members.short.overlaps(*utc):
        tight = True
    elif members.long.overlaps(*utc):
        tight = False
    else:
        return None  # (in UTC order, no overlap also means the hull does not reach it)
    if not claim.dated:
        return 0.5, "undated claim, published within the fortnight after the incident"
    if not tight and claim.short and members.tight:
        return None
    return (1.0 if tight or claim.short else 0.6), claim.overlap_reason  # long intervals say little


def _scan(low: datetime, high: datetime, members: Members) -> tuple[bool, bool]:
    """The time test over every interval, in the zones' own order: whether one overlaps,
    and whether a short one does (stops at the first short one)."""
    found = False
    for (start, end), span in members.intervals.items():
        if low < end and start < high:
            if span <= _SHORT:
                return True, True
            found = True
    return found, False



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
    # Every pair of the claim's figure and a member's of the same measure: none is neutral.
    # Tolls of one event differ by a few; an order of magnitude apart, they are other events.
    theirs, paired = members.figures, False
    for measure, a in claim.figures.items():
        for b in theirs.get(measure, ()):
            if abs(a - b) > max(3, 0.5 * max(a, b)):
                return 0.1, "figures far apart"
            paired = True
    return (1.0, "compatible figures") if paired else (0.5, "")


def _norm(place: str) -> str:
    return " ".join(place.casefold().replace("-", " ").split())

"""What the read models share: which claims count, when a report spoke, when a claim happened.

Every function here is pure over a `Catalog`; the clocks (as-of, recorded-by, between) have
already filtered the catalog before these see it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, lru_cache
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from projections.catalog import Catalog, ClaimRow, IncidentRow, ReportRow
from projections.reuse import per_claim

#: Claims a reader should still believe: rejected, retracted and superseded ones are history only.
LIVE_STATUSES = frozenset({"proposed", "accepted"})

#: Finest first; `vague` and `duration` say least about when a thing happened.
GRANULARITY_RANK = {"part_of_day": 0, "day": 1, "week": 2, "month": 3, "year": 4, "duration": 5, "vague": 6}


def is_live(row: ClaimRow, catalog: Catalog) -> bool:
    """A claim counts while it is proposed or accepted and its report is not retracted."""
    report = catalog.reports.get(row.report)
    return row.status in LIVE_STATUSES and not (report is not None and report.retracted)


def live_claims(catalog: Catalog, ids: Iterable[UUID]) -> list[ClaimRow]:
    rows = (catalog.claims.get(i) for i in ids)
    return [row for row in rows if row is not None and is_live(row, catalog)]


def incident_claims(catalog: Catalog, incident: IncidentRow, *, live: bool = True) -> list[ClaimRow]:
    """The incident's claims, in link order; a claim relinked elsewhere belongs to its new incident only.

    Looked up in the catalog a clock's view was cut from: a view's incident links only claims
    the view holds (`clocks.restrict` and `clocks.as_of` drop the others), and holds them as
    the same rows, so the answer is the view's without picking the view's claims."""
    claims = (catalog.source or catalog).claims
    rows = [row for c in incident.claims if (row := claims.get(c)) is not None]
    iid = incident.id  # loaded rows share one UUID per id: `is` spares `UUID.__eq__` (Python)
    mine = [row for row in rows if row.incident is iid or row.incident == iid]
    return [row for row in mine if is_live(row, catalog)] if live else mine


def open_incidents(catalog: Catalog) -> list[IncidentRow]:
    """Incidents that still stand on their own: merged ones live on in their survivor."""
    return [row for row in catalog.incidents.values() if row.merged_into is None]


@lru_cache(maxsize=1024)
def zone(name: str | None) -> ZoneInfo:
    """The named zone, UTC when the name is missing or unknown. Memoised: `ZoneInfo` keeps only
    the 8 zones made last and those a live moment holds, and a read asks for one per moment it
    parses, so it re-read zone files from disk thousands of times. Comparisons do not change:
    moments alive at the same time got the same zone object before too."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_moment(text: str, zone_name: str | None) -> datetime:
    """An ISO date or datetime as an aware moment: naive values are local to `zone_name`."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone(zone_name))


def published_at(report: ReportRow | None) -> datetime | None:
    """When a report became known; a bare date means the start of that day in its zone."""
    if report is None or not report.published:
        return None
    return _published_at(report.published, report.timezone)


@lru_cache(maxsize=1 << 18)  # a moment per report: an LRU smaller than the store misses every time
def _published_at(published: str, zone_name: str) -> datetime:
    # Every claim of a report asks for the same moment (the ledger's recency order).
    return local_moment(published, zone_name).astimezone(UTC)


def recency_key(row: ClaimRow, catalog: Catalog) -> tuple[datetime, str, int, str]:
    """Orders one publisher's claims oldest first: publication, then record time, then text order."""
    published = published_at(catalog.reports.get(row.report)) or datetime.min.replace(tzinfo=UTC)
    span = row.content.get("span") or {}
    return published, row.asserted_at, int(span.get("start", 0)), str(row.id)


def publisher(row: ClaimRow, catalog: Catalog) -> str:
    report = catalog.reports.get(row.report)
    return report.publisher if report else "unknown"


@dataclass(frozen=True)
class Interval:
    """A resolved valid-time interval [start, end) as aware moments, with the zone it was written in."""

    start: datetime
    end: datetime
    granularity: str
    zone: str

    @cached_property
    def utc(self) -> tuple[datetime | None, datetime | None]:
        """Start and end in UTC where UTC order is Python's order (`_utc_keeping_order`):
        intervals are shared by the claims that give the same one (`_interval`), so each is
        converted once, not once per read of every incident holding it."""
        return _utc_keeping_order(self.start), _utc_keeping_order(self.end)

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def days(self) -> list[date]:
        """The local calendar days the interval touches (the end is exclusive)."""
        tz = zone(self.zone)
        first = self.start.astimezone(tz).date()
        last = (self.end.astimezone(tz) - timedelta(microseconds=1)).date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def doc(self) -> dict[str, Any]:
        return {"start": _local_text(self.start, self.zone), "end": _local_text(self.end, self.zone),
                "granularity": self.granularity, "timezone": self.zone}


def _local_text(moment: datetime, zone_name: str) -> str:
    local = moment.astimezone(zone(zone_name))
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return local.date().isoformat()
    return local.replace(tzinfo=None).isoformat(timespec="minutes")


def claim_interval(row: ClaimRow, catalog: Catalog) -> Interval | None:
    """The claim's resolved interval, or None when it is undated or open to the past (vague)."""
    return per_claim(catalog, row, "interval", _claim_interval)


def _claim_interval(row: ClaimRow, catalog: Catalog) -> Interval | None:
    when = row.content.get("when") or {}
    if not when.get("start") or not when.get("end"):
        return None
    report = catalog.reports.get(row.report)
    zone_name = when.get("timezone") or (report.timezone if report else None) or "UTC"
    return _interval(when["start"], when["end"], when.get("granularity") or "day", zone_name)


@lru_cache(maxsize=1 << 18)
def _interval(start: str, end: str, granularity: str, zone_name: str) -> Interval:
    # Every read parses every dated claim's interval again; claims share few distinct ones
    # (a day in a zone), and an Interval is frozen, so one object can serve them all.
    return Interval(start=local_moment(start, zone_name), end=local_moment(end, zone_name),
                    granularity=granularity, zone=zone_name)


def when_moment(row: ClaimRow, catalog: Catalog) -> tuple[datetime | None, str | None]:
    """When a claim says its fact held: the start of its interval, else its report's publication."""
    interval = claim_interval(row, catalog)
    if interval is not None:
        return interval.start, _local_text(interval.start, interval.zone)
    report = catalog.reports.get(row.report)
    return published_at(report), report.published if report else None


def incident_interval(rows: Iterable[ClaimRow], catalog: Catalog) -> tuple[Interval | None, str]:
    """The incident's interval and how it was found: `single`, `intersection`, `consensus`,
    `hull` or `undated`.

    Claims that overlap narrow each other down (one outlet's "Friday night" and another's
    "last week" leave Friday night). When they do not all overlap, the largest group that
    shares a moment wins if it has several claims (one misdated claim does not stretch the
    incident over a week); otherwise no two agree, and the incident spans all of them.
    """
    intervals = _sorted_finest_first([i for r in rows if (i := claim_interval(r, catalog))])
    if not intervals:
        return None, "undated"
    finest = intervals[0]
    if len(intervals) == 1:
        return finest, "single"
    group = _largest_overlap(intervals)
    if len(group) > 1:
        start, end = max(i.start for i in group), min(i.end for i in group)
        whole = len(group) == len(intervals)
        rule = "intersection" if whole else f"consensus of {len(group)}/{len(intervals)}"
        finest_in_group = min(group, key=_finest_first)
        return Interval(start, end, finest_in_group.granularity, finest_in_group.zone), rule
    start, end = min(i.start for i in intervals), max(i.end for i in intervals)
    return Interval(start, end, _hull_granularity(end - start, finest.granularity), finest.zone), "hull"


#: Up to this many intervals the largest group is found by comparing every pair (comparing
#: moments of two zones costs about as much as converting one to UTC).
_PAIRS_MAX = 3


def _largest_overlap(intervals: list[Interval]) -> list[Interval]:
    """The most intervals that share one moment: for the first interval (in the order given)
    whose start the most intervals contain, those intervals, in the order given.

    Few intervals are compared pair by pair (the definition). Otherwise each start is counted
    with two bisections over the others' starts and ends in UTC, where UTC order is the order
    Python compares them by (`_utc_keeping_order`); an interval with a moment where it is not
    (a local time skipped by a clock change) is compared directly, as is a start that is one."""
    if len(intervals) <= _PAIRS_MAX:
        return _largest_overlap_pairs(intervals)
    utc = [i.utc for i in intervals]
    plain = [(s, e) for s, e in utc if s is not None and e is not None and s < e]
    odd = [i for i, (s, e) in zip(intervals, utc, strict=True) if s is None or e is None]
    starts, ends = sorted(s for s, _ in plain), sorted(e for _, e in plain)

    def count(point: datetime, point_utc: datetime | None) -> int:
        if point_utc is None:
            return sum(1 for i in intervals if i.start <= point < i.end)
        contain = bisect_right(starts, point_utc) - bisect_right(ends, point_utc)
        return contain + sum(1 for i in odd if i.start <= point < i.end)

    counts = [count(i.start, s) for i, (s, _) in zip(intervals, utc, strict=True)]
    point = intervals[counts.index(max(counts))].start
    return [i for i in intervals if i.start <= point < i.end]


def _largest_overlap_pairs(intervals: list[Interval]) -> list[Interval]:
    groups = ([i for i in intervals if i.start <= p.start < i.end] for p in intervals)
    return max(groups, key=len)


def _utc_keeping_order(moment: datetime) -> datetime | None:
    """`moment` in UTC, if comparing it in UTC agrees with comparing it as Python does.

    Python compares two moments of one zone object by their wall clocks, and of two by their
    UTC instants. Wall clocks of one zone are in UTC order except a time that does not exist
    (skipped when clocks go forward) or the second of a repeated hour (fold=1): with neither,
    both orders agree (the rule `domain.linking` keeps for the same reason)."""
    if moment.tzinfo is None or moment.fold:
        return None
    utc = moment.astimezone(UTC)
    return utc if utc.astimezone(moment.tzinfo).replace(tzinfo=None) == moment.replace(tzinfo=None) else None


def _finest_first(interval: Interval) -> tuple[int, datetime]:
    return _rank(interval), interval.start


def _rank(interval: Interval) -> int:
    return GRANULARITY_RANK.get(interval.granularity, len(GRANULARITY_RANK))


def _sorted_finest_first(intervals: list[Interval]) -> list[Interval]:
    """`intervals` sorted by `_finest_first`. Moments of different zones compare through
    `utcoffset` calls, which made this sort most of an as-of query's cost; by each start in
    UTC (kept on the shared interval) the order is the same wherever UTC order is Python's
    order (`Interval.utc`), so those keys are used when every start has one."""
    starts = [i.utc[0] for i in intervals]
    if None in starts:
        return sorted(intervals, key=_finest_first)
    keys = list(zip(map(_rank, intervals), starts, strict=True))
    return [intervals[n] for n in sorted(range(len(intervals)), key=keys.__getitem__)]


def _hull_granularity(length: timedelta, finest: str) -> str:
    """The unit a hull of this length is known to: never finer than its finest claim."""
    by_length = next(
        (name for name, days in (("day", 1), ("week", 7), ("month", 31)) if length <= timedelta(days=days)),
        "year",
    )
    return max(by_length, finest, key=lambda g: GRANULARITY_RANK.get(g, 0))


#: Words that name no particular happening: a title made only of these (and the kind) is generic.
_GENERIC_WORDS = frozenset({
    "incident", "event", "untitled", "unknown", "unnamed", "new", "report", "claim",
    "on", "in", "at", "of", "the", "a", "an", "near", "from", "to",
})


def most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent value, the first seen on a tie; None when there is none."""
    counts = Counter(v for v in values if v)  # counted in first-seen order
    return max(counts, key=counts.__getitem__) if counts else None


def incident_title(incident: IncidentRow, location: str | None, interval: Interval | None) -> str:
    """The stored title when it says something, else one made of kind, place and date."""
    words = set(re.findall(r"[a-z]+", incident.title.casefold()))
    if words - _GENERIC_WORDS - set(incident.kind.split("_")):
        return incident.title
    title = incident.kind.replace("_", " ").capitalize()
    if location:
        title += f" in {location}"
    if interval is not None:
        title += f", {_date_label(interval)}"
    return title


def _date_label(interval: Interval) -> str:
    local = interval.start.astimezone(zone(interval.zone))
    day_label = f"{local.day} {local:%b %Y}"
    return {"week": f"week of {day_label}", "month": f"{local:%b %Y}", "year": f"{local:%Y}",
            "vague": f"by {day_label}"}.get(interval.granularity, day_label)

"""The resolver's internal answer before it becomes a `When`: real dates, not strings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from domain.when import Granularity

Point = dt.date | dt.datetime


@dataclass(frozen=True)
class Reading:
    """One interpretation of an expression: half-open [start, end), TIMEX3 value and mod."""

    start: Point | None
    end: Point | None
    granularity: Granularity
    timex: str
    rule: str
    mod: str | None = None
    leaned_on: str | None = None

    def named(self, rule: str) -> Reading:
        return replace(self, rule=rule)

    def with_mod(self, mod: str | None) -> Reading:
        return replace(self, mod=mod)


def first_day(point: Point) -> dt.date:
    """The calendar day a point falls on (a datetime's own local date)."""
    return point.date() if isinstance(point, dt.datetime) else point


def iso(point: Point | None) -> str | None:
    if point is None:
        return None
    if isinstance(point, dt.datetime):
        if point.tzinfo is None and point.year >= 1000:  # the same text, several times faster
            return point.isoformat(timespec="minutes")
        return point.strftime("%Y-%m-%dT%H:%M")
    return point.isoformat()


def parse_iso(text: str | None) -> Point | None:
    """Reads back a `When` bound: "2024-02-07" or "2024-02-07T20:00"."""
    if not text:
        return None
    if "T" in text:
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)

"""What a rule may consult: the anchor day, the direction, and the event just mentioned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from domain.temporal.reading import Point, Reading
from domain.when import Direction


class Unresolvable(Exception):
    """The expression is understood but cannot be placed; the message says why."""


class Contradiction(Exception):
    """The text says two incompatible things; both readings are kept."""

    def __init__(self, reason: str, readings: tuple[Reading, ...]) -> None:
        super().__init__(reason)
        self.readings = readings


@dataclass(frozen=True)
class Previous:
    """The earlier resolved expression anaphora lean on."""

    expression: str
    start: Point
    granularity: str
    timex: str = ""


@dataclass(frozen=True)
class Frame:
    anchor: dt.date | None
    direction: Direction
    previous: Previous | None = None
    #: No cue in the clause: dates without a year go to the occurrence nearest the anchor.
    uncued: bool = False
    #: The anchor's local moment, when the report's time of day is known.
    moment: dt.datetime | None = None
    #: A past verb right at the expression, or a comparison with a year before: a date
    #: without a year then stays in the past even when the same date is only weeks ahead.
    firm_past: bool = False
    #: The sentence reports a run of several months that is no quarter ("for the nine months",
    #: "the first half"): a year-ago comparison in it is then the year before, not a quarter.
    months_run: bool = False
    #: The sentence reports results ("earned", "net income", "a share"): an unnamed period
    #: compared "last year" is then a quarter, as earnings are reported by quarter.
    earnings: bool = False
    #: The sentence compares figures ("compared with", "up from", "than"): a second "a year
    #: earlier" in it is the same comparison point as the "a year ago" just mentioned.
    compares: bool = False
    #: The clause of a comparison a year back looks ahead ("sales will top those of the
    #: year-ago quarter"), though the expression's own "ago" reads as past.
    clause_ahead: bool = False
    #: The publisher's IANA zone, when given: a clock time written in another zone ("0300 GMT")
    #: is moved into it, and a span of hours counts the hours a clock change adds or takes.
    zone: str | None = None

    def day(self) -> dt.date:
        """The anchor day; relative expressions cannot be placed without it."""
        if self.anchor is None:
            raise Unresolvable("no anchor: the expression is relative to the publication date")
        return self.anchor

    @property
    def past(self) -> bool:
        return self.direction == "past"

    def after_anchor(self, start: Point) -> bool:
        """Whether a moment lies after the anchor: after its time when known, else on a later day."""
        if self.anchor is None or not isinstance(start, dt.datetime):
            return False
        if self.moment is not None:
            return start > self.moment
        return start >= dt.datetime.combine(self.anchor + dt.timedelta(days=1), dt.time())

    def earlier(self) -> Previous:
        if self.previous is None:
            if self.anchor is None:
                # The dates before it may be relative ones, placed once the report is dated.
                raise Unresolvable("no anchor, and no date placed before it in the report to lean on")
            raise Unresolvable("no earlier date in the report for the expression to lean on")
        return self.previous

"""Clock times ("10:35 am", "8 pm Friday", "midnight"): a minute or hour on a resolved day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from domain.temporal import calendar
from domain.temporal.frame import Frame
from domain.temporal.reading import Reading, first_day
from domain.temporal.zones import OFFSETS, moved, own_abbreviations

Reader = Callable[[str, Frame], Reading]

_CLOCK = r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?(?: ?(?P<half>am|pm|a m|p m))?"
_NAMED = r"(?P<named>noon|midday|midnight)"
_TIME = rf"(?:{_CLOCK}|{_NAMED})(?: (?P<zone>[a-z]{{1,4}}t|gmt|utc|wib|local time))?"
_TIME_FIRST = re.compile(rf"(?:at )?{_TIME}(?: (?:on |of )?(?P<rest>.+))?")
_DAY_FIRST = re.compile(rf"(?P<rest>.+?) (?:at |around |about )?{_TIME}")


def _hour_minute(match: re.Match[str]) -> tuple[int, int] | None:
    named = match.group("named")
    if named:
        return (0, 0) if named == "midnight" else (12, 0)
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    half = (match.group("half") or "").replace(" ", "")
    if not half and match.group("minute") is None:
        return None  # a bare number is not a time
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour, minute


def read_clock(text: str, frame: Frame, read: Reader) -> Reading | None:
    for pattern in (_TIME_FIRST, _DAY_FIRST):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        clock = _hour_minute(match)
        if clock is None:
            continue
        rest = match.group("rest")
        midnight = match.group("named") == "midnight"
        minute = match.group("minute") is not None
        written_in = _other_zone(match.group("zone"), frame)
        if not rest:
            return _bare(clock, midnight, frame, minute, written_in)
        day = read(rest, frame)
        if day.start is None or day.granularity not in ("day", "part_of_day"):
            continue
        return _local(_at(day, clock, midnight, minute=minute), written_in, frame)
    return None


def _other_zone(written: str | None, frame: Frame) -> str | None:
    """The abbreviation of a zone other than the publisher's the time is written in, if any:
    "EST" in a New York report is its own clock, whatever the season (copy writes it loosely)."""
    if written not in OFFSETS or frame.zone is None or frame.anchor is None:
        return None
    return None if written in own_abbreviations(frame.zone, frame.anchor.year) else written


def _local(reading: Reading, written_in: str | None, frame: Frame) -> Reading:
    """A time written in another zone ("2230 GMT on Thursday", the day as written with it), moved
    to the publisher's wall clock: the interval is local, the TIMEX3 value stays as written."""
    if written_in is None or frame.zone is None:
        return reading
    start, end = reading.start, reading.end
    assert isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
    zone = frame.zone
    return replace(reading, start=moved(start, written_in, zone), end=moved(end, written_in, zone))


def _bare(
    clock: tuple[int, int], midnight: bool, frame: Frame, minute: bool, written_in: str | None
) -> Reading:
    """A time with no day ("around midnight"): on the reference day, but in past context
    never after the anchor; then the latest such moment before it."""
    reference = _reference_day(frame)
    reading = _local(_at(reference, clock, midnight, minute=minute), written_in, frame)
    if written_in is not None:
        # In another zone the day written may be a day or two off the local one: the latest
        # such moment before the anchor, counted in the day it is written in.
        written = _at(reference, clock, midnight, minute=minute).start
        assert isinstance(written, dt.datetime)
        steps = 0
        while frame.past and reading.start is not None and frame.after_anchor(reading.start) and steps < 2:
            steps += 1
            day = calendar.day(first_day(written) - dt.timedelta(days=steps), "clock")
            reading = replace(_local(_at(day, clock, midnight, minute=minute), written_in, frame),
                              leaned_on=reference.leaned_on)
        return reading
    if frame.past and reading.start is not None and frame.after_anchor(reading.start):
        day = calendar.day(first_day(reading.start) - dt.timedelta(days=1 + midnight), "clock")
        reading = replace(_at(day, clock, midnight, minute=minute), leaned_on=reading.leaned_on)
    return reading


def _reference_day(frame: Frame) -> Reading:
    """A bare time ("at 10 pm") falls on the day just mentioned, else on the anchor day."""
    previous = frame.previous
    if previous is not None and previous.granularity in ("day", "part_of_day"):
        day = calendar.day(first_day(previous.start), "clock_on_previous_day")
        return Reading(
            day.start, day.end, day.granularity, day.timex, day.rule, leaned_on=previous.expression
        )
    return calendar.day(frame.day(), "today")


def _at(day: Reading, clock: tuple[int, int], midnight: bool, *, minute: bool = False) -> Reading:
    """Minute precision when the minutes are written ("10:35 pm"), else the hour it names:
    "at 10 p.m." or "around midnight" is a reporter's round figure, not a minute.
    "Midnight Friday" ends Friday."""
    base = dt.datetime.combine(first_day(day.start or dt.date.min), dt.time(*clock))
    if midnight:
        base += dt.timedelta(days=1)
    end = base + (dt.timedelta(minutes=1) if minute else dt.timedelta(hours=1))
    timex = f"{first_day(day.start or dt.date.min).isoformat()}T{clock[0]:02d}:{clock[1]:02d}"
    if midnight:
        timex = f"{first_day(day.start or dt.date.min).isoformat()}T24:00"
    return Reading(base, end, "part_of_day", timex, "clock_time", leaned_on=day.leaned_on)

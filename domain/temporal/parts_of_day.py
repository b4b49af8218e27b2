"""Parts of a day ("Friday night", "late hours of Wednesday", "this morning").

The day is resolved by the other rules first; the part then narrows it to local hours.
Night runs from 18:00 to 06:00 the next morning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from domain.temporal import calendar
from domain.temporal.frame import Frame
from domain.temporal.patterns import PART
from domain.temporal.reading import Reading, first_day
from domain.temporal.vocab import PARTS_OF_DAY

Reader = Callable[[str, Frame], Reading]

_SUFFIX = re.compile(rf"(?P<rest>.+?) (?:in the |at )?(?P<part>{PART})")
_PREFIX = re.compile(rf"(?:the |in the )?(?P<part>{PART}) (?:hours )?(?:of |on )?(?P<rest>.+)")
_LATE_HOURS = re.compile(r"(?:the |in the )?late hours (?:of |on )?(?P<rest>.+)")
_EARLY_HOURS = re.compile(r"(?:the |in the )?(?:early|small|wee) hours (?:of |on )?(?P<rest>.+)")
# "strengthened overnight into Sunday": the night that ends on Sunday morning, Saturday's.
_OVERNIGHT_INTO = re.compile(r"overnight into (?P<rest>.+)")
_ALONE = {
    "tonight": ("today", "night"),
    "last night": ("yesterday", "night"),
    "overnight": ("yesterday", "night"),
    "this morning": ("today", "morning"),
    "this afternoon": ("today", "afternoon"),
    "this evening": ("today", "evening"),
    "later this afternoon": ("today", "afternoon"),
}
#: A part of the day with no day named: today's, unless in past context it is still ahead.
_BARE = frozenset(
    {"the morning", "the afternoon", "the evening", "morning", "afternoon", "evening", "the night"}
    | {"dawn", "daybreak", "sunrise", "dusk", "sunset"}
)


def at_part(day: Reading, part: str, rule: str) -> Reading:
    code, start_hour, end_hour = PARTS_OF_DAY[part]
    assert day.start is not None
    midnight = dt.datetime.combine(first_day(day.start), dt.time())
    start = midnight + dt.timedelta(hours=start_hour)
    end = midnight + dt.timedelta(hours=end_hour)
    timex = f"{first_day(day.start).isoformat()}T{code}"
    return Reading(start, end, "part_of_day", timex, rule, leaned_on=day.leaned_on)


def early_hours(day: Reading) -> Reading:
    assert day.start is not None
    midnight = dt.datetime.combine(first_day(day.start), dt.time())
    end = midnight + dt.timedelta(hours=6)
    timex = first_day(day.start).isoformat()
    return Reading(midnight, end, "part_of_day", timex, "early_hours", "START", day.leaned_on)


def read_part_of_day(text: str, frame: Frame, read: Reader) -> Reading | None:
    """Splits off the part of day, resolves what is left as a day, narrows it."""
    if text in _BARE:
        part = text.removeprefix("the ")
        previous = frame.previous
        if previous is not None and previous.granularity in ("day", "part_of_day"):
            # "fell on Friday. Dealers sold heavily in the morning": that day's morning, as a
            # bare clock time falls on the day just mentioned
            same_day = calendar.day(first_day(previous.start), "part_of_previous_day")
            reading = at_part(replace(same_day, leaned_on=previous.expression), part, "part_of_day")
            if not (frame.past and reading.start is not None and frame.after_anchor(reading.start)):
                return reading
        reading = at_part(read("today", frame), part, "part_of_day")
        if frame.past and reading.start is not None and frame.after_anchor(reading.start):
            reading = at_part(read("yesterday", frame), part, "part_of_day")
        return reading
    if text in ("later today", "earlier today"):
        return _either_side_of_now(read("today", frame), frame, later=text == "later today")
    if text in _ALONE:
        rest, part = _ALONE[text]
        return at_part(read(rest, frame), part, "part_of_day")
    into = _OVERNIGHT_INTO.fullmatch(text)
    if into:
        day = _day(read(into.group("rest"), frame))
        if day is None or day.start is None:
            return None
        before = calendar.day(first_day(day.start) - dt.timedelta(days=1), "overnight_into")
        return at_part(replace(before, leaned_on=day.leaned_on), "night", "overnight_into")
    for pattern, kind in ((_LATE_HOURS, "late hours"), (_EARLY_HOURS, "early")):
        match = pattern.fullmatch(text)
        if match:
            day = _day(read(match.group("rest"), frame))
            if day is None:
                return None
            if kind != "early":
                return at_part(day, kind, "late_hours")
            # "the early hours of Friday" names a part of the night, as "the late hours" do:
            # TimeML's night (TNI), the small hours [00:00, 06:00) of that day
            small = early_hours(day)
            return replace(small, timex=f"{small.timex}TNI", mod=None)
    for pattern in (_SUFFIX, _PREFIX):
        match = pattern.fullmatch(text)
        if match and match.group("part") != "late":
            day = _day(read(match.group("rest"), frame))
            if day is not None:
                return at_part(day, match.group("part"), "part_of_day")
    return None


def _either_side_of_now(today: Reading, frame: Frame, *, later: bool) -> Reading:
    """ "later today": from the publication moment to midnight; "earlier today": from midnight
    to it. Without the moment, the day: the report says only that it is today."""
    moment = frame.moment
    if moment is None or today.start is None:
        return today.named("later_today" if later else "earlier_today")
    now = moment.replace(second=0, microsecond=0)
    midnight = dt.datetime.combine(first_day(today.start), dt.time())
    start, end = (now, midnight + dt.timedelta(days=1)) if later else (midnight, now)
    if start >= end:
        return today.named("later_today" if later else "earlier_today")
    rule = "later_today" if later else "earlier_today"
    return Reading(start, end, "part_of_day", today.timex, rule, leaned_on=today.leaned_on)


def _day(reading: Reading) -> Reading | None:
    return reading if reading.granularity == "day" else None

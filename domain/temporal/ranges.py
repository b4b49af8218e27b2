"""Ranges written as one expression ("from March 3 to 5", "between Monday and Wednesday",
"9-11 November", "from 2019 to 2021", "from late January to mid-February"): one interval, from
the start of the first to the end of the last, as precise as the coarser of the two.

TimeML tags the two ends apart (the tagger does too); a range given whole, as `dateline
resolve` may be, reads as one interval. Its TIMEX3 value is the first end's (TIMEX3 has no value
for a range).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from domain.temporal.frame import Frame, Unresolvable
from domain.temporal.patterns import MONTH, WEEKDAY
from domain.temporal.reading import Reading, first_day
from domain.temporal.vocab import WEEKDAYS
from domain.when import Granularity

Reader = Callable[[str, Frame], Reading]

_RANGE = re.compile(
    r"(?:from )?(?P<a>.+?) (?:to|until|till|through|thru|-) (?P<b>.+)|between (?P<c>.+?) and (?P<d>.+)"
)
# "9-11 november", "march 3-5": days of one month joined by a hyphen
_DAYS = re.compile(
    rf"(?P<d1>\d{{1,2}})-(?P<d2>\d{{1,2}}) (?P<m>{MONTH}(?: \d{{4}})?)"
    rf"|(?P<m2>{MONTH}) (?P<e1>\d{{1,2}})-(?P<e2>\d{{1,2}})(?P<y> \d{{4}})?"
)
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_WEEKDAY = re.compile(WEEKDAY)
_RANK: dict[Granularity, int] = {"part_of_day": 0, "day": 1, "week": 2, "month": 3, "year": 4}


def read_range(text: str, frame: Frame, read: Reader) -> Reading | None:
    days = _DAYS.fullmatch(text)
    if days:
        if days.group("m"):
            first, last = f"{days['d1']} {days['m']}", f"{days['d2']} {days['m']}"
        else:
            year = days.group("y") or ""
            first, last = f"{days['m2']} {days['e1']}{year}", f"{days['m2']} {days['e2']}{year}"
        return _joined(first, last, frame, read)
    match = _RANGE.fullmatch(text)
    if match is None:
        return None
    first, last = (match["a"], match["b"]) if match["a"] else (match["c"], match["d"])
    if _DAY_NUMBER.fullmatch(last):  # "march 3 to 5": the second day of the first's month
        month = re.sub(r"\d{1,2}(?:st|nd|rd|th)?", last, first, count=1)
        last = month if month != first else last
    elif _DAY_NUMBER.fullmatch(first):  # "3 to 5 march", "between 3 and 7 february"
        first = re.sub(r"\d{1,2}(?:st|nd|rd|th)?", first, last, count=1)
    return _joined(first, last, frame, read)


def _joined(first: str, last: str, frame: Frame, read: Reader) -> Reading | None:
    try:
        start = read(first, frame)
        end = read(last, frame)
    except Unresolvable:
        return None
    if start.start is None or end.end is None:
        return None
    if start.granularity not in _RANK or end.granularity not in _RANK:
        return None
    if _WEEKDAY.fullmatch(first) and _WEEKDAY.fullmatch(last):
        # "between Friday and Monday": the second weekday on or after the first
        ahead = (WEEKDAYS[last] - WEEKDAYS[first]) % 7
        day = first_day(start.start) + dt.timedelta(days=ahead)
        end = replace(end, start=day, end=day + dt.timedelta(days=1))
    assert end.end is not None and start.start is not None
    if first_day(end.end) <= first_day(start.start):
        return None  # the ends in the wrong order: no range read
    granularity = start.granularity if _RANK[start.granularity] >= _RANK[end.granularity] else end.granularity
    return Reading(start.start, end.end, granularity, start.timex, "range", leaned_on=start.leaned_on)

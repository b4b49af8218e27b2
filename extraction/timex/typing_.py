"""TimeML type of a found span, read off what the resolver makes of it."""

from __future__ import annotations

import datetime as dt
import re

from domain.temporal.frame import Contradiction, Frame, Previous, Unresolvable
from domain.temporal.normalise import normalise
from domain.temporal.resolver import read
from extraction.timex.mention import TimexType

# Any fixed day will do: the type of an expression does not depend on which day it is.
_PROBE = Frame(
    dt.date(2000, 6, 15),
    "past",
    Previous("probe", dt.date(2000, 6, 14), "day", "2000-06-14"),
)
#: "11 minutes later" leans on a clock time, not a day: probed again after one.
_CLOCK_PROBE = Frame(
    dt.date(2000, 6, 15),
    "past",
    Previous("probe", dt.datetime(2000, 6, 14, 10, 30), "part_of_day", "2000-06-14T10:30"),
)
_SPANS = frozenset({"past_n_units", "next_n_units"})
# "late yesterday", "early Tuesday": the day narrowed, which TimeML types as a DATE.
_DAY_WITH_MOD = frozenset({"late_day", "early_day", "mid_day"})
_VAGUE_SPANS = frozenset({"vague_recent", "vague_coming"})
# "recent years", "the next few days": TimeML types an unnumbered stretch of units as a DURATION.
_PLURAL_UNITS = re.compile(r"(?:minutes|hours|days|weeks|months|quarters|years|decades)(?: ahead)?")


def timex_type(text: str) -> TimexType:
    try:
        reading = read(normalise(text), _PROBE)
    except Unresolvable:
        try:
            reading = read(normalise(text), _CLOCK_PROBE)
        except Exception:
            return "DATE"
    except Contradiction:
        # "9 a.m. on Friday, March 22": the probe's year puts the date on another weekday, so
        # the type is read without the weekday (a clock time stays a TIME)
        return _without_weekday(text)
    except Exception:  # a contradiction is still a date
        return "DATE"
    if reading.rule == "set":
        return "SET"
    if reading.granularity == "duration" or reading.rule in _SPANS:
        return "DURATION"
    if reading.rule in _VAGUE_SPANS and _PLURAL_UNITS.search(text) and not text.endswith("ago"):
        return "DURATION"
    if reading.granularity == "part_of_day" and reading.rule not in _DAY_WITH_MOD:
        return "TIME"
    return "DATE"


_WEEKDAY = re.compile(r"\b(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*")


def _without_weekday(text: str) -> TimexType:
    try:
        reading = read(_WEEKDAY.sub("", normalise(text)), _PROBE)
    except Exception:
        return "DATE"
    return "TIME" if reading.rule == "clock_time" else "DATE"

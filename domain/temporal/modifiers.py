"""Early / mid / late, "the end of", and "since": they narrow or stretch another reading."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from domain.temporal import calendar
from domain.temporal.frame import Frame, Unresolvable
from domain.temporal.parts_of_day import at_part, early_hours
from domain.temporal.reading import Reading, first_day
from domain.temporal.shifts import add
from domain.when import Granularity

Reader = Callable[[str, Frame], Reading]

_MODIFIER = re.compile(
    r"(?:the )?(?P<mod>early|mid|middle of|late|end of|the end of|beginning of|start of|"
    r"the beginning of|the start of|the middle of|the first days of|the last days of) (?P<rest>.+)"
)
_MOD_CODE = {
    "early": "START",
    "beginning of": "START",
    "start of": "START",
    "first days of": "START",
    "mid": "MID",
    "middle of": "MID",
    "late": "END",
    "end of": "END",
    "last days of": "END",
}
_YEAR_END = re.compile(r"(?:the )?(?:fiscal )?year(?:'s)? end")
# "the week ended July 25", as weekly data are reported, is the ISO week holding that day too.
_WEEK_OF = re.compile(r"the week (?:of|beginning|starting|ended|ending) (?:on )?(?P<rest>.+)")
_SINCE = re.compile(r"(?:ever )?since (?P<rest>.+)")
_DAY_AROUND = re.compile(r"(?:the )?day (?P<side>before|after) (?P<rest>.+)")
_HEDGED = re.compile(
    # "just over a week", "little more than an hour": the hedge of a hedge changes no length.
    r"(?:(?:a good part of|much of|most of|the bulk of|post|pre"
    r"|(?:just|a little|little|well)(?= (?:over|under|more than|less than) )) )?(?P<rest>.+?)"
    r"(?: (?:or later|or earlier|or so|or before|or after|and beyond|and after))?"
)
_YEAR_ENDED = re.compile(r"(?:the )?(?:fiscal )?year (?:ended|ending) (?:on )?(?P<rest>.+)")
_HALF_OF = re.compile(r"(?:the )?(?P<ord>first|second) half of (?P<rest>.+)")
_LOOSE = re.compile(r"(?:earlier|later|more|around|about|approximately|roughly) (?P<rest>.+)")


def read_loosely(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "earlier Sunday", "later yesterday", "around Nov. 1", "more recently": the same day or
    vague reference; the word only moves the event within it or hedges it."""
    match = _LOOSE.fullmatch(text)
    if match is None:
        return None
    inner = read(match.group("rest"), frame)
    hedge = text.split(" ", 1)[0] in ("around", "about", "approximately", "roughly")
    if not hedge and inner.granularity not in ("day", "part_of_day", "vague"):
        return None
    return inner


def read_hedged(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "1994 or later", "1990 and beyond", "a good part of 1990", "post-1959", "the next year
    or so": the hedge does not move the date it names."""
    match = _HEDGED.fullmatch(text)
    if match is None or match.group("rest") == text:
        return None
    return read(match.group("rest"), frame)


def read_day_around(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "the day before last Tuesday", "the day after Christmas": one day off a named day."""
    match = _DAY_AROUND.fullmatch(text)
    if match is None:
        return None
    inner = read(match.group("rest"), frame)
    if inner.start is None or inner.granularity != "day":
        return None
    shift = dt.timedelta(days=-1 if match.group("side") == "before" else 1)
    day = calendar.day(first_day(inner.start) + shift, "day_around")
    return replace(day, leaned_on=inner.leaned_on)


def read_week_of(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "the week of March 6", "the week ended July 25": the ISO week containing that day."""
    match = _WEEK_OF.fullmatch(text)
    if match is None:
        return None
    inner = read(match.group("rest"), frame)
    if inner.start is None or inner.granularity != "day":
        return None
    week = calendar.week(first_day(inner.start), "week_of")
    return Reading(week.start, week.end, week.granularity, week.timex, week.rule, leaned_on=inner.leaned_on)


_WEEK_OF_MONTH = re.compile(r"the (?P<ord>first|second|third|fourth|last|final) week of (?P<rest>.+)")
_WEEK_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def read_week_of_month(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "the first week of June": the ISO week holding the month's first Thursday (the first
    week mostly in the month), the second the week after; "the last week" holds its last."""
    match = _WEEK_OF_MONTH.fullmatch(text)
    if match is None:
        return None
    inner = read(match.group("rest"), frame)
    if inner.start is None or inner.end is None or inner.granularity != "month":
        return None
    first, after = first_day(inner.start), first_day(inner.end)
    if match.group("ord") in ("last", "final"):
        last = after - dt.timedelta(days=1)
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    else:
        weeks = _WEEK_ORDINALS[match.group("ord")]
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * weeks)
    week = calendar.week(thursday, "week_of_month")
    return Reading(week.start, week.end, week.granularity, week.timex, week.rule, leaned_on=inner.leaned_on)


def read_modified(text: str, frame: Frame, read: Reader) -> Reading | None:
    if _YEAR_END.fullmatch(text):
        text = "the end of the year"
    match = _MODIFIER.fullmatch(text)
    if match is None:
        return None
    code = _MOD_CODE[match.group("mod").removeprefix("the ")]
    inner = read(match.group("rest"), frame)
    if inner.start is None or inner.end is None:
        return None
    if inner.granularity == "day":
        return _part_of(inner, code)
    if inner.granularity == "part_of_day":
        return inner.with_mod(code)
    narrowed = _third(inner, code)
    if _ahead_of_reported_past(narrowed, inner, frame):
        assert isinstance(inner.start, dt.date)
        earlier = calendar.month(inner.start.year - 1, inner.start.month, inner.rule)
        return _third(earlier, code)
    return narrowed


def _ahead_of_reported_past(narrowed: Reading, inner: Reading, frame: Frame) -> bool:
    """ "late January" read on 1 January is last year's: reported facts have already happened."""
    return (
        frame.past
        and not frame.uncued
        and inner.rule == "month_no_year"
        and narrowed.start is not None
        and frame.anchor is not None
        and first_day(narrowed.start) > frame.anchor
    )


def _part_of(day: Reading, code: str) -> Reading:
    """Early Wednesday is its small hours; late Wednesday its late hours (20:00 to midnight).
    TimeML values them as the day with a mod ("late yesterday": the day, END), not as a part
    of the day: the reporter narrows the day without naming a part of it."""
    if code == "END":
        late = at_part(day, "late hours", "late_day")
        return Reading(late.start, late.end, late.granularity, day.timex, "late_day", "END", day.leaned_on)
    if code == "START":
        return early_hours(day).named("early_day")
    assert day.start is not None
    noon = dt.datetime.combine(first_day(day.start), dt.time(10))
    return Reading(noon, noon + dt.timedelta(hours=4), "part_of_day", day.timex, "mid_day", "MID")


def _third(inner: Reading, code: str) -> Reading:
    """Months: days 1-10, 11-20, 21-end; other units: thirds of their length in days."""
    start, end = inner.start, inner.end
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    if inner.granularity == "month" and end == add(start, months=1):
        cuts = (start, start.replace(day=11), start.replace(day=21), end)
    elif inner.granularity == "year" and end == add(start, years=1):
        cuts = (start, start.replace(month=5), start.replace(month=9), end)
    else:
        third = (end - start) // 3
        cuts = (start, start + third, end - third, end)
    index = {"START": 0, "MID": 1, "END": 2}[code]
    rule = {"START": "early", "MID": "mid", "END": "late"}[code] + f"_{inner.granularity}"
    return Reading(cuts[index], cuts[index + 1], inner.granularity, inner.timex, rule, code, inner.leaned_on)


def read_since(text: str, frame: Frame, read: Reader) -> Reading | None:
    """From the start of X's interval to the end of the anchor day."""
    match = _SINCE.fullmatch(text)
    if match is None:
        return None
    if match.group("rest") in _THEN:
        return _since_then(frame)
    # What "since" counts from has already happened, whatever the clause's tense.
    inner = read(match.group("rest"), replace(frame, direction="past", uncued=False))
    if inner.start is None:
        return None
    end = frame.day() + dt.timedelta(days=1)
    start = first_day(inner.start)
    if start >= end:
        return None
    granularity = _counted_from(inner.granularity)
    return Reading(start, end, granularity, inner.timex, "since", inner.mod or "ON_OR_AFTER", inner.leaned_on)


#: A stretch "since" X is as precise as X: "since 2011" is known to the year, "since mid-October"
#: to the month, "since Tuesday night" to the day (it starts on the day).
_SINCE_PRECISION: dict[str, Granularity] = {"week": "week", "month": "month", "year": "year"}


def _counted_from(granularity: str) -> Granularity:
    return _SINCE_PRECISION.get(granularity, "day")


#: "since then", "since that time": from the date just mentioned (anaphora, spec "Anaphora").
_THEN = frozenset({"then", "that time", "that day", "that date"})


def _since_then(frame: Frame) -> Reading | None:
    """From the start of the day of the expression just mentioned to the end of the anchor day;
    unresolved without an earlier date ("then" has nothing to point at), none with one not
    before the anchor."""
    previous = frame.earlier()  # none: unresolved, with the reason
    start = first_day(previous.start)
    end = frame.day() + dt.timedelta(days=1)  # no anchor: unresolved, with the reason
    if start >= end:
        return None
    granularity = _counted_from(previous.granularity)
    return Reading(start, end, granularity, previous.timex, "since_then", "ON_OR_AFTER", previous.expression)


def read_year_ended(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "the year ended March 31", "the fiscal year ending June 30, 1990": twelve months closing
    on a day other than 31 December are no calendar year, so TimeML values them as their length,
    `P1Y`; closing on 31 December they are that calendar year."""
    match = _YEAR_ENDED.fullmatch(text)
    if match is None:
        return None
    try:
        end = read(match.group("rest"), frame)
    except Unresolvable:
        end = None
    if end is not None and end.granularity == "day" and end.start is not None:
        last = first_day(end.start)
        if (last.month, last.day) == (12, 31):
            return calendar.year(last.year, "year_ended")
    return Reading(None, None, "duration", "P1Y", "year_ended")


def read_half_of(text: str, frame: Frame, read: Reader) -> Reading | None:
    """ "the second half of the '80s", "the first half of the 19th century": the decade or
    century, its earlier or later half (`START` / `END`); halves of years are the rules' own."""
    match = _HALF_OF.fullmatch(text)
    if match is None:
        return None
    inner = read(match.group("rest"), frame)
    if inner.start is None or inner.end is None or not inner.timex.isdigit() or len(inner.timex) > 3:
        return None
    start, end = first_day(inner.start), first_day(inner.end)
    middle = start.replace(year=(start.year + end.year) // 2)
    if match.group("ord") == "first":
        return Reading(start, middle, inner.granularity, inner.timex, "half_era", "START", inner.leaned_on)
    return Reading(middle, end, inner.granularity, inner.timex, "half_era", "END", inner.leaned_on)

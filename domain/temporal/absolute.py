"""Expressions that name their calendar unit: dates, months, years.

Without a year, a month or a day is placed by direction: the latest one not after the
anchor for reported facts, the earliest one not before it for plans, and the one nearest
the anchor when nothing in the clause points either way ("Congress reconvenes Jan. 24").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from domain.temporal import calendar
from domain.temporal.frame import Contradiction, Frame, Unresolvable
from domain.temporal.patterns import DAY_NUMBER, MONTH, WEEKDAY, YEAR
from domain.temporal.reading import Reading
from domain.temporal.shifts import add, nearest_day, nearest_year
from domain.temporal.vocab import MONTHS, WEEKDAYS
from domain.temporal.weekdays import weekday_reading
from domain.temporal.zones import month_first

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]

_WD = rf"(?:(?P<weekday>{WEEKDAY}) )?"
_DM = rf"(?:(?P<day>{DAY_NUMBER}) (?:of )?(?P<month>{MONTH})|(?P<month2>{MONTH}) (?P<day2>{DAY_NUMBER}))"


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_day(match: re.Match[str]) -> tuple[int, int]:
    month = match.group("month") or match.group("month2")
    day = match.group("day") or match.group("day2")
    return MONTHS[month], _day_number(day)


def _checked(reading: Reading, match: re.Match[str], frame: Frame) -> Reading:
    """A date written with its weekday must agree with it, or both readings are kept."""
    name = match.group("weekday")
    if not name or reading.start is None:
        return reading
    start = reading.start
    assert isinstance(start, dt.date)
    if start.weekday() == WEEKDAYS[name]:
        return reading
    if frame.anchor is None:
        raise Contradiction(f"contradiction: {start.isoformat()} is not a {name}", (reading,))
    other = weekday_reading(WEEKDAYS[name], frame, "weekday")
    written = f"{start.strftime('%A')} {start.isoformat()}"
    reason = f"contradiction: the text says {name.title()} but gives {written}"
    raise Contradiction(reason, (reading, other))


def _safe_day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise Unresolvable(f"no such date: {year}-{month:02d}-{day:02d}") from error


def numeric_date(match: re.Match[str], frame: Frame) -> Reading:
    """ "12/03/2019", "25.03.2019": day first, or month first where the publisher's copy writes it
    so (`zones.month_first`); a number above 12 settles it. Without a zone, two numbers that
    could each be the month leave the date unresolved, with both readings named."""
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    if a > 12 or b > 12:
        day, month = (a, b) if a > 12 else (b, a)
    elif frame.zone is not None:
        month, day = (a, b) if month_first(frame.zone) else (b, a)
    elif a == b:
        day, month = a, b
    else:
        raise Unresolvable(
            f"ambiguous numeric date: {match.group(0)} is {_safe_day(year, b, a)} or {_safe_day(year, a, b)}"
            " (the publisher's time zone says which order its copy writes)"
        )
    return calendar.day(_safe_day(year, month, day), "numeric_date")


def full_date(match: re.Match[str], frame: Frame) -> Reading:
    month, day = _month_day(match)
    reading = calendar.day(_safe_day(int(match.group("year")), month, day), "calendar_date")
    return _checked(reading, match, frame)


def iso_date(match: re.Match[str], frame: Frame) -> Reading:
    year, month, day = (int(part) for part in match.group(0).split("-"))
    return calendar.day(_safe_day(year, month, day), "calendar_date")


def day_month(match: re.Match[str], frame: Frame) -> Reading:
    """ "Jan. 28": the latest such date <= anchor (past), the earliest >= anchor (future)."""
    month, day = _month_day(match)
    anchor = frame.day()
    candidates = [
        _safe_day(anchor.year + shift, month, day)
        for shift in (-1, 0, 1)
        if not (month == 2 and day == 29) or _leap(anchor.year + shift)
    ]
    if not candidates:
        raise Unresolvable("29 February falls in no nearby year")
    agreeing = _agreeing(candidates, match.group("weekday"), anchor)
    if agreeing is not None:
        return calendar.day(agreeing, "day_month_weekday")
    if frame.uncued:
        chosen = nearest_day(candidates, anchor, ahead=not frame.past)
    elif frame.past:
        chosen = max((c for c in candidates if c <= anchor), default=candidates[0])
        soon = min((c for c in candidates if c > anchor), default=chosen)
        if _year_old(chosen, anchor, frame) and (soon - anchor).days <= SOON_DAYS:
            chosen = soon  # "has invited them to a ceremony on March 12", a month before March 12
    else:
        chosen = min((c for c in candidates if c >= anchor), default=candidates[-1])
    return _checked(calendar.day(chosen, "day_month_no_year"), match, frame)


#: A past date without a year lies within the last ~10 months; one nearly a year back, with the
#: same day-month at most two months ahead, is read ahead (AP style writes the year of an older
#: date): "clearing the way to leave on Jan. 31" in mid-December.
YEAR_OLD_DAYS = 300
SOON_DAYS = 62


def _year_old(chosen: dt.date, anchor: dt.date, frame: Frame) -> bool:
    return (anchor - chosen).days > YEAR_OLD_DAYS and not frame.firm_past


def _agreeing(candidates: list[dt.date], weekday: str | None, anchor: dt.date) -> dt.date | None:
    """ "Saturday, April 25" written within half a year of the anchor: the one such date that
    falls on that weekday. Anything else is left to the direction and the contradiction check."""
    if not weekday:
        return None
    near = [c for c in candidates if abs((c - anchor).days) <= 183 and c.weekday() == WEEKDAYS[weekday]]
    return near[0] if len(near) == 1 else None


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_year(match: re.Match[str], frame: Frame) -> Reading:
    return calendar.month(int(match.group("year")), MONTHS[match.group("month")], "month_year")


def bare_month(match: re.Match[str], frame: Frame) -> Reading:
    """Past: the latest such month not after the anchor's month; future: the earliest not before."""
    number = MONTHS[match.group("month")]
    anchor = frame.day()
    year = anchor.year
    ahead = (number - anchor.month) % 12  # months from the anchor's month to the next such month
    if frame.uncued:
        year = nearest_year(anchor, number, ahead=not frame.past)
    elif frame.past and 0 < ahead <= _SOON_MONTHS and not frame.firm_past:
        year += number < anchor.month  # "to admit them in March": a month just ahead, not a year back
    elif frame.past and number > anchor.month:
        year -= 1
    elif not frame.past and number < anchor.month:
        year += 1
    return calendar.month(year, number, "month_no_year")


#: In a past clause, a month name at most this many months ahead is read ahead: ten or eleven
#: months back, a reporter writes the year ("September 2023" or "last September").
_SOON_MONTHS = 2


def month_range(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "the April-June quarter": the calendar quarter its three months make, placed as its
    first month would be; other ranges of months are left to other rules."""
    first, last = MONTHS[match.group("month")], MONTHS[match.group("last")]
    if first % 3 != 1 or last != first + 2:
        return None
    start = bare_month(match, frame).start
    assert start is not None
    return calendar.quarter(start.year, (first - 1) // 3 + 1, "month_range_quarter")


def year(match: re.Match[str], frame: Frame) -> Reading:
    return calendar.year(int(match.group("year")), "year")


def month_day_relative(match: re.Match[str], frame: Frame) -> Reading:
    """ "Jan. 28 last year": the date in the named relative year."""
    anchor = frame.day()
    shift = {"last": -1, "this": 0, "next": 1}[match.group("which")]
    month, day = _month_day(match)
    return calendar.day(_safe_day(anchor.year + shift, month, day), "day_month_relative_year")


def month_of_relative_year(match: re.Match[str], frame: Frame) -> Reading:
    """ "June last year": that month of the year before the anchor's."""
    shift = {"last": -1, "this": 0, "next": 1}[match.group("which")]
    return calendar.month(frame.day().year + shift, MONTHS[match.group("month")], "month_relative_year")


def month_relative(match: re.Match[str], frame: Frame) -> Reading:
    anchor = frame.day()
    number = MONTHS[match.group("month")]
    which = match.group("which")
    if which == "this":
        return calendar.month(anchor.year, number, "month_this_year")
    step = -1 if which == "last" else 1
    candidate = dt.date(anchor.year, number, 1)
    this_month = anchor.replace(day=1)
    while (step < 0 and candidate >= this_month) or (step > 0 and candidate <= this_month):
        candidate = add(candidate, years=step)
    return calendar.month(candidate.year, number, f"{which}_month_name")


RULES: list[Rule] = [
    (re.compile(r"\d{4}-\d\d-\d\d"), iso_date),
    (re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"), numeric_date),
    (re.compile(rf"{_WD}{_DM} (?P<year>{YEAR})"), full_date),
    (re.compile(rf"{_DM} (?P<which>last|this|next) year"), month_day_relative),
    (re.compile(rf"{_WD}{_DM}"), day_month),
    (re.compile(rf"(?P<month>{MONTH}) (?:of )?(?P<year>{YEAR})"), month_year),
    (re.compile(rf"(?P<which>last|this|next) (?P<month>{MONTH})"), month_relative),
    (re.compile(rf"(?P<month>{MONTH}) (?:of )?(?P<which>last|this|next) year"), month_of_relative_year),
    (re.compile(rf"(?:the )?(?P<month>{MONTH}) (?P<last>{MONTH}) (?:quarter|period)"), month_range),
    (re.compile(rf"(?P<month>{MONTH})"), bare_month),
    (re.compile(rf"(?:the )?(?:year |calendar |fiscal (?:year )?)?(?P<year>{YEAR})(?: fiscal year)?"), year),
]

"""Calendar units as half-open intervals with their TIMEX3 values.

Arithmetic goes through dateutil's relativedelta, so month ends and leap years are its job.
"""

from __future__ import annotations

import datetime as dt

from domain.temporal.reading import Reading
from domain.temporal.shifts import add
from domain.temporal.vocab import SEASON_START

ONE_DAY = dt.timedelta(days=1)


def day(d: dt.date, rule: str) -> Reading:
    return Reading(d, d + ONE_DAY, "day", d.isoformat(), rule)


def week(d: dt.date, rule: str) -> Reading:
    """The ISO week (Monday to Sunday) containing `d`."""
    monday = d - dt.timedelta(days=d.weekday())
    year, number, _ = monday.isocalendar()
    return Reading(monday, monday + dt.timedelta(days=7), "week", f"{year}-W{number:02d}", rule)


def weekend(d: dt.date, rule: str) -> Reading:
    """Saturday and Sunday of the ISO week containing `d`."""
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    year, number, _ = saturday.isocalendar()
    timex = f"{year}-W{number:02d}-WE"
    return Reading(saturday, saturday + dt.timedelta(days=2), "week", timex, rule)


def month(year: int, number: int, rule: str) -> Reading:
    start = dt.date(year, number, 1)
    return Reading(start, add(start, months=1), "month", f"{year:04d}-{number:02d}", rule)


def month_of(d: dt.date, rule: str, shift: int = 0) -> Reading:
    moved = add(d.replace(day=1), months=shift)
    return month(moved.year, moved.month, rule)


def year(number: int, rule: str) -> Reading:
    start = dt.date(number, 1, 1)
    return Reading(start, dt.date(number + 1, 1, 1), "year", f"{number:04d}", rule)


def quarter(year_: int, number: int, rule: str) -> Reading:
    start = dt.date(year_, 3 * number - 2, 1)
    end = add(start, months=3)
    return Reading(start, end, "month", f"{year_:04d}-Q{number}", rule)


def quarter_of(d: dt.date, rule: str, shift: int = 0) -> Reading:
    moved = add(d.replace(day=1), months=3 * shift)
    return quarter(moved.year, (moved.month - 1) // 3 + 1, rule)


def half(year_: int, number: int, rule: str) -> Reading:
    start = dt.date(year_, 6 * number - 5, 1)
    return Reading(start, add(start, months=6), "month", f"{year_:04d}-H{number}", rule)


def season(year_: int, code: str, rule: str) -> Reading:
    start = dt.date(year_, SEASON_START[code], 1)
    return Reading(start, add(start, months=3), "month", f"{year_:04d}-{code}", rule)


def season_of(d: dt.date) -> tuple[int, str]:
    """The (year, code) of the meteorological season `d` is in; January is last year's winter."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    code = {3: "SP", 6: "SU", 9: "FA"}[(d.month - 3) // 3 * 3 + 3]
    return d.year, code


def decade(first_year: int, rule: str) -> Reading:
    start = dt.date(first_year, 1, 1)
    timex = f"{first_year // 10:03d}"
    return Reading(start, dt.date(first_year + 10, 1, 1), "year", timex, rule)


def century(first_year: int, rule: str) -> Reading:
    start = dt.date(first_year, 1, 1)
    timex = f"{first_year // 100:02d}"
    return Reading(start, dt.date(first_year + 100, 1, 1), "year", timex, rule)

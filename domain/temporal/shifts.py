"""Calendar steps through dateutil (month ends, leap years), behind typed functions.

python-dateutil ships no type hints; this module is the one place that touches it.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta, weekday

from domain.when import Granularity

_MONTHS_PER = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DAYS_PER = {"day": 1, "week": 7}
#: How precisely a span counted in a unit is known: "the past two weeks" is known to the week,
#: "the past five years" to the year (a span of hours reaches into whole days).
_PRECISION: dict[str, Granularity] = {
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}


def unit_granularity(unit: str) -> Granularity:
    """The granularity of a span counted in `unit` (days, hours and minutes: the day)."""
    return _PRECISION.get(unit, "day")


def add(day: dt.date, *, years: int = 0, months: int = 0) -> dt.date:
    moved: dt.date = day + relativedelta(years=years, months=months)
    return moved


def add_units(day: dt.date, unit: str, count: int) -> dt.date:
    """`count` days, weeks, months, quarters, years or decades from `day`."""
    if unit in _DAYS_PER:
        return day + dt.timedelta(days=_DAYS_PER[unit] * count)
    return add(day, months=_MONTHS_PER[unit] * count)


def on_or_before(day: dt.date, number: int) -> dt.date:
    """The latest date <= `day` falling on weekday `number` (Monday = 0)."""
    moved: dt.date = day + relativedelta(weekday=weekday(number)(-1))
    return moved


def after(day: dt.date, number: int) -> dt.date:
    """The earliest date > `day` falling on weekday `number`."""
    moved: dt.date = day + dt.timedelta(days=1) + relativedelta(weekday=weekday(number)(+1))
    return moved


def nearest_year(anchor: dt.date, month: int, *, ahead: bool = False) -> int:
    """The year whose `month` lies nearest the anchor's month; a tie goes to the past, or
    ahead when the expression looks ahead ("by August" in a plan)."""
    here = anchor.year * 12 + anchor.month - 1
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: (abs(y * 12 + month - 1 - here), -y if ahead else y))


def nearest_day(candidates: list[dt.date], anchor: dt.date, *, ahead: bool = False) -> dt.date:
    """The candidate nearest the anchor; a tie goes to the past, or ahead when looking ahead."""
    return min(candidates, key=lambda c: (abs((c - anchor).days), -c.toordinal() if ahead else c.toordinal()))

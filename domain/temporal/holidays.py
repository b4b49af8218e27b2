"""Named days of the calendar ("Christmas", "Thanksgiving Day", "New Year's Eve").

Without a year they are placed like a day and month without a year: by direction, or
nearest the anchor when nothing in the clause points either way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter

from domain.temporal import calendar
from domain.temporal.absolute import SOON_DAYS, YEAR_OLD_DAYS
from domain.temporal.frame import Frame
from domain.temporal.patterns import YEAR
from domain.temporal.reading import Reading
from domain.temporal.shifts import nearest_day

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], dt.date]:
    """The nth (1-based; -1 = last) such weekday of the month."""

    def on(year: int) -> dt.date:
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    return on


def _election_day(year: int) -> dt.date:
    """The Tuesday after the first Monday of November (the US general election)."""
    return _nth_weekday(11, 0, 1)(year) + dt.timedelta(days=1)


def _easter(year: int) -> dt.date:
    found: dt.date = easter(year)
    return found


def _after(on: Callable[[int], dt.date], days: int) -> Callable[[int], dt.date]:
    """A day counted from another named day: Black Friday, Good Friday."""
    return lambda year: on(year) + dt.timedelta(days=days)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "independence day": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
    "thanksgiving": _nth_weekday(11, 3, 4),
    "thanksgiving day": _nth_weekday(11, 3, 4),
    "labor day": _nth_weekday(9, 0, 1),
    "memorial day": _nth_weekday(5, 0, -1),
    "election day": _election_day,
    "easter": _easter,
    "easter sunday": _easter,
    # Named in 2010s-2020s copy: shopping days, US federal holidays, the Christian calendar
    # around Easter, and days fixed by date in other countries.
    "black friday": _after(_nth_weekday(11, 3, 4), 1),
    "cyber monday": _after(_nth_weekday(11, 3, 4), 4),
    "martin luther king day": _nth_weekday(1, 0, 3),
    "martin luther king jr day": _nth_weekday(1, 0, 3),
    "mlk day": _nth_weekday(1, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3),
    "presidents' day": _nth_weekday(2, 0, 3),
    "president's day": _nth_weekday(2, 0, 3),
    "columbus day": _nth_weekday(10, 0, 2),
    "veterans day": _fixed(11, 11),
    "veterans' day": _fixed(11, 11),
    "juneteenth": _fixed(6, 19),
    "mother's day": _nth_weekday(5, 6, 2),
    "father's day": _nth_weekday(6, 6, 3),
    "fourth of july": _fixed(7, 4),
    "st patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17),
    "ash wednesday": _after(_easter, -46),
    "palm sunday": _after(_easter, -7),
    "good friday": _after(_easter, -2),
    "easter monday": _after(_easter, 1),
    "pentecost": _after(_easter, 49),
    "boxing day": _fixed(12, 26),
    "earth day": _fixed(4, 22),
    "may day": _fixed(5, 1),
    "bastille day": _fixed(7, 14),
    "remembrance day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "anzac day": _fixed(4, 25),
    "australia day": _fixed(1, 26),
    "canada day": _fixed(7, 1),
}
_NAME = "(?P<name>" + "|".join(sorted((re.escape(n) for n in HOLIDAYS), key=len, reverse=True)) + ")"


def holiday(match: re.Match[str], frame: Frame) -> Reading:
    on = HOLIDAYS[match.group("name")]
    if match.group("week"):
        return _holiday_week(on, match, frame)
    if match.group("year"):
        return calendar.day(on(int(match.group("year"))), "holiday_year")
    anchor = frame.day()
    which = match.group("which")
    candidates = [on(anchor.year + shift) for shift in (-1, 0, 1)]
    if which == "last" or (which is None and frame.past and not frame.uncued):
        chosen = max(c for c in candidates if (c < anchor if which else c <= anchor))
        soon = min(c for c in candidates if c > anchor)
        if (
            which is None
            and not frame.firm_past
            and (anchor - chosen).days > YEAR_OLD_DAYS
            and (soon - anchor).days <= SOON_DAYS
        ):
            chosen = soon  # "suspended events a week before Election Day", a week before it
    elif which in ("next", "this") or not frame.past:
        chosen = min(c for c in candidates if c >= anchor) if which != "this" else on(anchor.year)
    else:
        chosen = nearest_day(candidates, anchor, ahead=not frame.past)
    return calendar.day(chosen, "holiday")


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _holiday_week(on: Callable[[int], dt.date], match: re.Match[str], frame: Frame) -> Reading:
    """ "Easter week", "Christmas week": the ISO week holding the day, placed like a weekday by
    its Monday (past: the latest week begun by the anchor day; ahead: the first one after)."""
    if match.group("year"):
        return calendar.week(_monday(on(int(match.group("year")))), "holiday_week")
    anchor = frame.day()
    mondays = [_monday(on(anchor.year + shift)) for shift in (-1, 0, 1)]
    which = match.group("which")
    if which == "last" or (which is None and frame.past):
        chosen = max(m for m in mondays if (m < _monday(anchor) if which else m <= anchor))
    else:
        chosen = min(m for m in mondays if m >= _monday(anchor))
    return calendar.week(chosen, "holiday_week")


RULES: list[Rule] = [
    (
        re.compile(rf"(?:(?P<which>last|this|next) )?{_NAME}(?P<week> week)?(?: (?P<year>{YEAR}))?"),
        holiday,
    ),
]

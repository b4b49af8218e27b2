"""Months and feasts of the Islamic calendar ("since the start of Ramadan", "on the eve of Eid
al-Adha", "the Arbaeen pilgrimage"), placed through the Umm al-Qura calendar (`hijridate`).

Copy from the Middle East, Africa and South Asia dates events by them. The Umm al-Qura calendar is
Saudi Arabia's civil one; countries that start a month on a local sighting of the moon may be a
day apart from it, which a day-long feast read here can be off by.

Placed like other named days: with a year, the one that begins in that Gregorian year; "last" /
"next", the one before / after the anchor; otherwise by the clause's direction (past: the latest
begun by the anchor day, so "Ramadan" read during Ramadan is the current one; future: the first
not yet over), or nearest the anchor when nothing in the clause points either way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from hijridate import Gregorian, Hijri

from domain.temporal.absolute import SOON_DAYS, YEAR_OLD_DAYS
from domain.temporal.frame import Frame, Unresolvable
from domain.temporal.patterns import YEAR
from domain.temporal.reading import Reading
from domain.when import Granularity

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]

#: (Hijri month, first day, last day or None for the whole month): months and one-day feasts.
_FEASTS: dict[str, tuple[int, int, int | None]] = {
    "ramadan": (9, 1, None),
    "muharram": (1, 1, None),
    "eid al fitr": (10, 1, 1),
    "eid al adha": (12, 10, 10),
    "ashura": (1, 10, 10),
    "arbaeen": (2, 20, 20),
    "mawlid": (3, 12, 12),
    "islamic new year": (1, 1, 1),
}
#: Spellings of wire copy and of the regions' own English-language press.
_SPELLINGS: dict[str, str] = {
    "ramadan": "ramadan",
    "ramadhan": "ramadan",
    "ramazan": "ramadan",
    "the holy month of ramadan": "ramadan",
    "the fasting month of ramadan": "ramadan",
    "the holy fasting month of ramadan": "ramadan",
    "the month of ramadan": "ramadan",
    "muharram": "muharram",
    "the month of muharram": "muharram",
    **{f"eid {link} fitr": "eid al fitr" for link in ("al", "ul", "el", "e")},
    **{f"eid {link} adha": "eid al adha" for link in ("al", "ul", "el", "e")},
    "eid al kabir": "eid al adha",
    "eid el kebir": "eid al adha",
    "bakrid": "eid al adha",
    "ashura": "ashura",
    "ashoura": "ashura",
    "arbaeen": "arbaeen",
    "arbaein": "arbaeen",
    "arbain": "arbaeen",
    "arba'een": "arbaeen",
    "arbaeen pilgrimage": "arbaeen",
    "mawlid": "mawlid",
    "mawlid al nabi": "mawlid",
    "milad un nabi": "mawlid",
    "the prophet's birthday": "mawlid",
    "the prophet muhammad's birthday": "mawlid",
    "islamic new year": "islamic new year",
    "hijri new year": "islamic new year",
    # Either feast: the one the direction points to
    "eid": "eid",
}
#: Names that stand for any of several feasts.
_EITHER = {"eid": ("eid al fitr", "eid al adha")}
_FIRST, _LAST = 1343, 1500  # the Hijri years the Umm al-Qura tables cover (1924-2077)


def _gregorian(year: int, month: int, day: int) -> dt.date:
    if not _FIRST <= year <= _LAST:
        raise Unresolvable(f"the Umm al-Qura calendar covers only {_FIRST}-{_LAST} AH")
    found = Hijri(year, month, day).to_gregorian()
    return dt.date(found.year, found.month, found.day)


def _hijri_year(day: dt.date) -> int:
    if not dt.date(1924, 8, 1) <= day < dt.date(2077, 11, 17):
        raise Unresolvable(f"the Umm al-Qura calendar covers only {_FIRST}-{_LAST} AH")
    return int(Gregorian(day.year, day.month, day.day).to_hijri().year)


def _occurrence(name: str, year: int) -> tuple[dt.date, dt.date]:
    """[first day, day after the last) of the feast in Hijri year `year`."""
    month, first, last = _FEASTS[name]
    start = _gregorian(year, month, first)
    if last is not None:
        return start, start + dt.timedelta(days=last - first + 1)
    after = _gregorian(year + 1, 1, 1) if month == 12 else _gregorian(year, month + 1, 1)
    return start, after


def _around(name: str, day: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The feast's occurrences in the Hijri years around `day`, in order."""
    year = _hijri_year(day)
    names = _EITHER.get(name, (name,))
    years = [year + shift for shift in (-1, 0, 1) if _FIRST <= year + shift <= _LAST]
    return sorted(_occurrence(one, each) for one in names for each in years)


def _in_gregorian_year(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The first occurrence that begins in Gregorian `year`."""
    for start, end in _around(name, dt.date(year, 7, 1)):
        if start.year == year:
            return start, end
    raise Unresolvable(f"no {name} begins in {year}")


def _placed(name: str, which: str | None, frame: Frame) -> tuple[dt.date, dt.date]:
    anchor = frame.day()
    found = _around(name, anchor)
    if which == "last":
        return max((o for o in found if o[1] <= anchor), key=_start)
    if which == "next":
        return min((o for o in found if o[0] > anchor), key=_start)
    begun = max((o for o in found if o[0] <= anchor), key=_start)
    ahead = min((o for o in found if o[1] > anchor), key=_start)
    if frame.uncued:
        return min((begun, ahead), key=lambda o: _distance(o, anchor))
    if frame.past:
        year_old = (anchor - begun[0]).days > YEAR_OLD_DAYS and not frame.firm_past
        if year_old and (ahead[0] - anchor).days <= SOON_DAYS:
            return ahead  # "the government said it would lift the curfew for Ramadan", weeks before it
        return begun
    return ahead


def _start(occurrence: tuple[dt.date, dt.date]) -> dt.date:
    return occurrence[0]


def _distance(occurrence: tuple[dt.date, dt.date], anchor: dt.date) -> int:
    start, end = occurrence
    return 0 if start <= anchor < end else min(abs((start - anchor).days), abs((anchor - end).days))


def _timex(start: dt.date, end: dt.date) -> str:
    """A day's ISO date; a month's, the Gregorian month holding most of its days (TIMEX3 has no
    value for another calendar's month)."""
    if end - start == dt.timedelta(days=1):
        return start.isoformat()
    middle = start + (end - start) / 2
    return f"{middle.year:04d}-{middle.month:02d}"


def feast(match: re.Match[str], frame: Frame) -> Reading:
    name = _SPELLINGS[match.group("name")]
    if match.group("year"):
        start, end = _in_gregorian_year(name, int(match.group("year")))
        rule = "islamic_year"
    else:
        start, end = _placed(name, match.group("which"), frame)
        rule = "islamic"
    granularity: Granularity = "day" if end - start == dt.timedelta(days=1) else "month"
    return Reading(start, end, granularity, _timex(start, end), f"{rule}_{granularity}")


_NAME = "(?P<name>" + "|".join(sorted((re.escape(n) for n in _SPELLINGS), key=len, reverse=True)) + ")"

RULES: list[Rule] = [
    (re.compile(rf"(?:(?P<which>last|this|next) )?{_NAME}(?: (?P<year>{YEAR}))?"), feast),
]

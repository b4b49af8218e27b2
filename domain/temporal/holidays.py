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
from domain.temporal.frame import Frame, Unresolvable
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


_FIRST_TABLED_YEAR, _LAST_TABLED_YEAR = 1980, 2050


def _table(days: str) -> Callable[[int], dt.date]:
    """A feast of a lunar or lunisolar calendar: its Gregorian day (MMDD) per year from 1980."""
    codes = days.split()

    def on(year: int) -> dt.date:
        if not _FIRST_TABLED_YEAR <= year <= _LAST_TABLED_YEAR:
            raise Unresolvable(f"no table of the feast for {year}")
        code = codes[year - _FIRST_TABLED_YEAR]
        return dt.date(year, int(code[:2]), int(code[2:]))

    return on


# Feasts of other calendars named in 2020s copy ("fireworks as Lunar New Year began", "an attack
# on Yom Kippur"), tabled from the Chinese and Hebrew calendars (the Hebrew day is the one that
# follows the evening the feast begins).
#: the first day of the Chinese lunisolar year, 1980-2050
_LUNAR_NEW_YEAR = _table(
    "0216 0205 0125 0213 0202 0220 0209 0129 0217 0206 0127 0215 0204 0123 "
    "0210 0131 0219 0207 0128 0216 0205 0124 0212 0201 0122 0209 0129 0218 "
    "0207 0126 0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 0125 0212 "
    "0201 0122 0210 0129 0217 0206 0126 0213 0203 0123 0211 0131 0219 0208 "
    "0128 0215 0204 0124 0212 0201 0122 0210 0130 0217 0206 0126 0214 0202 "
    "0123 "
)
#: 10 Tishrei, 1980-2050
_YOM_KIPPUR = _table(
    "0920 1008 0927 0917 1006 0925 1013 1003 0921 1009 0929 0918 1007 0925 "
    "0915 1004 0923 1011 0930 0920 1009 0927 0916 1006 0925 1013 1002 0922 "
    "1009 0928 0918 1008 0926 0914 1004 0923 1012 0930 0919 1009 0928 0916 "
    "1005 0925 1012 1002 0921 1011 0930 0919 1007 0927 0915 1003 0923 1013 "
    "1001 0919 1009 0928 0917 1005 0924 1014 1001 0921 1010 0930 0917 1006 "
    "0926 "
)
#: 1 Tishrei, 1980-2050
_ROSH_HASHANAH = _table(
    "0911 0929 0918 0908 0927 0916 1004 0924 0912 0930 0920 0909 0928 0916 "
    "0906 0925 0914 1002 0921 0911 0930 0918 0907 0927 0916 1004 0923 0913 "
    "0930 0919 0909 0929 0917 0905 0925 0914 1003 0921 0910 0930 0919 0907 "
    "0926 0916 1003 0923 0912 1002 0921 0910 0928 0918 0906 0924 0914 1004 "
    "0922 0910 0930 0919 0908 0926 0915 1005 0922 0912 1001 0921 0908 0927 "
    "0917 "
)
#: 15 Nisan, 1980-2050
_PASSOVER = _table(
    "0401 0419 0408 0329 0417 0406 0424 0414 0402 0420 0410 0330 0418 0406 "
    "0327 0415 0404 0422 0411 0401 0420 0408 0328 0417 0406 0424 0413 0403 "
    "0420 0409 0330 0419 0407 0326 0415 0404 0423 0411 0331 0420 0409 0328 "
    "0416 0406 0423 0413 0402 0422 0411 0331 0418 0408 0327 0414 0404 0424 "
    "0412 0331 0420 0409 0329 0416 0405 0425 0412 0402 0421 0411 0329 0417 "
    "0407 "
)
#: 25 Kislev, 1980-2050
_HANUKKAH = _table(
    "1203 1221 1211 1201 1219 1208 1227 1216 1204 1223 1212 1202 1220 1209 "
    "1128 1218 1206 1224 1214 1204 1222 1210 1130 1220 1208 1226 1216 1205 "
    "1222 1212 1202 1221 1209 1128 1217 1207 1225 1213 1203 1223 1211 1129 "
    "1219 1208 1226 1215 1205 1225 1213 1202 1221 1210 1128 1217 1207 1226 "
    "1214 1203 1222 1212 1130 1218 1208 1227 1215 1204 1224 1213 1130 1220 "
    "1210 "
)


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
    "lunar new year": _LUNAR_NEW_YEAR,
    "chinese new year": _LUNAR_NEW_YEAR,
    "yom kippur": _YOM_KIPPUR,
    "rosh hashanah": _ROSH_HASHANAH,
    "rosh hashana": _ROSH_HASHANAH,
    "passover": _PASSOVER,
    "hanukkah": _HANUKKAH,
    "chanukah": _HANUKKAH,
    # "between Christmas and New Year": the first of January
    "new year": _fixed(1, 1),
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

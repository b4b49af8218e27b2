"""Clock times written in another zone than the publisher's ("0300 GMT", "9 a.m. EST"), and
spans of hours across a clock change: local wall times moved through real time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

#: Zones wire copy names by abbreviation, with their offsets from UTC in hours. Ambiguous ones
#: ("IST": India, Israel or Ireland; "AST": Arabia or Atlantic) are left out: read as local.
OFFSETS: dict[str, float] = {
    "gmt": 0, "utc": 0, "z": 0,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "wet": 0, "west": 1, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
    "wat": 1, "cat": 2, "eat": 3, "pkt": 5, "ict": 7, "wib": 7, "hkt": 8, "sgt": 8, "jst": 9,
    "kst": 9, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
}  # fmt: skip


#: Zones whose copy writes numeric dates month first ("12/03/2019" is 3 December): the United
#: States' and the Philippines'. Elsewhere the day comes first.
_MONTH_FIRST_PREFIXES = ("America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "US/")
_MONTH_FIRST = frozenset({
    "America/New_York", "America/Detroit", "America/Chicago", "America/Menominee", "America/Denver",
    "America/Boise", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Juneau",
    "America/Sitka", "America/Metlakatla", "America/Yakutat", "America/Nome", "America/Adak",
    "Pacific/Honolulu", "Asia/Manila", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT",
})  # fmt: skip


def month_first(zone: str) -> bool:
    """Whether copy published in `zone` writes a numeric date month first."""
    return zone in _MONTH_FIRST or zone.startswith(_MONTH_FIRST_PREFIXES)


#: Zones south of the equator's tropics, where "winter" is June to August.
_SOUTHERN_PREFIXES = ("Australia/", "Antarctica/", "America/Argentina/")
_SOUTHERN = frozenset({
    "Pacific/Auckland", "Pacific/Chatham", "Pacific/Fiji", "Pacific/Noumea", "Pacific/Tongatapu",
    "Pacific/Apia", "America/Santiago", "America/Punta_Arenas", "America/Buenos_Aires",
    "America/Montevideo", "America/Asuncion", "America/Sao_Paulo", "America/Campo_Grande",
    "America/Cuiaba", "America/La_Paz", "America/Lima", "Atlantic/Stanley", "Africa/Johannesburg",
    "Africa/Windhoek", "Africa/Maseru", "Africa/Mbabane", "Africa/Gaborone", "Africa/Harare",
    "Africa/Maputo", "Africa/Lusaka", "Africa/Blantyre", "Indian/Antananarivo", "Indian/Mauritius",
    "Indian/Reunion",
})  # fmt: skip


def southern(zone: str | None) -> bool:
    """Whether copy published in `zone` names the seasons of the southern hemisphere."""
    return zone is not None and (zone in _SOUTHERN or zone.startswith(_SOUTHERN_PREFIXES))


def own_abbreviations(zone: str, year: int) -> frozenset[str]:
    """The abbreviations `zone`'s clock goes by in `year` (standard and summer time), lowered."""
    tz = ZoneInfo(zone)
    names = {dt.datetime(year, month, 15, 12, tzinfo=tz).tzname() for month in (1, 7)}
    return frozenset(name.lower() for name in names if name)


def moved(local: dt.datetime, written_in: str, zone: str) -> dt.datetime:
    """The wall time in `zone` of the moment written `local` in the zone abbreviated
    `written_in` (naive in, naive out)."""
    source = dt.timezone(dt.timedelta(hours=OFFSETS[written_in]))
    return local.replace(tzinfo=source).astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def real_time_after(local: dt.datetime, amount: dt.timedelta, zone: str | None) -> dt.datetime:
    """The wall time `amount` of real time after the wall time `local` (in `zone`: an hour a
    clock change skips or repeats counts as it passed)."""
    if zone is None:
        return local + amount
    tz = ZoneInfo(zone)
    return (local.replace(tzinfo=tz).astimezone(dt.UTC) + amount).astimezone(tz).replace(tzinfo=None)

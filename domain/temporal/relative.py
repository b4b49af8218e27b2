"""Expressions counted from the anchor day: yesterday, last week, two months ago, this summer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from domain.temporal import calendar
from domain.temporal.frame import Frame, Unresolvable
from domain.temporal.patterns import AMOUNT, ORDINAL, SEASON, YEAR
from domain.temporal.reading import Reading
from domain.temporal.shifts import add_units, nearest_year, unit_granularity
from domain.temporal.vague import duration_value
from domain.temporal.vocab import ORDINALS, SEASONS, amount
from domain.temporal.zones import real_time_after, southern

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]

_STEP = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the current": 0,
    "the past": -1,
    "the last": -1,
    "the next": 1,
    "before last": -2,
    "after next": 2,
}
_WHICH = r"(?P<which>the coming|the current|last|this|current|next|coming)"
#: Units of "the past N units": "the past decade", "the last 24 hours", "the next two centuries".
_SPAN_UNIT = r"(?P<unit>day|week|month|quarter|year|decade|hour|minute|century|centurie)s?"
_ABOUT = r"(?:(?:about|almost|nearly|more than|less than|some|over|roughly|around) )?"


def today(match: re.Match[str], frame: Frame) -> Reading:
    offsets = {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    day = frame.day() + dt.timedelta(days=offsets[match.group(0)])
    return calendar.day(day, match.group(0).replace(" ", "_"))


def day_of_named_month(match: re.Match[str], frame: Frame) -> Reading:
    """ "the 10th of this month", "the 3rd of last month": that day of the month named."""
    month = calendar.month_of(frame.day(), "x", _STEP[match.group("which")])
    assert isinstance(month.start, dt.date)
    try:
        day = month.start.replace(day=int(match.group("d")))
    except ValueError as error:
        raise Unresolvable(f"no such date: {match.group('d')} of {month.timex}") from error
    return calendar.day(day, "day_of_named_month")


def _reporting_season(day: dt.date) -> bool:
    """The first six weeks of a quarter, when the quarter before is reported."""
    return (day - dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)).days < 45


def unit_step(match: re.Match[str], frame: Frame) -> Reading | None:
    """last/this/next week, month, year, quarter, weekend."""
    anchor = frame.day()
    step = _STEP[match.group("which")]
    unit = match.group("unit")
    rule = f"{match.group('which').replace('the ', '').replace(' ', '_')}_{unit}"
    if unit == "week":
        return calendar.week(anchor + dt.timedelta(weeks=step), rule)
    if unit == "weekend":
        return calendar.weekend(anchor + dt.timedelta(weeks=step), rule)
    if unit == "month":
        return calendar.month_of(anchor, rule, step)
    if unit == "quarter":
        if match.group("which") == "this" and frame.earnings and frame.past and _reporting_season(anchor):
            # "This quarter's loss includes charges", in the weeks after a quarter closed: the
            # results reported are the closed quarter's
            return calendar.quarter_of(anchor, "this_quarter_reported", -1)
        return calendar.quarter_of(anchor, rule, step)
    if unit == "year":
        return calendar.year(anchor.year + step, rule)
    if unit == "decade":
        return calendar.decade(anchor.year - anchor.year % 10 + 10 * step, rule)
    return None


def bare_unit(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "the week", "the year": the one containing the anchor; "the quarter": the last closed one."""
    unit = match.group("unit")
    anchor = frame.day()
    if unit in ("quarter", "latest quarter", "latest period"):
        return calendar.quarter_of(anchor, "latest_quarter", -1)
    if unit == "weekend":
        shift = 0 if frame.past and anchor.weekday() >= 5 else (-1 if frame.past else 0)
        return calendar.weekend(anchor + dt.timedelta(weeks=shift), "the_weekend")
    readers = {"week": calendar.week, "day": calendar.day}
    if unit in readers:
        return readers[unit](anchor, f"the_{unit}")
    if unit == "month":
        return calendar.month_of(anchor, "the_month")
    return calendar.year(anchor.year, "the_year")


def ago(match: re.Match[str], frame: Frame) -> Reading | None:
    """N days / weeks / months / years ago: that day, ISO week, calendar month or year."""
    count = amount(match.group("n"))
    if count is None:
        return None
    return shifted(frame.day(), match.group("unit") or "century", -count, "ago")


def hence(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "in three days", "two weeks from now": that far ahead, as "two weeks ago" is that far back.
    In past context "in two weeks" is how long something took ("captured 30 villages in two
    weeks"): a length, not placed."""
    count = amount(match.group("n"))
    if count is None:
        return None
    if frame.past and match.group(0).startswith("in "):
        return Reading(None, None, "duration", duration_value(count, match.group("unit")), "duration")
    return shifted(frame.day(), match.group("unit"), count, "from_now")


def shifted(day: dt.date, unit: str, count: int, rule: str) -> Reading | None:
    if unit == "day":
        return calendar.day(day + dt.timedelta(days=count), f"days_{rule}")
    if unit == "week":
        return calendar.week(day + dt.timedelta(weeks=count), f"weeks_{rule}")
    if unit == "month":
        return calendar.month_of(day, f"months_{rule}", count)
    if unit == "quarter":
        return calendar.quarter_of(day, f"quarters_{rule}", count)
    if unit == "year":
        return calendar.year(day.year + count, f"years_{rule}")
    if unit == "decade":
        first = day.year + 10 * count
        return calendar.decade(first - first % 10, f"decades_{rule}")
    if unit == "century":  # "two centuries ago": the century that year falls in
        first = day.year + 100 * count
        return calendar.century(first - first % 100, f"centuries_{rule}")
    return None


def span_back(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "the past week", "the last three days": the N units before the anchor day.
    Without a number a plural ("past years", "coming weeks") is vague: left to vague rules."""
    count = _count(match)
    if count is None:
        return None
    unit, end = _unit(match), frame.day()
    if unit in ("decade", "century") and not match.group(0).startswith("the "):
        return None  # "last decade", "last century": the calendar one before (eras)
    if unit in ("hour", "minute") and frame.moment is not None:
        return _hours(frame, -count, unit, "past_n_units")
    if unit in ("hour", "minute"):  # "the past 24 hours": the days they reach into, to the anchor's end
        days = -(-count * (60 if unit == "hour" else 1) // (24 * 60))
        start, end = end - dt.timedelta(days=days), end + dt.timedelta(days=1)
        return Reading(start, end, "day", duration_value(count, unit), "past_n_units")
    return Reading(
        add_units(end, unit, -count), end, unit_granularity(unit), duration_value(count, unit), "past_n_units"
    )


def _hours(frame: Frame, count: int, unit: str, rule: str) -> Reading:
    """ "the past 24 hours", "the next 48 hours" with the publication's time known: that much
    real time before or after it (a clock change in between counts as it passed), to the minute."""
    assert frame.moment is not None
    now = frame.moment.replace(second=0, microsecond=0)
    other = real_time_after(now, dt.timedelta(**{f"{unit}s": count}), frame.zone)
    start, end = (other, now) if count < 0 else (now, other)
    return Reading(start, end, "part_of_day", duration_value(abs(count), unit), rule)


def _unit(match: re.Match[str]) -> str:
    unit = match.group("unit")
    return "century" if unit.startswith("centur") else unit


def _count(match: re.Match[str]) -> int | None:
    if match.group("n") is None and match.group(0).endswith("s"):
        return None
    return amount(match.group("n") or "1")


def span_ahead(match: re.Match[str], frame: Frame) -> Reading | None:
    count = _count(match)
    if count is None:
        return None
    unit = _unit(match)
    start = frame.day() + dt.timedelta(days=1)
    if unit in ("hour", "minute") and frame.moment is not None:
        return _hours(frame, count, unit, "next_n_units")
    if unit in ("hour", "minute"):
        days = -(-count * (60 if unit == "hour" else 1) // (24 * 60))
        start = frame.day()
        return Reading(
            start, start + dt.timedelta(days=days + 1), "day", duration_value(count, unit), "next_n_units"
        )
    end = add_units(start, unit, count)
    return Reading(start, end, unit_granularity(unit), duration_value(count, unit), "next_n_units")


def so_far(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "earlier this week": from the unit's first day up to (not including) the anchor day;
    on the unit's first (or, for "later", last) day the anchor day itself, never an empty span."""
    anchor = frame.day()
    unit = match.group("unit")
    whole = {"week": calendar.week, "month": calendar.month_of}.get(unit)
    reading = whole(anchor, "x") if whole else calendar.year(anchor.year, "x")
    assert reading.start is not None
    assert reading.end is not None
    if match.group("when") == "earlier":
        end = max(anchor, reading.start + dt.timedelta(days=1))
        return Reading(reading.start, end, reading.granularity, reading.timex, f"earlier_this_{unit}")
    start = min(anchor + dt.timedelta(days=1), reading.end - dt.timedelta(days=1))
    return Reading(start, reading.end, reading.granularity, reading.timex, f"later_this_{unit}")


def this_year(match: re.Match[str], frame: Frame) -> Reading:
    """ "the fiscal year", "the full year": in a report, the year of the anchor."""
    return calendar.year(frame.day().year, "this_year")


def quarter(match: re.Match[str], frame: Frame) -> Reading:
    """ "the third quarter [of 1989 | of last year]": past context takes the latest one begun."""
    number = ORDINALS[match.group("ord")]
    if match.group("year"):
        return calendar.quarter(int(match.group("year")), number, "quarter_year")
    anchor = frame.day()
    base = anchor.year + _STEP.get(match.group("rel") or "this", 0)
    if match.group("rel"):
        return calendar.quarter(base, number, "quarter_relative_year")
    candidate = calendar.quarter(base, number, "quarter")
    assert candidate.start is not None and candidate.end is not None
    if not frame.past or frame.uncued:
        year = nearest_year(anchor, number * 3 - 1, ahead=not frame.past)  # the middle month
        return calendar.quarter(year, number, "quarter")
    if frame.past and candidate.start > anchor:
        return calendar.quarter(base - 1, number, "quarter")
    if not frame.past and candidate.end <= anchor:
        return calendar.quarter(base + 1, number, "quarter")
    return candidate


def half(match: re.Match[str], frame: Frame) -> Reading:
    number = 1 if match.group("ord") in ("first", "1st") else 2
    era = match.group("era")
    if era is not None:  # "the second half of the century": the anchor's century, its later part
        anchor = frame.day()
        whole = (
            calendar.century(anchor.year // 100 * 100, "half_century")
            if era == "century"
            else calendar.decade(anchor.year // 10 * 10, "half_decade")
        )
        assert whole.start is not None and whole.end is not None
        start, end = whole.start, whole.end
        middle = start.replace(year=start.year + (50 if era == "century" else 5))
        bounds = (start, middle) if number == 1 else (middle, end)
        return Reading(*bounds, whole.granularity, whole.timex, whole.rule, "START" if number == 1 else "END")
    if match.group("rel"):
        year = frame.day().year + _STEP[match.group("rel")]
    else:
        year = int(match.group("year")) if match.group("year") else frame.day().year
    return calendar.half(year, number, "half_year")


#: A southern season falls in the months of the northern one opposite it.
_OPPOSITE = {"SP": "FA", "SU": "WI", "FA": "SP", "WI": "SU"}


def season(match: re.Match[str], frame: Frame) -> Reading:
    """ "last summer", "this winter", "the spring of 2019": meteorological seasons (winter is
    December to February), of the southern hemisphere where the publisher is south of the
    tropics (winter is June to August there; the TIMEX3 value names the season as written)."""
    code = SEASONS[match.group("season")]
    if southern(frame.zone):
        months = _northern_season(match, frame, _OPPOSITE[code])
        return replace(months, timex=f"{months.timex[:4]}-{code}")
    return _northern_season(match, frame, code)


def _northern_season(match: re.Match[str], frame: Frame, code: str) -> Reading:
    if match.group("year"):
        return calendar.season(int(match.group("year")), code, "season_year")
    anchor = frame.day()
    current_year, _ = calendar.season_of(anchor)
    which = match.group("which")
    year = anchor.year if code != "WI" else current_year
    candidate = calendar.season(year, code, "season")
    assert candidate.start is not None and candidate.end is not None
    if which == "last" or (which is None and frame.past):
        if candidate.start > anchor or (which == "last" and candidate.end > anchor):
            year -= 1
    elif which == "next" and candidate.start <= anchor:
        year += 1
    elif which is None and not frame.past and candidate.end <= anchor:
        # "the busiest travel day of the summer" in July: the season at hand, not the next one;
        # only a season already over is the next year's
        year += 1
    return calendar.season(year, code, f"{which or 'bare'}_season")


def sport_season(match: re.Match[str], frame: Frame) -> Reading:
    """ "last season", "this season": a sports season is valued by the calendar year it is named
    in (TIMEX3 has no season of sport): this season is the anchor's year, last season the one before."""
    step = _STEP[match.group("which")]
    return calendar.year(frame.day().year + step, "sport_season")


def rest_of(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "the rest of the year": the unit holding the anchor (what remains of it is the event's)."""
    unit = match.group("unit")
    anchor = frame.day()
    if unit == "day":
        return calendar.day(anchor, "rest_of_day")
    if unit == "week":
        return calendar.week(anchor, "rest_of_week")
    if unit == "month":
        return calendar.month_of(anchor, "rest_of_month")
    return calendar.year(anchor.year, "rest_of_year")


RULES: list[Rule] = [
    (re.compile(r"(?P<which>last|this|next|past|previous|coming|current|the current) season"), sport_season),
    (re.compile(r"the rest of (?:the|this) (?P<unit>day|week|month|year|season)"), rest_of),
    (re.compile(r"today|yesterday|tomorrow|the day before yesterday|the day after tomorrow"), today),
    (
        re.compile(
            r"the (?P<d>[12]?\d|3[01])(?:st|nd|rd|th)? of (?P<which>this|last|next|the current) month"
        ),
        day_of_named_month,
    ),
    (re.compile(rf"{_WHICH} (?P<unit>week|weekend|month|quarter|year|decade)"), unit_step),
    # "the week before last", "the month after next": two steps away
    (
        re.compile(r"the (?P<unit>week|weekend|month|quarter|year) (?P<which>before last|after next)"),
        unit_step,
    ),
    (
        re.compile(r"(?:the )?(?P<unit>week|weekend|month|quarter|year|day|latest quarter|latest period)"),
        bare_unit,
    ),
    (re.compile(r"the (?:current |full |whole )?(?:fiscal |calendar )?year"), this_year),
    (
        re.compile(
            rf"{_ABOUT}(?P<n>{AMOUNT}) (?:(?P<unit>day|week|month|quarter|year|decade)s?|centur(?:y|ies))"
            r"(?: or so)? ago"
        ),
        ago,
    ),
    (re.compile(rf"(?:in |within )(?P<n>{AMOUNT}) (?P<unit>day|week|month|year)s?"), hence),
    (re.compile(rf"(?P<n>{AMOUNT}) (?P<unit>day|week|month|year)s? from now"), hence),
    (
        re.compile(rf"(?:the )?(?:past|last|previous) (?:(?P<n>{AMOUNT}) )?{_SPAN_UNIT}"),
        span_back,
    ),
    (
        re.compile(rf"(?:the )?(?:next|coming) (?:(?P<n>{AMOUNT}) )?{_SPAN_UNIT}"),
        span_ahead,
    ),
    (re.compile(r"(?P<when>earlier|later) this (?P<unit>week|month|year)"), so_far),
    (
        re.compile(
            rf"(?:the |its )?(?:fiscal )?(?P<ord>{ORDINAL}) quarter"
            rf"(?: of (?:(?P<year>{YEAR})|(?P<rel>last|this|next) year))?"
        ),
        quarter,
    ),
    (
        re.compile(
            rf"(?:the |its )?(?:(?P<rel>last|this|next) year's|(?P<year>{YEAR})) (?:fiscal )?"
            rf"(?P<ord>{ORDINAL}) quarter"
        ),
        quarter,
    ),
    (
        re.compile(
            rf"(?:the )?(?P<ord>first|second|1st|2nd) half"
            rf"(?: of (?:(?P<year>{YEAR})|(?P<rel>last|this|next) year|the (?P<era>century|decade)))?"
        ),
        half,
    ),
    (
        re.compile(
            rf"(?:(?P<which>last|this|next) |the )?(?P<season>{SEASON})(?: (?:of )?(?P<year>{YEAR}))?"
        ),
        season,
    ),
]

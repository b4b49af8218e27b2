"""Expressions that lean on the event just mentioned: "the next day", "two days later".

They shift the previous resolution, keeping its unit: "a year earlier" after "the third
quarter" is the same quarter a year before; after "Jan. 27" it is 27 January a year before.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace

from domain.temporal import calendar
from domain.temporal.frame import Frame, Previous, Unresolvable
from domain.temporal.parts_of_day import at_part
from domain.temporal.patterns import AMOUNT, ORDINAL, PART, YEAR
from domain.temporal.reading import Reading, first_day
from domain.temporal.shifts import add_units, nearest_day
from domain.temporal.vocab import ORDINALS, amount

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]

_UNIT_RANK = {"part_of_day": 0, "day": 1, "week": 2, "month": 3, "year": 4}
_NEXT = r"(?:the (?:next|following|subsequent)|following|subsequent)"
_PREV = r"(?:the (?:previous|preceding|prior)|previous|preceding)"


def shift(previous: Previous, unit: str, count: int, rule: str) -> Reading:
    """The previous reading moved by `count` units, at the previous reading's own precision."""
    granularity = previous.granularity if previous.granularity != "part_of_day" else "day"
    if _UNIT_RANK.get(unit, 1) < _UNIT_RANK.get(granularity, 1):
        raise Unresolvable(f"cannot count {unit}s from {previous.expression!r}")
    moved = add_units(first_day(previous.start), unit, count)
    reading = _at_precision(moved, granularity, previous.timex, rule)
    return Reading(
        reading.start, reading.end, reading.granularity, reading.timex, rule, leaned_on=previous.expression
    )


def _at_precision(day: dt.date, granularity: str, timex: str, rule: str) -> Reading:
    if granularity == "week":
        return calendar.week(day, rule)
    if granularity == "month":
        if "-Q" in timex:
            return calendar.quarter_of(day, rule)
        return calendar.month_of(day, rule)
    if granularity == "year":
        return calendar.year(day.year, rule)
    return calendar.day(day, rule)


def named_unit(previous: Previous, unit: str, count: int, rule: str) -> Reading:
    """ "the following year", "the previous month", "the week after": a calendar unit named
    outright, so the answer is that whole unit even when the date leaned on is finer
    ("the following year" after "May 22, 1995" is 1996, not 22 May 1996)."""
    reading = shift(previous, unit, count, rule)
    granularity = "month" if unit == "quarter" else unit
    coarser = _UNIT_RANK.get(granularity, 1) > _UNIT_RANK.get(reading.granularity, 1)
    if not coarser and not (unit == "quarter" and "-Q" not in reading.timex):
        return reading
    assert reading.start is not None
    return _whole(unit, first_day(reading.start), rule, previous.expression)


def counted(match: re.Match[str], frame: Frame) -> Reading | None:
    count = amount(match.group("n"))
    if count is None:
        return None
    sign = 1 if match.group("dir") in ("later", "after", "on") else -1
    previous = frame.earlier()
    if sign < 0 and frame.compares and _same_step_back(previous.expression, count, match.group("unit")):
        # "up from $4 million a year ago ... compared with $307 million a year earlier": a second
        # comparison with the same point, not a year before the first one
        return _parallel(previous, "anaphora_parallel_comparison")
    return shift(previous, match.group("unit"), sign * count, f"anaphora_{match.group('dir')}")


_STEP_BACK = re.compile(
    rf"(?:(?:about|nearly|almost|some|roughly) )?(?P<n>{AMOUNT}) (?P<unit>year|month|week|day)s?"
    r" (?:ago|earlier|before)"
)


def _same_step_back(expression: str, count: int, unit: str) -> bool:
    """Whether the expression leaned on already steps back `count` `unit`s from the report."""
    step = _STEP_BACK.fullmatch(expression.lower().strip(" .,"))
    return step is not None and step.group("unit") == unit and amount(step.group("n")) == count


def _parallel(previous: Previous, rule: str) -> Reading:
    """The date leaned on, again, at its own precision."""
    reading = _at_precision(first_day(previous.start), previous.granularity, previous.timex, rule)
    return replace(reading, rule=rule, leaned_on=previous.expression)


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d$")
_SECONDS = {"second": 1, "minute": 60, "hour": 3600}


def counted_clock(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "11 minutes later", "nine hours later" after a clock time: that moment moved, a TIME at
    minute precision. After a day or no time at all there is no moment to count from, and what
    the text still says is how long after: "the second blast came 12 seconds later" is `PT12S`,
    as TimeML annotates such a span ("just over an hour later" `PT1H`)."""
    count, previous = amount(match.group("n")), frame.previous
    if count is None:
        return None
    if previous is None or not _is_clock_time(previous):
        return _length_only(count, match.group("unit"))
    sign = 1 if match.group("dir") in ("later", "after") else -1
    moment = previous.start + dt.timedelta(seconds=sign * count * _SECONDS[match.group("unit")])
    return Reading(
        moment,
        moment + dt.timedelta(minutes=1),
        "part_of_day",
        moment.strftime("%Y-%m-%dT%H:%M"),
        f"anaphora_clock_{match.group('dir')}",
        leaned_on=previous.expression,
    )


def _is_clock_time(previous: Previous) -> bool:
    return isinstance(previous.start, dt.datetime) and bool(_CLOCK_VALUE.match(previous.timex))


_TIME_LETTERS = {"second": "S", "minute": "M", "hour": "H"}


def _length_only(count: int, unit: str) -> Reading:
    """A count of seconds, minutes or hours with no moment to count from: the length alone."""
    return Reading(None, None, "duration", f"PT{count}{_TIME_LETTERS[unit]}", "anaphora_clock_length")


def day_of_month(match: re.Match[str], frame: Frame) -> Reading:
    """ "on the 12th": that day of the month of the date just mentioned; with none, of the
    anchor's month, or the month before when the day is still ahead in past context."""
    number, previous = int(match.group("d")), frame.previous
    if previous is not None and previous.granularity in ("day", "part_of_day", "week", "month"):
        base = first_day(previous.start)
        day = _checked_day(base.year, base.month, number)
        return Reading(
            day,
            day + dt.timedelta(days=1),
            "day",
            day.isoformat(),
            "anaphora_day_of_month",
            leaned_on=previous.expression,
        )
    anchor = frame.day()
    month = anchor.replace(day=1)
    if frame.uncued:
        # "set the hearing for the 21st": a day named with no cue of its own is the one nearest
        # the anchor, this month's or the next or last month's, as a date without a year is
        candidates = [
            _checked_day(m.year, m.month, number)
            for m in (add_units(month, "month", -1), month, add_units(month, "month", 1))
            if number <= monthrange(m.year, m.month)[1]
        ]
        return calendar.day(nearest_day(candidates, anchor, ahead=True), "day_of_month")
    if frame.past and number > anchor.day:
        month = add_units(month, "month", -1)
    elif not frame.past and number <= anchor.day:
        month = add_units(month, "month", 1)
    day = _checked_day(month.year, month.month, number)
    return calendar.day(day, "day_of_month")


def _checked_day(year: int, month: int, number: int) -> dt.date:
    try:
        return dt.date(year, month, number)
    except ValueError as error:
        raise Unresolvable(f"no day {number} in {year}-{month:02d}") from error


_MONTH_VALUE = re.compile(r"\d{4}(?:-\d\d)?(?P<unknown>(?:-XX){1,2})?")


def same_day(match: re.Match[str], frame: Frame) -> Reading:
    previous = frame.earlier()
    part = match.group("part")
    month_value = _MONTH_VALUE.fullmatch(previous.timex)
    if not part and previous.granularity in ("month", "year") and month_value:
        # "killed last October ... crossed out that same day": a day of that month, which one
        # the report does not say (TIMEX3 "2023-10-XX"; after a year "1959-XX-XX")
        unknown = previous.timex
        if not month_value.group("unknown"):
            unknown += "-XX" if previous.granularity == "month" else "-XX-XX"
        whole = _at_precision(first_day(previous.start), previous.granularity, previous.timex, "x")
        return Reading(
            whole.start,
            whole.end,
            whole.granularity,
            unknown,
            "anaphora_same_day_unknown",
            leaned_on=previous.expression,
        )
    day = calendar.day(first_day(previous.start), "anaphora_same_day")
    reading = at_part(day, part, "anaphora_part_of_day") if part else day
    return Reading(
        reading.start,
        reading.end,
        reading.granularity,
        reading.timex,
        reading.rule,
        leaned_on=previous.expression,
    )


def part_around(match: re.Match[str], frame: Frame) -> Reading:
    """ "the next morning", "the night before": that part of the day after / before the previous."""
    step = -1 if match.group("dir") in ("previous", "before") else 1
    shifted = shift(frame.earlier(), "day", step, "x")
    reading = at_part(shifted, match.group("part"), "anaphora_part_of_day")
    return Reading(
        reading.start,
        reading.end,
        reading.granularity,
        reading.timex,
        reading.rule,
        leaned_on=shifted.leaned_on,
    )


def same_unit(match: re.Match[str], frame: Frame) -> Reading:
    """ "that year", "later that month": the week / month / quarter / year of the date just mentioned."""
    previous, unit = frame.earlier(), match.group("unit")
    granularity = "month" if unit == "quarter" else "week" if unit == "weekend" else unit
    if _UNIT_RANK[granularity] < _UNIT_RANK.get(previous.granularity, 1):
        raise Unresolvable(f"{previous.expression!r} is coarser than a {unit}")
    return _whole(unit, first_day(previous.start), "anaphora_same_unit", previous.expression)


def _whole(unit: str, day: dt.date, rule: str, leaned_on: str | None) -> Reading:
    """The whole calendar `unit` holding `day`, leaning on the expression that gave the day."""
    whole = {
        "week": lambda: calendar.week(day, rule),
        "weekend": lambda: calendar.weekend(day, rule),
        "month": lambda: calendar.month_of(day, rule),
        "quarter": lambda: calendar.quarter_of(day, rule),
        "year": lambda: calendar.year(day.year, rule),
    }[unit]()
    return Reading(whole.start, whole.end, whole.granularity, whole.timex, rule, leaned_on=leaned_on)


def _outlook(frame: Frame) -> bool:
    """Whether the quarter just mentioned lies ahead of a report whose comparison looks back:
    "expects demand to recover in the second quarter of 2025. In the year-ago period, it
    earned ..." compares with the quarter reported, not with the outlook."""
    previous = frame.previous
    return (
        previous is not None
        and not frame.clause_ahead
        and frame.anchor is not None
        and "-Q" in previous.timex
        and first_day(previous.start) > frame.anchor
    )


def _reported_year_ago(frame: Frame) -> Reading:
    """The last closed quarter, a year back."""
    return calendar.quarter_of(frame.day(), "quarter_year_ago", -5)


def quarter_a_year_before(match: re.Match[str], frame: Frame) -> Reading | None:
    """Earnings comparisons: "a year ago" after "the third quarter" is that quarter a year
    before; "the year-ago quarter" is the quarter of the date just mentioned, a year before."""
    previous = frame.previous
    if previous is None:
        return None
    if _outlook(frame):
        return _reported_year_ago(frame)
    if "-Q" not in previous.timex:
        if not match.group(0).endswith("quarter"):
            return None
        previous = Previous(previous.expression, first_day(previous.start), "month", "-Q")
    elif frame.months_run and not match.group(0).endswith("quarter"):
        return _year_before_run(previous)
    return shift(previous, "year", -1, "anaphora_quarter_year_before")


def _year_before_run(previous: Previous) -> Reading:
    """ "For the nine months, net rose from $4 million a year earlier": the months compared are
    no quarter, so the comparison point is the year before the quarter's year."""
    year = calendar.year(first_day(previous.start).year - 1, "anaphora_months_year_before")
    return replace(year, leaned_on=previous.expression)


def quarter_year_ago(match: re.Match[str], frame: Frame) -> Reading:
    """ "the year-ago third quarter", "last year's quarter": a quarter of the year before.
    Named by its ordinal, the latest such quarter begun, a year back; else the quarter (or half)
    just mentioned a year back; else, for a "period", the year before; else the last closed
    quarter a year back."""
    ordinal = match.group("ord") or match.group("ord2") or match.group("ord3")
    if ordinal:
        anchor, number = frame.day(), ORDINALS[ordinal.strip()]
        year = anchor.year if 3 * (number - 1) < anchor.month else anchor.year - 1
        return calendar.quarter(year - 1, number, "quarter_year_ago")
    previous = frame.previous
    if _outlook(frame):
        return _reported_year_ago(frame)
    if previous is not None and "-Q" in previous.timex:
        return shift(previous, "year", -1, "anaphora_quarter_year_before")
    if previous is not None and re.fullmatch(r"\d{4}-H[12]", previous.timex):
        half = calendar.half(int(previous.timex[:4]) - 1, int(previous.timex[-1]), "anaphora_half_year_ago")
        return replace(half, leaned_on=previous.expression)
    if previous is not None and previous.granularity == "day" and _ends_quarter(first_day(previous.start)):
        # "the third quarter ended Sept. 30 ... the corresponding period last year"
        closed = calendar.quarter_of(first_day(previous.start), "anaphora_quarter_year_before", -4)
        return replace(closed, leaned_on=previous.expression)
    if "period" in match.group(0) and not frame.earnings:
        # "burned twice as much land as in the same period last year", with no quarter or half
        # before it and no results reported: a comparison over the year, not a quarter nobody named
        return calendar.year(frame.day().year - 1, "year_before_anchor")
    return calendar.quarter_of(frame.day(), "quarter_year_ago", -5)


def _ends_quarter(day: dt.date) -> bool:
    return day.month % 3 == 0 and (day + dt.timedelta(days=1)).day == 1


def year_period(match: re.Match[str], frame: Frame) -> Reading:
    """ "the 1988 quarter" after a quarter: that quarter of 1988. With no quarter just mentioned,
    a quarter (or a period in a sentence reporting a quarter's results) is the last closed
    quarter's number in that year, as results are reported when a quarter closes; a period
    otherwise (a run of months, no results) is the year."""
    year, previous = int(match.group("year")), frame.previous
    if previous is not None and "-Q" in previous.timex:
        return calendar.quarter(year, int(previous.timex[-1]), "anaphora_quarter_of_year")
    reported = frame.earnings and not frame.months_run  # "for the nine months ... the 1988 period"
    if frame.anchor is not None and (match.group(0).endswith("quarter") or reported):
        closed = calendar.quarter_of(frame.anchor, "x", -1)
        return calendar.quarter(year, int(closed.timex[-1]), "quarter_of_year_reported")
    return calendar.year(year, "year")


def year_earlier(match: re.Match[str], frame: Frame) -> Reading:
    """ "the year-earlier period": the date just mentioned, a year before. A bare "year-ago"
    ("year-ago results") after a quarter is that quarter, else the year before the anchor's."""
    previous = frame.previous
    if match.group("noun") is None:
        if _outlook(frame):
            return _reported_year_ago(frame)
        if previous is not None and "-Q" in previous.timex:
            if frame.months_run:
                return _year_before_run(previous)
            return shift(previous, "year", -1, "anaphora_quarter_year_before")
        return calendar.year(frame.day().year - 1, "year_before_anchor")
    return shift(frame.earlier(), "year", -1, "anaphora_year_earlier")


_LIKE = r"(?:the )?(?:comparable |corresponding |same )?"
RULES: list[Rule] = [
    (
        re.compile(
            rf"{_LIKE}year (?:ago|earlier) (?P<ord>{ORDINAL} )?(?:fiscal )?quarter"
            rf"|{_LIKE}(?P<ord2>{ORDINAL} )?(?:quarter|period) (?:(?:of )?last year|a year (?:ago|earlier))"
            rf"|last year's (?P<ord3>{ORDINAL} )?(?:quarter|period)"
        ),
        quarter_year_ago,
    ),
    (
        re.compile(
            r"a year (?:ago|earlier)|the quarter a year (?:ago|earlier)"
            r"|(?:the )?(?:comparable |corresponding )?year (?:earlier|ago) (?:quarter|period)"
        ),
        quarter_a_year_before,
    ),
    (re.compile(rf"(?:the )?(?P<year>{YEAR}) (?:quarter|period)"), year_period),
    (
        re.compile(rf"{_NEXT} (?P<unit>day|week|month|year|quarter)|the (?P<u2>day) after"),
        lambda m, f: named_unit(f.earlier(), m.group("unit") or "day", 1, "anaphora_next"),
    ),
    (
        re.compile(rf"{_PREV} (?P<unit>day|week|month|year|quarter)|the (?P<u2>day) before"),
        lambda m, f: named_unit(f.earlier(), m.group("unit") or "day", -1, "anaphora_previous"),
    ),
    (
        re.compile(r"the (?P<unit>week|month|year) (?:before|after)"),
        lambda m, f: named_unit(
            f.earlier(), m.group("unit"), 1 if m.group(0).endswith("after") else -1, "anaphora_unit_around"
        ),
    ),
    (
        re.compile(
            rf"(?P<n>{AMOUNT}) (?P<unit>day|week|month|year|quarter)s? (?P<dir>later|earlier|after|before|on)"
        ),
        counted,
    ),
    (
        re.compile(rf"(?P<n>{AMOUNT}) (?P<unit>second|minute|hour)s? (?P<dir>later|earlier|after|before)"),
        counted_clock,
    ),
    (re.compile(r"the (?P<d>[12]?\d|3[01])(?:st|nd|rd|th)"), day_of_month),
    (re.compile(rf"(?:later |earlier )?(?:that|the same|that same) (?:day|(?P<part>{PART}))"), same_day),
    (
        re.compile(
            r"(?:later |earlier )?(?:that|that same|the same) (?P<unit>week|weekend|month|quarter|year)"
        ),
        same_unit,
    ),
    (re.compile(rf"the (?P<dir>next|previous|following) (?P<part>{PART})"), part_around),
    (re.compile(rf"the (?P<part>{PART}) (?P<dir>before)"), part_around),
    (
        re.compile(r"(?:the )?year (?:earlier|ago)(?: (?P<noun>quarter|period|month|week))?"),
        year_earlier,
    ),
]

"""Vague references (recently, now, the future), durations and sets.

Vague past expressions become open intervals ending with the anchor day; durations and
sets are kept with their TIMEX3 value and are not placed on the timeline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from domain.temporal.frame import Frame
from domain.temporal.patterns import AMOUNT, MONTH, PART, UNIT, WEEKDAY, alternation
from domain.temporal.reading import Point, Reading
from domain.temporal.vocab import (
    MONTHS,
    PARTS_OF_DAY,
    SINCE_UNITS,
    TIME_UNITS,
    UNITS,
    VAGUE_AMOUNTS,
    VAGUE_REFS,
    WEEKDAYS,
    amount,
)

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]

_VAGUE_PHRASES = (
    r"(?:in |over |during )?(?:the )?(?:recent|past|last|previous) (?:few |several |couple of )?"
    r"(?:minutes|hours|days|weeks|months|quarters|years|decades)|recent (?:hours|days|weeks|months|years)"
    r"|(?:some time|a while|(?:(?:a few|several|some|many) )?"
    r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)) ago"
)
_FUTURE_PHRASES = (
    r"(?:in )?(?:the )?(?:coming|next|upcoming|future) (?:few |several |couple of )?"
    r"(?:minutes|hours|days|weeks|months|quarters|years|decades)"
)
_SET_EVERY = re.compile(rf"(?:every|each|per) (?:(?P<n>{AMOUNT}) )?(?P<unit>{UNIT})")
_ADVERB_SET = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "quarterly": "P1Q",
    # "nightly drone attacks": every night, as "Tuesday nights" is every Tuesday's night
    "nightly": "XXXX-XX-XXTNI",
    "hourly": "PT1H",
}


def vague_ref(value: str, frame: Frame, rule: str) -> Reading:
    """PAST_REF: open to the past, up to the anchor; FUTURE_REF: open ahead, from it. The
    anchor is the publication moment where its time is known (to the minute it falls in), else
    its whole day."""
    anchor = frame.day()
    moment = frame.moment
    if value == "FUTURE_REF":
        start: Point = moment.replace(second=0, microsecond=0) if moment else anchor + dt.timedelta(days=1)
        return Reading(start, None, "vague", value, rule)
    end: Point = _minute_after(moment) if moment else anchor + dt.timedelta(days=1)
    return Reading(None, end, "vague", value, rule)


def _minute_after(moment: dt.datetime) -> dt.datetime:
    """The end of the minute `moment` falls in, unless it starts that minute: a bound written
    to the minute that still holds the moment."""
    whole = moment.replace(second=0, microsecond=0)
    return whole if whole == moment else whole + dt.timedelta(minutes=1)


def vague_word(match: re.Match[str], frame: Frame) -> Reading:
    return vague_ref(VAGUE_REFS[match.group(0)], frame, "vague")


def vague_past(match: re.Match[str], frame: Frame) -> Reading:
    return vague_ref("PAST_REF", frame, "vague_recent")


def vague_future(match: re.Match[str], frame: Frame) -> Reading:
    return vague_ref("FUTURE_REF", frame, "vague_coming")


def duration_value(count: int | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT5H, P2W, PXY when the amount is vague."""
    letter = UNITS[unit]
    number = "X" if count is None else str(count)
    if letter == "DE":
        number, letter = ("X" if count is None else str(10 * count)), "Y"
    elif letter == "CE":
        number, letter = ("X" if count is None else str(100 * count)), "Y"
    elif letter == "2W":
        number, letter = ("X" if count is None else str(2 * count)), "W"
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{number}{letter}"


#: "5 1/2 hours", "2 1/2 years": the half in the next smaller unit.
_HALVES = {"year": "6M", "hour": "30M", "minute": "30S", "day": "T12H"}
_ERA_YEARS = {"decade": 10, "century": 100}


def _singular(unit: str) -> str:
    return "century" if unit.startswith("centur") else unit.rstrip("s")


def duration(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "three days", "5 1/2 hours"; a range ("two to three weeks") is valued by its lower bound."""
    quantity = match.group("n") or match.group("n2") or "1"  # "another year"
    unit = _singular(match.group("unit"))
    count = None if quantity is None or quantity in VAGUE_AMOUNTS else amount(quantity)
    if quantity and count is None and quantity not in VAGUE_AMOUNTS:
        return None
    value = duration_value(count, unit)
    if match.group("half") and count is not None and unit in _HALVES:
        value += _HALVES[unit]
    elif match.group("half") and count is not None and unit in _ERA_YEARS:
        # "a decade and a half": fifteen years, as a decade is valued in years
        value = f"P{_ERA_YEARS[unit] * count + _ERA_YEARS[unit] // 2}Y"
    return Reading(None, None, "duration", value, "duration")


def every(match: re.Match[str], frame: Frame) -> Reading | None:
    count = amount(match.group("n") or "1")
    if count is None:
        return None
    value = duration_value(count, match.group("unit").rstrip("s"))
    return Reading(None, None, "duration", value, "set")


#: "every Thursday", "each July", "Tuesday nights", "on Mondays": a named day or month that recurs.
_NAMED_SET = re.compile(
    rf"(?:(?:every|each) (?P<weekday>{WEEKDAY})(?: (?P<part>{PART}))?"
    rf"|(?:every|each) (?P<month>{MONTH})"
    rf"|(?P<weekdays>{WEEKDAY})s(?: (?P<part2>{PART})s?)?|(?P<weekdays2>{WEEKDAY}) (?P<parts>{PART})s)"
)


def named_set(match: re.Match[str], frame: Frame) -> Reading:
    if match.group("month"):
        return Reading(None, None, "duration", f"XXXX-{MONTHS[match.group('month')]:02d}", "set")
    name = match.group("weekday") or match.group("weekdays") or match.group("weekdays2")
    part = match.group("part") or match.group("part2") or match.group("parts")
    value = f"XXXX-WXX-{WEEKDAYS[name] + 1}"
    if part:
        value += "T" + PARTS_OF_DAY[part][0]
    return Reading(None, None, "duration", value, "set")


# "every night", "each morning": the part of every day, as "Tuesday nights" is of every Tuesday.
_EVERY_PART = re.compile(rf"(?:every|each) (?P<part>{PART})")


def every_part(match: re.Match[str], frame: Frame) -> Reading:
    return Reading(None, None, "duration", "XXXX-XX-XXT" + PARTS_OF_DAY[match.group("part")][0], "set")


def adverb_set(match: re.Match[str], frame: Frame) -> Reading:
    return Reading(None, None, "duration", _ADVERB_SET[match.group(0)], "set")


_QUANTITY = rf"(?P<n>{AMOUNT}|{alternation(VAGUE_AMOUNTS)})"

#: "the past few weeks", "the next several days": the past / next N units with N unsaid.
_FEW_UNITS = re.compile(
    r"(?:in |over |during )?(?:the )?(?P<which>recent|past|last|previous|next|coming|upcoming) "
    r"(?:few|several|couple of) (?P<unit>minute|hour|day|week|month|quarter|year|decade)s"
)


def few_units(match: re.Match[str], frame: Frame) -> Reading:
    """Open like "recently" / "in the coming weeks", valued as TimeML's vague duration ("PXW")."""
    ahead = match.group("which") in ("next", "coming", "upcoming")
    reading = vague_ref(
        "FUTURE_REF" if ahead else "PAST_REF", frame, "vague_coming" if ahead else "vague_recent"
    )
    return replace(reading, timex=duration_value(None, match.group("unit")))


#: "the first days", "the final hours": an unnumbered stretch at one end of something.
_FIRST_UNITS = re.compile(
    r"(?:the )?(?:first|final|opening|closing|early) (?P<unit>days|weeks|months|years|decades|hours|minutes)"
)


def first_units(match: re.Match[str], frame: Frame) -> Reading:
    return Reading(None, None, "duration", duration_value(None, _singular(match.group("unit"))), "duration")


#: "the weeks ahead": an open stretch from the anchor, valued like "the next few weeks".
_UNITS_AHEAD = re.compile(r"(?:the )?(?:coming )?(?P<unit>day|week|month|year)s ahead")


#: "the coming weeks", "over the coming days": with its article, a stretch ahead of the anchor
#: like "the weeks ahead" and "the next few weeks" (`PXW`); bare "coming months" stays
#: `FUTURE_REF`, as "recent months" stays `PAST_REF`.
_THE_COMING_UNITS = re.compile(
    r"(?:in |over |during |within )?the (?:coming|upcoming) (?P<unit>day|week|month|year|decade)s"
)


def units_ahead(match: re.Match[str], frame: Frame) -> Reading:
    reading = vague_ref("FUTURE_REF", frame, "vague_coming")
    return replace(reading, timex=duration_value(None, match.group("unit")))


#: "a day-long meeting", "a year-long study": one unit as an adjective.
_ONE_UNIT_LONG = re.compile(r"(?P<unit>hour|day|week|month|year|decade|century) long")

#: "over the years", "for a while", "for some time": a stretch whose length is left unsaid.
_UNSAID_LENGTH = {"the years": "PXY", "a while": "PXX", "some time": "PXX", "a long time": "PXX"}


def unsaid_length(match: re.Match[str], frame: Frame) -> Reading:
    return Reading(None, None, "duration", _UNSAID_LENGTH[match.group(0)], "duration")


#: "the 47-year-old", "a 2,000-year-old temple" (normalised "2 000 year old"): an age, a length.
_AGE = re.compile(
    rf"(?:the |nearly |almost |some |over )?(?P<n>{AMOUNT}|\d{{1,3}}(?: \d{{3}})+|\d+\.\d+)"
    rf" (?P<unit>year|month|week|day)s? old"
)
#: "9.63 seconds", "2.5 years": a decimal amount is kept as written in the value; "10,000 years"
#: (normalised "10 000 years") is read whole.
_DECIMAL = re.compile(
    rf"(?:about |nearly |almost |more than |some |over )?"
    rf"(?P<n>\d+\.\d+|\d{{1,3}}(?: \d{{3}})+) (?P<unit>{UNIT})"
)


def _length(count: str, unit: str) -> Reading | None:
    """A length of `count` units, where `count` may be "2 000" or "9.63"."""
    number = count.replace(" ", "")
    if not number.replace(".", "", 1).isdigit():
        whole = amount(count)
        if whole is None:
            return None
        number = str(whole)
    unit = _singular(unit)
    if "." in number:
        value = duration_value(1, unit).replace("1", number, 1)
    else:
        value = duration_value(int(number), unit)
    return Reading(None, None, "duration", value, "duration")


#: "an hour and 45 minutes", "two years and three months": one length in two units.
_COMPOUND = re.compile(
    r"(?:(?:up to|about|nearly|almost|more than|less than|over|some|at least|roughly|around) )?"
    rf"(?P<n1>{AMOUNT}) (?P<u1>{UNIT}) and (?P<n2>{AMOUNT}) (?P<u2>{UNIT})"
)
_DATE_PART = ("year", "month", "week", "day")


def compound(match: re.Match[str], frame: Frame) -> Reading | None:
    """ISO 8601 lists date parts, then "T" and time parts: "PT1H45M", "P2Y3M"."""
    parts: list[tuple[str, str]] = []
    for n, u in (("n1", "u1"), ("n2", "u2")):
        count, unit = amount(match.group(n)), _singular(match.group(u))
        if count is None or unit not in UNITS or unit in ("fortnight", "quarter", "decade", "century"):
            return None
        parts.append((unit, f"{count}{UNITS[unit]}"))
    date = "".join(v for u, v in parts if u in _DATE_PART)
    time = "".join(v for u, v in parts if u not in _DATE_PART)
    return Reading(None, None, "duration", "P" + date + ("T" + time if time else ""), "duration")


#: "half a century", "a quarter of an hour", "a quarter century": a share of one unit, written
#: in the smaller unit that holds it whole ("half a century" is `P50Y`, not half of `P100Y`).
_FRACTION = re.compile(
    r"(?:(?:about|nearly|almost|more than|less than|over|some|at least) )?"
    r"(?:(?P<share>half|a quarter|three quarters) (?:of )?an?|a (?P<share2>half|quarter))"
    r" (?P<unit>hour|day|year|decade|century)"
)
_SHARES = {"half": (1, 2), "a quarter": (1, 4), "quarter": (1, 4), "three quarters": (3, 4)}
#: Each unit in smaller ones, largest first: (count, unit) pairs tried in turn.
_SMALLER = {
    "century": ((100, "year"), (1200, "month")),
    "decade": ((10, "year"), (120, "month")),
    "year": ((12, "month"), (52, "week")),
    "day": ((24, "hour"),),
    "hour": ((60, "minute"),),
}


def fraction(match: re.Match[str], frame: Frame) -> Reading | None:
    numerator, denominator = _SHARES[match.group("share") or match.group("share2")]
    for count, unit in _SMALLER[match.group("unit")]:
        if (count * numerator) % denominator == 0:
            value = duration_value(count * numerator // denominator, unit)
            return Reading(None, None, "duration", value, "duration")
    return None


#: "six days a week", "twice a year", "three times a month": how often something recurs.
_FREQUENCY = re.compile(rf"(?:once|twice|{AMOUNT} times|{AMOUNT} {UNIT}) (?:a|an|per|each) (?P<unit>{UNIT})")


def frequency(match: re.Match[str], frame: Frame) -> Reading:
    return Reading(None, None, "duration", duration_value(1, _singular(match.group("unit"))), "set")


def unit_since(match: re.Match[str], frame: Frame) -> Reading:
    """ "the year since the attack" `P1Y`, "the months since" `PXM`: a length up to now."""
    count = None if match.group("many") else 1
    return Reading(None, None, "duration", duration_value(count, match.group("unit")), "duration")


RULES: list[Rule] = [
    (_AGE, lambda m, f: _length(m.group("n"), m.group("unit"))),
    (_DECIMAL, lambda m, f: _length(m.group("n"), m.group("unit"))),
    (_COMPOUND, compound),
    (_FRACTION, fraction),
    (_FREQUENCY, frequency),
    # "open on weekends", "every weekend": TIMEX3 writes a recurring weekend XXXX-WXX-WE.
    (
        re.compile(r"weekends|every weekend|each weekend"),
        lambda m, f: Reading(None, None, "duration", "XXXX-WXX-WE", "set"),
    ),
    # "in the year since the attack", "the decade since the crisis", "the months since": the
    # stretch from an event up to now, a length (not the year the report is about).
    (re.compile(rf"the (?P<unit>{SINCE_UNITS})(?P<many>s)? since"), unit_since),
    # "the year-earlier nine months", "the year-ago six months": the run of months compared
    # with the latest one, a length like "the first nine months" (`P9M`), not a date.
    (
        re.compile(
            rf"(?:the )?(?:comparable |corresponding |same )?year (?:earlier|ago) (?P<n>{AMOUNT}) "
            r"(?P<unit>month|week)s"
        ),
        lambda m, f: _length(m.group("n"), m.group("unit")),
    ),
    (_FEW_UNITS, few_units),
    (_UNITS_AHEAD, units_ahead),
    (_THE_COMING_UNITS, units_ahead),
    (re.compile(alternation(_UNSAID_LENGTH)), unsaid_length),
    (_FIRST_UNITS, first_units),
    (
        _ONE_UNIT_LONG,
        lambda m, f: Reading(None, None, "duration", duration_value(1, m.group("unit")), "duration"),
    ),
    (re.compile(alternation(re.escape(word) for word in VAGUE_REFS)), vague_word),
    (re.compile(_VAGUE_PHRASES), vague_past),
    (re.compile(_FUTURE_PHRASES), vague_future),
    (re.compile(alternation(_ADVERB_SET)), adverb_set),
    (_SET_EVERY, every),
    (_EVERY_PART, every_part),
    (_NAMED_SET, named_set),
    (
        re.compile(
            rf"(?:for |about |nearly |almost |more than |less than |over |under |some |at least "
            rf"|up to |roughly |around |approximately )?"
            rf"(?:the )?(?:first |final |full |entire |whole )?"
            rf"(?:{_QUANTITY}(?P<half> 1/2| and a half)?(?: (?:to|or) {AMOUNT})?(?: |-)"
            rf"(?:(?:more|additional|extra|straight|consecutive|successive) )?"
            rf"|(?:another|an additional|an extra) (?:(?P<n2>{AMOUNT}) )?)"
            rf"(?:(?:trading|business|working) )?(?P<unit>{UNIT}|centuries)(?:-long| long)?"
        ),
        duration,
    ),
    (
        re.compile(
            r"(?:for |over )?(?P<n>)(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes)"
            r"(?: long)?"
        ),
        lambda m, f: Reading(
            None, None, "duration", duration_value(None, _singular(m.group("unit"))), "duration"
        ),
    ),
]

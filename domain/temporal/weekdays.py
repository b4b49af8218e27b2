"""Weekday names, placed by direction (specs/temporal-resolution.md, weekday rows)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from domain.temporal import calendar
from domain.temporal.frame import Contradiction, Frame
from domain.temporal.patterns import AMOUNT, WEEKDAY
from domain.temporal.reading import Reading, first_day
from domain.temporal.shifts import after, on_or_before
from domain.temporal.vocab import WEEKDAYS, amount

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]


latest_on_or_before = on_or_before
earliest_after = after


def weekday_reading(number: int, frame: Frame, rule: str) -> Reading:
    """Past context: the latest such day <= anchor (the anchor day counts); future: > anchor."""
    anchor = frame.day()
    if frame.past:
        return calendar.day(latest_on_or_before(anchor, number), f"{rule}_past")
    return calendar.day(earliest_after(anchor, number), f"{rule}_future")


def plain(match: re.Match[str], frame: Frame) -> Reading:
    return weekday_reading(WEEKDAYS[match.group("weekday")], frame, "weekday")


def last(match: re.Match[str], frame: Frame) -> Reading:
    """ "last Thursday": strictly before the anchor day."""
    anchor = frame.day()
    number = WEEKDAYS[match.group("weekday")]
    return calendar.day(latest_on_or_before(anchor - dt.timedelta(days=1), number), "last_weekday")


def next_(match: re.Match[str], frame: Frame) -> Reading:
    anchor = frame.day()
    return calendar.day(earliest_after(anchor, WEEKDAYS[match.group("weekday")]), "next_weekday")


def around_previous(match: re.Match[str], frame: Frame) -> Reading:
    """ "the previous Friday", "the following Monday": counted from the day just mentioned,
    or from the anchor day when the report has mentioned none."""
    number = WEEKDAYS[match.group("weekday")]
    previous = frame.previous
    base = first_day(previous.start) if previous is not None else frame.day()
    leaned_on = previous.expression if previous is not None else None
    if match.group("dir") in ("previous", "preceding"):
        day = latest_on_or_before(base - dt.timedelta(days=1), number)
    else:
        day = earliest_after(base, number)
    reading = calendar.day(day, "weekday_around_previous")
    return Reading(reading.start, reading.end, "day", reading.timex, reading.rule, leaned_on=leaned_on)


def this(match: re.Match[str], frame: Frame) -> Reading:
    """ "this Friday": the one in the anchor's ISO week."""
    anchor = frame.day()
    monday = anchor - dt.timedelta(days=anchor.weekday())
    day = monday + dt.timedelta(days=WEEKDAYS[match.group("weekday")])
    return calendar.day(day, "this_weekday")


def weekdays_ago(match: re.Match[str], frame: Frame) -> Reading | None:
    """ "two Fridays ago": counted back from the last such weekday before the anchor day."""
    count = amount(match.group("n"))
    if count is None or count < 1:
        return None
    last_one = latest_on_or_before(frame.day() - dt.timedelta(days=1), WEEKDAYS[match.group("weekday")])
    return calendar.day(last_one - dt.timedelta(weeks=count - 1), "weekdays_ago")


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def named_day(match: re.Match[str], frame: Frame) -> Reading:
    """ "yesterday, Monday", "Tuesday, today": the day, when the weekday agrees with it; when it
    does not, the text contradicts itself and both readings are kept."""
    name, word = match.group("weekday") or match.group("weekday2"), match.group("day") or match.group("day2")
    day = frame.day() + dt.timedelta(days=_DAY_OFFSETS[word])
    reading = calendar.day(day, f"{word}_weekday")
    if day.weekday() == WEEKDAYS[name]:
        return reading
    written = f"{day.strftime('%A')} {day.isoformat()}"
    other = weekday_reading(WEEKDAYS[name], frame, "weekday")
    reason = f"contradiction: the text says {name.title()} but {word} is {written}"
    raise Contradiction(reason, (reading, other))


RULES: list[Rule] = [
    (re.compile(rf"(?P<weekday>{WEEKDAY})"), plain),
    (
        re.compile(
            rf"(?P<day>today|yesterday|tomorrow) (?P<weekday>{WEEKDAY})"
            rf"|(?P<weekday2>{WEEKDAY}) (?P<day2>today|yesterday|tomorrow)"
        ),
        named_day,
    ),
    (re.compile(rf"last (?P<weekday>{WEEKDAY})"), last),
    (re.compile(rf"(?P<n>{AMOUNT}) (?P<weekday>{WEEKDAY})s ago"), weekdays_ago),
    (re.compile(rf"the (?P<dir>previous|preceding|following|next) (?P<weekday>{WEEKDAY})"), around_previous),
    (re.compile(rf"(?:next|coming|the coming) (?P<weekday>{WEEKDAY})"), next_),
    (re.compile(rf"this (?:past )?(?P<weekday>{WEEKDAY})"), this),
]

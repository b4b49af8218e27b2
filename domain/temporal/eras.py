"""Decades, centuries and years spelt out: "the 1990s", "the nineties", "the 20th century",
"this century", "nineteen ninety-six", "the year two thousand".

TIMEX3 values follow TempEval-3: a decade is its first three digits ("199"), a century its
first two ("19" for the 1900s and the 20th century).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from domain.temporal import calendar
from domain.temporal.frame import Frame
from domain.temporal.reading import Reading
from domain.temporal.vocab import ONES, ORDINAL_WORDS, TEENS, TENS

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]

_HIGH = {**TEENS, "twenty": 20}  # the hundreds of a spoken year: "nineteen", "twenty"
_DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip


def _words(items: object) -> str:
    return "(?:" + "|".join(sorted(map(str, items), key=len, reverse=True)) + ")"  # type: ignore[call-overload]


def _latest_century_of(two_digits: int, frame: Frame) -> int:
    """ "the '90s", "the nineties": the latest such decade not after the anchor (1900s without one)."""
    base = (frame.anchor.year if frame.anchor else 1999) // 100 * 100
    candidate = base + two_digits
    if frame.anchor and candidate > frame.anchor.year:
        candidate -= 100
    return candidate


def decade(match: re.Match[str], frame: Frame) -> Reading:
    digits = match.group("decade")
    if digits is not None:
        first = int(digits)
        if first % 100 == 0 and first < 2000:  # "the 1900s": the century
            return calendar.century(first, "century")
        return calendar.decade(first, "decade")
    two = int(match.group("short")) if match.group("short") else _DECADES[match.group("word")]
    return calendar.decade(_latest_century_of(two, frame), "decade")


def century(match: re.Match[str], frame: Frame) -> Reading:
    """ "the 20th century": 1900 to 2000, TIMEX3 "19"."""
    number = match.group("number")
    ordinal = int(re.sub(r"\D", "", number)) if number[0].isdigit() else ORDINAL_WORDS[number]
    return calendar.century(100 * (ordinal - 1), "century")


def century_step(match: re.Match[str], frame: Frame) -> Reading:
    step = {"last": -1, "previous": -1, "this": 0, "the current": 0, "next": 1}[match.group("which")]
    return calendar.century(frame.day().year // 100 * 100 + 100 * step, "century_relative")


def spoken_year(match: re.Match[str], frame: Frame) -> Reading:
    """ "nineteen ninety six": hundreds then tens and ones; "two thousand (and) one"."""
    if match.group("thousand"):
        ones = ONES.get(match.group("after") or "", 0)
        return calendar.year(2000 + ones, "spoken_year")
    high = _HIGH[match.group("high")]
    low = TENS[match.group("tens")] + ONES.get(match.group("ones") or "", 0)
    return calendar.year(100 * high + low, "spoken_year")


RULES: list[Rule] = [
    (
        re.compile(
            r"(?:the )?(?:(?P<decade>(?:1[0-9]|20)\d0)|'?(?P<short>\d0))s"
            rf"|(?:the )?(?P<word>{_words(_DECADES)})"
        ),
        decade,
    ),
    (
        re.compile(rf"(?:the )?(?P<number>\d{{1,2}}(?:st|nd|rd|th)|{_words(ORDINAL_WORDS)}) century"),
        century,
    ),
    (re.compile(r"(?P<which>last|previous|this|the current|next) century"), century_step),
    (
        re.compile(
            rf"(?:the year )?(?:(?P<high>{_words(_HIGH)}) (?P<tens>{_words(TENS)})"
            rf"(?: (?P<ones>{_words(ONES)}))?"
            rf"|(?P<thousand>two thousand)(?: (?:and )?(?P<after>{_words(ONES)}))?)"
        ),
        spoken_year,
    ),
]

"""Finds temporal expressions: every pattern proposes spans, the longest ones win."""

from __future__ import annotations

import re
from functools import lru_cache

from domain.temporal.vocab import SINCE_UNITS
from extraction.timex.mention import Mention, TimexType
from extraction.timex.patterns import DAY, HOLIDAY, MONTH, WEEKDAY, YEAR
from extraction.timex.scan import family_spans
from extraction.timex.typing_ import timex_type

_TRIM = " ,.;:'\"-"
_ONE_UNIT = re.compile(r"(?i:an? (?:second|minute|hour|day|week|month|quarter|year))")
# "three-quarters of its food", "more than a quarter of the market": shares, not time.
_FRACTION = re.compile(
    r"(?i:(?:(?:about|nearly|almost|more than|less than|over|some|roughly) )?"
    r"(?:a|one|two|three)[ -]quarters?)"
)
_HYPHEN_QUARTERS = re.compile(r"(?i:(?:one|two|three)-quarters)")
_OF_AFTER = re.compile(r"\s+of\b")
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?i:million|billion|thousand|hundred|percent|cents|dollars))"
    # "2 million barrels a day", "four flights a week": an amount of things, then the unit.
    r"(?:\s+(?!(?:this|was|has|its|is|as|his|thus|less|across|plus)\b)[a-z]{2,}s|\s+people)?\s+$"
)
# "the Winter Olympics", "Summer Games": a capitalised season before a capitalised word is a name.
_SEASON_NAME = re.compile(r"(?:Winter|Summer|Spring|Autumn|Fall) [A-Z]")
# "a satirical weekly in January": a newspaper, not a recurrence (a named paper, "the daily
# Granma", train annotates either way and is left tagged).
_PAPER = re.compile(r"(?i:daily|weekly|monthly)(?=[,.;]| (?:in|of|on|that|which|said|reported)\b)")
# Titles in quotes: ``"This Week"``, ``"60 Minutes"``, ``High Noon.''``.
_QUOTE_BEFORE = re.compile(r"(?:\"|“|``)(?:[A-Z][\w'-]* ){0,3}$")
_QUOTE_AFTER = re.compile(r"[.,!?]?(?:\"|”|'')")
_TITLE_WORD = re.compile(rf"(?<![\w'-])(?!(?:{WEEKDAY}|{MONTH}))[A-Z][a-z]+(?![\w'-])")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'-]* $")
_ALWAYS_CAPITALISED = re.compile(rf"(?:(?:last|this|next|Last|This|Next) )?(?:{WEEKDAY}|{MONTH}|{HOLIDAY})")
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
# "the year ended March 31": the year is read with the day that closes it (TimeML tags the two
# apart, but twelve months to March 31 are a length, not the calendar year).
_A_YEAR = re.compile(r"(?i:(?:the )?(?:fiscal )?year)")
_ENDED = re.compile(
    rf"\s+(?:ended|ending)\s+(?:on\s+)?(?:{MONTH} {DAY}(?:,? {YEAR})?|(?i:today|tomorrow|yesterday))(?![\w])"
)


_A_QUARTER = re.compile(r"(?i:the (?:fiscal )?quarter)")
_QUARTER_ENDED = re.compile(
    r"\s+(?:ended|ending)\s+(?:in\s+|on\s+)?(?:March|June|Sept?\.?|September|Dec\.?|December)"
    rf"(?: (?:30|31))?(?:,? {YEAR})?(?![\w])"
)


# "in the year since the attack": the unit is read with its "since", as a length (TimeML tags
# the unit alone).
_THE_UNIT = re.compile(rf"(?i:the (?:{SINCE_UNITS})s?)")
_SINCE_AFTER = re.compile(r"\s+since\b")


# "every Tuesday and Friday", "each Monday, Wednesday and Friday": the weekdays joined to a set's
# are sets too (TimeML tags them apart).
_SET_OF_DAYS = re.compile(rf"\b(?i:every|each) (?:{WEEKDAY}(?:,| and| or|, and|, or) ){{1,5}}$")


def reading_text(text: str, start: int, end: int) -> str:
    """The words a found span is typed and resolved with: the span itself, "the year" with the
    "ended March 31" that follows it, "the months" with the "since" that follows them, or "every
    Friday" for the day joined to "every Tuesday"."""
    span = text[start:end]
    if (
        start > 8
        and text[start - 4 : start] in ("and ", " or ", "nd, ", "or, ", "ay, ")
        and _WEEKDAY_ONLY.fullmatch(span)
        and _SET_OF_DAYS.search(text, max(0, start - 80), start)
    ):
        return "every " + span
    if _THE_UNIT.fullmatch(span) and _SINCE_AFTER.match(text, end):
        return span + " since"
    if _A_QUARTER.fullmatch(span):
        # "the quarter ended Sept. 30", "the quarter ending in December": the quarter read with
        # the month that closes it (TimeML tags the day apart)
        closes = _QUARTER_ENDED.match(text, end)
        if closes:
            return span + " " + " ".join(closes.group().split())
    if _A_YEAR.fullmatch(span):
        ended = _ENDED.match(text, end)
        if ended:
            return span + " " + " ".join(ended.group().split())
    return span


_WEEKDAY_ONLY = re.compile(WEEKDAY)
_MERIDIEM = re.compile(r"(?<![\w.])(?i:[ap]\.m\.)")


def _candidates(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for spans in family_spans(text):
        for start, end in spans:
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            while start < end and text[start] in _TRIM:
                start += 1
            if _MERIDIEM.match(text, end - 3, end + 1):
                end += 1  # the dot closing "a.m." belongs to it, as TimeML spans keep it
            if end > start:
                found.append((start, end))
    return found


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keeps the longest spans that do not overlap an already kept one."""
    kept: list[tuple[int, int]] = []
    # One byte a character, set once kept: testing a span is one search, not a set lookup a character.
    taken = bytearray(max((end for _, end in spans), default=0))
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if taken.find(1, start, end) >= 0:
            continue
        kept.append((start, end))
        taken[start:end] = b"\x01" * (end - start)
    return sorted(kept)


def _is_rate(text: str, start: int, end: int) -> bool:
    """ "$2 million a year", "4 flights a week": a rate, which TimeML leaves unannotated."""
    return bool(
        _ONE_UNIT.fullmatch(text, start, end) and _AMOUNT_BEFORE.search(text, max(0, start - 30), start)
    )


def _is_fraction(text: str, start: int, end: int) -> bool:
    """A count of quarters followed by "of", or "three-quarters" with a hyphen, is a share."""
    if _HYPHEN_QUARTERS.search(text, start, end):
        return True
    return bool(_FRACTION.fullmatch(text, start, end) and _OF_AFTER.match(text, end))


@lru_cache(maxsize=4096)
def _type_of(span: str) -> TimexType:
    return timex_type(span)


def _is_title(text: str, start: int, end: int) -> bool:
    """ "60 Minutes", "This Week", "High Noon" in quotes: a programme or a film, not a time. Its
    time word is capitalised where no sentence starts; names always capitalised (weekdays,
    months, holidays) say nothing."""
    before = text[max(0, start - 40) : start]
    quote_before = ('"' in before or "“" in before or "``" in before) and _QUOTE_BEFORE.search(before)
    if not (quote_before or _QUOTE_AFTER.match(text, end)) or _ALWAYS_CAPITALISED.fullmatch(text, start, end):
        return False
    inner = _TITLE_WORD.search(text, start + 1, end)
    return bool(
        inner
        or (_TITLE_WORD.match(text, start) and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start))
    )


def _is_name(text: str, start: int, end: int) -> bool:
    """A capitalised season naming an event, "daily"/"weekly" naming a newspaper, a title."""
    last_word = max(start, text.rfind(" ", start, end) + 1)
    if _SEASON_NAME.match(text, last_word) or _is_title(text, start, end):
        return True
    paper = _PAPER.match(text, start)
    return bool(paper and paper.end() == end and _ARTICLE_BEFORE.search(text, max(0, start - 30), start))


# "on July 11 and 12": a second day of the same month, tagged apart as TimeML does; not a count
# ("March 3 and 4 percent") nor a time ("March 3 and 4 p.m.").
_DATE = re.compile(rf"{MONTH} {DAY}")
_SECOND_DAY = re.compile(
    r" (?:and|or) ([12]\d|3[01]|[1-9])(?:st|nd|rd|th)?"
    r"(?![\w%$-]|[:.,]\d| ?(?:[ap]\.?m\b|percent|per cent|million|billion))"
)


# "between 3 and 7 February", "from 10 to 14 March": the first day of a range written day
# first is a day of the month named after the second.
_DAY_FIRST_DATE = re.compile(rf"{DAY} {MONTH}")
# "on 9 and 10 September", "on 9 or 10 September": two days of the month named after the second.
_FIRST_DAY = re.compile(
    r"(?i:between|from) ([12]\d|3[01]|[1-9])(?:st|nd|rd|th)? (?:and|to|until|till) $"
    r"|(?i:on) ([12]\d|3[01]|[1-9])(?:st|nd|rd|th)? (?:and|or) $"
)


def tag(text: str) -> list[Mention]:
    """Temporal expressions of `text` with character spans and TimeML types, by start."""
    found = [
        Mention(start, end, text[start:end], _type_of(reading_text(text, start, end)))
        for start, end in _longest_first(_candidates(text))
        if not (_is_rate(text, start, end) or _is_fraction(text, start, end) or _is_name(text, start, end))
    ]
    seconds = [_second_day(text, m) for m in found if m.type == "DATE" and _DATE.fullmatch(m.text)]
    seconds += [_first_day(text, m) for m in found if m.type == "DATE" and _DAY_FIRST_DATE.match(m.text)]
    if not any(seconds):
        return found
    return sorted([*found, *(m for m in seconds if m is not None)])


def _first_day(text: str, date: Mention) -> Mention | None:
    before = _FIRST_DAY.search(text, max(0, date.start - 24), date.start)
    if before is None:
        return None
    group = 1 if before.group(1) else 2
    return Mention(before.start(group), before.end(group), before.group(group), "DATE")


def _second_day(text: str, date: Mention) -> Mention | None:
    after = _SECOND_DAY.match(text, date.end)
    if after is None:
        return None
    return Mention(after.start(1), after.end(1), after.group(1), "DATE")

"""Runs the pattern families over a text, each only where it could match.

Every family needs one of a few keywords somewhere in its match (a unit word for
durations, a month name for dates, four digits for years...). One fast pass over the
lower-cased text finds the keywords; each family then scans only the windows of
`MARGIN` characters either side of its keywords, so the output is exactly what one
`finditer` per family over the whole text would give, as long as no match is longer
than `MARGIN` characters (the longest, earnings comparisons, run to about 35).

Digit runs are told apart by shape: any run wakes clock times, only a run of exactly four
digits years and ISO dates, only digits followed by "s" decades, and only digits right after
"Q", "H" or "Y" the financial shorthand ("Q3", "H1", "FY23"). A day's name ("Monday",
"today") wakes only the families that name days, not every family keyed on "day".

Inside a window, a family's pattern runs only if the window holds one of the words every
match of the pattern contains, and behind a test of the characters a match can begin with
(both read off the pattern by `prefilter`): the same spans, found with a fraction of the work.
"""

from __future__ import annotations

import re
from functools import cache

from domain.temporal.patterns import word_trie
from extraction.casefold import lowered as folded
from extraction.timex.patterns import PATTERNS, UNIT_WORDS
from extraction.timex.prefilter import derive

MARGIN = 48
# Trigger prefixes: "centur" wakes both "century" and "centuries".
_UNITS = tuple("centur" if unit == "century" else unit for unit in UNIT_WORDS)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_HOLIDAYS = (
    "christmas", "new year", "independence", "halloween", "valentine",
    "thanksgiving", "labor", "memorial", "election day", "easter",
    "black friday", "cyber monday", "luther", "mlk day", "presidents", "president's day", "columbus",
    "veterans", "juneteenth", "mother's day", "father's day", "fourth of july", "patrick's day",
    "ash wednesday", "palm sunday", "good friday", "pentecost", "boxing day", "earth day", "may day",
    "bastille", "remembrance", "armistice", "anzac", "australia day", "canada day",
    "yom kippur", "rosh hashana", "passover", "hanukkah", "chanukah",
)  # fmt: skip
#: Names of days: each triggers only the families that name days, not every family with "day".
_DAY_NAMES = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
)
_DAY_WORDS = (*_DAY_NAMES, "tomorrow")
_VAGUE = ("now", "current", "recent", "lately", "present", "past", "future", "former", "period", "term")
DIGIT = "0"  # any run of digits
YEAR4 = "0000"  # a run of exactly four digits: years, ISO dates
DECADE = "0s"  # digits followed by "s": "1990s", "'90s"
ORDINAL_DIGITS = "0th"  # digits followed by an ordinal suffix: "the 12th"
CODE_DIGITS = "q0"  # digits right after "Q", "H" or "Y": "Q3", "H1", "FY23"
_DIGIT_KEYS = (DIGIT, YEAR4, DECADE, ORDINAL_DIGITS, CODE_DIGITS)

#: family -> the keywords one of which every match of the family contains (lower case).
KEYWORDS: dict[str, tuple[str, ...]] = {
    "full_date": _MONTHS,
    "month_year": _MONTHS,
    "week_of_month": ("week",),
    "iso_date": (YEAR4,),
    "numeric_date": (YEAR4,),
    "mod_month": _MONTHS,
    "may": ("may",),
    "bare_month": _MONTHS,
    "year": (YEAR4,),
    "decade": (DECADE, "ties"),
    "century": ("centur",),
    "spoken_year": ("eighteen", "nineteen", "thousand"),
    "mid_era": ("centur", "decade"),
    "year_end": ("year",),
    "in_the_unit": ("day", "week", "month", "year"),
    "later_date": ("date",),
    "dawn": ("dawn", "dusk", "daybreak", "sunrise", "sunset"),
    "weekday_part": _DAY_WORDS,
    "part_weekday": _DAY_WORDS,
    "part_alone": ("night", "morning", "afternoon", "evening"),
    "time": (DIGIT, "noon", "day", "night"),
    "hour_part": ("morning", "afternoon", "evening", "night"),
    "relative": (*_UNITS, *_SEASONS, "season"),
    "quarter": ("quarter", "half"),
    "half_of": ("quarter", "half"),
    "year_quarter": ("quarter", "half"),
    "year_period": ("quarter", "period"),
    "period_code": (CODE_DIGITS, YEAR4),  # "Q3", "H1", "FY23"; "FY 2024" by its year
    "month_range": _MONTHS,
    "day_ordinal": (ORDINAL_DIGITS,),
    "month_rel_year": ("year",),
    "current_year": ("year",),
    "season": _SEASONS,
    "ago": ("ago",),
    "from_now": ("from now", "from today"),
    "anaphora": _UNITS,
    "span": _UNITS,
    "recent_units": _UNITS,
    "vague": (*_UNITS, *_VAGUE, "soon", "while", "time"),
    "duration": _UNITS,
    "duration_plural": _UNITS,
    "set": (*_UNITS, "dail", "annual", "every", "each", "nightly"),
    "holiday": _HOLIDAYS,
    "weekend": ("week",),
    "islamic": (
        "ramadan", "ramadhan", "ramazan", "muharram", "eid", "ashura", "ashoura", "arbaeen", "arba'een",
        "arbain", "mawlid", "milad", "bakrid", "new year", "prophet",
    ),
    "before_last": ("before last", "after next"),
    "night_between": ("night of", "night from", "night between"),
    "day_around": ("day",),
    "unit_long": ("long",),
    "ordinary_day": _DAY_WORDS,
    "day_count": ("day",),
    "frequency": ("once", "twice", "times"),
    "weekends": ("week",),
    "unit_since": _UNITS,
    "rest_of": ("rest",),
    "unit_after_preposition": ("year", "week"),
    "once": ("once",),
    # "this year as last": woken only where "last" / "next" follow a joining word
    "unit_left_out": tuple(
        f"{joint} {word}" for joint in ("and", "or", "as", "than", "to") for word in ("last", "next")
    ),
}
_ALL = sorted({k for keys in KEYWORDS.values() for k in keys if k not in _DIGIT_KEYS}, key=len, reverse=True)
_KEYWORD = re.compile(r"\d+|" + word_trie(_ALL))


def _first_letter_branches(words: list[str]) -> str:
    """The trie of `words` as one alternative per first letter, not wrapped in a group."""
    trie = word_trie(words)
    if not (trie.startswith("(?:(?:") and trie.endswith("))")):
        raise ValueError("the keywords must start with several letters")
    return trie[len("(?:(?:") : -len("))")]


#: `_KEYWORD` spelt so that every alternative starts with a literal: the regex engine then
#: skips, in one tight loop, every character no keyword or digit run starts with, instead of
#: entering the pattern there. It reads only ASCII digits, so it serves texts without others.
_KEYWORD_ASCII_DIGITS = re.compile(
    "|".join(rf"{digit}\d*" for digit in "0123456789") + "|" + _first_letter_branches(_ALL)
)
#: A decimal digit other than 0-9 (which `\d` also reads).
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _families_of(hit: str) -> list[int]:
    """Families a keyword hit can trigger, counting keywords inside it ("fortnight" has "night")."""
    return [
        index
        for index, (name, _) in enumerate(PATTERNS)
        if any(
            k == hit or (k not in _DIGIT_KEYS and hit not in _DAY_NAMES and k in hit) for k in KEYWORDS[name]
        )
    ]


def _families_of_digits(
    four: bool, plural: bool, clock: bool, ordinal: bool = False, code: bool = False
) -> list[int]:
    keys = ({DIGIT} if clock else set()) | ({YEAR4} if four else set()) | ({DECADE} if plural else set())
    keys |= ({ORDINAL_DIGITS} if ordinal else set()) | ({CODE_DIGITS} if code else set())
    return sorted({index for key in keys for index in _families_of(key)})


_TRIGGERS: dict[str, list[int]] = {hit: _families_of(hit) for hit in _ALL}
#: Digit runs by (exactly four digits, followed by "s", followed as a clock time's hour is,
#: followed by an ordinal suffix, right after "Q", "H" or "Y").
_DIGIT_TRIGGERS = {
    (f, p, c, o, q): _families_of_digits(f, p, c, o, q)
    for f in (False, True)
    for p in (False, True)
    for c in (False, True)
    for o in (False, True)
    for q in (False, True)
}
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: What follows the digits of every clock time the "time" family matches ("10:35", "10 a.m.",
#: "10pm", "1400 GMT", "1400 local time"): other digit runs (amounts, years) cannot wake it.
#: Read on `folded` text, as the family's `(?i)` parts see it.
_CLOCK_AFTER = re.compile(r"(?: ?[ap]\.?m|:\d| (?:gmt|utc|local time))")
_VAGUE_FAMILY = next(index for index, (name, _) in enumerate(PATTERNS) if name == "vague")
#: A unit word in a "vague" match always follows one of these ("these days", "the year to
#: date", "the same quarter", "the latest period", "the years"); after any other word a unit
#: wakes the other unit families but not "vague", the costliest family to scan.
_VAGUE_UNIT_AFTER = ("the ", "these ", "latest ", "same ")
_UNIT_TRIGGERS_NOT_VAGUE = {hit: [f for f in _TRIGGERS[hit] if f != _VAGUE_FAMILY] for hit in _UNITS}


def _windows(text: str, lowered: str) -> list[list[tuple[int, int]]]:
    per_family: list[list[tuple[int, int]]] = [[] for _ in PATTERNS]
    last_end = [-1] * len(PATTERNS)  # where each family's last window ends
    keyword = _KEYWORD if _OTHER_DIGIT.search(lowered) else _KEYWORD_ASCII_DIGITS
    for hit in keyword.finditer(lowered):
        hit_start, hit_end = hit.span()
        word = hit.group()
        if word[0].isdigit():
            families = _DIGIT_TRIGGERS[
                (
                    hit_end - hit_start == 4,
                    lowered[hit_end : hit_end + 1] == "s",
                    _CLOCK_AFTER.match(folded(text[hit_end : hit_end + 11])) is not None,
                    lowered[hit_end : hit_end + 2] in _ORDINAL_SUFFIXES,
                    text[hit_start - 1 : hit_start] in "QHY",
                )
            ]
        elif word in _UNIT_TRIGGERS_NOT_VAGUE and not _after_article(text, hit_start):
            families = _UNIT_TRIGGERS_NOT_VAGUE[word]
        else:
            families = _TRIGGERS[word]
        start, end = max(0, hit_start - MARGIN), hit_end + MARGIN
        for family in families:
            windows = per_family[family]
            if start <= last_end[family]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
            last_end[family] = end
    return per_family


def _after_article(text: str, at: int) -> bool:
    return folded(text[max(0, at - 7) : at]).endswith(_VAGUE_UNIT_AFTER)


@cache
def _fast(family: int) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A family's pattern behind the test of its first character, and the test of a window
    (`prefilter.derive`); no window test when every keyword waking the family holds one of
    the words it needs already (every window of the family would pass it). Derived the first
    time the family has a window to read, not on import: deriving costs a parse and a compile,
    which a process tagging one sentence pays only for the few families that sentence wakes."""
    guarded, need = derive(PATTERNS[family][1])
    if need is None or any(family in woken for woken in _DIGIT_TRIGGERS.values()):
        return guarded, need
    keywords = [hit for hit, woken in _TRIGGERS.items() if family in woken]
    return guarded, None if all(need.search(hit) for hit in keywords) else need


#: The characters `casefold.lowered` lowers otherwise than `str.lower` (test_speed_scan.py
#: checks every code point): without them, the text lowered once serves the window tests too.
_FOLDED_APART = re.compile("[İıſK]")


def family_spans(text: str) -> list[list[tuple[int, int]]]:
    """Per family (in `PATTERNS` order), the spans of its matches in `text`, in order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare: windows cannot be read off the lowered text
        return [[m.span() for m in pattern.finditer(text)] for _, pattern in PATTERNS]
    windows = _windows(text, lowered)
    if _FOLDED_APART.search(text):
        lowered = folded(text)
    return [_spans(text, lowered, family, spans) if spans else [] for family, spans in enumerate(windows)]


def _spans(text: str, lowered: str, family: int, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The family's matches inside its windows, each window first tested for a needed word."""
    pattern, need = _fast(family)
    return [
        m.span()
        for start, end in windows
        if need is None or need.search(lowered, start, end)
        for m in pattern.finditer(text, start, end)
    ]

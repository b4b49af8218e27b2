"""Runs the pattern families over a text, each only where it could match.

Every family needs one of a few keywords somewhere in its match (a unit word for
durations, a month name for dates, a digit for years...). One fast pass over the
lower-cased text finds the keywords; each family then scans only the windows of
`MARGIN` characters either side of its keywords, so the output is exactly what one
`finditer` per family over the whole text would give, as long as no match is longer
than `MARGIN` characters.
"""

from __future__ import annotations

import re

from extraction.timex.patterns import PATTERNS

MARGIN = 80
_UNITS = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "centur",
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_HOLIDAYS = (
    "christmas", "new year", "independence", "halloween", "valentine",
    "thanksgiving", "labor", "memorial", "easter",
)  # fmt: skip
_DAY_WORDS = ("day", "tomorrow")
_VAGUE = ("now", "current", "recent", "lately", "present", "past", "future", "former", "period", "term")
DIGIT = "0"

#: family -> the keywords one of which every match of the family contains (lower case).
KEYWORDS: dict[str, tuple[str, ...]] = {
    "full_date": _MONTHS,
    "month_year": _MONTHS,
    "iso_date": (DIGIT,),
    "mod_month": _MONTHS,
    "may": ("may",),
    "bare_month": _MONTHS,
    "year": (DIGIT,),
    "decade": (DIGIT, "ties"),
    "century": ("centur",),
    "spoken_year": ("eighteen", "nineteen", "thousand"),
    "year_end": ("year",),
    "dawn": ("dawn", "dusk", "daybreak", "sunrise", "sunset"),
    "weekday_part": _DAY_WORDS,
    "part_weekday": _DAY_WORDS,
    "part_alone": ("night", "morning", "afternoon", "evening"),
    "time": (DIGIT, "noon", "day", "night"),
    "relative": _UNITS + _SEASONS,
    "quarter": ("quarter", "half"),
    "year_quarter": ("quarter", "half"),
    "year_period": ("quarter", "period"),
    "month_rel_year": ("year",),
    "current_year": ("year",),
    "season": _SEASONS,
    "ago": ("ago",),
    "anaphora": _UNITS,
    "span": _UNITS,
    "recent_units": _UNITS,
    "vague": _UNITS + _VAGUE,
    "duration": _UNITS,
    "duration_plural": _UNITS,
    "set": (*_UNITS, "dail", "annual"),
    "holiday": _HOLIDAYS,
    "weekend": ("week",),
    "ordinary_day": _DAY_WORDS,
}
_ALL = sorted({k for keys in KEYWORDS.values() for k in keys if k != DIGIT}, key=len, reverse=True)
_KEYWORD = re.compile(r"\d+|" + "|".join(re.escape(k) for k in _ALL))


def _families_of(hit: str) -> list[int]:
    """Families a keyword hit can trigger, counting keywords inside it ("fortnight" has "night")."""
    key = DIGIT if hit[0].isdigit() else hit
    return [
        index
        for index, (name, _) in enumerate(PATTERNS)
        if any(k == key or (k != DIGIT and k in key) for k in KEYWORDS[name])
    ]


_TRIGGERS: dict[str, list[int]] = {hit: _families_of(hit) for hit in [*_ALL, DIGIT]}


def _windows(text: str) -> list[list[tuple[int, int]]] | None:
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    per_family: list[list[tuple[int, int]]] = [[] for _ in PATTERNS]
    for hit in _KEYWORD.finditer(lowered):
        key = DIGIT if lowered[hit.start()].isdigit() else hit.group()
        start, end = max(0, hit.start() - MARGIN), hit.end() + MARGIN
        for family in _TRIGGERS[key]:
            windows = per_family[family]
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
    return per_family


def family_spans(text: str) -> list[list[tuple[int, int]]]:
    """Per family (in `PATTERNS` order), the spans of its matches in `text`, in order."""
    windows = _windows(text)
    if windows is None:
        return [[m.span() for m in pattern.finditer(text)] for _, pattern in PATTERNS]
    return [
        [m.span() for start, end in family for m in pattern.finditer(text, start, end)]
        for (_, pattern), family in zip(PATTERNS, windows, strict=True)
    ]

"""Regular-expression fragments over normalised text (lower case, no dots or commas).

Each fragment is a flat alternation of literal words, so matching stays linear.
"""

from __future__ import annotations

from domain.temporal.vocab import MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS


def alternation(words: object) -> str:
    """Longest first, so "sept" is tried before "sep"."""
    ordered = sorted((str(word) for word in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(ordered) + ")"


MONTH = alternation(MONTHS)
WEEKDAY = alternation(WEEKDAYS)
SEASON = alternation(SEASONS)
PART = alternation(PARTS_OF_DAY)
UNIT = alternation(UNITS) + "s?"
ORDINAL = alternation(ORDINALS)
_NUMBER_WORD = alternation(NUMBERS)
AMOUNT = rf"(?:\d{{1,4}}|{_NUMBER_WORD}(?: {_NUMBER_WORD})?)"
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"

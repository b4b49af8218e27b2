"""Regular-expression fragments over normalised text (lower case, no dots or commas).

Each fragment is a flat alternation of literal words, so matching stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.temporal.vocab import MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS


def alternation(words: object) -> str:
    """Longest first, so "sept" is tried before "sep"."""
    ordered = sorted((str(word) for word in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(ordered) + ")"


_Node = dict[str, "_Node"]


def word_trie(words: Iterable[str], space: str = "[ -]") -> str:
    """One alternation of `words` as a trie ("t(?:wo|hree)"), longer words tried first at
    every branch, as a longest-first list would: the regex engine then tests each letter
    once instead of once per word. A space in a word stands for `space`."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        parts = [(space if k == " " else re.escape(k)) + emit(node[k]) for k in sorted(node) if k]
        if not parts:
            return ""
        if len(parts) == 1 and "" not in node:
            return parts[0]
        return "(?:" + "|".join(parts) + (")?" if "" in node else ")")

    return "(?:" + emit(root) + ")"


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

"""Cheap tests that rule a pattern out before the regex engine tries it, read off the pattern.

`derive` reads two necessary conditions off a compiled pattern's parse tree, so they follow
every edit of the pattern itself:

* the characters a match can begin with, put in front of the pattern as a lookahead. The
  engine otherwise tries every alternative (each behind its own lookbehinds) at every position;
  one class test now turns most positions away;
* words one of which every match contains, in lower case. A window of lowered text without
  any of them cannot hold a match, and the pattern need not run on it.

Both only ever say "cannot match here": whatever the analysis does not understand (an unusual
operator, a non-ASCII letter, a pattern that can match nothing at all) gives no condition, so
the pattern is then run as it is. Spans found are the same either way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from domain.temporal.first import Unreadable, class_item
from domain.temporal.patterns import word_trie
from extraction.casefold import lowered

if TYPE_CHECKING:
    import sre_constants as constants
    import sre_parse as parser
else:  # the same modules under their current names (the old ones warn on import)
    from re import _constants as constants
    from re import _parser as parser

_Items = Any  # a parsed (sub)pattern: a sequence of (operator, argument) pairs
_ZERO_WIDTH = (constants.AT, constants.ASSERT, constants.ASSERT_NOT)
_REPEATS = (constants.MAX_REPEAT, constants.MIN_REPEAT)
_CATEGORIES = {
    constants.CATEGORY_DIGIT: r"\d",
    constants.CATEGORY_WORD: r"\w",
    constants.CATEGORY_SPACE: r"\s",
}
#: Most strings a run of literals may spell out before it stops being worth a test.
_MOST = 64




def derive(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """`pattern` behind the test of its first character (itself when that cannot be told),
    and a pattern finding in lowered text (`casefold.lowered`) the words one of which every
    match contains (None when those cannot be told)."""
    tree = parser.parse(pattern.pattern, pattern.flags)
    return _guarded(pattern, tree), _needs(tree)


def _guarded(pattern: re.Pattern[str], tree: _Items) -> re.Pattern[str]:
    """The lookahead tests the characters in any case, which only widens it."""
    try:
        starts, empty = _first(tree)
        if empty or not starts:
            return pattern
        return re.compile(f"(?=(?i:[{''.join(sorted(set(starts)))}]))(?:{pattern.pattern})", pattern.flags)
    except (Unreadable, re.error):
        return pattern


def _first(items: _Items) -> tuple[list[str], bool]:
    """Class items for the first character a match of `items` consumes, and whether `items`
    can match without consuming any."""
    starts: list[str] = []
    for op, arg in items:
        found, empty = _first_of(op, arg)
        starts += found
        if not empty:
            return starts, False
    return starts, True


def _first_of(op: Any, arg: Any) -> tuple[list[str], bool]:
    if op is constants.LITERAL:
        return [re.escape(chr(arg))], False
    if op is constants.IN:
        # (a negated class raises: any character could start)
        return [class_item(item_op, item, _CATEGORIES) for item_op, item in arg], False
    if op is constants.BRANCH:
        starts: list[str] = []
        empty = False
        for alternative in arg[1]:
            found, alternative_empty = _first(alternative)
            starts += found
            empty = empty or alternative_empty
        return starts, empty
    if op is constants.SUBPATTERN:
        return _first(arg[3])
    if op in _REPEATS:
        found, empty = _first(arg[2])
        return found, empty or arg[0] == 0
    if op in _ZERO_WIDTH:
        return [], True
    raise Unreadable(op)


def _needs(tree: _Items) -> re.Pattern[str] | None:
    try:
        words = _required(tree)
    except Unreadable:
        return None
    if not words:
        return None
    return re.compile(word_trie(words, space=" "))  # a trie tests each letter once


def _required(items: _Items) -> set[str] | None:
    """The most telling set of strings one of which every match of `items` contains: the
    spellings of a stretch of consecutive literals, or what a part that must match requires."""
    found: list[set[str]] = []
    run = {""}
    for op, arg in items:
        spellings = _spellings(op, arg)
        if spellings is not None:
            longer = {a + b for a in run for b in spellings}
            if len(longer) <= _MOST:
                run = longer
                continue
            found.append(run)
            run = spellings
            continue
        found += [run, _required_of(op, arg) or {""}]
        run = {""}
    found.append(run)
    useful = [words for words in found if "" not in words]
    return max(useful, key=lambda words: (min(map(len, words)), -len(words))) if useful else None


def _required_of(op: Any, arg: Any) -> set[str] | None:
    if op is constants.SUBPATTERN:
        return _required(arg[3])
    if op is constants.BRANCH:
        words: set[str] = set()
        for alternative in arg[1]:
            required = _required(alternative)
            if required is None:
                return None
            words |= required
        return words
    if op in _REPEATS and arg[0] >= 1:
        return _required(arg[2])
    return None


def _spellings(op: Any, arg: Any) -> set[str] | None:
    """Every text (lowered) a literal-only part can consume, or None for any other part.
    Lookarounds consume nothing, so the literals either side of one are read together."""
    if op is constants.LITERAL:
        return {_letter(arg)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is constants.IN and len(arg) <= 4 and all(item_op is constants.LITERAL for item_op, _ in arg):
        return {_letter(item) for _, item in arg}
    if op is constants.SUBPATTERN:
        return _sequence_spellings(arg[3])
    if op is constants.BRANCH:
        spelt: set[str] = set()
        for alternative in arg[1]:
            alternative_spelt = _sequence_spellings(alternative)
            if alternative_spelt is None or len(spelt | alternative_spelt) > _MOST:
                return None
            spelt |= alternative_spelt
        return spelt
    if op in _REPEATS and arg[:2] == (0, 1):
        optional = _sequence_spellings(arg[2])
        return None if optional is None else optional | {""}
    return None


def _sequence_spellings(items: _Items) -> set[str] | None:
    spelt = {""}
    for op, arg in items:
        part = _spellings(op, arg)
        if part is None:
            return None
        spelt = {a + b for a in spelt for b in part}
        if len(spelt) > _MOST:
            return None
    return spelt


def _letter(code: int) -> str:
    """A literal as lowered text shows it. Case-insensitive matching agrees with `lowered` on
    ASCII (tests/extraction/test_casefold.py); other characters are taken only when they have
    no case at all, which both then leave as they are."""
    char = chr(code)
    if not char.isascii() and (char.lower() != char or char.upper() != char or lowered(char) != char):
        raise Unreadable(char)
    return lowered(char)

"""Which rules can read a text, told by its first three characters (speed pass 13).

`resolver.read` tries its rules in order, one `fullmatch` each, and most fail within the
first characters: "tuesday" cannot be read by a rule whose matches all begin with a digit,
"the" or "this". `prefix_test` reads off a pattern's parse tree the classes of the first
`WIDTH` characters a match can consume (fewer where a match can end sooner), as one pattern
that fullmatches `text[:WIDTH]` of every text the rule's pattern fullmatches;
`FirstCharacters.rules_for` keeps, per opening, the rules whose test admits it, in their
order. A rule is left out only where its `fullmatch` could not succeed, so `read` picks the
same rule, with the same match, as trying them all.

Whatever the analysis does not read (an unusual operator, a negated class, a case-insensitive
part) gives no test, and the rule is kept for every text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import sre_constants as constants
    import sre_parse as parser
else:  # the same modules under their current names (the old ones warn on import)
    from re import _constants as constants
    from re import _parser as parser

_Items = Any  # a parsed (sub)pattern: a sequence of (operator, argument) pairs
_ZERO_WIDTH = (constants.AT, constants.ASSERT, constants.ASSERT_NOT)
_REPEATS = (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT)
_CATEGORIES = {
    constants.CATEGORY_DIGIT: r"\d",
    constants.CATEGORY_NOT_DIGIT: r"\D",
    constants.CATEGORY_WORD: r"\w",
    constants.CATEGORY_NOT_WORD: r"\W",
    constants.CATEGORY_SPACE: r"\s",
    constants.CATEGORY_NOT_SPACE: r"\S",
}
#: The flags a test is compiled with, as the pattern has them (only these change what a class
#: admits; patterns with any other flag get no test).
_CLASS_FLAGS = re.ASCII | re.UNICODE
#: How many characters a text is told by.
WIDTH = 3
#: Above this many required repetitions the analysis gives up (no rule comes near).
_MOST_REPEATS = 64
#: A path: the classes of the first characters a match consumes, in order (`WIDTH` of them,
#: or fewer where the match can end).
_Path = tuple[str, ...]


class Unreadable(Exception):
    """A construct the analysis of a parse tree does not read: no test is derived from it (also
    raised for `extraction.timex.prefilter`, which reads the same trees)."""



def prefix_test(pattern: re.Pattern[str], width: int = WIDTH) -> re.Pattern[str] | None:
    """A pattern fullmatching `text[:width]` of every `text` that `pattern` fullmatches, or
    None when that cannot be told (then any text may be matched)."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    try:
        paths = _extend({()}, parser.parse(pattern.pattern, pattern.flags), width)
        return re.compile("|".join(sorted("".join(path) for path in paths)), pattern.flags & _CLASS_FLAGS)
    except (Unreadable, re.error, RecursionError):
        return None


def _extend(paths: set[_Path], items: _Items, width: int) -> set[_Path]:
    """`paths` each followed by what `items` can consume, cut at `width` classes."""
    for op, arg in items:
        paths = _extend_op(paths, op, arg, width)
    return paths


def _extend_op(paths: set[_Path], op: Any, arg: Any, width: int) -> set[_Path]:
    open_paths = {path for path in paths if len(path) < width}
    if not open_paths:
        return paths
    done = paths - open_paths
    if op is constants.LITERAL:
        return done | {(*path, re.escape(chr(arg))) for path in open_paths}
    if op is constants.IN:
        item = "[" + "".join(class_item(item_op, item_arg) for item_op, item_arg in arg) + "]"
        return done | {(*path, item) for path in open_paths}
    if op is constants.BRANCH:
        return done.union(*(_extend(open_paths, alternative, width) for alternative in arg[1]))
    if op is constants.SUBPATTERN:
        if arg[1] or arg[2]:  # flags set or cleared inside the pattern
            raise Unreadable(op)
        return done | _extend(open_paths, arg[3], width)
    if op is constants.ATOMIC_GROUP:
        return done | _extend(open_paths, arg, width)
    if op in _REPEATS:
        least, most, item = arg
        if least > _MOST_REPEATS:
            raise Unreadable(op)
        current = open_paths
        for _ in range(least):
            current = _extend(current, item, width)
        reached = set(current)
        # Past `least`, a repetition that consumes nothing leaves a path as it was, and one
        # that consumes lengthens it: `width` more reach every path any number of them reach.
        for _ in range(min(most - least, width)):
            current = _extend({path for path in current if len(path) < width}, item, width)
            reached |= current
        return done | reached
    if op in _ZERO_WIDTH:
        return paths
    raise Unreadable(op)


def class_item(op: Any, arg: Any, categories: dict[Any, str] = _CATEGORIES) -> str:
    """One item of a parsed character class written back as class syntax; what is not read (a
    negated class, a category not in `categories`) raises `Unreadable`: any character could come."""
    if op is constants.LITERAL:
        return re.escape(chr(arg))
    if op is constants.RANGE:
        return f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}"
    if op is constants.CATEGORY and arg in categories:
        return categories[arg]
    raise Unreadable(op)


R = TypeVar("R")


class FirstCharacters(Generic[R]):
    """The rules of `rules` (pairs of a pattern and what reads its match) that can fullmatch
    a text, told by its first `WIDTH` characters, in their order. Derived on first use and
    remembered per opening (a few hundred in practice; bounded all the same)."""

    _MOST = 4096

    def __init__(self, rules: Sequence[tuple[re.Pattern[str], R]]) -> None:
        self.rules = rules
        self._tests: list[re.Pattern[str] | None] | None = None
        self._by_opening: dict[str, tuple[tuple[re.Pattern[str], R], ...]] = {}

    def rules_for(self, text: str) -> tuple[tuple[re.Pattern[str], R], ...]:
        opening = text[:WIDTH]
        known = self._by_opening.get(opening)
        if known is None:
            if self._tests is None:
                self._tests = [prefix_test(pattern) for pattern, _ in self.rules]
            known = tuple(
                rule
                for rule, test in zip(self.rules, self._tests, strict=True)
                if test is None or test.fullmatch(opening)
            )
            if len(self._by_opening) >= self._MOST:
                self._by_opening.clear()
            self._by_opening[opening] = known
        return known

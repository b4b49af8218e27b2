"""First-character gates for the patterns that scan whole sentences.

sre tries a pattern that opens with `\\b` and an alternation of words at every position of the
text, testing the words one by one; a lookahead for a class of the characters a match can start
with (`(?=[...])`) turns most positions away with one test, and finds the same matches. The
class is read off the words (`initials`), so the gate follows them when they change.

A pattern whose top-level branches each open with `\\b` (some after lookbehinds) is tried
branch by branch at every position, each branch testing the boundary again; `boundary_first`
writes the boundary once, in front of the branches, so a position inside a word is turned away
by one test instead of one per branch. `word_start` adds, after that boundary, the gate of the
characters a match can begin with, read off the pattern's parse tree (`opening`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sre_constants as constants
    import sre_parse as parser
else:  # the same modules under their current names (the old ones warn on import)
    try:
        from re import _constants as constants
        from re import _parser as parser
    except ImportError:  # a Python whose re keeps them elsewhere: no gate is read (`opening`)
        constants = parser = None

_OPTIONAL = ("?", "*", "{")


def initials(*alternations: str) -> str:
    """The characters a match of the alternations (regex sources such as `"said|told|(?:put|
    gave)\\s+the"`) can start with, as the body of a character class.

    Each branch must start with a literal character or a `(?:...)` group, read the same way;
    a branch that can start otherwise (an escape, a class, an optional first part, an empty
    branch) raises ValueError, so a gate is never built narrower than its pattern.
    """
    found: set[str] = set()
    for alternation in alternations:
        for branch in _branches(alternation):
            found |= _first(branch)
    return "".join(re.escape(char) for char in sorted(found))


def gate(*alternations: str, extra: str = "", fold: bool = False) -> str:
    """A lookahead letting a match start only at a character a match of the alternations can
    start with (`initials`), or one of `extra` (a class body); under `(?i:...)` when `fold`,
    for a pattern matched case-insensitively only in part."""
    chars = f"[{extra}{initials(*alternations)}]"
    return f"(?=(?i:{chars}))" if fold else f"(?={chars})"


def by_initial(alternation: str) -> str:
    """The branches of `alternation` (a regex source) gathered by their first letter, in the
    order each letter first opens one: `said|told|says` becomes `s(?:aid|ays)|told`. At one
    position only the branches opening with the letter written there can match, and sre makes
    one test for the letter instead of one per branch; the branches of a letter keep their
    order, so the same branch wins. A branch opening otherwise (a group, an escape, an optional
    letter) stays in its place; were a branch to be moved past one, or were a letter to open
    branches in both cases (which a case-insensitive pattern would try as one), the source is
    returned as it is."""
    entries: list[tuple[str, list[str]]] = []  # (letter, tails) or (a branch kept whole, [])
    first_of: dict[str, int] = {}
    last_other = -1
    for branch in _branches(alternation):
        letter = branch[:1]
        if not letter.isalpha() or branch[1:2] in (*_OPTIONAL, "+"):
            last_other = len(entries)
            entries.append((branch, []))
        elif letter not in first_of:
            if letter.swapcase() in first_of:
                return alternation
            first_of[letter] = len(entries)
            entries.append((letter, [branch[1:]]))
        elif first_of[letter] < last_other:
            return alternation  # gathering it would move it before the branch kept whole
        else:
            entries[first_of[letter]][1].append(branch[1:])
    gathered = [
        head if not tails else head + tails[0] if len(tails) == 1 else f"{head}(?:{'|'.join(tails)})"
        for head, tails in entries
    ]
    return "|".join(gathered)


def boundary_first(source: str) -> str:
    """`source` (a regex source) with the `\\b` that opens each of its top-level branches
    written once before them all: `\\bA|(?<!x)\\bB` becomes `\\b(?:A|(?<!x)B)`. Both are
    zero-width tests of one position, so a lookbehind and the boundary may be read in either
    order, and the branches keep their order: the same matches, found faster. A source with a
    branch that does not open so (after any lookbehinds) is returned as it is."""
    branches = _branches(source)
    if len(branches) < 2:
        return source
    bare: list[str] = []
    for branch in branches:
        behind, rest = _lookbehinds(branch)
        if not rest.startswith(r"\b") or rest[2:3] in _OPTIONAL:
            return source
        bare.append(behind + rest[2:])
    return rf"\b(?:{'|'.join(bare)})"


def word_start(source: str) -> str:
    """`source` (a regex source) written to turn away quickly the positions no match starts
    at, with the same matches: its branches' opening `\\b` tested once (`boundary_first`), then
    a lookahead for the characters a match can begin with (`opening`), where both are known."""
    factored = boundary_first(source)
    chars = opening(factored)
    if chars is None or not factored.startswith(r"\b") or factored[2:3] in _OPTIONAL:
        return factored
    return rf"\b(?=[{chars}]){factored[2:]}"


class _Unread(Exception):
    """A construct `opening` does not read (a class by category, "." or a back reference)."""


#: Above this many characters a range is not spelt out (no gate is built from it).
_WIDEST_RANGE = 64


def opening(source: str) -> str | None:
    """The characters (as the body of a class) that every non-empty match of `source`, a
    case-sensitive pattern, begins with; None when a match can be empty or the parse tree holds
    what is not read here. Lookarounds and anchors consume nothing and are passed over, which
    can only widen the set."""
    if parser is None:
        return None
    try:
        items = parser.parse(source)
        if items.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        chars, empty = _opening(items)
    except (_Unread, re.error, RecursionError):
        return None
    return None if empty or not chars else "".join(re.escape(char) for char in sorted(chars))


def _opening(items: Any) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    chars: set[str] = set()
    for op, arg in items:
        first, empty = _opening_op(op, arg)
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _opening_op(op: Any, arg: Any) -> tuple[set[str], bool]:
    if op is constants.LITERAL:
        return {chr(arg)}, False
    if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
        return set(), True
    if op is constants.IN:
        return _class_members(arg), False
    if op is constants.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in arg[1]:
            first, nullable = _opening(branch)
            chars |= first
            empty = empty or nullable
        return chars, empty
    if op is constants.SUBPATTERN:
        _, add_flags, _, items = arg
        if add_flags & re.IGNORECASE:
            raise _Unread(op)
        return _opening(items)
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
        low, _, items = arg
        first, empty = _opening(items)
        return first, empty or low == 0
    if op is constants.ATOMIC_GROUP:
        return _opening(arg)
    raise _Unread(op)


def _class_members(items: Any) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        if op is constants.LITERAL:
            chars.add(chr(arg))
        elif op is constants.RANGE and arg[1] - arg[0] < _WIDEST_RANGE:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:  # a negated class, a category ("\\w"), a wide range
            raise _Unread(op)
    return chars


def _lookbehinds(branch: str) -> tuple[str, str]:
    """The lookbehinds (`(?<=...)`, `(?<!...)`) opening `branch`, and the rest of it."""
    rest = branch
    while rest.startswith(("(?<=", "(?<!")):
        rest = rest[_closing(rest) + 1 :]
    return branch[: len(branch) - len(rest)], rest


def _first(branch: str) -> set[str]:
    if branch.startswith("(?:"):
        close = _closing(branch)
        if branch[close + 1 : close + 2] in _OPTIONAL:
            raise ValueError(f"optional group opens {branch!r}")
        return {char for inner in _branches(branch[3:close]) for char in _first(inner)}
    if not branch or branch[0] in "\\[(.^$|)" or branch[1:2] in _OPTIONAL:
        raise ValueError(f"cannot read the first character of {branch!r}")
    return {branch[0]}


def _branches(source: str) -> list[str]:
    """`source` cut at its top-level `|`."""
    branches: list[str] = []
    begin = 0
    for at, char, depth in _scan(source):
        if char == "|" and depth == 0:
            branches.append(source[begin:at])
            begin = at + 1
    branches.append(source[begin:])
    return branches


def _closing(source: str) -> int:
    """The index of the `)` closing the group that opens `source`."""
    for at, char, depth in _scan(source):
        if char == ")" and depth == 0:
            return at
    raise ValueError(f"unbalanced group in {source!r}")


def _scan(source: str) -> Iterator[tuple[int, str, int]]:
    """Each character of `source` that is neither escaped nor inside a class, with its place
    and the group depth after it (a `)` is given with the depth it returns to)."""
    depth = at = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 1
        elif char == "[":
            at = source.index("]", at + 2)
        else:
            depth += 1 if char == "(" else -1 if char == ")" else 0
            yield at, char, depth
        at += 1

"""First-character gates for the patterns that scan whole sentences.

sre tries a pattern that opens with `\\b` and an alternation of words at every position of the
text, testing the words one by one; a lookahead for a class of the characters a match can start
with (`(?=[...])`) turns most positions away with one test, and finds the same matches. The
class is read off the words (`initials`), so the gate follows them when they change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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

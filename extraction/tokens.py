"""The one tokenizer actors and places are matched on, and the longest-match scan over it.

A report is tokenized once; the gazetteer's actor and place indexes are both matched on the
result. Tokens are held as parallel lists (one list per field) rather than one object per
word: a report has thousands of words, and building a list entry is far cheaper than building
an object, while matching reads keys in runs (`keys[i:i + n]`), which a list slice gives at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from extraction import names

H = TypeVar("H")

_WORD = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?")


@dataclass(frozen=True)
class Tokens:
    """Normalised words with the spans they were written at: token `i` is `keys[i]`, written
    at `text[starts[i]:ends[i]]`, capitalised when `capitals[i]` (a name can start there)."""

    keys: list[str]
    starts: list[int]
    ends: list[int]
    capitals: list[bool]

    def __len__(self) -> int:
        return len(self.keys)


def tokens(text: str, start: int, end: int) -> Tokens:
    """The normalised tokens of `text[start:end]` that actor and place names are matched on."""
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    capitals: list[bool] = []
    for match in _WORD.finditer(text, start, end):
        parts, capital = _word(match.group())
        lo, hi = match.span()
        for part in parts:  # a hyphenated word gives several tokens with the word's span
            keys.append(part)
            starts.append(lo)
            ends.append(hi)
            capitals.append(capital)
    return Tokens(keys, starts, ends, capitals)


@lru_cache(maxsize=65536)
def _word(written: str) -> tuple[tuple[str, ...], bool]:
    """A written word's normal parts, and whether it is capitalised (after an "al-" article)."""
    if len(written) > 64:  # no name is this long: one opaque, uncapitalised token
        return (written.lower(),), False
    stem = written.split("-")[-1] if written[:3].lower() in ("al-", "el-") else written
    return names.sub_tokens(written), stem[:1].isupper() or stem[:1].isdigit()


def longest_first(
    tokens: Tokens, match_at: Callable[[int], tuple[int, H] | None]
) -> Iterator[tuple[int, int, H]]:
    """Left to right, the longest match starting at each capitalised token, as (index, length,
    match); the tokens a match covers are not matched again. Every name starts with a capital,
    so `match_at` is only asked about capitalised tokens."""
    capitals = tokens.capitals
    index, count = 0, len(tokens)
    while index < count:
        if not capitals[index]:
            index += 1
            continue
        hit = match_at(index)
        if hit is None:
            index += 1
            continue
        length, value = hit
        yield index, length, value
        index += length

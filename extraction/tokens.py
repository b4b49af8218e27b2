"""The one tokenizer actors and places are matched on, and the longest-match scan over it.

A report is tokenized once; the gazetteer's actor and place indexes are both matched on the
result. Tokens are held as parallel lists (one list per field) rather than one object per
word: a report has thousands of words, and building a list entry is far cheaper than building
an object, while matching reads keys in runs (`keys[i:i + n]`), which a list slice gives at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from extraction import names

H = TypeVar("H")


@dataclass(frozen=True)
class Tokens:
    """Normalised words with the spans they were written at: token `i` is `keys[i]`, written
    at `text[starts[i]:ends[i]]`, capitalised when `capitals[i]` (a name can start there)."""

    keys: list[str]
    starts: list[int]
    ends: list[int]
    capitals: list[bool]
    #: The indices of the capitalised tokens, in order: the only ones a name can start at, so
    #: the longest-match scan visits these and not every word.
    capital_at: list[int]

    def __len__(self) -> int:
        return len(self.keys)


def tokens(text: str, start: int, end: int) -> Tokens:
    """The normalised tokens of `text[start:end]` that actor and place names are matched on."""
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    capitals: list[bool] = []
    capital_at: list[int] = []
    word = _word
    for match in names.WORD.finditer(text, start, end):
        parts, capital = word(match.group())
        lo, hi = match.span()
        if capital:
            capital_at.append(len(keys))
        if len(parts) == 1:  # the common case, without the inner loop
            keys.append(parts[0])
            starts.append(lo)
            ends.append(hi)
            capitals.append(capital)
            continue
        for index, part in enumerate(parts):  # a hyphenated word: several tokens, one span
            if capital and index:
                capital_at.append(len(keys))
            keys.append(part)
            starts.append(lo)
            ends.append(hi)
            capitals.append(capital)
    return Tokens(keys, starts, ends, capitals, capital_at)


@lru_cache(maxsize=65536)
def _word(written: str) -> tuple[tuple[str, ...], bool]:
    """A written word's normal parts, and whether it is capitalised (after an "al-" article)."""
    if len(written) > 64:  # no name is this long: one opaque, uncapitalised token
        return (written.lower(),), False
    stem = written.split("-")[-1] if written[:3].lower() in ("al-", "el-") else written
    return names.sub_tokens(written), stem[:1].isupper() or stem[:1].isdigit()


class StartWords(dict[str, bool]):
    """Which normal words a name of an index can start with, asked of `test` once per word:
    `words[key]`. Words recur across reports, so the answers are kept (up to a bound)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, key: str) -> bool:
        if len(self) >= _MAX_WORDS:
            self.clear()
        value = self[key] = self._test(key)
        return value


_MAX_WORDS = 65536


def longest_first(
    tokens: Tokens, match_at: Callable[[int], tuple[int, H] | None], starts: StartWords | None = None
) -> Iterator[tuple[int, int, H]]:
    """Left to right, the longest match starting at each capitalised token, as (index, length,
    match); the tokens a match covers are not matched again. Every name starts with a capital,
    so `match_at` is only asked about capitalised tokens, and, when `starts` is given, only
    about those whose word a match can start with (`match_at` returns None for the others)."""
    keys = tokens.keys
    covered = 0
    for index in tokens.capital_at:
        if index < covered or (starts is not None and not starts[keys[index]]):
            continue
        hit = match_at(index)
        if hit is None:
            continue
        length, value = hit
        yield index, length, value
        covered = index + length

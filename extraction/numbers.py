"""Amounts in report text: digits ("2,500", "9 million"), words ("three", "twenty-five"),
vague amounts ("dozens") and the qualifier written before them ("at least", "more than").

Vague amounts keep the word as written and get a conventional floor value (the smallest
number the word can honestly mean), documented in docs/extraction.md:
several/a few/a handful 3, dozens 24, scores 40, hundreds 200, thousands 2000,
tens of thousands 20000, hundreds of thousands 200000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extraction.casefold import lowered
from extraction.initials import by_initial

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE_FLOORS = {
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "dozens": 24, "scores": 40,
    "hundreds": 200, "thousands": 2_000, "several": 3, "a few": 3, "a handful": 3,
}  # fmt: skip
FIXED = {"a dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1_000}

QUALIFIERS = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "more than": "more_than", "over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "above": "more_than",
    "about": "about", "around": "about", "some": "about", "approximately": "about",
    "roughly": "about", "nearly": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "estimated at": "about", "approx.": "about",
    "up to": "up_to", "as many as": "up_to", "no more than": "up_to", "at most": "up_to",
    "fewer than": "up_to", "less than": "up_to",
}  # fmt: skip


def _alternation(words: object) -> str:
    keys = sorted((str(word) for word in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(key).replace(r"\ ", r"\s+") for key in keys)


_WORD_NUMBER = rf"(?:(?:{_alternation(TENS)})(?:[-\s](?:{_alternation(UNITS)}))?|(?:{_alternation(UNITS)}))"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = rf"(?:\s+(?:{_alternation(SCALES)}))?"
_AMOUNT = rf"(?:{_DIGITS}|{_WORD_NUMBER}){_SCALE}"
_VAGUE = rf"(?:{_alternation(VAGUE_FLOORS)})"
_FIXED = rf"(?:{_alternation(FIXED)})"
_QUALIFIER = rf"(?:{_alternation(QUALIFIERS)})"

_WORD_SEPARATOR = re.compile(r"[-\s]+")

NUMBER_RE = re.compile(
    rf"(?i)\b(?:(?P<qualifier>{_QUALIFIER})\s+[\"“]?)?(?P<another>another\s+)?"
    rf"(?:(?P<fixed>{_FIXED})|(?P<vague>{_VAGUE})|(?P<amount>{_AMOUNT}))\b"
    rf"(?P<plus>\+|\s+or\s+more)?"
)


@dataclass(frozen=True)
class Amount:
    """One amount found in text; `start`/`end` cover qualifier and number as written."""

    start: int
    end: int
    number_start: int
    value: int
    qualifier: str
    vague: str | None
    another: bool


@lru_cache(maxsize=4096)
def parse_amount(written: str) -> int | None:
    """The integer value of "2,500", "9 million", "twenty-five", "three hundred". Kept per
    amount as written: few recur more ("three", "two", "dozens")."""
    parts = lowered(written).replace(",", "").split()
    if not parts:
        return None
    scale = 1
    if parts[-1] in SCALES and len(parts) > 1:
        scale = SCALES[parts.pop()]
    head = " ".join(parts)
    if len(head) > 15:  # no count in a report is this long ("1111...": a code, not an amount)
        return None
    try:
        return round(float(head) * scale)
    except ValueError:
        pass
    words = _WORD_SEPARATOR.split(head)
    total = 0
    for word in words:
        if word in TENS:
            total += TENS[word]
        elif word in UNITS:
            total += UNITS[word]
        else:
            return None
    return total * scale


#: The first word of every amount as written ("2,500", "three", "dozens", "tens of thousands")
#: is a word of this set or starts with a digit; "a" and "half" open one only before these words
#: ("a dozen", "a few", "half a dozen").
_AMOUNT_FIRST_WORDS = frozenset(
    {"tens", "hundreds", "dozens", "scores", "thousands", "several", *UNITS, *TENS}
)
_AFTER_A = frozenset({"dozen", "hundred", "thousand", "few", "handful"})
#: The words a qualifier and "another" are written with ("no fewer than another five").
_WORDS_BEFORE = frozenset(
    word for phrase in (*QUALIFIERS, "another") for word in re.findall(r"\w+", phrase)
)
#: A whole word that opens an amount: one starting with a digit, a word of
#: `_AMOUNT_FIRST_WORDS`, "a" before a word of `_AFTER_A`, "half" before "a". The words are
#: gathered by their first letter (`initials.by_initial`): tried at every word of every sentence,
#: a word is held against the few that open with its letter.
_OPENER = re.compile(
    rf"(?<!\w)(?:\d\w*|(?:{by_initial('|'.join(sorted(_AMOUNT_FIRST_WORDS)))})(?!\w)"
    rf"|a(?=\W+(?:{'|'.join(sorted(_AFTER_A))})(?!\w))|half(?=\W+a(?!\w)))"
)
#: In a reversed sentence, the word before a point: "least at" in "ta tsael" read backwards.
_WORD_BACKWARDS = re.compile(r"\W+(\w+)")
_WORDS_BEFORE_BACKWARDS = frozenset(word[::-1] for word in _WORDS_BEFORE)


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every amount in `text[start:end]` with its qualifier, in order."""
    end = len(text) if end is None else end
    found: list[Amount] = []
    cursor = start
    for at in _match_starts(text, start, end):
        if at < cursor:
            continue
        match = NUMBER_RE.match(text, at, end)
        if match is None:
            continue
        cursor = match.end()
        amount = _amount(match)
        if amount is not None:
            found.append(amount)
    return found


def _match_starts(text: str, start: int, end: int) -> list[int]:
    """Where a match of `NUMBER_RE` may start, in order: each word that can open an amount,
    and the qualifier and "another" words written right before it.

    Trying `NUMBER_RE.match` only there gives what `NUMBER_RE.finditer` gives (every match
    starts at one of these words), at a fraction of the cost: the pattern's long alternation of
    qualifiers and number words is otherwise tried at every word of every sentence.
    """
    low = lowered(text[start:end])  # every word keeps its place
    # No gate first: the opener scan costs less than a search for a digit or an amount word,
    # and finds nothing in the sentences such a search would turn away ("half" alone opens no
    # amount, so the starts it adds there match nothing).
    starts: list[int] = []
    taken = 0  # where the last opener ends: the words up to it are in `starts` already
    backwards = ""  # the sentence reversed, made when first needed
    for opener in _OPENER.finditer(low):
        at = opener.start()
        if at > taken:
            backwards = backwards or low[::-1]
            starts.extend(start + word for word in _words_before(backwards, len(low) - taken, len(low) - at))
        starts.append(start + at)
        taken = opener.end()
    return starts


def _words_before(backwards: str, floor: int, at: int) -> list[int]:
    """The starts (in the sentence, first to last) of the qualifier and "another" words written
    right before `at`: read forwards in the reversed sentence `backwards` (where `at` and the
    limit `floor` are offsets from the sentence's end), as a pattern can look backwards only
    by trying every start."""
    found: list[int] = []
    while (word := _WORD_BACKWARDS.match(backwards, at, floor)) is not None:
        if word.group(1) not in _WORDS_BEFORE_BACKWARDS:
            break
        at = word.end()
        found.append(len(backwards) - at)
    found.reverse()
    return found


def _amount(match: re.Match[str]) -> Amount | None:
    written, another, fixed, vague_word, amount, plus = match.group(
        "qualifier", "another", "fixed", "vague", "amount", "plus"
    )
    # `lowered`, not `str.lower`: the pattern matched case-insensitively, which also reads
    # "ſ" as "s" (and the Kelvin sign, dotted and dotless I), so the tables are keyed alike.
    qualifier = QUALIFIERS.get(" ".join(lowered(written).split()), "exact") if written else "exact"
    vague: str | None = None
    if vague_word:
        vague = " ".join(lowered(vague_word).split())
        value: int | None = VAGUE_FLOORS[vague]
        qualifier = "vague"
        number_start = match.start("vague")
    elif fixed:
        value = FIXED[" ".join(lowered(fixed).split())]
        number_start = match.start("fixed")
    else:
        value = parse_amount(amount)
        number_start = match.start("amount")
    if value is None:
        return None
    if plus and qualifier == "exact":
        qualifier = "at_least"
    start, end = match.span()
    return Amount(start, end, number_start, value, qualifier, vague, bool(another))

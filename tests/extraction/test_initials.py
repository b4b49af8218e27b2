"""First-character gates (`extraction.initials`): a gated pattern finds what it found ungated."""

from __future__ import annotations

import functools
import itertools
import json
import re

import pytest

from extraction import attribution, location
from extraction.initials import initials
from tests.extraction.test_devset import DEVSET

#: Every pattern that scans whole sentences behind a first-character gate.
GATED = {
    "attribution._VERB": attribution._VERB,
    "location._AFTER_PREP": location._AFTER_PREP,
    "location._LOCATIVE_BEFORE": location._LOCATIVE_BEFORE,
    "location._NAME_TYPE": location._NAME_TYPE,
    "location._OWNED": location._OWNED,
}
_GATE = re.compile(r"\(\?=(?:\(\?i:)?\[([^\]]*)\]\)?\)")
#: Letters that case-insensitive matching equates with ASCII ones ("ſ" with "s", the Kelvin
#: sign with "k", dotted and dotless I with "i"): a gate must let them through where the
#: pattern would.
_ODD_CASES = {"s": "ſ", "k": "\u212a", "i": "ı"}
_BEFORE = (" ", "x", "-")
_AFTER = (" the East Abyei", "'s North Cd district", " Ab Town,", " the toll", "ed")


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    gates = _GATE.findall(pattern.pattern)
    assert len(gates) == 1, pattern.pattern
    return re.compile(_GATE.sub("", pattern.pattern, count=1))


def _variants(word: str) -> list[str]:
    odd = "".join(_ODD_CASES.get(char, char) for char in word)
    return [word, word.capitalize(), word.upper(), odd, "İ" + word[1:] if word[0] == "i" else odd.title()]


def _corpus() -> list[str]:
    """Every word the gated patterns are written with, in every case, after and before what a
    match needs (or must not have), joined into short texts; and the development reports."""
    sources = " ".join(pattern.pattern for pattern in GATED.values())
    words = sorted(set(re.findall(r"[a-z]{2,}", sources)))
    capitals = [f"{letter}bc" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    capitals += [f"{article}-Abc" for article in re.findall(r"\w+", location._ARTICLE)]
    fragments = [
        f"{before}{variant}{after}"
        for word in words + capitals
        for variant in _variants(word)
        for before, after in itertools.product(_BEFORE, _AFTER)
    ]
    texts = [" ".join(fragments[at : at + 40]) for at in range(0, len(fragments), 40)]
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    return texts + [(DEVSET / entry["file"]).read_text(encoding="utf-8") for entry in manifest]


CORPUS = _corpus()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    if not pattern.pattern.endswith("$"):
        return [(match.span(), match.groups()) for match in pattern.finditer(text)]
    # An end-anchored pattern is searched in the words before a point, as its caller does.
    ends = (space.end() for space in re.finditer(r"\s", text))
    searched = (pattern.search(text, max(0, end - 60), end) for end in ends)
    return [(match.span(), match.groups()) for match in searched if match is not None]


@functools.cache
def _expected(ungated: re.Pattern[str]) -> list[list[tuple[tuple[int, int], tuple[str | None, ...]]]]:
    return [_found(ungated, text) for text in CORPUS]


def _differs(gated: re.Pattern[str], ungated: re.Pattern[str]) -> bool:
    return any(_found(gated, text) != found for text, found in zip(CORPUS, _expected(ungated), strict=True))


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_pattern_finds_what_it_finds_ungated(name: str) -> None:
    pattern = GATED[name]
    assert not _differs(pattern, _ungated(pattern))


@pytest.mark.parametrize("name", sorted(GATED))
def test_the_corpus_catches_a_gate_missing_any_initial(name: str) -> None:
    """Each character dropped from the gate changes what is found on the corpus: the test
    above would catch a gate built too narrow."""
    pattern = GATED[name]
    body = _GATE.search(pattern.pattern)
    assert body is not None
    chars = _members(body.group(1))
    ungated = _ungated(pattern)
    for char in chars:
        wrong = "".join(re.escape(other) for other in sorted(chars - {char}))
        source = pattern.pattern[: body.start(1)] + wrong + pattern.pattern[body.end(1) :]
        assert _differs(re.compile(source), ungated), char


def _members(body: str) -> set[str]:
    """The characters of a class body made of letters and ranges ("A-Zae")."""
    ranges = re.findall(r"(.)-(.)", body)
    singles = re.sub(r".-.", "", body)
    return set(singles) | {chr(code) for lo, hi in ranges for code in range(ord(lo), ord(hi) + 1)}


def test_initials_reads_the_first_letter_of_every_branch() -> None:
    assert initials("said|told", r"(?:put|gave)\s+the|warned") == "gpstw"
    assert initials("al|el") == "ae"


@pytest.mark.parametrize("source", ["a?b|c", r"(?:a|b)?c", r"\bsaid", "said|", "[st]old", "(said)"])
def test_initials_refuses_branches_it_cannot_read(source: str) -> None:
    with pytest.raises(ValueError):
        initials(source)

"""Patterns rewritten to scan faster (`initials.boundary_first`, `word_start`, `by_initial`, and a
few whole-report scans of `speakers` made to open with a class): each finds, on every text, the
same matches with the same groups as the pattern as written."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from types import ModuleType
from unittest import mock

import pytest

from extraction import attribution, dating, kinds, numbers, speakers, talks
from extraction.casefold import lowered
from extraction.initials import boundary_first, by_initial, opening, word_start
from extraction.names import ORG_WORDS
from extraction.sentences import split
from tests.extraction.test_devset import DEVSET


def _as_written(name: str) -> ModuleType:
    """A fresh copy of `extraction.<name>` built with the rewriting helpers turned off."""
    spec = importlib.util.find_spec(f"extraction.{name}")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    with (
        mock.patch("extraction.initials.word_start", lambda source: source),
        mock.patch("extraction.initials.by_initial", lambda source: source),
    ):
        spec.loader.exec_module(module)
    return module


_KINDS, _TALKS, _ATTRIBUTION = _as_written("kinds"), _as_written("talks"), _as_written("attribution")
_NUMBERS, _DATING = _as_written("numbers"), _as_written("dating")

#: (rewritten, as written, whether it is searched in lowered text)
PAIRS: dict[str, tuple[re.Pattern[str], re.Pattern[str], bool]] = {
    "talks._FOLLOW_UP": (talks._FOLLOW_UP, _TALKS._FOLLOW_UP, True),
    "attribution._VERB": (attribution._VERB, _ATTRIBUTION._VERB, False),
    "numbers._OPENER": (numbers._OPENER, _NUMBERS._OPENER, True),
    "dating._OPENER": (dating._OPENER, _DATING._OPENER, False),
    "dating._OPENER_FOLDED": (dating._OPENER_FOLDED, _DATING._OPENER_FOLDED, True),
}
for _new, _old in zip(kinds.PATTERNS, _KINDS.PATTERNS, strict=True):
    PAIRS[f"kinds.{_new.rule}"] = (_new.folded, _old.folded, True)
for _at, ((_status, _cue), (_, _written)) in enumerate(zip(talks.CUES, _TALKS.CUES, strict=True)):
    PAIRS[f"talks.{_status}[{_at}]"] = (_cue, _written, True)


def _corpus() -> list[str]:
    """The development reports' sentences, and salads of every word the patterns are written
    with (with letters case-insensitive matching equates), after and before what a match may
    need or refuse."""
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    reports = [(DEVSET / entry["file"]).read_text(encoding="utf-8") for entry in manifest]
    sentences = [text[s.start : s.end] for text in reports for s in split(text)]
    sources = " ".join(old.pattern for _, old, _ in PAIRS.values())
    words = sorted(set(re.findall(r"[a-z]{2,}", sources)))
    # What lookbehinds refuse ("not fired on", "air raid"), before every word.
    behind = sorted(
        {word for body in re.findall(r"\(\?<[!=]([^)]*)\)", sources) for word in re.findall(r"[a-z']+", body)}
    )
    variants = [v for word in words for v in (word, word.capitalize(), word.replace("s", "ſ"))]
    variants += [f"{before} {word}" for word in words for before in behind]
    joins = (" ", "  ", ", ", "-", "", " not ", " the ", "\n", ". ", " 3 ", " Σ ", " on ", " of the ")
    salads = [
        "".join(itertools.chain.from_iterable(zip(variants[at : at + 30], itertools.cycle(joins))))
        for at in range(0, len(variants), 11)
    ]
    return sentences + salads + ["", " ", "a", "said", "x said"]


CORPUS = _corpus()
LOWERED = [lowered(text) for text in CORPUS]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_a_rewritten_pattern_finds_what_the_pattern_as_written_finds(name: str) -> None:
    new, old, folded = PAIRS[name]
    assert new.pattern != old.pattern or name.startswith(("kinds.", "talks.")), "nothing rewritten"
    for text in LOWERED if folded else CORPUS:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ], text


def test_the_costliest_cues_are_rewritten() -> None:
    for new, old, _ in (PAIRS["kinds.attack_noun"], PAIRS["kinds.gunfire"], PAIRS["kinds.deployment"]):
        assert new.pattern.startswith(r"\b(?=[") and new.pattern != old.pattern


def test_boundary_first_writes_the_boundary_once() -> None:
    assert boundary_first(r"\bab|(?<!x )\bcd|(?<=y)(?<!z)\be") == r"\b(?:ab|(?<!x )cd|(?<=y)(?<!z)e)"
    for source in (r"\bab", r"\bab|cd", r"ab|\bcd", r"\b?ab|\bcd", r"(?:\bab|\bcd)"):
        assert boundary_first(source) == source


def test_word_start_gates_on_the_first_characters_after_the_boundary() -> None:
    assert word_start(r"\bab|\bcd") == r"\b(?=[ac])(?:ab|cd)"
    assert word_start(r"(?<!not )\bfire|\bgun\s?fire") == r"\b(?=[fg])(?:(?<!not )fire|gun\s?fire)"
    assert word_start(r"ab|cd") == "ab|cd"  # no boundary to follow
    assert word_start(r"\b\w+|\bab") == r"\b(?:\w+|ab)"  # a category: no gate


@pytest.mark.parametrize(
    ("source", "chars"),
    [
        ("ab|cd", "ac"),
        (r"(?:x|y)?z", "xyz"),
        (r"\b(?<!q)(?=w)[a-c]d", "abc"),
        (r"e{0,2}f", "ef"),
        (r"\-|\.", r"\-\."),
        ("a?", None),
        (r"\w", None),
        ("[^a]", None),
        (".", None),
        ("(?i:a)", None),
        ("(?i)a", None),
        (r"(a)\1", "a"),
    ],
)
def test_opening_reads_the_first_characters(source: str, chars: str | None) -> None:
    assert opening(source) == chars


def test_by_initial_gathers_branches_by_their_first_letter() -> None:
    assert by_initial("said|told|says|tells|posted") == "s(?:aid|ays)|t(?:old|ells)|posted"
    assert by_initial("a|ab|b") == "a(?:|b)|b"
    assert by_initial(r"(?:x|y)\s+z|a|ab") == r"(?:x|y)\s+z|a(?:|b)"
    # A branch opening otherwise is never passed: the source is kept as written.
    assert by_initial("a|(?:b|c)|ab") == "a|(?:b|c)|ab"
    assert by_initial("a?b|ac|ab") == "a?b|a(?:c|b)"
    assert by_initial(r"\d|ab|ac") == r"\d|a(?:b|c)"
    assert by_initial("ab|Ac|ad") == "ab|Ac|ad"  # one letter in both cases: kept as written


#: Whole-report scans of `speakers` rewritten to open with a class (sre then tries them at the
#: capitals only), against their sources as first written.
_OPENING_WITH_A_CLASS = {
    "_DEFINED": (
        speakers._DEFINED,
        r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on|de|al|el)\s+)*)+)\((?P<acronym>[A-Z]{2,8})\)",
    ),
    "_WRITTEN_BODY": (
        speakers._WRITTEN_BODY,
        r"(?<![\w'’])(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w-]*)[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*)+"
        rf"(?:{'|'.join(sorted(ORG_WORDS, key=len, reverse=True))})\b"
        r"(?:[ \t]+(?:of|for|on)(?:[ \t]+the)?[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)?",
    ),
}


def _reports() -> list[str]:
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    reports = [(DEVSET / entry["file"]).read_text(encoding="utf-8") for entry in manifest]
    odd = [
        "A.B. Ministry of Defence (MOD)",
        "x'A Ministry",
        "’A Ministry",
        "U.N. Security Council",
        "Ab (CD)",
    ]
    return reports + [text.upper() for text in reports] + odd + CORPUS


@pytest.mark.parametrize("name", sorted(_OPENING_WITH_A_CLASS))
def test_a_scan_opening_with_a_class_finds_what_it_found(name: str) -> None:
    new, source = _OPENING_WITH_A_CLASS[name]
    old = re.compile(source)
    for text in _reports():
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ]


@pytest.mark.parametrize("surname", ["Laurent", "Haniyeh", "Abu", "Cain"])
def test_a_full_name_is_found_as_before(surname: str) -> None:
    new = re.compile(rf"([A-Z][a-z'’-]+\s+(?:[A-Z][a-z'’-]+\s+)?){re.escape(surname)}\b")
    old = re.compile(rf"((?:[A-Z][a-z'’-]+\s+){{1,2}}){re.escape(surname)}\b")
    texts = [*_reports(), f"Prefect Amelie {surname} said", f"McCain {surname} and Anna {surname} {surname}"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ]

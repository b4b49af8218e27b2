"""Cheap tests that let a sentence skip a costly pattern (attribution's "according to" and "in a
statement", location's typed place names) must never skip one the pattern would match: else
the claims change. Each gate is checked against its pattern on many sentences, clauses and
word salads, in every case and with the letters case-insensitive matching folds."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench.perf.corpus import reports
from extraction import attribution, location
from extraction.casefold import lowered
from extraction.sentences import split
from tests.extraction.test_devset import DEVSET

#: Words and separators the gated patterns are made of, and near misses of them.
_PIECES = (
    "according", "to", "in", "a", "its", "the", "joint", "statement", "statements", "said",
    "town", "downtown", "city", "capacity", "province", "provinces", "state", "State", "statehood",
    "area", "areas", "camp", "campaign", "region", "regional", "district", "of", "Neighbourhood",
    "neighborhood", "Oblast", "Goma", "Al-Qa'im", "al-Bab", "Kyiv's", "Baghdad’s", "east", "northern",
    "in a statement", "In its joint statement", "according to", "ACCORDING TO", "the town of",
    "the eastern province of", "Anbar province", "Sheikh Maqsoud neighbourhood", "Gezira STATE",
)  # fmt: skip
_SEPARATORS = (" ", "  ", "\n", "\t", "\u00a0", "-", ",", ".", "'", "’", "", "(", ")")


def _odd(text: str, count: int = 5) -> str:
    """Letters case-insensitive matching equates with ASCII ones (the first `count` of each)."""
    return (
        text.replace("s", "ſ", count).replace("k", "\u212a", count).replace("i", "ı", count)
        .replace("I", "İ", count)
    )  # fmt: skip


def _salads(rng: random.Random, count: int) -> list[str]:
    salads = []
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 10))]
        salad = "".join(word + rng.choice(_SEPARATORS) for word in words)
        salads.append(_odd(salad, rng.choice((1, -1))) if rng.random() < 0.3 else salad)
    return salads


@pytest.fixture(scope="module")
def spans(seeds_dir: Path) -> list[tuple[str, int, int]]:
    """(text, start, end) of sentences, of clauses cut at random inside them, and of salads."""
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    texts = [(DEVSET / entry["file"]).read_text(encoding="utf-8") for entry in manifest]
    seeds = json.loads((seeds_dir / "reports.json").read_text(encoding="utf-8"))
    texts += [(seeds_dir / entry["file"]).read_text(encoding="utf-8") for entry in seeds]
    texts += [report["text"] for report in reports(100, seed=5)]
    texts = [variant for text in texts for variant in (text, text.upper(), text.lower(), _odd(text))]
    rng = random.Random(4)
    found: list[tuple[str, int, int]] = []
    for text in texts:
        for sentence in split(text):
            found.append((text, sentence.start, sentence.end))
            cut = rng.randint(sentence.start, sentence.end)
            found += [(text, sentence.start, cut), (text, cut, sentence.end)]
    found += [(salad, 0, len(salad)) for salad in _salads(rng, 5000)]
    return found


def test_according_to_is_searched_wherever_it_can_match(spans: list[tuple[str, int, int]]) -> None:
    matched = 0
    for text, start, end in spans:
        span = text[start:end]
        if attribution._ACCORDING.search(span) is not None:
            matched += 1
            assert "according" in lowered(span), span
    assert matched > 100  # the patterns were put to the test


def test_in_a_statement_as_the_pattern_says(spans: list[tuple[str, int, int]]) -> None:
    matched = 0
    for text, start, end in spans:
        span = text[start:end]
        expected = attribution._IN_STATEMENT.search(span) is not None
        matched += expected
        assert attribution._in_statement(span) == expected, span
    assert matched > 100


def test_typed_places_are_searched_wherever_they_can_match(spans: list[tuple[str, int, int]]) -> None:
    matched = 0
    for text, start, end in spans:
        typed = location._TYPE_OF.search(text, start, end) or location._NAME_TYPE.search(text, start, end)
        if typed is not None:
            matched += 1
            assert location._TYPE_WORD_WRITTEN.search(lowered(text[start:end])), text[start:end]
    assert matched > 100


def test_the_place_type_gate_turns_away_words_that_only_hold_a_type() -> None:
    """What the gate is for: "statement", "areas" and "campaign" do not send a clause to the
    typed-place patterns, a type word written alone does."""
    for clause in ("the ministry said in a statement", "in several areas", "a campaign of raids"):
        assert location._TYPE_WORD_WRITTEN.search(lowered(clause)) is None
    for clause in ("in Anbar province", "the town of Goma", "in Gezira State,", "the Kharkiv oblast-"):
        gated = location._TYPE_WORD_WRITTEN.search(lowered(clause)) is not None
        assert gated == (not clause.endswith("-")), clause

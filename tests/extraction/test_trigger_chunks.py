"""Kind cues read a sentence's trigger words one whitespace-separated chunk at a time
(`kinds.written_mask`, memo per chunk): the same mask, and so the same cues, as testing every
trigger word against the whole lowered sentence."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench.perf.corpus import reports
from extraction import kinds
from extraction.casefold import lowered
from extraction.kinds import _ALL_TRIGGERS, _WORD_MASKS, find_cues, mask_quotes, triggers_in, written_mask
from extraction.sentences import split
from tests.extraction.test_devset import DEVSET

#: Whitespace `str.split` cuts at, beyond the space: a chunk must end where it does.
_SPACES = (" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028")
#: Joiners that are not whitespace: a trigger may be written across them ("u.s.", "saudi-led").
_JOINERS = ("", "-", ".", ",", "'", "’", "\u200b", "/", '"')


def _reference(folded: str) -> int:
    """The mask as the pipeline read it before: every trigger word tested against the text."""
    written = 0
    for word in _ALL_TRIGGERS:
        if word in folded:
            written |= _WORD_MASKS[word]
    return written


def _odd(text: str) -> str:
    """Letters case-insensitive matching equates with ASCII ones, and a Greek capital sigma
    (whose lower case depends on the letters around it)."""
    return (
        text.replace("s", "ſ", 9).replace("k", "\u212a", 5).replace("i", "ı", 5)
        .replace("I", "İ", 5).replace("a", "Σ", 3)
    )  # fmt: skip


def _texts(seeds_dir: Path) -> list[str]:
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    base = [(DEVSET / entry["file"]).read_text(encoding="utf-8") for entry in manifest]
    seeds = json.loads((seeds_dir / "reports.json").read_text(encoding="utf-8"))
    base += [(seeds_dir / entry["file"]).read_text(encoding="utf-8") for entry in seeds]
    base += [report["text"] for report in reports(200, seed=11)]
    rng = random.Random(8)
    texts: list[str] = []
    for text in base:
        words = text.split()
        rng.shuffle(words)
        texts += [text, text.upper(), text.lower(), _odd(text), " ".join(words)]
    # Word salads of trigger words and their neighbours, cut and joined every way.
    pieces = [*_ALL_TRIGGERS, *(word.upper() for word in _ALL_TRIGGERS), "cease", "gun", "battle", "not"]
    for _ in range(3000):
        salad = ""
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(pieces)
            if rng.random() < 0.3:
                cut = rng.randint(0, len(word))
                word = word[:cut] + rng.choice(_JOINERS + _SPACES) + word[cut:]
            salad += word + rng.choice(_JOINERS + _SPACES)
        texts.append(_odd(salad) if rng.random() < 0.2 else salad)
    return texts


@pytest.fixture(scope="module")
def texts(seeds_dir: Path) -> list[str]:
    return _texts(seeds_dir)


def test_chunks_give_every_trigger_word(texts: list[str]) -> None:
    for text in texts:
        spans = [(s.start, s.end) for s in split(text)] + [(0, len(text))]
        for start, end in spans:
            folded = lowered(text[start:end])
            assert written_mask(folded) == _reference(folded), text[start:end]


def test_the_memo_is_read_and_refilled_alike(texts: list[str]) -> None:
    kinds._CHUNK_MASKS.clear()
    first = [written_mask(lowered(text)) for text in texts[:300]]
    assert kinds._CHUNK_MASKS  # filled
    assert [written_mask(lowered(text)) for text in texts[:300]] == first
    kinds._CHUNK_MASKS.clear()
    assert [written_mask(lowered(text)) for text in texts[:300]] == first


def test_cues_as_before(texts: list[str]) -> None:
    """`find_cues` without trigger words gives what it gave with every trigger word, or with
    the report's own (`triggers_in`, which the pipeline passed before)."""
    for text in texts[:2000]:
        report = triggers_in(text)
        for sentence in split(text):
            start, end = sentence.start, sentence.end
            masked = mask_quotes(text, start, end)
            cues = find_cues(text, start, end, masked)
            assert cues == find_cues(text, start, end, masked, _ALL_TRIGGERS)
            assert cues == find_cues(text, start, end, masked, report)


def test_spaced_triggers_are_tested_whole() -> None:
    assert set(kinds._SPACED_TRIGGERS) == {word for word in _ALL_TRIGGERS if " " in word}
    assert written_mask("a gun battle") == _reference("a gun battle")
    assert written_mask("a gun battle") != written_mask("a gun\nbattle")  # "\n" is no " "

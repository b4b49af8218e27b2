"""`casefold.folded_pattern`: a case-insensitive pattern run case-sensitively on lowered text
finds the same spans, which several steps rely on to search faster."""

from __future__ import annotations

import datetime
import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import Gazetteer, dating, extract, kinds, talks
from extraction.casefold import folded_pattern, lowered

#: Every code point that has a case or that `lowered` changes: the only ones case-insensitive
#: matching, or lowering, can treat otherwise than as themselves.
_CASED = "".join(
    char
    for char in map(chr, range(sys.maxunicode + 1))
    if char.lower() != char or char.upper() != char or lowered(char) != char
)
_LOWERED = lowered(_CASED)


def test_lowering_keeps_every_length() -> None:
    assert len(_LOWERED) == len(_CASED)


def test_a_character_matches_a_letter_case_insensitively_exactly_when_lowered_to_it() -> None:
    for letter in string.ascii_lowercase:
        insensitive = [m.start() for m in re.finditer(letter, _CASED, re.IGNORECASE)]
        assert insensitive == [m.start() for m in re.finditer(letter, _LOWERED)], letter


@pytest.mark.parametrize("cls", [r"\w", r"\s", r"\d", "[a-z]", "[^a-z]", "[^.;]", r"[\w’'-]", r"[^\W_]"])
def test_classes_see_the_same_in_lowered_text(cls: str) -> None:
    insensitive = [m.start() for m in re.finditer(cls, _CASED, re.IGNORECASE)]
    assert insensitive == [m.start() for m in re.finditer(cls, _LOWERED)]


def test_refuses_what_lower_casing_would_change() -> None:
    for pattern in (r"\W+", r"(?i)\S", r"a(?-i:B)", r"(?P<Name>x)", r"\(?x"):
        with pytest.raises(ValueError):
            folded_pattern(pattern)
    assert folded_pattern(r"(?i)(?P<verb>Said)\s+(?P=verb)").pattern == r"(?P<verb>said)\s+(?P=verb)"


_FOLDED = [
    *((rule.regex, rule.folded) for rule in kinds.PATTERNS),
    (re.compile(dating._OPENER.pattern), dating._OPENER_FOLDED),
    *((re.compile(cue.pattern, re.IGNORECASE), cue) for _, cue in talks.CUES),
]
_WORDS = st.sampled_from(
    [
        "Air strike", "STRUCK", "fired at", "ſhelling", "İncursion", "talks", "CEASEFIRE", "agreed to a",
        "truce", "has held", "After", "which", "called for", "withdrawal", "US", "u.s.", "attack", "not",
        "K", "ı", "’", " ", " ", ", ", ". ", "-", "\n", "Σ", "é",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=30).map("".join))
def test_folded_patterns_find_the_same_spans(text: str) -> None:
    low = lowered(text)
    for original, folded in _FOLDED:
        assert [m.span() for m in original.finditer(text)] == [m.span() for m in folded.finditer(low)]


@pytest.mark.parametrize(("plain", "odd"), [("s", "ſ"), ("k", "\u212a"), ("i", "ı"), ("I", "İ")])
def test_a_report_written_with_letters_matching_treats_as_ascii_is_read(plain: str, odd: str) -> None:
    # A figure's verb matched case-insensitively ("diſplaced") is looked up lowered as the match
    # saw it: `str.lower` left "ſ" as it is and the lookup failed (KeyError), ending the ingest.
    text = ("Headline\nAbout 200 people were displaced by the fighting, residents said.\n"
            "Two soldiers were killed and six wounded, and 12 were detained.\n")  # fmt: skip
    made = extract(text.replace(plain, odd), publisher="Wire", anchor=datetime.date(2025, 3, 2),
                   timezone="UTC", gazetteer=Gazetteer.load())  # fmt: skip
    assert [c.kind for c in made] == [c.kind for c in extract(text, publisher="Wire",
            anchor=datetime.date(2025, 3, 2), timezone="UTC", gazetteer=Gazetteer.load())]  # fmt: skip

"""The tagger's windowed scan wakes a family only where it can match: a digit run wakes clock
times only when written as an hour is ("10:35", "10 a.m.", "1400 GMT"), and a unit word wakes
"vague" only after "the", "these", "latest" or "same". Either way the spans must be exactly
those of one `finditer` per family over the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.timex.patterns import PATTERNS
from extraction.timex.scan import family_spans

_WORDS = [
    "the", "these", "latest", "same", "day", "days", "week", "year", "years", "quarter", "period",
    "10", "10:30", "9", "1400", "2024", "GMT", "UTC", "EST", "local", "time", "am", "a.m.", "pm",
    "p.m.", "noon", "midnight", "Monday", "ended", "to", "date", "ahead", "over", "through",
    "mid-", "end of", "early", "now", "since", "1990s", "for", "a", "while", "soon", "next", "ago",
    "later", ",", ".", "-", " ", "  ", "theſe", "tıme", "weeK", "Same",
]  # fmt: skip


def _one_scan_per_family(text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(text)] for _, pattern in PATTERNS]


#: Each phrase alone between fillers, so that no other keyword's window covers its match.
_PHRASES = [
    "at 10:35", "at 10 a.m.", "11pm", "9 p.m. EST", "10 AM", "3 P.M.", "1400 GMT", "1400 UTC",
    "1500 local time", "1500 local tıme", "these days", "Theſe days", "the year to date",
    "the same quarter", "the ſame quarter", "the latest period", "over the years", "the days ahead",
    "the week ended", "the end of the month", "the weeK to date", "25 people", "2024 households",
]  # fmt: skip
_FILLER = " filler words here" * 4


@pytest.mark.parametrize("phrase", _PHRASES)
def test_windowed_scan_matches_one_scan_per_family(phrase: str) -> None:
    text = f"{_FILLER} {phrase} {_FILLER}"
    assert family_spans(text) == _one_scan_per_family(text)
    assert any(_one_scan_per_family(text)) or phrase[0].isdigit()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from([" ", ""]))
def test_windowed_scan_matches_on_word_salads(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    assert family_spans(text) == _one_scan_per_family(text)

"""Hostile text through the date engine: arbitrary strings never raise, and work grows linearly."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.temporal import resolve
from extraction.timex import resolve_text, tag
from tests.scaling import LINEAR, growth

WORDS = st.sampled_from(["Monday", "last", "next", "week", "late", "mid-", "October", "2024",
                         "ago", "three", "the", "following", "day", "since", "night", ",", "'s", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_resolving_any_expression_never_raises(expression: str, context: str) -> None:
    when = resolve(expression, date(2024, 2, 8), timezone="Asia/Baghdad", context=context)
    assert when.start is None or when.end is None or when.start < when.end


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_date_words_in_any_order_never_break_the_tagger(text: str) -> None:
    for mention, when in resolve_text(text, date(2024, 2, 8), timezone="UTC"):
        assert text[mention.start:mention.end] == mention.text
        assert when.start is None or when.end is None or when.start < when.end


@pytest.mark.parametrize("unit", ["Monday ", "1", "late last ", "()"])
def test_thousands_of_weekday_names_and_digits_grow_linearly(unit: str) -> None:
    def text(k: int) -> str:
        if unit == "()":
            return "(" * 12_500 * k + ")" * 12_500 * k
        return unit * (50_000 * k // len(unit))

    # Catastrophic backtracking would grow far faster than the text.
    assert growth(tag, text(1), text(4)) < LINEAR

"""Determinism and robustness of `extract` on any text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import extract

ANCHOR = datetime.date(2024, 2, 8)
PHRASES = [
    " killed ", " at least ", " said ", " according to ", " on Friday ", " strike ", " dozens ",
    " talks ", " called for withdrawal ", " al-", " troops ", " “", "” ", " Mr. ",
]  # fmt: skip
ALPHABET = st.sampled_from([*"abc XYZ.,;:\"“”'-\n0123456789", *PHRASES])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_never_fails_and_spans_are_valid(text: str) -> None:
    for claim in extract(text, publisher="Wire", anchor=ANCHOR):
        assert claim.span is not None
        assert 0 <= claim.span.start < claim.span.end <= len(text)
        assert text[claim.span.start : claim.span.end] == claim.quote


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_never_fails_on_arbitrary_unicode(text: str) -> None:
    extract(text, publisher="Wire", anchor=None)


def test_deterministic(seeds_dir: Path) -> None:
    text = (seeds_dir / "000_07ee8de466f1c881.txt").read_text(encoding="utf-8")
    first = extract(text, publisher="Rudaw", anchor=ANCHOR, timezone="Asia/Baghdad")
    second = extract(text, publisher="Rudaw", anchor=ANCHOR, timezone="Asia/Baghdad")
    assert [c.model_dump() for c in first] == [c.model_dump() for c in second]


def test_adversarial_input_is_linear_enough() -> None:
    import time

    text = "H\n" + ("al-" * 3000) + ("1," * 3000) + ("a-" * 3000) + ("killed " * 2000) + '"' * 500
    began = time.perf_counter()
    extract(text, publisher="Wire", anchor=ANCHOR)
    assert time.perf_counter() - began < 5.0


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last Friday"]
ADVERSARIAL = {
    "digit_run": "H\n" + "7" * 200_000,
    "digit_groups": "H\n" + "1," * 100_000,
    "weekdays": "H\n" + " ".join(_DAYS[(i * 7919) % len(_DAYS)] for i in range(26_000)),
    "nested_quotes": "H\n" + "“‘\"" * 30_000 + "killed 3 people" + "\"’”" * 30_000,
    "no_whitespace_1mb": "H\n" + "al-Qaida,killed-at_least" * 42_000,
    "speech_chain": "H\n" + "X said, " * 25_000,
    "figures": "H\n" + "killing at least 5 and 7 troops in Abc " * 5_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_200kb_is_fast(name: str) -> None:
    """Generous bound (a slow shared machine must pass): the point is no quadratic blow-up."""
    import time

    text = ADVERSARIAL[name]
    began = time.perf_counter()
    claims = extract(text, publisher="Wire", anchor=ANCHOR)
    assert time.perf_counter() - began < 10.0
    assert all(text[c.span.start : c.span.end] == c.quote for c in claims if c.span is not None)

"""Speed pass 13: `resolver.read` tries only the rules a text's opening admits.

`first.prefix_test` reads off a rule's pattern what the first `first.WIDTH` characters of a
text it fullmatches can be; `FirstCharacters.rules_for` keeps, per opening, the rules whose
test admits it, in their order. Checked here:

* on patterns built at random from the operators the analysis reads (literals, classes,
  categories, alternatives, groups, repeats, lookarounds, anchors), every text a pattern
  fullmatches is admitted, at every width;
* on every rule of the resolver, every expression of the gold sets and the texts built from
  the rules' own words: a rule that fullmatches a text is among the rules kept for it;
* `read` through the kept rules gives what trying every rule gives (the same reading, or the
  same failure), on those expressions and frames;
* what the analysis does not read gives no test, and the memo of openings stays bounded.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.temporal import first, resolver
from domain.temporal.frame import Frame, Previous, Unresolvable
from domain.temporal.normalise import normalise
from domain.temporal.reading import Reading

_DATA = Path(__file__).resolve().parents[1] / "data"
_GOLD = sorted(
    {
        timex["text"]
        for name in ("timex_devset.jsonl", "timex_blind.jsonl", "timex_blind2.jsonl", "timex_blind3.jsonl")
        for line in (_DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
        for timex in json.loads(line)["timexes"]
    }
)
_FRAMES = (
    Frame(dt.date(2019, 3, 14), "past"),
    Frame(dt.date(2019, 3, 14), "future", uncued=True, moment=dt.datetime(2019, 3, 14, 23, 40)),
    Frame(
        dt.date(2024, 2, 29),
        "past",
        previous=Previous("march 3", dt.date(2024, 3, 3), "day", "2024-03-03"),
        firm_past=True,
        months_run=True,
        earnings=True,
        compares=True,
    ),
    Frame(None, "past", previous=Previous("1998", dt.date(1998, 1, 1), "year", "1998")),
)
#: Words the rules are written with, and near misses of them.
_RULE_WORDS = st.sampled_from(
    [
        "the", "this", "that", "last", "next", "coming", "past", "previous", "following", "same",
        "year", "years", "week", "weekend", "month", "quarter", "day", "days", "decade", "century",
        "monday", "tuesday", "thursday", "sunday", "march", "may", "sept", "dec", "spring", "fall",
        "ago", "earlier", "later", "before", "after", "since", "until", "of", "in", "on", "at",
        "a", "an", "two", "twenty", "first", "second", "third", "half", "early", "late", "mid",
        "morning", "night", "noon", "today", "yesterday", "tomorrow", "christmas", "eve", "new",
        "every", "each", "once", "twice", "fiscal", "calendar", "q3", "h1", "fy", "1990s", "'90s",
        "1998", "2024", "2024-02-29", "12", "3rd", "31st", "10:30", "am", "pm", "gmt", "about",
        "nearly", "more", "than", "for", "over", "some", "long", "while", "now", "recent", "soon",
        "period", "season", "hours", "minutes", "eighteen", "nineteen", "ninety", "seven", "-",
        "thu", "th", "t", "1", "",
    ]
)  # fmt: skip


def _plain_read(text: str, frame: Frame) -> Reading:
    """`resolver.read` as it was: every rule tried in order (the wrappers lean on it too)."""
    return resolver.read_with(lambda _: resolver.RULES, text, frame)


def _outcome(read: object, text: str, frame: Frame) -> object:
    try:
        return read(text, frame)  # type: ignore[operator]
    except Unresolvable as error:
        return ("unresolvable", str(error))
    except Exception as error:  # a rule's own error must be the same either way
        return (type(error).__name__, str(error))


def _assert_kept_where_matched(text: str) -> None:
    kept = resolver._BY_OPENING.rules_for(text)
    for rule in resolver.RULES:
        if rule[0].fullmatch(text):
            assert rule in kept, (text, rule[0].pattern[:80])
    assert list(kept) == [rule for rule in resolver.RULES if rule in kept]  # the rules' order


def _assert_reads_agree(text: str) -> None:
    for frame in _FRAMES:
        assert _outcome(resolver.read, text, frame) == _outcome(_plain_read, text, frame), (text, frame)


# -- the analysis, on random patterns ------------------------------------------------------

_ATOMS = st.sampled_from(
    ["a", "b", "1", " ", "-", "[ab]", "[a1-]", r"\d", r"\s", r"\w", r"\D", r"\W", "[0-9]"]
)
_ZERO = st.sampled_from([r"\b", r"\B", "^", "$", r"\A", r"\Z", "(?=a)", "(?!b)", "(?<=a)", "(?<!1)"])


def _tame(part: str) -> str:
    """`part` made atomic when it repeats something itself: an unbounded repeat of a repeat
    ("(?:(?:a|)*)+?)*") can make sre backtrack for minutes on a six-character text (one such
    draw hung a run); atomic, it is tried one way, and the analysis still meets every operator."""
    return f"(?>{part})" if any(mark in part for mark in "*+?{") else part


def _patterns() -> st.SearchStrategy[str]:
    def grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + ")"),
            st.lists(inner, min_size=1, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + "|)"),
            inner.map(lambda part: f"(?:{part})?"),
            inner.map(lambda part: f"(?:{_tame(part)})*"),
            inner.map(lambda part: f"(?:{_tame(part)})+?"),
            inner.map(lambda part: f"({part})"),
            st.tuples(inner, st.integers(0, 3), st.integers(0, 3)).map(
                lambda t: f"(?:{t[0]}){{{min(t[1], t[2])},{max(t[1], t[2])}}}"
            ),
            inner.map(lambda part: f"(?>{part})"),
            inner.map(lambda part: f"(?:{_tame(part)})*+"),
        )

    return st.recursive(st.one_of(_ATOMS, _ZERO), grow, max_leaves=8)


@settings(max_examples=1500, deadline=None)
@given(_patterns(), st.lists(st.text(alphabet="ab1 -", max_size=6), min_size=1, max_size=30))
def test_a_prefix_test_admits_every_text_its_pattern_fullmatches(source: str, texts: list[str]) -> None:
    pattern = re.compile(source)
    for width in (1, 2, 3, 4):
        test = first.prefix_test(pattern, width)
        assert test is not None, source  # every operator drawn here is read
        for text in texts:
            if pattern.fullmatch(text):
                assert test.fullmatch(text[:width]), (source, text, width, test.pattern)


@pytest.mark.parametrize(
    "source",
    [
        "(?i)monday",
        "(?i:m)onday",
        "mo(?i:nday)",
        "(?x)mon day",
        ".onday",
        "[^a]onday",
        r"(a)\1",
        "(a)?(?(1)b|c)",
        "a{100}",
    ],
)
def test_what_is_not_read_gives_no_test(source: str) -> None:
    assert first.prefix_test(re.compile(source)) is None


def test_a_pattern_that_can_match_nothing_admits_the_empty_text() -> None:
    test = first.prefix_test(re.compile("(?:ab)?"))
    assert test is not None and test.fullmatch("") and test.fullmatch("ab") and not test.fullmatch("b")


def test_every_rule_of_the_resolver_is_read() -> None:
    """No rule falls back to being tried on every text (each would be slower, not wrong)."""
    assert all(first.prefix_test(pattern) is not None for pattern, _ in resolver.RULES)


# -- the resolver's rules ------------------------------------------------------------------


def test_rules_kept_for_the_gold_expressions_are_those_that_match() -> None:
    texts = {normalise(text) for text in _GOLD} | {text.lower() for text in _GOLD}
    for text in sorted(texts):
        _assert_kept_where_matched(text)
        for cut in range(1, 4):  # and what a wrapper reads after a word it took off
            _assert_kept_where_matched(text[cut:])


def test_read_agrees_with_every_rule_tried_on_the_gold_expressions() -> None:
    for text in _GOLD:
        _assert_reads_agree(normalise(text))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_RULE_WORDS, min_size=1, max_size=5).map(" ".join))
def test_read_agrees_with_every_rule_tried_on_the_rules_words(text: str) -> None:
    _assert_kept_where_matched(text)
    _assert_kept_where_matched(text.strip())
    _assert_reads_agree(text.strip())


def test_the_memo_of_openings_is_bounded_and_refilled() -> None:
    kept = first.FirstCharacters(resolver.RULES)
    for number in range(kept._MOST + 10):
        kept.rules_for(f"{number:04d}x")
    assert len(kept._by_opening) <= kept._MOST
    assert kept.rules_for("tuesday") == resolver._BY_OPENING.rules_for("tuesday")
    assert [pattern.pattern for pattern, _ in kept.rules_for("")] == [
        pattern.pattern
        for pattern, _ in resolver.RULES
        if pattern.fullmatch("") or first.prefix_test(pattern) is None
    ]

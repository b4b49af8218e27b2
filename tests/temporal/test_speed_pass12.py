"""Speed pass 12: each shortcut agrees with the plain form it stands in for.

* `resolver._when` validates one `When` with every field instead of validating a base and
  copying it with the reading's fields: the same fields, the same fields set, the same order.
* `direction` tests, before running a pattern, for what every match of it holds: a clause
  break (`_may_break`), a present cue (`_may_hold_present`), a bound (`_may_be_bound`), a
  future auxiliary (`_will_heads`), a run of months (`_months_run`).
* `scan._windows` finds keywords with a pattern whose alternatives all start with a literal
  (when the text has no digits but 0-9), and remembers where each family's last window ends.
* `tagger._longest_first` marks taken characters in a byte array.

Each is checked against its plain form on news sentences and on random runs of the words
the patterns are made of; a shortcut that ruled out one match would fail them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.temporal import direction, resolve, resolver
from domain.temporal.anchor import make_anchor
from domain.temporal.patterns import word_trie
from domain.temporal.reading import Reading, iso
from domain.when import When
from extraction.casefold import lowered as folded
from extraction.timex import scan, tagger
from extraction.timex.patterns import PATTERNS
from tests.temporal.test_speed_direction import cuts

_DATA = Path(__file__).resolve().parents[1] / "data"
_ROWS = [
    json.loads(line)
    for name in ("timex_devset.jsonl", "timex_blind.jsonl", "timex_blind2.jsonl", "timex_blind3.jsonl")
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_SENTENCES = [row["text"].lower() for row in _ROWS]
_CUTS = cuts(_SENTENCES)
#: The fields a `When` that resolved to no single reading is built with.
_UNRESOLVED_FIELDS = {"expression", "anchor", "timezone", "direction", "resolver", "reason"}
_WORDS = st.sampled_from(
    [
        "is", "are", "am", "has", "have", "this", "his", "been", "already", "will", "shall", "'ll",
        "won't", "wo n't", "n't", "ll", "by", "until", "till", "to", "through", "into", "at least",
        "at", "least", "the", "stand-by", "onto", "x-to", "two months", "nine months", "months",
        "first half", "half year", "year to date", "year-to-date", "quarter", "and", "but", "while",
        "which", "when", ",", ";", ":", "!", "?", ".", "\n", "\t", "  ", "\u2028", "\xa0", "said", "was",
        "expected", "planned", "monday", "1990s", "٣", "é", "İ", "ſ", "ago", "earlier", "before",
        "a year ago", "year-earlier", "compared", "from", "than", "we'll", "it won't", "due to", "next",
    ]
)  # fmt: skip


def _runs(max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(_WORDS, max_size=max_size).map(" ".join)


# -- direction: each guard only ever rules out texts its pattern finds nothing in ----------


def _assert_guards_hold(text: str) -> None:
    if direction._CLAUSE_BREAK.search(text):
        assert direction._may_break(text), text
    if direction._PRESENT_CUE.search(text):
        assert direction._may_hold_present(text), text
    if direction._FUTURE_CUE.search(text):
        assert direction._may_hold_future(text), text
    if direction._BOUND.search(text):
        assert direction._may_be_bound(text), text
    if direction._WILL.search(text):
        assert "ll" in text or "n't" in text, text
    assert direction._will_heads(text) == direction._heads(direction._WILL, text)
    assert direction.compares(text, text) == (
        bool(direction._STEPS_BACK.search(text)) and bool(direction._COMPARES.search(text))
    )
    year_back = bool(direction._YEAR_BACK_EXPRESSION.search(text))
    assert direction.clause_ahead(text, text) == (
        year_back and direction._from_context(text, text) == ("future", False)
    )
    assert direction._months_run(text) == (
        bool(direction._MONTHS_RUN.search(text)) and not direction._QUARTER.search(text)
    )


def _plain_clause_tail(text: str) -> str:
    return direction._CLAUSE_BREAK.split(text)[-1]


def _plain_clause_head(text: str) -> str:
    first_break = direction._CLAUSE_BREAK.search(text)
    head = text[: first_break.start()] if first_break else text
    end = direction._SENTENCE_END.search(head)
    return head[: end.end()] if end else head


def _plain_distance_back(pattern: re.Pattern[str], before: str) -> int | None:
    end = None
    for match in pattern.finditer(before):
        end = match.end()
    return None if end is None else len(before) - end


def _plain_nearest(before: str, after: str) -> str | None:
    """`_nearest` as it was: every cue pattern run on both sides."""
    cues = (
        (direction._FUTURE_CUE, "future"),
        (direction._PRESENT_CUE, "present"),
        (direction._PAST_CUE, "past"),
    )
    best: tuple[int, str] | None = None
    for pattern, kind in cues:
        distance = _plain_distance_back(pattern, before)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, kind)
        match_after = pattern.search(after)
        if match_after is not None and (best is None or match_after.start() + 20 < best[0]):
            best = (match_after.start() + 20, kind)
    return best[1] if best else None


def _assert_direction_agrees(before: str, after: str) -> None:
    for text in (before, after, before + after):
        _assert_guards_hold(text)
        assert direction._clause_tail(text) == _plain_clause_tail(text)
        assert direction._clause_head(text) == _plain_clause_head(text)
        for pattern, _, _ in direction._CUES:
            assert direction._distance_back(pattern, text) == _plain_distance_back(pattern, text)
    assert direction._nearest(before, after) == _plain_nearest(before, after)


def test_direction_guards_agree_on_news_sentences() -> None:
    for before, after in _CUTS:
        _assert_direction_agrees(before, after)
    for sentence in _SENTENCES:
        _assert_guards_hold(sentence)


@settings(max_examples=500, deadline=None)
@given(_runs(), _runs(8))
def test_direction_guards_agree_on_random_words(before: str, after: str) -> None:
    _assert_direction_agrees(before + " ", " " + after)
    _assert_direction_agrees(before, after)


def test_the_guards_are_tested_where_their_patterns_match() -> None:
    """The agreement above means something only where the patterns find something."""
    pieces = [text for cut in _CUTS for text in cut]
    assert sum(bool(direction._PRESENT_CUE.search(text)) for text in pieces) > 20
    assert sum(bool(direction._BOUND.search(text)) for text in pieces) > 20
    assert sum(bool(direction._CLAUSE_BREAK.search(text)) for text in pieces) > 20
    assert sum(bool(direction._WILL.search(text)) for text in pieces) > 5
    # ... and that they rule out most texts, or they would not be worth their cost.
    assert sum(not direction._may_break(text) for text in pieces) > len(pieces) // 3
    assert sum(not direction._may_be_bound(text) for text in pieces) > len(pieces) // 2


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("abn' ", min_size=1, max_size=4), min_size=1, max_size=6), st.text("abn' ", max_size=20)
)
def test_the_trie_finds_a_word_where_any_word_is(words: list[str], text: str) -> None:
    trie = re.compile(word_trie(words, space=" "))
    assert bool(trie.search(text)) == any(word in text for word in words)


def test_the_future_words_are_the_cues_words() -> None:
    pattern = re.compile(word_trie(direction._FUTURE_WORDS, space=" "))
    for word in direction._FUTURE_WORDS:
        assert pattern.fullmatch(word) and direction._may_hold_future(f"x {word} y")
    assert not direction._may_hold_future("the minister said on monday that it rained")


def test_a_clause_ahead_is_found_after_a_year_ago_or_a_year_earlier() -> None:
    # The "year" test before the pattern must let both spellings by.
    assert direction.clause_ahead("year-ago", "sales will top those of the year-ago quarter")
    assert direction.clause_ahead("A Year Earlier", "Profit will double from a year earlier, it said.")
    assert not direction.clause_ahead("year-ago", "sales topped those of the year-ago quarter")


def test_a_step_back_is_found_before_a_closing_newline() -> None:
    # `$` stands before a closing newline too: the ending test must let such an expression by.
    assert direction.compares("a year ago\n", "up from a year ago")
    assert direction.compares("A Year Earlier", "compared with")
    assert not direction.compares("a year ago\n ", "up from a year ago")


def test_a_bound_is_found_with_at_least_the_and_odd_spaces() -> None:
    for before in ("delayed until at least the ", "by\u2028", "runs through the\t ", "(to  "):
        assert direction._BOUND.search(before) and direction._may_be_bound(before)
    for before in ("by the end", "onto the ", "said "):
        assert not direction._BOUND.search(before)
    assert not direction._may_be_bound("said on ")


# -- resolver: one validated `When` is the base copied with the reading ------------------


def _plain_when(expression: str, anchor: object, timezone: str | None, cue: str, reading: Reading) -> When:
    """`_when` as it was: a validated base, copied with the reading's fields."""
    fixed = make_anchor(anchor, timezone)  # type: ignore[arg-type]
    base = When(
        expression=expression,
        anchor=fixed.text if fixed else None,
        timezone=timezone,
        direction=cue,  # type: ignore[arg-type]
        resolver=resolver.RESOLVER_VERSION,
    )
    direction_ = resolver._direction(base.direction, reading, fixed)
    reading = resolver._within_report(reading, direction_, fixed)
    return base.model_copy(
        update={
            "start": iso(reading.start),
            "end": iso(reading.end),
            "granularity": reading.granularity,
            "timex": reading.timex,
            "mod": reading.mod,
            "rule": reading.rule,
            "leaned_on": reading.leaned_on,
            "direction": direction_,
        }
    )


def _assert_identical(ours: When, theirs: When) -> None:
    assert ours == theirs
    assert ours.model_fields_set == theirs.model_fields_set
    assert list(ours.__dict__) == list(theirs.__dict__)
    assert ours.model_dump() == theirs.model_dump()


_READINGS = [
    Reading(dt.date(2024, 3, 4), dt.date(2024, 3, 5), "day", "2024-03-04", "weekday"),
    Reading(
        dt.datetime(2024, 3, 9, 20), dt.datetime(2024, 3, 11, 2), "part_of_day", "2024-03-09TNI", "night"
    ),
    Reading(None, dt.date(2024, 3, 10), "vague", "PAST_REF", "vague", mod="BEFORE", leaned_on="then"),
    Reading(dt.date(2025, 1, 1), dt.date(2026, 1, 1), "year", "2025", "year"),
    Reading(None, None, "duration", "P3D", "duration"),
    Reading(None, None, "vague", "FUTURE_REF", "soon"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_READINGS),
    st.sampled_from(["past", "future"]),
    st.sampled_from(
        [
            None,
            dt.date(2024, 3, 10),
            dt.datetime(2024, 3, 10, 23, 30),
            dt.datetime(2024, 3, 10, 1, 0, tzinfo=dt.UTC),
        ]
    ),
    st.sampled_from([None, "Asia/Baghdad", "America/New_York"]),
    st.text(max_size=12),
)
def test_a_when_is_built_as_the_copied_base_was(
    reading: Reading, cue: str, anchor: object, timezone: str | None, expression: str
) -> None:
    fixed = make_anchor(anchor, timezone)  # type: ignore[arg-type]
    base = resolver._Base(expression, fixed.text if fixed else None, timezone, cue)  # type: ignore[arg-type]
    _assert_identical(
        resolver._when(base, reading, fixed), _plain_when(expression, anchor, timezone, cue, reading)
    )
    _assert_identical(
        base.when(),
        When(
            expression=expression,
            anchor=base.anchor,
            timezone=timezone,
            direction=cue,  # type: ignore[arg-type]
            resolver=resolver.RESOLVER_VERSION,
        ),
    )


def test_contradictions_and_failures_keep_their_fields_set() -> None:
    anchor = dt.date(2024, 3, 10)
    clash = resolve("Monday, March 5, 2024", anchor, timezone="Europe/Paris")
    assert clash.reason and len(clash.readings) == 2
    assert clash.model_fields_set == {*_UNRESOLVED_FIELDS, "readings"}
    for reading in clash.readings:
        assert reading.model_fields_set == {
            "expression", "anchor", "timezone", "direction", "resolver", "start", "end",
            "granularity", "timex", "mod", "rule", "leaned_on",
        }  # fmt: skip
    failed = resolve("the next day", None)
    assert failed.reason and failed.model_fields_set == _UNRESOLVED_FIELDS


# -- scan: the keyword pattern spelt for the engine's fast skip finds the same hits ------


def _plain_windows(text: str, lowered: str) -> list[list[tuple[int, int]]]:
    """`_windows` as it was: the plain keyword pattern, the last window read off the list."""
    per_family: list[list[tuple[int, int]]] = [[] for _ in PATTERNS]
    for hit in scan._KEYWORD.finditer(lowered):
        start, end = max(0, hit.start() - scan.MARGIN), hit.end() + scan.MARGIN
        if lowered[hit.start()].isdigit():
            families = scan._DIGIT_TRIGGERS[
                (
                    hit.end() - hit.start() == 4,
                    lowered[hit.end() : hit.end() + 1] == "s",
                    scan._CLOCK_AFTER.match(folded(text[hit.end() : hit.end() + 11])) is not None,
                    lowered[hit.end() : hit.end() + 2] in scan._ORDINAL_SUFFIXES,
                    text[hit.start() - 1 : hit.start()] in "QHY",
                )
            ]
        elif hit.group() in scan._UNIT_TRIGGERS_NOT_VAGUE and not scan._after_article(text, hit.start()):
            families = scan._UNIT_TRIGGERS_NOT_VAGUE[hit.group()]
        else:
            families = scan._TRIGGERS[hit.group()]
        for family in families:
            windows = per_family[family]
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
    return per_family


def _assert_scan_agrees(text: str) -> None:
    lowered = text.lower()
    if len(lowered) == len(text):
        assert scan._windows(text, lowered) == _plain_windows(text, lowered)
    if not scan._OTHER_DIGIT.search(lowered):
        fast = [m.span() for m in scan._KEYWORD_ASCII_DIGITS.finditer(lowered)]
        assert fast == [m.span() for m in scan._KEYWORD.finditer(lowered)]


_SCAN_WORDS = st.sampled_from(
    [
        "1990s", "'90s", "12th", "Q3", "FY23", "2024", "10:35", "10 a.m.", "1400 GMT", "٣", "۱۹۹۰", "²",
        "the", "day", "today", "midday", "yesterday's", "weeks", "fortnight", "night", "centuries",
        "season", "this year as last", "and next", "from now", "christmas", "new year", "may", "March",
        "the same quarter", "these days", "recent", "ago", "twice", "every", "dailies", "İ", "ſ", "K",
    ]
)  # fmt: skip


def test_keywords_and_windows_agree_on_news_sentences() -> None:
    for row in _ROWS:
        _assert_scan_agrees(row["text"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCAN_WORDS, max_size=30).map(" ".join))
def test_keywords_and_windows_agree_on_random_words(text: str) -> None:
    _assert_scan_agrees(text)
    _assert_scan_agrees(text.replace(" ", ""))


def test_other_digits_are_the_decimal_digits_beyond_ascii() -> None:
    """`\\d` reads every decimal digit: a text with any beyond 0-9 takes the plain pattern."""
    for code in range(0x110000):
        char = chr(code)
        expected = bool(re.fullmatch(r"\d", char)) and char not in "0123456789"
        assert bool(scan._OTHER_DIGIT.fullmatch(char)) == expected, hex(code)


def test_a_text_with_other_digits_still_finds_them() -> None:
    text = "On ٣ March and in the 1990s"
    assert scan._windows(text, text.lower()) == _plain_windows(text, text.lower())
    assert [m.group() for m in scan._KEYWORD.finditer(text.lower())][:2] == ["٣", "mar"]


# -- tagger: the longest spans, marked in a byte array ---------------------------------


def _plain_longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if any(i in taken for i in range(start, end)):
            continue
        kept.append((start, end))
        taken.update(range(start, end))
    return sorted(kept)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1])), max_size=25
    )
)
def test_longest_first_agrees_with_the_set_of_taken_characters(spans: list[tuple[int, int]]) -> None:
    assert tagger._longest_first(spans) == _plain_longest_first(spans)

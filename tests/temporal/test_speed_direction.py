"""The direction cues' fast forms agree with their plain forms.

`direction` tests a word start before the lookbehinds of its cue patterns, runs the three
"leads ahead" tests as one alternation, skips the look ahead when a cue behind is nearer than
any cue ahead can be, and remembers facts of whole sentences. Each is checked against the plain
form it replaces, on lowered news sentences, their clause-sized pieces, and random runs of
the words the cues are made of.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.temporal import direction
from domain.temporal.reading import iso

# The plain forms, as the cues were first written.
_PLAIN_FUTURE = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|plans? to|(?<!-)(?<!\bthan )planned|planning"
    r"|(?<!-)(?<!\bthan )scheduled|slated|expects?"
    r"|(?:is|are|was|were) (?:planning|preparing|going|due|set)"
    r"|(?<!-)(?<!\bthan )expected|going to|due to|set to|intends?|aims?|would|upcoming|to be held|to begin"
    r"|(?:is|are|was|were|be|been) forecast|forecast to"
    r"|to start|to meet|to hold|to visit|to vote|to resume|as soon as|as early as|(?<!and )next(?! to)"
    # 1.13: likelihoods, hopes and aims in the present
    r"|(?:un)?likely to|hopes? to|hoping to|on track to|poised to|seeks? to|seeking to"
    r"|threatens? to|promises? to|vows? to|pledges? to)\b"
)
_PLAIN_PAST = re.compile(
    # 1.13: "last" after a modal or "to" is the verb to last
    r"(?<!\bbe )\b(?:was|were|had|did|said|says|been|ago"
    r"|(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bmight )(?<!\bmay )(?<!\bcan )(?<!\bshould )(?<!\bmust )"
    r"(?<!\bto )(?<!'ll )last|earlier(?! than)|reported|announced)\b"
    # 1.10: an irregular past after an article or a possessive is a noun ("a cut in September")
    r"|(?<!\bbe )(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    # 1.13: ... and after a modal or "to" an infinitive ("will cut")
    r"(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bmight )(?<!\bmay )(?<!\bcan )(?<!\bshould )(?<!\bmust )"
    r"(?<!\bto )(?<!'ll )"
    rf"\b(?:{direction._IRREGULAR})\b"
    r"|(?<!-)(?<!\bbe )(?<!\bremain )(?<!\bstay )(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )"
    r"(?<!\bhis )(?<!\bher )\b(?!(?:" + "|".join(direction._NOT_VERBS) + r")\b)\w{3,}ed\b"
)
_PLAIN_SCHEDULED = re.compile(
    r"(?<!\bdid )(?<!\bnot )(?<!n't )(?<!\bto )"
    r"\b(?:meets?|opens?|reopens?|begins?|resumes?|reconvenes?|convenes?|votes?|visits?|arrives?|leaves?"
    r"|returns?|travels?|flies|heads?|testif(?:y|ies)|takes? office|takes? effect"
    r"|comes? into (?:force|effect)|goes|go"
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!'s )"
    r"(?:starts?|closes?|ends?))(?: \w+| to (?:the )?\w+)?\s+(?:on\s+|in\s+)?$"
)
_PAIRS = [
    (direction._FUTURE_CUE, _PLAIN_FUTURE),
    (direction._PAST_CUE, _PLAIN_PAST),
    (direction._SCHEDULED, _PLAIN_SCHEDULED),
]

_DATA = Path(__file__).resolve().parents[1] / "data"
_SENTENCES = [
    json.loads(line)["text"].lower()
    for name in ("timex_devset.jsonl", "timex_blind.jsonl")
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]
def cuts(sentences: list[str]) -> list[tuple[str, str]]:
    """Every sentence cut at each space, as `before` (up to 70 characters, as `direction` reads)
    and `after` pieces."""
    return [
        (sentence[max(0, at - 70) : at + 1], sentence[at + 1 : at + 31])
        for sentence in sentences
        for at in range(len(sentence))
        if sentence[at] == " "
    ]


_CUTS = cuts(_SENTENCES)
_WORDS = st.sampled_from(
    [
        "was", "were", "be", "been", "will", "won't", "wo n't", "'ll", "shall", "said", "reported",
        "united", "the", "a", "an", "its", "their", "his", "remain", "stay", "planned", "expected",
        "scheduled", "next", "and", "to", "meets", "opens", "starts", "ends", "go", "goes", "on", "in",
        "'s", "did", "not", "n't", "is", "are", "has", "have", "calling", "earlier", "than", "ago", "last",
        "forecast", "as soon as", "as early as", "due", "set", "going", "postponed", "until", "by",
        "through", "since", "fled", "ahmed", "killed", "3", "monday", "é", "ſed", "_ed", ",", ";", ".",
        "  ", "\n",
    ]
)  # fmt: skip


def _plain_nearest(before: str, after: str) -> str | None:
    best: tuple[int, str] | None = None
    for pattern, kind in (
        (_PLAIN_FUTURE, "future"),
        (direction._PRESENT_CUE, "present"),
        (_PLAIN_PAST, "past"),
    ):
        for match in pattern.finditer(before):
            distance = len(before) - match.end()
            if best is None or distance < best[0]:
                best = (distance, kind)
        match_after = pattern.search(after)
        if match_after is not None:
            distance = match_after.start() + 20
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


def _plain_clause_head(text: str) -> str:
    head = direction._CLAUSE_BREAK.split(text)[0]
    end = direction._SENTENCE_END.search(head)
    return head[: end.end()] if end else head


def _assert_agree(before: str, after: str) -> None:
    for fast, plain in _PAIRS:
        for text in (before, after, before + after):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    ahead = (direction._LEADS_AHEAD, _PLAIN_SCHEDULED, direction._POSTPONED)
    assert bool(direction._AHEAD.search(before)) == any(p.search(before) for p in ahead)
    assert direction._nearest(before, after) == _plain_nearest(before, after)
    assert direction._clause_head(after) == _plain_clause_head(after)


def test_fast_cues_agree_with_plain_cues_on_news_sentences() -> None:
    for before, after in _CUTS:
        _assert_agree(before, after)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=14).map(" ".join), st.lists(_WORDS, max_size=8).map(" ".join))
def test_fast_cues_agree_with_plain_cues_on_random_words(before: str, after: str) -> None:
    _assert_agree(before + " ", " " + after)


def test_the_sentences_hold_every_kind_of_cue() -> None:
    """The agreement above means something only if the cues are there to be found."""
    kinds = {direction._nearest(before, after) for before, after in _CUTS}
    assert kinds == {"future", "past", "present", None}
    assert any(direction._AHEAD.search(before) for before, _ in _CUTS)


def test_sentence_facts_answer_the_same_when_asked_again() -> None:
    sentence = "For the nine months, net income rose from a year earlier, the company said."
    first = (direction.months_run(sentence), direction.firmly_past("a year earlier", sentence))
    again = (direction.months_run(sentence), direction.firmly_past("a year earlier", sentence))
    assert first == again == (True, True)
    assert not direction.months_run("For the quarter and the nine months, profit rose.")


def test_iso_writes_minutes_as_strftime_does() -> None:
    utc = dt.UTC
    for point in (
        dt.datetime(2024, 2, 7, 20, 5, 59, 999),
        dt.datetime(1000, 1, 1),
        dt.datetime(999, 12, 31, 23, 59),
        dt.datetime(9, 5, 4, 3, 2),
        dt.datetime(2024, 2, 7, 20, 5, tzinfo=utc),
    ):
        assert iso(point) == point.strftime("%Y-%m-%dT%H:%M")
    assert iso(dt.date(2024, 2, 7)) == "2024-02-07"

"""The tagger's fast paths find exactly what the plain scan finds.

`prefilter` derives two necessary conditions from each family's pattern (the characters a
match begins with, words every match contains); `scan` groups families with the same keywords
and lowers the text once. Each is checked here against the general path it replaces, on
made-up report text, its upper- and lower-cased forms, and random runs of words that sit near
the edges of the patterns (case, hyphens, digits, the letters lowered otherwise than by
`str.lower`).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.casefold import lowered
from extraction.timex import prefilter, scan
from extraction.timex.patterns import PATTERNS

_DEVSET = Path(__file__).resolve().parents[1] / "data" / "timex_devset.jsonl"
_SENTENCES = [json.loads(line)["text"] for line in _DEVSET.read_text(encoding="utf-8").splitlines() if line]
_REPORT = (
    "On Saturday, September 30th, 2023 at 11:30 p.m. EST the board met; early the previous "
    "Wednesday it had said that in recent years, and for the past few weeks, sales rose 3% a year. "
    "The fiscal 2022 third quarter, the late 1990s, mid-October, Christmas Eve and the next three "
    "days all count, as do 10:45 a.m. tomorrow, a fortnight ago, Dec. 5, 2019, and 2024-01-31. "
    "Two years from now, twice a week, the rest of the year, once owned, this year and next, "
    "in the year ended March 31, for the year, Q3 and FY2024, the nineteen-nineties, the 12th.\n"
    "Shops open on weekends and every Monday; by the year-end, at dawn, the day after Christmas, "
    "from the current fiscal year to the latter half of the decade, at 10 in the morning on the "
    "12th, later in the week, at a later date, mid-century, the January-March quarter, March of "
    "last year, in January nineteen ninety-seven and in the 1988 period. Since the start of "
    "Ramadan, over Eid al-Adha, the week before last and in the night of Friday to Saturday."
)
_TEXTS = [_REPORT, _REPORT.upper(), _REPORT.lower(), *_SENTENCES[:120]]
_WORDS = st.sampled_from(
    [
        "March", "MARCH", "march", "Mar.", "market", "May", "may", "Monday", "mONDAY", "today", "the",
        "The", "next", "last", "year", "years", "Year-end", "week", "weekend", "day", "days", "night",
        "quarter", "half", "ago", "from now", "earlier", "later", "since", "a.m.", "GMT", "12", "2024",
        "1990s", "'90s", "Q3", "FY", "3rd", "2023-01-05", "century", "centuries", "decade", "every",
        "daily", "once", "twice", "times", "for", "over", "in", "during", "the rest of", "long", "-",
        "Ramadan", "Eid", "al-Fitr", "Said", "before last", "night of", "to",
        "ſ", "K", "ı", "İ", "é", "’", " ", " ", ", ", ". ", "\n",
    ]
)  # fmt: skip


#: Each family's pattern with what `prefilter` reads off it.
_DERIVED = [(pattern, *prefilter.derive(pattern)) for _, pattern in PATTERNS]


def _spans(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int = sys.maxsize
) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def _plain_family_spans(text: str) -> list[list[tuple[int, int]]]:
    """The general path: every family's own pattern over every window of its keywords."""
    lower = text.lower()
    if len(lower) != len(text):
        return [_spans(pattern, text) for _, pattern in PATTERNS]
    windows = scan._windows(text, lower)
    return [
        [span for start, end in family for span in _spans(pattern, text, start, end)]
        for (_, pattern), family in zip(PATTERNS, windows, strict=True)
    ]


def _assert_same_as_general_path(text: str) -> None:
    assert scan.family_spans(text) == _plain_family_spans(text)
    folded = lowered(text)
    for pattern, guarded, need in _DERIVED:
        assert _spans(guarded, text) == _spans(pattern, text), pattern.pattern[:60]
        for match in pattern.finditer(text):  # every match holds one of the words it needs
            assert need is None or need.search(folded, match.start(), match.end()), match.group()


def test_fast_paths_agree_with_the_general_path_on_report_text() -> None:
    for text in _TEXTS:
        _assert_same_as_general_path(text)


@settings(max_examples=120, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_fast_paths_agree_with_the_general_path_on_random_text(text: str) -> None:
    _assert_same_as_general_path(text)


def test_the_text_has_matches_for_most_families() -> None:
    """The agreement above means something only if the families do match in the texts."""
    matched = {name for text in _TEXTS for name, pattern in PATTERNS if pattern.search(text)}
    assert len(matched) >= 0.9 * len(PATTERNS)


def test_the_tests_read_off_a_pattern_rule_out_what_it_cannot_match() -> None:
    pattern = re.compile(r"(?<![\w-])(?i:the) (?:next|last) (?:day|week)s?\b")
    guarded, need = prefilter.derive(pattern)
    assert need is not None
    assert need.search("she left the next week") and need.search(lowered("THE LAST DAYS"))
    assert not need.search("the next month, the day after")
    assert guarded is not pattern and not guarded.match(" the next day")
    assert guarded.match("The next day") and guarded.match("the last weeks")


def test_what_the_analysis_cannot_read_gives_no_test() -> None:
    for source in (r"[^x]day", r"(?:day)?", r".day", r"day|(?>night)"):
        assert prefilter.derive(re.compile(source))[0].pattern == source
    assert prefilter.derive(re.compile(r"\d+"))[1] is None
    assert prefilter.derive(re.compile(r"(?i:σ)day|σ"))[1] is None  # a letter folded otherwise than lowered


def test_the_letters_lowered_apart_are_all_listed() -> None:
    """`scan` lowers a text once and uses it for the window tests unless the text holds a
    character `casefold.lowered` treats otherwise than `str.lower`: those must all be listed."""
    apart = "".join(
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if len(char.lower()) == 1 and lowered(char) != char.lower()
    )
    assert apart and all(scan._FOLDED_APART.search(char) for char in apart)

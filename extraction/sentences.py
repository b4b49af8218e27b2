"""Sentences of a report with their character offsets: the unit a claim is quoted from.

The first non-empty line is the headline. A dateline ("ERBIL, Kurdistan Region - ",
"KYIV, March 22 (Reuters) - ", "Shafaq News/ ") is left out of the first body sentence.
A bare attribution after a quotation ('"..." He concluded.') is joined to the quotation.
Editorial lines ("Correction: ...", "Editor's note: ...") are not report content and are skipped.

`spans(text)` is the plain reading used by the date tagger: every line, cut at the same
sentence ends, with nothing left out, so each date expression is read with its own sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "gen",
        "col",
        "sen",
        "rep",
        "gov",
        "lt",
        "sgt",
        "inc",
        "corp",
        "co",
        "jr",
        "sr",
        "vs",
        "maj",
        "capt",
        "prof",
        "ft",
        "mt",
        "rev",
        "adm",
        "brig",
        "cpl",
        "pte",
        "pvt",
        "approx",
        "est",
    ]
)
_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
_DATELINE = re.compile(r"[A-Z]{2}[A-Z .'’-]*[^\n–—]{0,80}?\s[-–—]{1,2}\s|[A-Z][\w .]{0,30}/\s*(?=[A-Z\"“])")
_HEADLINE_JOIN = re.compile(r"; ")
_EDITORIAL = re.compile(
    r"(?i)\s*(?:(?:correction|clarification|editor['’]s note|update)\s*:|"
    # A wire's bracketed note on what a version changed: "(Corrects name of village in
    # paragraph 2)", "(This story has been corrected to show ...)".
    r"\(\s*(?:corrects|updates|adds|clarifies|refiles|fixes|changes|removes|recasts|"
    r"(?:this|the)\s+(?:story|article|report|version)\s+(?:has\s+been|was|is)\s+\w+)\b.*\)\s*$)"
)
#: What may follow the verb of a bare attribution: when, where, how or to whom it was said ("he
#: said on Tuesday", "she added in a statement"), never a clause of its own ("He said an extra
#: 1,500 troops would be sent" after a quotation is a sentence of its own).
_ATTRIBUTION_TAIL = (
    r"(?:,?\s+(?:on|in|at|to|by|from|during|after|before|late|early|last|this|yesterday|today|"
    r"tonight|adding|citing|referring|speaking|when|while|outside|[A-Z]\w*day)\b[^.!?\"“”]{0,60})?"
)
_BARE_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,5}(?:said|says|concluded|added|stressed|wrote|noted|stated|"
    rf"continued|explained|told [\w ]{{1,30}})\b{_ATTRIBUTION_TAIL}\s*[.!?]?"
)
_CLOSING_QUOTES = ("”", '"', "”.", '".', "”,")


@dataclass(frozen=True)
class Sentence:
    """A sentence's span [start, end) in the report; `headline` for the first line."""

    start: int
    end: int
    headline: bool = False
    #: Cut out of an overlong run of text (no real sentence is `MAX_SENTENCE` long).
    cut: bool = False


#: A longer "sentence" is cut at whitespace, so that no step is quadratic in a sentence's length.
MAX_SENTENCE = 1000


def split(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, without editorial lines."""
    out: list[Sentence] = []
    body_lines = 0
    for line in _LINE.finditer(text):
        start, end = _strip(text, line.start(), line.end())
        if start >= end or _EDITORIAL.match(text, start, end):
            continue
        if not out:
            out.extend(_headline_clauses(text, start, end))
            continue
        body_lines += 1
        if body_lines == 1:
            dateline = _DATELINE.match(text, start, end)
            if dateline is not None and dateline.end() < end:
                start = dateline.end()
        _split_line(text, start, end, out)
    return out


def _headline_clauses(text: str, start: int, end: int) -> list[Sentence]:
    """A headline's clauses: a semicolon joins two headlines in one ("Four soldiers killed in
    ambush; Pakistan rejects blame"), each with its own subject and speaker."""
    cuts = [m.start() for m in _HEADLINE_JOIN.finditer(text, start, end)]
    bounds = zip([start, *(cut + 1 for cut in cuts)], [*cuts, end], strict=True)
    pieces = (_strip(text, lo, hi) for lo, hi in bounds)
    clauses = [Sentence(lo, hi, headline=True) for lo, hi in pieces if lo < hi]
    return clauses or [Sentence(start, end, headline=True)]


def spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of every sentence of `text`, headline and editorial lines included."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        for start, end in _pieces(text, line.start(), line.end()):
            start, end = _strip(text, start, end)
            if start < end:
                out.append((start, end))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut after each sentence end that is not an abbreviation's full stop."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for boundary in _END.finditer(text, start, end):
        if _is_abbreviation(text, cursor, boundary.start()):
            continue
        pieces.append((cursor, boundary.end()))
        cursor = boundary.end()
    pieces.append((cursor, end))
    return pieces


def _split_line(text: str, start: int, end: int, out: list[Sentence]) -> None:
    for piece_start, piece_end in _pieces(text, start, end):
        _append(text, piece_start, piece_end, out)


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    start, end = _strip(text, start, end)
    if start >= end:
        return
    previous = out[-1] if out else None
    if (
        previous is not None
        and not previous.headline
        and text[previous.start : previous.end].endswith(_CLOSING_QUOTES)
        and _BARE_ATTRIBUTION.fullmatch(text, start, end)
    ):
        out[-1] = Sentence(previous.start, end)
        return
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space if space > start else start + MAX_SENTENCE
        out.append(Sentence(start, cut, cut=True))
        start, _ = _strip(text, cut, end)
    out.append(Sentence(start, end, cut=bool(out) and out[-1].cut and out[-1].end >= start - 1))


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].strip('"“(')
    return (len(word) == 1 and word.isalpha()) or "." in word or word.lower() in _ABBREVIATIONS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

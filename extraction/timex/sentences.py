"""Sentence boundaries, so each expression is read with its own sentence as context."""

from __future__ import annotations

import re

# A full stop after these is an abbreviation, not the end of a sentence.
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
        "u.s",
        "u.n",
        "a.m",
        "p.m",
    ]
)
_CANDIDATE = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*")
_LAST_WORD = re.compile(r"([\w.]{1,12})\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _LAST_WORD.search(text, max(0, dot - 12), dot + 1)
    if match is None:
        return False
    word = match.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of the sentences of `text`, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _CANDIDATE.finditer(text):
        if text[boundary.start()] == "." and _is_abbreviation(text, boundary.start()):
            continue
        if boundary.start() + 1 > start:
            spans.append((start, boundary.start() + 1))
        start = boundary.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans

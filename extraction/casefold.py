"""Lower-casing that agrees with case-insensitive patterns, for cheap tests before a regex runs.

A step may skip a costly `(?i)` pattern when a word every match contains is absent from the
text. That test must see what the pattern sees: Python's case-insensitive matching also equates
four non-ASCII letters with ASCII ones ("ſ" with "s", the Kelvin sign with "k", dotted and
dotless I with "i"), which `str.lower` leaves as they are. `lowered` folds those first. Every
other character keeps its length and its word-ness when lower-cased, so offsets into the
lowered text are offsets into the original.
"""

from __future__ import annotations

_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def lowered(text: str) -> str:
    """`text` lower-cased as case-insensitive matching sees it, same length, same offsets."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()

"""Lower-casing that agrees with case-insensitive patterns, for cheap tests before a regex runs.

A step may skip a costly `(?i)` pattern when a word every match contains is absent from the
text. That test must see what the pattern sees: Python's case-insensitive matching also equates
four non-ASCII letters with ASCII ones ("ſ" with "s", the Kelvin sign with "k", dotted and
dotless I with "i"), which `str.lower` leaves as they are. `lowered` folds those first. Every
other character keeps its length and its word-ness when lower-cased, so offsets into the
lowered text are offsets into the original.

The same agreement lets a case-insensitive pattern run case-sensitively on lowered text
(`folded_pattern`): a character matches a letter of the pattern case-insensitively exactly when
its lowered form is that letter in lower case (checked over every code point in
`tests/extraction/test_casefold.py`), and sre matches about twice as fast without the flag.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def lowered(text: str) -> str:
    """`text` lower-cased as case-insensitive matching sees it, same length, same offsets."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


#: What lower-casing a pattern's source would change the meaning of: an upper-case escape
#: (`\W`, `\S`, `\B`, `\D`, `\N{...}`), an inline flag group other than a leading `(?i)`, a
#: group name with a capital, or an optional literal bracket (`\(?`, which would make telling
#: "(?P<" apart harder).
_UNSAFE = re.compile(r"\\[A-Z]|\(\?(?!:|P<|P=|=|!|<=|<!)|\(\?P[<=]\w*[A-Z]|\\\(\?")
_NAMED = re.compile(r"\(\?p([<=])")


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """The case-insensitive `pattern` (written with a leading `(?i)` or meant for
    `re.IGNORECASE`) as a case-sensitive pattern over `lowered` text: it matches
    `lowered(text)` where `pattern` matches `text`, with the same spans."""
    source = pattern.removeprefix("(?i)")
    if _UNSAFE.search(source):
        raise ValueError(f"cannot fold {pattern!r}")
    return re.compile(_NAMED.sub(r"(?P\1", source.lower()))

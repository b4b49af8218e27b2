"""One spelling per expression: lower case, no dots, commas or hyphens, no leading preposition."""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z0-9 ])|(?<=[0-9])-(?=[a-z])")
_COMMA = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:on|in|at(?! least\b)|during|from|as of|of|by|until|till|for)\s+(?=\S)")
_AM_PM = re.compile(r"\b([ap])\s?m\b")
_POSSESSIVE = re.compile(r"(?<=[a-z0-9])'s$")
_THIS_PAST = re.compile(r"\bthis past\b")


def normalise(expression: str) -> str:
    text = expression.translate(_QUOTES).lower().strip()
    text = _ABBREVIATION_DOT.sub("", text)
    text = _AM_PM.sub(r"\1m", text)
    text = _HYPHEN.sub(" ", text)
    text = _COMMA.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" .;:!?\"'()")
    text = _THIS_PAST.sub("last", _POSSESSIVE.sub("", text))
    previous = None
    while previous != text:
        previous, text = text, _LEADING.sub("", text)
    return text

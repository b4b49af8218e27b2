"""What the tagger finds and what it resolves to, as the rule tests compare them."""

from __future__ import annotations

import datetime as dt

from extraction.timex import resolve_text, tag

ANCHOR = dt.date(2019, 6, 12)  # a Wednesday
#: What `values` gives: (text, type, TIMEX3 value) of each expression.
Expected = list[tuple[str, str, str | None]]


def found(text: str) -> list[tuple[str, str]]:
    """(text, type) of each expression the tagger finds."""
    return [(m.text, m.type) for m in tag(text)]


def values(text: str, anchor: dt.date = ANCHOR) -> Expected:
    """(text, type, TIMEX3 value) of each expression, resolved against `anchor`."""
    return [(m.text, m.type, w.timex) for m, w in resolve_text(text, anchor)]

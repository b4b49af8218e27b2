"""Reading a stored report's dates again: with a newer resolver, or against a corrected anchor.

A claim's date was resolved while its report was read as a whole: "the following day" leaned
on the date mentioned before it. Resolving the claim's expression on its own would lose that,
so the whole report is read again and each claim takes the reading of its own mention (the one
with its expression nearest its quote). Only a result that differs in substance is recorded:
a newer resolver that agrees with the old one leaves no event.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from application.dating import resolve_expression
from domain.when import When

# One mention of a date expression in a report's stored text: its span and its resolution.
Reading = tuple[int, int, When]
DateReader = Callable[[str, date | datetime | None, str], Sequence[Reading]]

# Fields of a When that are provenance, not result.
_PROVENANCE = frozenset({"resolver"})


def reread(
    content: Mapping[str, Any],
    readings: Sequence[Reading],
    anchor: date | datetime | None,
    timezone: str,
) -> When | None:
    """The claim's date as read now, or None when the claim carries no date expression."""
    old = When.model_validate(content.get("when") or {})
    if old.expression is None:
        return None
    mine = [r for r in readings if r[2].expression == old.expression]
    if not mine:
        # A hand-coded expression that is not in the text as written: its quote is its context.
        return resolve_expression(old.expression, anchor, timezone=timezone, context=str(content["quote"]))
    span = content.get("span") or {}
    lo, hi = int(span.get("start", 0)), int(span.get("end", 0))
    return min(mine, key=lambda r: _distance(r[0], r[1], lo, hi))[2]


def differs(old: Mapping[str, Any] | None, new: When) -> bool:
    """Whether `new` says something other than the stored resolution, provenance aside."""
    fresh = {k: v for k, v in new.model_dump(mode="json").items() if k not in _PROVENANCE}
    stored = {k: v for k, v in (old or {}).items() if k not in _PROVENANCE}
    return fresh != stored


def _distance(start: int, end: int, lo: int, hi: int) -> int:
    """How far a mention lies from the quote [lo, hi); 0 inside it."""
    if lo <= start and end <= hi:
        return 0
    return min(abs(start - lo), abs(start - hi), abs(end - lo), abs(end - hi))

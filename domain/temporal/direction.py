"""Whether an expression looks back (past, the default for reported facts) or ahead.

The cue nearest to the expression in its own clause wins: "said on Monday it will meet
on Friday" reads Monday as past and Friday as future.
"""

from __future__ import annotations

import re

from domain.when import Direction

_FUTURE_IN_EXPRESSION = re.compile(r"\b(?:next|coming|tomorrow|upcoming|later this|following)\b")
_PAST_IN_EXPRESSION = re.compile(r"\b(?:last|ago|yesterday|past|previous|earlier|recent)\b")

_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|(?:plans?|planned|planning) to|scheduled|expects?"
    r"|expected|going to|due to|set to|intends?|aims?|would|upcoming|to be held|to begin"
    r"|to start|to meet|to hold|to visit|to vote|to resume|as soon as|next)\b"
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|says|has|have|been|ago|last|earlier|reported|announced)\b"
    r"|\b\w{3,}ed\b"
)
_CLAUSE_BREAK = re.compile(r"[;:!?\n]|, (?:and|but|while|after|before|when|which)\b")
_POSSESSIVE = re.compile(r"^'s\b")
# Deadlines and schedules: "payable Jan. 2", "extended to Nov. 6", "by Jan. 14".
_LEADS_AHEAD = re.compile(
    r"\b(?:by|until|till|to|through|expires?|expiring|payable|effective|deadline|starting|record"
    r"|as soon as)\s+(?:the\s+)?$"
)
_WINDOW = 70


def direction_of(expression: str, context: str) -> Direction:
    """Past unless the expression itself or the nearest cue in its clause points ahead."""
    lowered = expression.lower()
    if _PAST_IN_EXPRESSION.search(lowered):
        return "past"
    if _FUTURE_IN_EXPRESSION.search(lowered):
        return "future"
    return _from_context(lowered, context.lower())


def _from_context(expression: str, context: str) -> Direction:
    where = context.find(expression) if expression else -1
    if where < 0:
        return "future" if _FUTURE_CUE.search(context) and not _PAST_CUE.search(context) else "past"
    if _POSSESSIVE.match(context[where + len(expression) :]):
        return "past"  # "Wednesday's ruling" names an event already known
    before = _clause_tail(context[max(0, where - _WINDOW) : where])
    if _LEADS_AHEAD.search(before):
        return "future"
    after = _clause_head(context[where + len(expression) : where + len(expression) + _WINDOW])
    cue = _nearest(before, after)
    return cue or "past"


def _clause_tail(text: str) -> str:
    parts = _CLAUSE_BREAK.split(text)
    return parts[-1]


def _clause_head(text: str) -> str:
    return _CLAUSE_BREAK.split(text)[0]


def _nearest(before: str, after: str) -> Direction | None:
    """The kind of the cue closest to the expression, looking back first then ahead."""
    best: tuple[int, Direction] | None = None
    for pattern, kind in ((_FUTURE_CUE, "future"), (_PAST_CUE, "past")):
        for match in pattern.finditer(before):
            distance = len(before) - match.end()
            if best is None or distance < best[0]:
                best = (distance, kind)  # type: ignore[assignment]
        match_after = pattern.search(after)
        if match_after is not None:
            distance = match_after.start() + 20  # a cue behind the expression weighs less
            if best is None or distance < best[0]:
                best = (distance, kind)  # type: ignore[assignment]
    return best[1] if best else None

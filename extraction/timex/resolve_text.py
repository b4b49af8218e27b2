"""Tags a report and resolves every expression, each with its sentence as context.

Resolved dates are chained so that "the next day" leans on the date just mentioned.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from domain.temporal import moves_focus, resolve
from domain.temporal.anchor import AnchorInput
from domain.when import When
from extraction.sentences import spans
from extraction.timex.mention import Mention
from extraction.timex.tagger import reading_text, tag

_SINCE = re.compile(r"(?i:\b(?:ever )?since)\s+$")
_ON = re.compile(r"\.?,?\s+on\s+")
_PLACED = frozenset({"part_of_day", "day", "week", "month", "year"})


def resolve_text(
    text: str, anchor: AnchorInput, *, timezone: str | None = None
) -> list[tuple[Mention, When]]:
    """Every mention of `text` with its resolution, in order of appearance."""
    bounds = spans(text)
    starts = [start for start, _ in bounds]
    results: list[tuple[Mention, When]] = []
    previous: When | None = None
    mentions = tag(text)

    def context_of(mention: Mention) -> tuple[str, int]:
        index = max(0, bisect.bisect_right(starts, mention.start) - 1)
        sentence_start, sentence_end = bounds[index] if bounds else (0, len(text))
        return text[sentence_start:sentence_end], sentence_start

    for position, mention in enumerate(mentions):
        context, sentence_start = context_of(mention)
        expression = _with_since(text, mention, sentence_start)
        leaned = previous
        following = mentions[position + 1] if position + 1 < len(mentions) else None
        if (
            following is not None
            and mention.type == "TIME"
            and _ON.fullmatch(text, mention.end, following.start)
        ):
            # "at 4:10 p.m. on New Year's Day": the time falls on the day named right after it.
            day = resolve(
                following.text, anchor, timezone=timezone, context=context_of(following)[0], previous=previous
            )
            if day.granularity == "day" and moves_focus(day):
                leaned = day
        when = resolve(expression, anchor, timezone=timezone, context=context, previous=leaned)
        results.append((_typed(mention, when), when))
        if when.granularity in _PLACED and moves_focus(when) and mention.type in ("DATE", "TIME"):
            previous = when
    return results


def _typed(mention: Mention, when: When) -> Mention:
    """ "11 minutes later" is typed by itself as a length (`PT11M`); after a clock time the
    report places it, and a placed moment is a TIME."""
    placed = when.granularity == "part_of_day" and (when.rule or "").startswith("anaphora_clock_")
    if mention.type == "DURATION" and placed:
        return replace(mention, type="TIME")
    return mention


def _with_since(text: str, mention: Mention, floor: int) -> str:
    """ "since mid-October" is a different interval from "mid-October"; TimeML spans omit it."""
    before = text[max(floor, mention.start - 12) : mention.start]
    match = _SINCE.search(before)
    read_as = reading_text(text, mention.start, mention.end)
    return f"since {read_as}" if match else read_as

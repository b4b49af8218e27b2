"""Tags a report and resolves every expression, each with its sentence as context.

Resolved dates are chained so that "the next day" leans on the date just mentioned.
"""

from __future__ import annotations

import bisect
import datetime as dt
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
# "at 8 a.m. (0500 GMT) on Sunday": the same moment in another zone, in brackets.
_INTO_BRACKETS = re.compile(r"\.?\s*\(\s*")
_OUT_OF_BRACKETS = re.compile(r"\s*\)\s*,?\s+(?:on\s+)?")
# "from Friday to Sunday", "between Monday and Wednesday"
_RANGE_OPEN = re.compile(r"\b(?i:from|between)\s+$")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|\s(?i:to|until|till|through|and)\s)\s*")
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
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
        following = _day_after(text, mentions, position) if mention.type == "TIME" else None
        if following is not None:
            # "at 4:10 p.m. on New Year's Day": the time falls on the day named right after it.
            day = resolve(
                following.text, anchor, timezone=timezone, context=context_of(following)[0], previous=previous
            )
            if day.granularity == "day" and moves_focus(day):
                leaned = day
        # where the mention stands in its sentence: a sentence may write the same words twice
        at = mention.start - sentence_start
        when = resolve(expression, anchor, timezone=timezone, context=context, previous=leaned, at=at)
        if position and results:
            when = _range_end(text, mentions[position - 1], results[-1][1], mention, when)
        results.append((_typed(mention, when), when))
        if when.granularity in _PLACED and moves_focus(when) and mention.type in ("DATE", "TIME"):
            previous = when
    return results


def _day_after(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """The mention naming the day a clock time falls on: right after it ("4:10 p.m. on
    Friday"), or after the same time given in another zone in brackets: both "8 a.m." and
    "0500 GMT" in "at 8 a.m. (0500 GMT) on Sunday" fall on Sunday."""
    mention = mentions[position]
    following = mentions[position + 1] if position + 1 < len(mentions) else None
    if following is None:
        return None
    if _ON.fullmatch(text, mention.end, following.start):
        return following
    if _INTO_BRACKETS.fullmatch(text, mention.end, following.start) and following.type == "TIME":
        # the time is given again in brackets: the day follows the brackets
        after = mentions[position + 2] if position + 2 < len(mentions) else None
        if after is not None and _OUT_OF_BRACKETS.fullmatch(text, following.end, after.start):
            return after
        return None
    opened = text.rfind("(", max(0, mention.start - 2), mention.start)
    if opened >= 0 and _OUT_OF_BRACKETS.fullmatch(text, mention.end, following.start):
        return following
    return None


def _range_end(text: str, first: Mention, start: When, mention: Mention, when: When) -> When:
    """ "from Friday to Sunday", "between Monday and Wednesday": a range never ends before it
    begins, so a weekday closing it is the first such day after the one opening it."""
    if (
        when.granularity != "day"
        or start.granularity != "day"
        or when.start is None
        or start.start is None
        or when.start >= start.start
        or not _WEEKDAY_NAME.fullmatch(mention.text)
        or not _RANGE_JOIN.fullmatch(text, first.end, mention.start)
        or not _RANGE_OPEN.search(text, max(0, first.start - 10), first.start)
    ):
        return when
    opened = dt.date.fromisoformat(start.start[:10])
    weekday = dt.date.fromisoformat(when.start[:10]).weekday()
    day = opened + dt.timedelta(days=(weekday - opened.weekday()) % 7 or 7)
    after = day + dt.timedelta(days=1)
    moved = {"start": day.isoformat(), "end": after.isoformat(), "timex": day.isoformat()}
    if start.direction == "future":
        moved["direction"] = "future"
    return when.model_copy(update=moved)


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

"""Dates written as "since then": from the date the report just gave to the report's own day.

TimeML does not tag "since then" (TempEval's gold leaves it out, and so does the tagger, which
the TempEval bench scores), but a claim dated by it has a date all the same: "Commanders have met
more than 20 times since then" after "a deal agreed in August 2020" ran from August 2020. The
resolver reads it against the expression it leans on (`domain.temporal`, rule `since_then`);
this step finds it in the report and adds it, with its reading, to the report's dated mentions.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from domain.temporal.resolver import leans_on, resolve
from domain.when import When
from extraction.timex import Mention

_SINCE_THEN = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:then|that\s+time)\b")


def with_since_then(
    text: str,
    dated: Sequence[tuple[Mention, When]],
    anchor: datetime.datetime | datetime.date | None,
    timezone: str | None,
) -> list[tuple[Mention, When]]:
    """`dated` (in order of appearance) with every "since then" of `text` read against the last
    placed date written before it; one with no such date before it, or not read, is left out."""
    found = [match for match in _SINCE_THEN.finditer(text) if not _inside(match, dated)]
    if not found:
        return list(dated)
    added: list[tuple[Mention, When]] = []
    for match in found:
        previous = last_placed(dated, match.start())
        if previous is None:
            continue
        sentence = _sentence(text, match.start(), match.end())
        when = resolve(match.group(), anchor, timezone=timezone, context=sentence, previous=previous)
        if when.start is not None:
            added.append((Mention(match.start(), match.end(), match.group(), "DATE"), when))
    return sorted([*dated, *added], key=lambda pair: pair[0].start)


def _inside(match: re.Match[str], dated: Sequence[tuple[Mention, When]]) -> bool:
    return any(mention.start < match.end() and match.start() < mention.end for mention, _ in dated)


def last_placed(dated: Sequence[tuple[Mention, When]], before: int) -> When | None:
    """The date just mentioned before offset `before`: the last one (in order of appearance) that
    ends there or earlier and is placed on the calendar (not a vague date or a length). What an
    anaphor leans on, here and in `dateline resolve --context`."""
    for mention, when in reversed(dated):
        if mention.end <= before and leans_on(when):
            return when
    return None


def _sentence(text: str, start: int, end: int) -> str:
    """The line the expression is written on, which is the context the resolver reads."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : hi if hi >= 0 else len(text)]

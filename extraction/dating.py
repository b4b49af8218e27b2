"""Which date expression governs a claim: the one in its own clause, nearest to its cue.

A sentence is cut into clauses at subordinating openers ("after", "which", "in retaliation
to", "but", ...): "X called for withdrawal on Thursday after a strike killed ..." dates the
call, not the strike. An event noun may take its date from a relative clause attached to it
("the clashes, which began on Thursday"). Placed dates beat vague ones ("recent"); with no
date in its clause a claim is undated (`When.undated()`), never the publication date.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from domain.when import When
from extraction.casefold import folded_pattern, lowered
from extraction.initials import by_initial
from extraction.timex import Mention

#: After "and that", words that make "that" a pronoun or a determiner ("and that was the worst
#: day", "and that number rose"), not the opener of a second reported clause ("said A, and that B").
_THAT_NOT_OPENING = (
    "is|was|has|had|would|will|could|should|may|might|must|number|figure|toll|day|night|week|month|"
    "year|time|place|area|town|village|city|attack|one|same|of|in|at|on"
)
#: The words a clause opens with, gathered by their first letter (`initials.by_initial`; all
#: in lower case, as the folded pattern needs): each space of a sentence is followed by a word
#: held against the few openers of its letter.
_OPENERS = by_initial(
    r"after|before|following|in\s+retaliation\s+(?:to|for)|in\s+response\s+to|but|"
    r"while|whereas|until|which|who|whose|where|although|though|"
    rf"and\s+that(?!\s+(?:{_THAT_NOT_OPENING})\b)"
)
_OPENER = re.compile(rf"(?i),?\s+(?:{_OPENERS})\b")
#: `_OPENER` for the lowered sentence (`casefold.folded_pattern`), which is what is searched.
_OPENER_FOLDED = folded_pattern(_OPENER.pattern)
_TIME_PREPOSITIONS = frozenset({"after", "before", "following", "until"})
#: What after "before" or "after" names a time, not a clause: "raided the village before dawn".
_TIME_AFTER = re.compile(r"\s+(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|noon|midday|midnight)\b")
_RELATIVE = re.compile(r"(?i),?\s+(?:which|who|that)\b")
_UNPLACED = frozenset({"DURATION", "SET"})
#: "now", "currently", "at present": the time of writing, which the report's own date already
#: records; a claim so dated has no date of its own (a fact "now" true is not placed on the
#: publication day as if it happened then).
_PRESENT = frozenset({"PRESENT_REF"})
#: `When` is frozen: every undated claim shares one.
_UNDATED = When.undated()


def clauses(
    text: str, start: int, end: int, dated: Sequence[tuple[Mention, When]] = ()
) -> list[tuple[int, int]]:
    """Clause spans of the sentence `text[start:end]`.

    An opener inside a date expression opens no clause: "the following day" is a date, not
    "the" and a clause "following day, ...".
    """
    cuts = [start]
    # The pattern looks neither behind nor past a match: the lowered sentence alone serves.
    folded = lowered(text[start:end])
    for opener in _OPENER_FOLDED.finditer(folded):
        at = start + opener.start()
        if any(mention.start <= at < mention.end for mention, _ in dated):
            continue
        # "before dawn on Sunday", "until Monday": a time, not a clause of its own.
        if opener.group().rsplit(None, 1)[-1] in _TIME_PREPOSITIONS and (
            _TIME_AFTER.match(folded, opener.end())
            or any(0 <= mention.start - (start + opener.end()) <= 1 for mention, _ in dated)
        ):
            continue
        cuts.append(at)
    cuts.append(end)
    return [(lo, hi) for lo, hi in itertools.pairwise(cuts) if hi > lo]


def govern(
    text: str,
    sentence: tuple[int, int],
    focus: int,
    dated: Sequence[tuple[Mention, When]],
    *,
    event: bool = False,
    act: bool = False,
    skip: Sequence[tuple[int, int]] = (),
    parts: Sequence[tuple[int, int]] | None = None,
) -> When:
    """The When of the expression governing a claim whose cue is at `focus`.

    Mentions inside `skip` spans (a statement's quoted words) are not considered; for an `act`
    (a statement, a call, a threat), neither are dates in the possessive. `parts` are
    the sentence's `clauses` when the caller has them already (every claim of a sentence
    shares them).
    """
    if skip:
        dated = [pair for pair in dated if not any(lo <= pair[0].start < hi for lo, hi in skip)]
    if act:
        # "accuse the government of rigging Sunday's election": a date in the possessive names an
        # event the act is about, not when the act was done.
        dated = [pair for pair in dated if not _POSSESSIVE_AFTER.match(text, pair[0].end)]
    if not dated:
        return _UNDATED
    parts = clauses(text, *sentence, dated) if parts is None else parts
    index = next((i for i, (lo, hi) in enumerate(parts) if lo <= focus < hi), 0)
    clause = parts[index] if parts else None
    if clause is not None and not event:
        clause = _past_aside(text, clause, focus)
    found = _nearest(text, clause, focus, dated) if clause is not None else None
    if found is None and index > 0 and _AND_THAT.match(text, parts[index][0]):
        # "X said on Wednesday that A and that B": B is reported on Wednesday, as A is; a date
        # inside A is no date of B's.
        found = _reported(text, parts[0], focus, dated)
    if found is None and event and index + 1 < len(parts):
        lo, _ = parts[index + 1]
        if opens_relative(text, lo) and not text[focus:lo].strip(" ,").count(" ") > 2:
            found = _nearest(text, parts[index + 1], focus, dated)
    return found if found is not None else _UNDATED


#: A relative clause set off by commas after its head: ", which abolished its army in 1948,".
_ASIDE = re.compile(r"(?i),\s+(?:which|who|whose)\b[^,;]*,\s")
#: Heads whose relative clause dates the happening told after it ("The clashes, which began on
#: Thursday, killed five").
_EVENT_HEADS = re.compile(
    r"(?i)\b(?:attacks?|clash(?:es)?|fighting|strikes?|raids?|violence|shelling|bombing|ambush|assault"
    r"|offensive|battle|unrest|riots?|protests?|war|siege|incident|explosion|blast)\s*$"
)


def _past_aside(text: str, clause: tuple[int, int], focus: int) -> tuple[int, int]:
    """The clause without the relative clause on its subject that the claim's cue comes after:
    in "Costa Rica, which abolished its army in 1948, said it was sending police", 1948 dates the
    aside, not the sending. Kept when the head is a happening the aside dates."""
    lo, hi = clause
    aside = _ASIDE.match(text, lo)
    if aside is None or aside.end() > focus or _EVENT_HEADS.search(text, max(0, lo - 40), lo):
        return clause
    return aside.end(), hi


_AND_THAT = re.compile(r"(?i),?\s+and\s+that\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_THAT = re.compile(r"(?i)\s+that\s")


def _reported(
    text: str, first: tuple[int, int], focus: int, dated: Sequence[tuple[Mention, When]]
) -> When | None:
    """The date of the report verb's own clause: the first clause up to its "that"."""
    that = _THAT.search(text, *first)
    return _nearest(text, (first[0], that.start()), focus, dated) if that is not None else None


def opens_relative(text: str, at: int) -> bool:
    """Whether the clause starting at `at` is a relative clause ("..., which began on Thursday",
    "who were escorting ...")."""
    return _RELATIVE.match(text, at) is not None


def _nearest(
    text: str, clause: tuple[int, int], focus: int, dated: Sequence[tuple[Mention, When]]
) -> When | None:
    lo, hi = clause
    inside = [
        (mention, when)
        for mention, when in dated
        if lo <= mention.start and mention.end <= hi and mention.type not in _UNPLACED
        and when.timex not in _PRESENT
    ]
    placed = [pair for pair in inside if pair[1].granularity != "vague"]
    pool = placed or inside or _spans_back(clause, dated)
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0][1]
    # ", and" may join two clauses with subjects of their own ("It ordered French troops out in
    # 2023, and the last U.S. troops pulled out in August 2024"): a date on the cue's side of it
    # is preferred to a nearer one across it. A list ("Kyiv, Lviv, and the port on Monday") still
    # dates its head when nothing else does.
    joins = [lo + m.start() for m in _AND_JOIN.finditer(lowered(text[lo:hi]))]
    _mention, when = min(pool, key=lambda pair: (_across(joins, pair[0], focus), _distance(pair[0], focus)))
    return when


def _spans_back(clause: tuple[int, int], dated: Sequence[tuple[Mention, When]]) -> list[tuple[Mention, When]]:
    """Lengths of time that end now, resolved to the interval they cover ("over the past week",
    "in the past 24 hours"): what a claim with no other date in its clause happened within."""
    lo, hi = clause
    return [
        (mention, when) for mention, when in dated
        if lo <= mention.start and mention.end <= hi and mention.type == "DURATION"
        and when.start is not None and when.end is not None
    ]  # fmt: skip


_AND_JOIN = re.compile(r",\s+and\s")


def _across(joins: list[int], mention: Mention, focus: int) -> bool:
    """Whether a ", and" stands between the mention and the cue at `focus`."""
    low, high = (mention.end, focus) if mention.end <= focus else (focus, mention.start)
    return any(low <= at < high for at in joins)


def _distance(mention: Mention, focus: int) -> int:
    if mention.start <= focus < mention.end:
        return 0
    return mention.start - focus if mention.start > focus else focus - mention.end

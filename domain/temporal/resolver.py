"""The resolver: picks the rule that reads an expression and reports the result as a `When`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple

from domain.temporal import absolute, anaphora, eras, holidays, islamic, relative, vague, weekdays
from domain.temporal.anchor import Anchor, AnchorInput, make_anchor
from domain.temporal.clock import read_clock
from domain.temporal.direction import (
    clause_ahead,
    compares,
    cue_of,
    earnings,
    firmly_past,
    months_run,
    sentence_cue,
)
from domain.temporal.first import FirstCharacters
from domain.temporal.frame import Contradiction, Frame, Previous, Unresolvable
from domain.temporal.modifiers import (
    read_day_around,
    read_half_of,
    read_hedged,
    read_loosely,
    read_modified,
    read_since,
    read_week_of,
    read_week_of_month,
    read_year_ended,
)
from domain.temporal.normalise import described_period, normalise
from domain.temporal.parts_of_day import read_part_of_day
from domain.temporal.patterns import MONTH
from domain.temporal.ranges import read_range
from domain.temporal.reading import Reading, first_day, iso, parse_iso
from domain.when import Direction, When

RESOLVER_VERSION = "dateline-temporal/1.17"

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Frame], Reading | None]]
Reader = Callable[[str, Frame], Reading]
Wrapper = Callable[[str, Frame, Reader], Reading | None]

# Anaphora come first so that "the next day" leans on the report before the anchor.
RULES: Sequence[Rule] = (
    *anaphora.RULES,
    *relative.RULES,
    *weekdays.RULES,
    *absolute.RULES,
    *eras.RULES,
    *holidays.RULES,
    *islamic.RULES,
    *vague.RULES,
)
WRAPPERS: Sequence[Wrapper] = (
    # first: "from late January to mid-February" is a range, not the late part of one
    read_range,
    read_year_ended,
    read_since,
    read_part_of_day,
    read_clock,
    read_modified,
    read_week_of,
    read_week_of_month,
    read_half_of,
    read_day_around,
    read_loosely,
    read_hedged,
)
#: The rules that can read a text, by its first three characters (`first.py`): the others' patterns
#: cannot match it whole, so `read` gives what trying every rule in order gives.
_BY_OPENING: FirstCharacters[Callable[[re.Match[str], Frame], Reading | None]] = FirstCharacters(RULES)


def read(text: str, frame: Frame) -> Reading:
    """The first rule that reads `text` whole; a rule that needs what is missing passes."""
    return read_with(_BY_OPENING.rules_for, text, frame)


def read_with(rules_for: Callable[[str], Sequence[Rule]], text: str, frame: Frame) -> Reading:
    """`read` over the rules `rules_for(text)` gives, in order (every rule: `lambda _: RULES`)."""
    failure: Unresolvable | None = None
    for pattern, rule in rules_for(text):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        try:
            reading = rule(match, frame)
        except Unresolvable as error:
            failure = failure or error
            continue
        if reading is not None:
            return reading
    for wrapper in WRAPPERS:
        try:
            wrapped = wrapper(text, frame, lambda inner, at: read_with(rules_for, inner, at))
        except Unresolvable as error:
            failure = failure or error
            continue
        if wrapped is not None:
            return wrapped
    raise failure or Unresolvable(f"no rule reads {text!r}")


@lru_cache(maxsize=8192)
def _outcome(text: str, frame: Frame) -> Reading | Unresolvable:
    """`read`, remembered per (expression, frame): the frame holds the anchor day and moment,
    the direction cue and the earlier expression leaned on, so equal keys give equal answers."""
    try:
        return read(text, frame)
    except Unresolvable as error:
        return error


def _cached_read(text: str, frame: Frame) -> Reading:
    outcome = _outcome(text, frame)
    if isinstance(outcome, Unresolvable):
        raise Unresolvable(str(outcome))
    return outcome


def resolve(
    expression: str,
    anchor: AnchorInput,
    *,
    timezone: str | None = None,
    context: str = "",
    previous: When | None = None,
    at: int = -1,
) -> When:
    """Resolve one expression against the report's anchor (specs/temporal-resolution.md).
    `at`, where known, is where the expression starts in `context` (else its first occurrence
    there is read)."""
    fixed = make_anchor(anchor, timezone)
    restated = _apposition(expression, context, previous)
    if restated is not None:
        return restated
    # "by Tuesday", "until the end of March": the clause is read around the date, the word
    # before it being part of the clause ("must hand over ... by", "extended until").
    cue_text, cue_at = _bare_date(expression, context, at)
    direction, uncued = cue_of(cue_text, context, cue_at)
    if direction == "past" and not uncued and _set_for_day(expression, context):
        uncued = True
    frame = Frame(
        fixed.day if fixed else None,
        direction,
        _previous(previous),
        uncued,
        fixed.moment if fixed else None,
        firmly_past(cue_text, context, cue_at),
        months_run(context),
        # read only for "the same period", "the 1988 period" and "this quarter"
        ("period" in expression.lower() or "this quarter" in expression.lower()) and earnings(context),
        compares(expression, context),
        clause_ahead(expression, context),
        timezone,
    )
    base = _Base(expression, fixed.text if fixed else None, timezone, direction)
    try:
        text = _word_left_out(normalise(expression), context)
        text = _day_counted(_weekend_at_hand(text, context, frame.anchor), context)
        reading = _cached_read(text, frame)
    except Contradiction as clash:
        readings = tuple(_when(base, r, fixed) for r in clash.readings)
        return base.when().model_copy(update={"reason": str(clash), "readings": readings})
    except Unresolvable as error:
        return base.when().model_copy(update={"reason": str(error)})
    if described_period(expression):
        reading = reading.named("described_period")
    if reading.leaned_on is not None and fixed is None:
        base = base._replace(direction=sentence_cue(expression, context, at))
    clashing = _named_day_clash(base, reading, fixed, context, previous)
    return clashing if clashing is not None else _when(base, reading, fixed)


class _Base(NamedTuple):
    """What every `When` of one expression starts from. Only the rare unreadable expression
    needs it as a `When` of its own; a reading is validated once, with its fields (see `_when`)."""

    expression: str
    anchor: str | None
    timezone: str | None
    direction: Direction

    def when(self, direction: Direction | None = None, **reading: Any) -> When:
        """The `When` of this expression, with the direction and the reading's fields given."""
        return When(
            expression=self.expression,
            anchor=self.anchor,
            timezone=self.timezone,
            direction=direction or self.direction,
            resolver=RESOLVER_VERSION,
            **reading,
        )


_BOUND = re.compile(r"(?i:by|until|till|to|through|on|in|at|during|over|for) (?=\S)")


def _bare_date(expression: str, context: str, at: int) -> tuple[str, int]:
    """The expression without a leading preposition, and where it then stands in `context`."""
    bound = _BOUND.match(expression)
    if bound is None or not context:
        return expression, at
    rest = expression[bound.end() :]
    if at >= 0 and context.startswith(expression, at):
        return rest, at + bound.end()
    where = context.find(expression)
    return rest, (where + bound.end() if where >= 0 else -1)


# "a dividend this year as last", "this year and next": "last" / "next" alone stand for the
# unit named just before them.
_UNIT_BEFORE = re.compile(
    r"\b(?:this|last|next) (year|week|month)(?:'s)? (?:and|or|as|than|to) (last|next)\b"
)


def _word_left_out(text: str, context: str) -> str:
    """A word standing for more than itself, read with what its sentence leaves out: "last" in
    "this year as last" is "last year", "12" in "on July 11 and 12" is "july 12"."""
    if text.isdigit():
        return _day_after_date(text, context)
    if text not in ("last", "next") or not context:
        return text
    for match in _UNIT_BEFORE.finditer(context.lower()):
        if match.group(2) == text:
            return f"{text} {match.group(1)}"
    return text


# "set the sentencing hearing for the 21st", "called a strike for the 3rd": a day of the month
# something is set for is a plan, on either side of the anchor: placed nearest it, as uncued.
_DAY_ORDINAL = re.compile(r"the (?:[12]?\d|3[01])(?:st|nd|rd|th)")


def _set_for_day(expression: str, context: str) -> bool:
    return _DAY_ORDINAL.fullmatch(expression) is not None and f"for {expression}" in context


# "lawmakers left for the weekend", "shops closed for the weekend": what something is left or
# closed for is the weekend at hand, the nearest one: from Thursday on, the one ahead.
_FOR_THE_WEEKEND = re.compile(r"\bfor the weekend\b")


def _weekend_at_hand(text: str, context: str, anchor: dt.date | None) -> str:
    if text != "the weekend" or anchor is None or anchor.weekday() not in (3, 4):
        return text
    return "this weekend" if _FOR_THE_WEEKEND.search(context.lower()) else text


# "today is the eighth day of the siege", "it's the second day of the offensive": the day
# counted is the day the report speaks of.
_DAY_COUNTED = re.compile(
    r"\b(?:today is|today's|it is|it's) (?:the )?(?:\w+|\d{1,3}(?:st|nd|rd|th)) "
    r"(?:straight |consecutive )?day (?:of|in a row)\b"
)
_COUNTED_DAY = re.compile(r"(?:the )?(?:\w+|\d{1,3}(?:st|nd|rd|th)) (?:straight |consecutive )?day")


def _day_counted(text: str, context: str) -> str:
    if not text.endswith(" day") or not _COUNTED_DAY.fullmatch(text):
        return text
    lowered = context.lower().replace("’", "'")
    return "today" if any(text in m.group() for m in _DAY_COUNTED.finditer(lowered)) else text


# "on July 11 and 12": a day number after a date and "and" / "or" is a day of the same month.
_DAY_AFTER_DATE = re.compile(
    rf"\b({MONTH})\.? (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? (?:and|or) (\d{{1,2}})\b"
)


# "between 3 and 7 february": a day number before "and" / "to" and a day-first date; "on 9 and
# 10 september", "on 9 or 10 september" likewise.
_DAY_BEFORE_DATE = re.compile(
    rf"\b(?:(?:between|from) (\d{{1,2}})(?:st|nd|rd|th)? (?:and|to|until|till)"
    rf"|on (\d{{1,2}})(?:st|nd|rd|th)? (?:and|or)) "
    rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? ({MONTH})\b(?:,? (\d{{4}})\b)?"
)


def _day_after_date(text: str, context: str) -> str:
    lowered = context.lower()
    for match in _DAY_AFTER_DATE.finditer(lowered):
        if match.group(2) == text:
            return f"{match.group(1)} {text}"
    for match in _DAY_BEFORE_DATE.finditer(lowered):
        if text in (match.group(1), match.group(2)):
            year = f" {match.group(4)}" if match.group(4) else ""
            return f"{text} {match.group(3)}{year}"
    return text


#: Rules whose result is a comparison point, not a new focus for later anaphora.
#: "after a flat second quarter" describes a period in passing ("described_period").
_COMPARISONS = frozenset(
    {"anaphora_quarter_year_before", "anaphora_months_year_before", "quarter_year_ago", "described_period"}
)


def moves_focus(when: When) -> bool:
    """Whether later anaphora ("the next day") should lean on this resolved expression. "Since
    1985" is a stretch up to the report's day, read by the day: no day for "at noon" to fall on."""
    placed = when.start is not None and when.granularity not in (None, "vague", "duration")
    return placed and when.rule not in _COMPARISONS and when.rule != "since"


# "Oct. 12, the day before the crash", "in 1989, the year after the merger": a unit named
# right after a date and a comma restates that date; it is not a day or a year away from it.
_RESTATING = re.compile(r"the (?:day|week|month|year)(?: before| after)?", re.IGNORECASE)


def _apposition(expression: str, context: str, previous: When | None) -> When | None:
    """The date just mentioned, when `expression` stands in apposition to it."""
    if previous is None or previous.start is None or not _RESTATING.fullmatch(expression.strip()):
        return None
    if f"{previous.expression}, {expression}" not in context:
        return None
    restated = {"expression": expression, "rule": "apposition", "leaned_on": previous.expression}
    return previous.model_copy(update=restated)


#: Words for a day that a weekday may stand beside to name it again: "yesterday, Monday".
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow"})


def _named_day_clash(
    base: _Base, reading: Reading, anchor: Anchor | None, context: str, previous: When | None
) -> When | None:
    """A weekday written beside "yesterday" / "today" / "tomorrow" ("yesterday, Monday", "today
    (Tuesday)") names that day again: when it is another day, the text contradicts itself, and
    both readings are kept. (A weekday after another weekday is a list, not a restatement.)"""
    if previous is None or previous.rule not in _DAY_WORDS or previous.start is None:
        return None
    if not reading.rule.startswith("weekday") or reading.start is None:
        return None
    if f"{previous.expression}, {base.expression}" not in context and (
        f"{previous.expression} ({base.expression})" not in context
    ):
        return None
    if iso(reading.start) == previous.start:
        return None
    said = parse_iso(previous.start)
    assert isinstance(said, dt.date)
    reason = (
        f"contradiction: the text says {base.expression} but {previous.expression} is "
        f"{said.strftime('%A')} {said.isoformat()}"
    )
    readings = (previous.model_copy(update={"expression": base.expression}), _when(base, reading, anchor))
    return base.when().model_copy(update={"reason": reason, "readings": readings})


def leans_on(when: When) -> bool:
    """Whether an anaphor ("the following day", "since then") can lean on `when`: a date placed
    on the calendar, not a vague one or a length."""
    return when.start is not None and when.granularity not in (None, "vague", "duration")


def _previous(when: When | None) -> Previous | None:
    if when is None or not leans_on(when):
        return None
    assert when.start is not None and when.granularity is not None  # `leans_on` says so
    start = parse_iso(when.start)
    assert start is not None
    return Previous(when.expression or "", start, when.granularity, when.timex or "")


def _within_report(reading: Reading, direction: Direction, anchor: Anchor | None) -> Reading:
    """A past night of the anchor day cannot run past the day the report was published."""
    if direction != "past" or anchor is None or reading.granularity != "part_of_day":
        return reading
    day_end = dt.datetime.combine(anchor.day + dt.timedelta(days=1), dt.time())
    if isinstance(reading.end, dt.datetime) and reading.end > day_end:
        return replace(reading, end=day_end)
    return reading


def _when(base: _Base, reading: Reading, anchor: Anchor | None) -> When:
    direction = _direction(base.direction, reading, anchor)
    reading = _within_report(reading, direction, anchor)
    # One validation with every field, the same fields set as the base `When` copied with the
    # reading's fields would have: an equal object (fields, fields set) for half the work.
    return base.when(
        direction,
        start=iso(reading.start),
        end=iso(reading.end),
        granularity=reading.granularity,
        timex=reading.timex,
        mod=reading.mod,
        rule=reading.rule,
        leaned_on=reading.leaned_on,
    )


def _direction(cue: Direction, reading: Reading, anchor: Anchor | None) -> Direction:
    """Whatever the cue, an interval that starts after the anchor day lies ahead, and one that
    starts before it and ends with it lies behind; on the anchor day itself ("scheduled to
    resume today") the sentence says which."""
    if reading.timex == "FUTURE_REF":
        return "future"
    if anchor is None or reading.start is None:
        return cue
    first = first_day(reading.start)
    if first > anchor.day:
        return "future"
    ends_by_then = reading.end is not None and _end_day(reading.end) <= anchor.day + dt.timedelta(days=1)
    if first < anchor.day and ends_by_then:
        return "past"
    return cue


def _end_day(end: dt.date) -> dt.date:
    if isinstance(end, dt.datetime):
        return end.date() if end.time() == dt.time() else end.date() + dt.timedelta(days=1)
    return end

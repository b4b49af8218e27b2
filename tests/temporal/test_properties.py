"""Properties of the resolver (hypothesis): deterministic, non-empty, past stays past, zone-free."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.temporal import resolve
from domain.temporal.reading import parse_iso
from extraction.timex.patterns import MONTH_NAMES

REPO = Path(__file__).resolve().parents[2]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = MONTH_NAMES
NUMBERS = ["two", "three", "5", "ten"]

past_expressions = st.one_of(
    st.sampled_from(
        [
            "yesterday",
            "today",
            "last week",
            "last month",
            "last year",
            "recently",
            "late last month",
            "early last month",
            "mid-last month",
            "earlier this week",
            "the past week",
            "last night",
            "this morning",
        ]
    ),
    st.builds("{} {}".format, st.sampled_from(["", "last", "late", "early"]), st.sampled_from(WEEKDAYS)),
    st.builds("{} {}".format, st.sampled_from(WEEKDAYS), st.sampled_from(["morning", "evening", "night"])),
    st.builds(
        "{} {} ago".format, st.sampled_from(NUMBERS), st.sampled_from(["days", "weeks", "months", "years"])
    ),
    st.builds("{} {}".format, st.sampled_from(["mid-", "late", "early", ""]), st.sampled_from(MONTHS)),
    st.builds("{} {}".format, st.sampled_from(MONTHS), st.integers(1, 28)),
    st.builds("since {}".format, st.sampled_from(MONTHS)),
)
any_expressions = st.one_of(
    past_expressions,
    st.sampled_from(
        [
            "next week",
            "tomorrow",
            "next Friday",
            "this year",
            "in 2019",
            "the 1990s",
            "for three days",
            "the third quarter",
            "this summer",
            "now",
            "soon",
        ]
    ),
)
anchors = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
PAST_CONTEXT = "Officials said the attack happened then."


@given(any_expressions, anchors)
def test_the_same_input_gives_the_same_output(expression: str, anchor: dt.date) -> None:
    assert resolve(expression, anchor, context=PAST_CONTEXT) == resolve(
        expression, anchor, context=PAST_CONTEXT
    )


@given(any_expressions, anchors)
def test_intervals_are_never_empty(expression: str, anchor: dt.date) -> None:
    result = resolve(expression, anchor, context=PAST_CONTEXT)
    start, end = parse_iso(result.start), parse_iso(result.end)
    if start is not None and end is not None:
        assert _as_datetime(start) < _as_datetime(end)


@given(past_expressions, anchors)
def test_a_past_expression_never_ends_after_the_anchor_day(expression: str, anchor: dt.date) -> None:
    """Calendar units that contain the anchor day ("January" read on 11 January) are the
    one allowed exception: the spec gives them their whole unit. Nothing lies wholly ahead."""
    result = resolve(expression, anchor, context=PAST_CONTEXT)
    assert result.resolved, result
    assert result.direction == "past"
    start, end = parse_iso(result.start), parse_iso(result.end)
    assert end is not None
    day_end = dt.datetime.combine(anchor + dt.timedelta(days=1), dt.time())
    if start is not None and _as_datetime(start) <= _as_datetime(anchor) < _as_datetime(end):
        return
    assert _as_datetime(end) <= day_end


@settings(max_examples=25, deadline=None)
@given(any_expressions, st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1)))
def test_aware_anchors_depend_on_the_publisher_zone_only(expression: str, moment: dt.datetime) -> None:
    aware = moment.replace(tzinfo=dt.UTC)
    here = resolve(expression, aware, timezone="Asia/Baghdad")
    assert here == resolve(
        expression, aware.astimezone(dt.timezone(dt.timedelta(hours=-7))), timezone="Asia/Baghdad"
    ).model_copy(update={"anchor": here.anchor})


_PROBE = """
import datetime as dt, json, time
time.tzset()
from domain.temporal import resolve
cases = [("yesterday", dt.datetime(2024, 2, 7, 22, 30, tzinfo=dt.UTC)),
         ("Friday night", dt.datetime(2024, 2, 8, 1, 0)), ("last week", dt.date(2024, 2, 8))]
print(json.dumps([resolve(e, a, timezone="Asia/Baghdad").model_dump() for e, a in cases]))
"""


def test_the_machine_time_zone_does_not_matter() -> None:
    outputs = set()
    for zone in ("UTC", "Pacific/Kiritimati", "America/Los_Angeles"):
        env = {**os.environ, "TZ": zone}
        run = subprocess.run(
            [sys.executable, "-c", _PROBE], cwd=REPO, env=env, capture_output=True, text=True, check=True
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())[0]["start"] == "2024-02-07"


def _as_datetime(point: dt.date) -> dt.datetime:
    return point if isinstance(point, dt.datetime) else dt.datetime.combine(point, dt.time())

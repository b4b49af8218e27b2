"""Rule of resolver 1.15: "since then" runs from the date just mentioned to the end of the anchor
day, as "since X" runs from X (the spec's "since" rule and its anaphora); with no earlier date it
stays unresolved. The sentences are made up; the rule's cases failed on 1.14."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from domain.when import When

ANCHOR = dt.date(2025, 3, 12)


def earlier(expression: str, context: str) -> When:
    return resolve(expression, ANCHOR, timezone="Africa/Juba", context=context)


def test_version() -> None:
    assert RESOLVER_VERSION.startswith("dateline-temporal/1.1")


@pytest.mark.parametrize(("expression", "context", "start", "timex"), [
    ("in June 2023", "The two sides signed a truce in June 2023.", "2023-06-01", "2023-06"),
    ("on Monday", "Gunmen attacked the market on Monday.", "2025-03-10", "2025-03-10"),
    ("late January", "Fighting flared in late January.", "2025-01-21", "2025-01"),
])  # fmt: skip
def test_since_then_runs_from_the_date_just_mentioned(
    expression: str, context: str, start: str, timex: str
) -> None:
    previous = earlier(expression, context)
    then = resolve("since then", ANCHOR, timezone="Africa/Juba",
                   context="At least 40 people have been killed since then.", previous=previous)  # fmt: skip
    assert (then.start, then.end, then.rule, then.timex, then.leaned_on) == (
        start, "2025-03-13", "since_then", timex, expression
    )


def test_since_then_without_an_earlier_date_stays_unresolved() -> None:
    then = resolve("since then", ANCHOR, timezone="Africa/Juba", context="Nothing has changed since then.")
    assert then.start is None and then.reason is not None


def test_since_then_after_a_date_still_ahead_stays_unresolved() -> None:
    ahead = earlier("next Monday", "The talks will resume next Monday.")
    then = resolve("since then", ANCHOR, timezone="Africa/Juba", context="x since then", previous=ahead)
    assert then.start is None

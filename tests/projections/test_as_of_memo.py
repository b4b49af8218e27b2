"""The tenth pass on as-of reads (issue 7): what a long-lived reader keeps per claim row, and
the finest-first order by UTC keys, checked against their plain definitions."""

from __future__ import annotations

import random
from datetime import date

import pytest

from projections import evidence
from projections.casualties import casualties
from projections.catalog import Catalog, ClaimRow
from projections.clocks import as_of
from projections.reuse import per_claim
from projections.timeline import timeline
from tests.projections.test_read_side_rewrites import random_interval
from tests.projections.test_reuse import world


@pytest.mark.parametrize("seed", range(30))
def test_finest_first_by_utc_keys_is_the_plain_sort(seed: int) -> None:
    """Across zones, clock changes and local times that do not exist (where UTC order and
    Python's order disagree, and the plain sort must be kept)."""
    rng = random.Random(seed)
    for _ in range(40):
        intervals = [random_interval(rng) for _ in range(rng.randint(0, 40))]
        got = evidence._sorted_finest_first(intervals)
        want = sorted(intervals, key=evidence._finest_first)
        assert [id(i) for i in got] == [id(i) for i in want]


def test_a_claim_rows_value_is_worked_out_once_for_the_catalog_and_every_view() -> None:
    held = world().catalog()
    calls: list[ClaimRow] = []

    def work_out(row: ClaimRow, catalog: Catalog) -> str:
        calls.append(row)
        return str(row.content["quote"])

    views = [held, as_of(held, date(2024, 2, 3)), as_of(held, date(2024, 2, 5))]
    for view in views * 2:
        for row in view.claims.values():
            assert per_claim(view, row, "test", work_out) == row.content["quote"]
    assert sorted(map(id, calls)) == sorted(map(id, held.claims.values()))  # once per row


def test_new_events_empty_the_claim_memo_and_reads_follow_them() -> None:
    w = world()
    held = w.catalog()
    before = [timeline(as_of(held, date(2024, 2, d))) for d in (2, 4, 9)], casualties(held)
    assert held.memo.get("interval") and held.memo.get("sightings")
    seen = len(w.events)
    w.do(next(iter(w.claims)), "reject", by="lena", reason="wrong figure")
    for event in w.events[seen:]:
        held.apply(event)
    assert not held.memo
    after = [timeline(as_of(held, date(2024, 2, d))) for d in (2, 4, 9)], casualties(held)
    fresh = w.catalog()
    assert after == ([timeline(as_of(fresh, date(2024, 2, d))) for d in (2, 4, 9)], casualties(fresh))
    assert after != before

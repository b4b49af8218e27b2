"""A long-lived reader's per-incident memo (`projections.reuse`): what it gives is what a
catalog folded afresh gives, as of any day, between any days, and after new events."""

from __future__ import annotations

from datetime import date
from typing import Any

from projections.casualties import casualties
from projections.catalog import Catalog, IncidentRow
from projections.clocks import as_of, between
from projections.reuse import per_incident
from projections.talks import talks
from projections.timeline import escalation, placed_incidents, timeline
from tests.projections.world import World, day, fig

DAYS = [date(2024, 2, d) for d in (1, 3, 4, 6, 9, 12, 20)]


def reads(catalog: Catalog) -> dict[str, Any]:
    placed = placed_incidents(catalog)
    return {"timeline": timeline(catalog, placed), "week": escalation(catalog, by="week", placed=placed),
            "day": escalation(catalog, by="day"), "casualties": casualties(catalog), "talks": talks(catalog)}


def every_clock(catalog: Catalog) -> list[dict[str, Any]]:
    views = [catalog, *(as_of(catalog, d) for d in DAYS),
             between(catalog, date(2024, 1, 28), date(2024, 2, 2)),
             between(as_of(catalog, date(2024, 2, 6)), date(2024, 1, 30), date(2024, 2, 6))]
    return [reads(view) for view in views]


def world() -> World:
    """Incidents told by reports of several days, so that a day cuts some of them."""
    w = World()
    for n in range(9):
        report = w.report("ABC"[n % 3], f"2024-02-{1 + n:02d}", f"Report {n}\nA strike killed {n + 2}.")
        claim = w.claim(report, "casualties", f"A strike killed {n + 2}.", speaker="ABC"[n % 3],
                        figures=[fig("killed", n + 2)], when=day(f"2024-01-{28 + n % 4:02d}"))
        w.incident(f"i{n % 4}", "strike", claim)
    return w


def test_a_held_catalog_reads_what_a_fresh_fold_reads_on_every_clock() -> None:
    w = world()
    held = w.catalog()
    first = every_clock(held)
    assert held.memo  # the reads above kept per-incident results
    assert every_clock(held) == first == every_clock(w.catalog())


def test_new_events_are_read_not_the_memo() -> None:
    w = world()
    held = w.catalog()
    before = every_clock(held)
    seen = len(w.events)
    claim = next(iter(w.claims))
    w.do(claim, "reject", by="lena", reason="wrong figure")
    report = w.report("D", "2024-02-05", "Report late\nA strike killed 40.")
    late = w.claim(report, "casualties", "A strike killed 40.", speaker="D", figures=[fig("killed", 40)],
                   when=day("2024-01-29"))
    w.incident("i1", "strike", late)
    for event in w.events[seen:]:
        held.apply(event)
    after = every_clock(held)
    assert after == every_clock(w.catalog())
    assert after != before


def test_a_callers_change_to_a_row_does_not_reach_the_next_read() -> None:
    held = world().catalog()
    for read in (lambda c: timeline(c)["incidents"], lambda c: casualties(c)["incidents"]):
        rows = read(held)
        rows[0]["country"] = "Elsewhere"
        assert all("country" not in row for row in read(held))


def test_a_row_a_clock_cut_down_is_worked_out_each_time_and_kept_nowhere() -> None:
    held = world().catalog()
    view = as_of(held, date(2024, 2, 7))
    calls: list[IncidentRow] = []

    def work_out(catalog: Catalog, incident: IncidentRow) -> int:
        calls.append(incident)
        return len(incident.claims)

    cut = [row for iid, row in view.incidents.items() if row is not held.incidents[iid]]
    whole = [row for iid, row in view.incidents.items() if row is held.incidents[iid]]
    assert cut and whole
    for _ in range(2):
        for row in cut + whole:
            assert per_incident(view, row, "test", work_out) == len(row.claims)
    assert calls == cut + whole + cut  # the whole rows once, from the memo the second time
    assert set(held.memo["test"]) == {id(row) for row in whole}


def test_an_as_of_view_picks_its_claims_only_when_a_read_asks_for_them() -> None:
    from projections.clocks import ClockView, published_day

    held = world().catalog()
    on = date(2024, 2, 7)
    view = as_of(held, on)
    assert isinstance(view, ClockView)
    reads_through_incidents = (timeline(view), escalation(view), casualties(view))
    assert view._pick is not None  # nothing above needed every claim of the store
    known = {rid for rid, row in held.reports.items() if (d := published_day(row)) and d <= on}
    want = {cid: row for cid, row in held.claims.items() if row.report in known}
    assert list(view.claims.items()) == list(want.items()) and 0 < len(want) < len(held.claims)
    assert view._pick is None
    assert reads_through_incidents == (timeline(view), escalation(view), casualties(view))
    again = as_of(view, date(2024, 2, 4))  # a view of a view is cut as any clock cuts
    assert set(again.claims) < set(view.claims) and again.source is held


def test_as_of_cuts_incidents_as_the_general_restriction_does() -> None:
    """`as_of` on a whole catalog cuts incidents by the days it worked out once per catalog
    state; what it keeps (rows, links in their order, own rows or copies) is what the general
    `restrict` keeps, with an undated report's claim and a merged incident in the mix."""
    from projections.clocks import restrict

    w = world()
    undated = w.report("D", None, "Undated\nA strike killed 5.")  # type: ignore[arg-type]
    w.incident("i1", "strike", w.claim(undated, "casualties", "A strike killed 5.", speaker="D",
                                       figures=[fig("killed", 5)]))
    w.merge("i2", "i3")
    catalog = w.catalog()
    copies = 0
    for d in [date(2024, 1, 31), *DAYS, date(2024, 3, 1)]:
        view = as_of(catalog, d)
        known = view.reports.keys()
        general = restrict(catalog, reports=known, whole_reports=True,
                           claims={c: r for c, r in catalog.claims.items() if r.report in known})
        assert list(view.reports) == list(general.reports)
        assert list(view.incidents) == list(general.incidents)
        for iid, row in view.incidents.items():
            assert list(row.claims.items()) == list(general.incidents[iid].claims.items())
            assert (row is catalog.incidents[iid]) == (general.incidents[iid] is catalog.incidents[iid])
        copies += sum(row is not catalog.incidents[iid] for iid, row in view.incidents.items())
    assert copies  # some day cut an incident through

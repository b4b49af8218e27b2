"""The read side's faster algorithms against their plain definitions (issue 7, fifth pass).

Each rewrite is checked against the code it replaced, written out here as the definition:
random inputs, including local times a clock change skips (where comparing in UTC and
comparing as Python does disagree), and crafted catalogs for the ties.
"""

from __future__ import annotations

import copy
import gc
import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from projections import evidence
from projections.casualties import _display_party, best_figures, casualties, incident_ledger
from projections.catalog import Catalog, ClaimRow
from projections.clocks import as_of, between
from projections.collecting import without_collection
from projections.evidence import Interval, incident_claims, local_moment, most_common, open_incidents
from projections.talks import calls, same_speaker
from projections.timeline import _actors, escalation, placed_incidents, severity, timeline
from tests.projections.world import World, day, fig

#: Zones whose clocks change (Beirut and Cairo at midnight: a day can start at a time that
#: does not exist), and fixed ones.
ZONES = ["Asia/Beirut", "Africa/Cairo", "America/New_York", "Asia/Baghdad", "UTC", "Asia/Kathmandu"]
#: Days around clock changes of those zones.
DAYS = [date(2024, 3, 29), date(2024, 3, 30), date(2024, 3, 31), date(2024, 4, 25), date(2024, 4, 26),
        date(2024, 3, 10), date(2024, 11, 3), date(2024, 10, 27), date(2024, 10, 31)]


def random_interval(rng: random.Random) -> Interval:
    name = rng.choice(ZONES)
    first = datetime.combine(rng.choice(DAYS), datetime.min.time()) + timedelta(hours=rng.choice(
        [0, 0, 0, 1, 2, 6, 12, 18, 23]))
    length = timedelta(hours=rng.choice([-3, 0, 1, 6, 12, 24, 24, 48, 24 * 7]))
    start, end = local_moment(first.isoformat(), name), local_moment((first + length).isoformat(), name)
    return Interval(start, end, rng.choice(list(evidence.GRANULARITY_RANK)), name)


def plain_largest_overlap(intervals: list[Interval]) -> list[Interval]:
    """The definition: for each interval's start, the intervals containing it; the first largest."""
    groups = ([i for i in intervals if i.start <= p.start < i.end] for p in intervals)
    return max(groups, key=len)


@pytest.mark.parametrize("seed", range(40))
def test_largest_overlap_picks_the_group_the_definition_picks(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        intervals = [random_interval(rng) for _ in range(rng.randint(1, 70))]
        intervals.sort(key=evidence._finest_first)
        got, want = evidence._largest_overlap(intervals), plain_largest_overlap(intervals)
        assert [id(i) for i in got] == [id(i) for i in want]


def test_a_start_that_does_not_exist_is_compared_as_python_compares_it() -> None:
    # Midnight of 31 March 2024 does not exist in Beirut (clocks went to 01:00). As one zone,
    # 00:00 compares before 00:30 by the wall clock; in UTC it is the same instant as 01:00.
    beirut = [Interval(local_moment(s, "Asia/Beirut"), local_moment(e, "Asia/Beirut"), "day", "Asia/Beirut")
              for s, e in [("2024-03-31T00:30", "2024-03-31T02:00")] * 5]
    gap = Interval(local_moment("2024-03-31", "Asia/Beirut"), local_moment("2024-04-01", "Asia/Beirut"),
                   "day", "Asia/Beirut")
    intervals = [gap, *beirut, *[replace(i) for i in beirut]]
    assert evidence._largest_overlap(intervals) == plain_largest_overlap(intervals)
    assert evidence._largest_overlap(intervals)[0] is gap


@given(st.lists(st.sampled_from(["a", "b", "c", None, ""]), max_size=12))
def test_most_common_is_the_first_seen_on_a_tie(values: list[str | None]) -> None:
    seen = [v for v in values if v]
    want = max(dict.fromkeys(seen), key=seen.count) if seen else None
    assert most_common(values) == want


def claim_row(actors: list[str]) -> ClaimRow:
    from uuid import uuid4

    return ClaimRow(id=uuid4(), report=uuid4(), content={"actors": actors}, asserted_at="", status="proposed")


@given(st.lists(st.lists(st.sampled_from(["US", "PMF", "Iran", "ISF"]), max_size=4), max_size=8))
def test_actors_most_named_first_then_first_named(named: list[list[str]]) -> None:
    rows = [claim_row(a) for a in named]
    flat = [a for actors in named for a in actors]
    assert _actors(rows) == sorted(dict.fromkeys(flat), key=lambda a: -flat.count(a))


def test_actors_tie_keeps_the_order_they_were_first_named() -> None:
    rows = [claim_row(["Iran", "US"]), claim_row(["PMF", "US"]), claim_row(["PMF", "Iran"])]
    assert _actors(rows) == ["Iran", "US", "PMF"]


# -- the ledger's best figures, and the escalation built on them ------------------------------

PARTIES = [None, "PMF fighters", "members of the PMF", "Popular Mobilization Forces (PMF)", "civilians",
           "its troops"]
QUALIFIERS = ["exact", "at_least", "more_than", "about", "up_to", "vague"]
figure_rows = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(1, 20), st.sampled_from(["killed", "injured",
              "dead", "wounded", "displaced"]), st.one_of(st.none(), st.integers(0, 90)),
              st.sampled_from(QUALIFIERS), st.sampled_from(PARTIES), st.integers(0, 9)),
    min_size=1, max_size=16,
)


def ledger_world(rows: list[tuple[Any, ...]]) -> Catalog:
    w = World()
    linked: dict[int, list[Any]] = {}
    for n, (incident, source, published, measure, value, qualifier, party, start) in enumerate(rows):
        report = w.report("ABCD"[source], f"2024-02-{published:02d}", f"Report {n}\nThey died.")
        claim = w.claim(report, "casualties", "They died.", speaker="ABCD"[source],
                        figures=[fig(measure, value, qualifier, party, "dozens" if value is None else None)],
                        when=day(f"2024-01-{10 + start:02d}") if start else None)
        linked.setdefault(incident, []).append(claim)
    for incident, ids in sorted(linked.items()):
        w.incident(f"incident-{incident}", "strike", *ids)
    return w.catalog()


def severity_from_ledger(catalog: Catalog, incident: Any) -> float:
    """The definition `severity` had: the whole ledger entry, its measures' best added up."""
    import math

    ledger = incident_ledger(catalog, incident)
    best = {"killed": 0, "injured": 0}
    for measure in ledger["measures"] if ledger else []:
        best[measure["measure"]] += measure["best"] or 0
    return 1 + math.log1p(best["killed"]) + 0.5 * math.log1p(best["injured"])


@settings(max_examples=80, deadline=None)
@given(figure_rows)
def test_best_figures_are_the_ledgers(rows: list[tuple[Any, ...]]) -> None:
    catalog = ledger_world(rows)
    for incident in open_incidents(catalog):
        assert severity(catalog, incident) == severity_from_ledger(catalog, incident)
        ledger = incident_ledger(catalog, incident)
        bests = {"killed": 0, "injured": 0}
        for m in ledger["measures"] if ledger else []:
            bests[m["measure"]] += m["best"] or 0
        assert best_figures(incident_claims(catalog, incident), catalog) == bests


@settings(max_examples=40, deadline=None)
@given(figure_rows)
def test_display_party_is_the_most_used_naming_wording(rows: list[tuple[Any, ...]]) -> None:
    from projections.casualties import _sightings
    from projections.parties import party_key

    catalog = ledger_world(rows)
    sightings = [s for row in catalog.claims.values() for s in _sightings(row, catalog)]
    wordings = [s.party for s in sightings if s.party and party_key(s.party)]
    want = min(set(wordings), key=lambda w: (-wordings.count(w), len(w), w)) if wordings else None
    assert _display_party(sightings) == want


def test_escalation_lists_an_incident_once_per_period_in_incident_order() -> None:
    w = World()
    report = w.report("A", "2024-02-20", "Headline\nSomething happened here.")
    long = w.claim(report, "strike", "Something happened here.", speaker="A",
                   when=day("2024-02-01", "2024-02-16", granularity="week"))
    short = w.claim(report, "attack", "Something happened here.", speaker="B", when=day("2024-02-06"))
    w.incident("long", "strike", long)
    w.incident("short", "attack", short)
    ids = [str(w.incidents[n].id) for n in ("long", "short")]
    weeks = {row["period"]: row["incidents"] for row in escalation(w.catalog(), by="week")}
    assert weeks == {"2024-W05": [ids[0]], "2024-W06": ids, "2024-W07": [ids[0]]}
    days = escalation(w.catalog(), by="day")
    assert len(days) == 15 and all(row["incidents"][0] == ids[0] for row in days)
    assert sum(row["score"] for row in days) == pytest.approx(10 + 10, abs=0.01)


# -- calls for withdrawal ---------------------------------------------------------------------

SPEAKERS = ["Qais al-Khazali", "Al-Khazali", "Khazali", "the prime minister", "Prime Minister",
            "Hadi al-Amiri", "Sheikh Qais al-Khazali", "Amiri"]


def plain_call_groups(catalog: Catalog) -> list[list[str]]:
    """The definition: each claim joins the first earlier group of its day whose speakers
    include the same speaker, else starts one."""
    from projections.talks import _ordered, when_moment

    groups: list[tuple[str | None, list[str], list[str]]] = []
    for row in _ordered(catalog, "call_for_withdrawal"):
        text = when_moment(row, catalog)[1]
        on = text[:10] if text else None
        same = next((g for g in groups if g[0] == on and same_speaker(g[1], row.content["speaker"])), None)
        if same is None:
            same = (on, [], [])
            groups.append(same)
        if row.content["speaker"] not in same[1]:
            same[1].append(row.content["speaker"])
        same[2].append(str(row.id))
    return [g[2] for g in groups]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SPEAKERS), st.integers(0, 3), st.booleans()), min_size=1,
                max_size=25))
def test_calls_group_as_the_definition_groups(said: list[tuple[str, int, bool]]) -> None:
    w = World()
    for n, (speaker, offset, dated) in enumerate(said):
        report = w.report("AB"[n % 2], f"2024-02-{8 + offset:02d}", f"Report {n}\nThe troops must leave.")
        w.claim(report, "call_for_withdrawal", "The troops must leave.", speaker=speaker,
                when=day(f"2024-02-0{1 + offset}") if dated else None)
    catalog = w.catalog()
    assert [c["claims"] for c in calls(catalog)] == plain_call_groups(catalog)


# -- the clocks' copies ---------------------------------------------------------------------

def plain_restrict(catalog: Catalog, reports: set[Any], keep: Any) -> Catalog:
    """`restrict` as it was written, with `dataclasses.replace`."""
    claims = {cid: row for cid, row in catalog.claims.items() if keep(row)}
    incidents = {}
    for iid, incident in catalog.incidents.items():
        links = {c: link for c, link in incident.claims.items() if c in claims}
        if links or incident.merged_into is not None:
            incidents[iid] = replace(incident, claims=links)
    return Catalog(
        reports={rid: replace(row, claims=[c for c in row.claims if c in claims])
                 for rid, row in catalog.reports.items() if rid in reports},
        claims=claims, incidents=incidents,
    )


def clock_world() -> Catalog:
    w = World()
    for n in range(12):
        report = w.report("ABC"[n % 3], f"2024-02-{1 + n:02d}", f"Report {n}\nA strike hit.",
                          timezone=["Asia/Baghdad", "America/New_York", "Asia/Beirut"][n % 3])
        claims = [w.claim(report, "strike", "A strike hit.", speaker=s, when=day(f"2024-01-{10 + n + k:02d}"))
                  for k, s in enumerate("XY")]
        w.incident(f"i{n % 4}", "strike", *claims)
    w.merge("i0", "i1")
    return w.catalog()


def as_lists(catalog: Catalog) -> list[list[tuple[Any, Any]]]:
    return [list(catalog.reports.items()), list(catalog.claims.items()), list(catalog.incidents.items())]


@pytest.mark.parametrize("on", [date(2024, 1, 31), date(2024, 2, 1), date(2024, 2, 6), date(2024, 3, 1)])
def test_as_of_keeps_the_rows_the_plain_copy_keeps(on: date) -> None:
    from projections.clocks import published_day

    catalog = clock_world()
    known = {rid for rid, row in catalog.reports.items() if (d := published_day(row)) and d <= on}
    before = copy.deepcopy(as_lists(catalog))
    got = as_of(catalog, on)
    assert as_lists(got) == as_lists(plain_restrict(catalog, known, lambda row: row.report in known))
    assert as_lists(catalog) == before  # the catalog read from is left as it was
    # A report is known with all it said: its row is shared. An incident that lost claims
    # is a copy; one that kept them all is the catalog's own row.
    assert all(got.reports[r] is catalog.reports[r] for r in got.reports)
    for iid, row in got.incidents.items():
        whole = row.claims.keys() == catalog.incidents[iid].claims.keys()
        assert (row is catalog.incidents[iid]) == whole
    if date(2024, 2, 1) <= on < date(2024, 2, 12):  # some reports known, some not yet
        assert any(row is not catalog.incidents[i] for i, row in got.incidents.items())


def test_between_keeps_the_rows_the_plain_copy_keeps() -> None:
    catalog = clock_world()
    got = between(catalog, date(2024, 1, 14), date(2024, 1, 18))
    low, high = "2024-01-14", "2024-01-18"

    def keep(row: ClaimRow) -> bool:
        when = row.content.get("when") or {}
        start, end = when.get("start"), when.get("end")
        return end is not None and end > low and (start is None or start < high)

    assert as_lists(got) == as_lists(plain_restrict(catalog, set(catalog.reports), keep))
    assert casualties(got) == casualties(plain_restrict(catalog, set(catalog.reports), keep))
    for rid, row in got.reports.items():  # a row that lost claims is a copy, the rest shared
        assert (row is catalog.reports[rid]) == (row.claims == catalog.reports[rid].claims)
    assert any(row is not catalog.reports[r] for r, row in got.reports.items())
    assert any(row is catalog.reports[r] for r, row in got.reports.items())


def test_the_collector_is_paused_during_a_read_and_restored_after() -> None:
    states: list[bool] = []

    @without_collection
    def read(fail: bool) -> None:
        states.append(gc.isenabled())
        if fail:
            raise ValueError("x")

    assert gc.isenabled()
    read(False)
    with pytest.raises(ValueError):
        read(True)
    assert states == [False, False] and gc.isenabled()
    gc.disable()
    try:
        read(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- sixth pass: incidents placed once, intervals parsed once, ids loaded once ----------------

def plain_escalation(catalog: Catalog, by: str) -> list[dict[str, Any]]:
    """The definition: each open incident's live claims, their interval and the ledger's
    severity, spread over the interval's local days."""
    from projections.timeline import GOLDSTEIN, _all_periods, _period

    scores: dict[str, float] = {}
    active: dict[str, list[str]] = {}
    for incident in open_incidents(catalog):
        claims = incident_claims(catalog, incident)
        interval = evidence.incident_interval(claims, catalog)[0] if claims else None
        if interval is None:
            continue
        days = interval.days()
        score = -GOLDSTEIN.get(incident.kind, 0.0) * severity_from_ledger(catalog, incident)
        for d in days:
            period = _period(d, by)  # type: ignore[arg-type]
            scores[period] = scores.get(period, 0.0) + score / len(days)
            if str(incident.id) not in active.setdefault(period, []):
                active[period].append(str(incident.id))
    return [{"period": p, "score": round(scores.get(p, 0.0), 3), "incidents": active.get(p, [])}
            for p in _all_periods(scores, by)]  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(figure_rows, st.sampled_from(["day", "week"]))
def test_escalation_from_placed_incidents_is_the_definitions(rows: list[tuple[Any, ...]], by: str) -> None:
    catalog = ledger_world(rows)
    placed = placed_incidents(catalog)
    assert escalation(catalog, by=by, placed=placed) == plain_escalation(catalog, by)
    assert escalation(catalog, by=by) == plain_escalation(catalog, by)
    rows_by_id = {row["id"]: row for row in timeline(catalog, placed)["incidents"]}
    for incident in open_incidents(catalog):
        claims = incident_claims(catalog, incident)
        if not claims:
            assert str(incident.id) not in rows_by_id
            continue
        interval, rule = evidence.incident_interval(claims, catalog)
        row = rows_by_id[str(incident.id)]
        assert row["interval_rule"] == rule and row["claims"] == [str(c.id) for c in claims]
        assert (row["start"], row["end"]) == ((interval.doc()["start"], interval.doc()["end"]) if interval
                                              else (None, None))


def test_claims_with_one_interval_share_one_parsed_interval_and_zones_keep_theirs() -> None:
    w = World()
    report = w.report("A", "2024-02-08", "Headline\nA strike hit.")
    first = w.claim(report, "strike", "A strike hit.", speaker="A", when=day("2024-02-07"))
    second = w.claim(report, "strike", "A strike hit.", speaker="B", when=day("2024-02-07"))
    catalog = w.catalog()
    a = evidence.claim_interval(catalog.claims[first], catalog)
    b = evidence.claim_interval(catalog.claims[second], catalog)
    assert a is b and a is not None
    zone_name = a.zone
    assert a == Interval(local_moment("2024-02-07", zone_name), local_moment("2024-02-08", zone_name), "day",
                         zone_name)
    elsewhere = replace(catalog.claims[second], content={**catalog.claims[second].content, "when": {
        **catalog.claims[second].content["when"], "timezone": "Asia/Kathmandu"}})
    moved = evidence.claim_interval(elsewhere, catalog)
    assert moved is not None and moved.zone == "Asia/Kathmandu" and moved.start != a.start


def test_a_loaded_catalog_holds_each_id_once() -> None:
    from projections.rows import dump, load

    catalog = clock_world()
    loaded = load((kind, doc) for kind, _, doc in dump(catalog, None))
    assert as_lists(loaded) == as_lists(catalog)
    for rid, report in loaded.reports.items():
        assert report.id is rid
        for cid in report.claims:
            assert loaded.claims[cid].id is cid and loaded.claims[cid].report is rid
    for iid, incident in loaded.incidents.items():
        assert incident.id is iid
        for cid in incident.claims:
            assert loaded.claims[cid].id is cid

"""Properties of the casualty ledger over random sources, figures, updates and retractions."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from projections.casualties import casualties, totals
from projections.catalog import Catalog
from tests.projections.world import World, day, fig

PUBLISHERS = ["A", "B", "C", "D"]
QUALIFIERS = ["exact", "at_least", "more_than", "about", "up_to"]
PARTIES = [None, "PMF fighters", "members of the PMF", "civilians"]

# (incident, publisher, published day, value, qualifier, party, retracted)
Row = tuple[int, int, int, int, str, str | None, bool]
rows_strategy = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 3), st.integers(3, 9), st.integers(0, 60),
              st.sampled_from(QUALIFIERS), st.sampled_from(PARTIES), st.booleans()),
    min_size=1, max_size=12,
)


def build(rows: list[Row], order: list[int] | None = None) -> Catalog:
    w = World()
    claims: dict[int, list[Any]] = {}
    for n in order if order is not None else range(len(rows)):
        incident, source, published, value, qualifier, party, retracted = rows[n]
        report = w.report(PUBLISHERS[source], f"2024-02-{published:02d}", f"Report {n}\nThey died.")
        claim = w.claim(report, "casualties", "They died.", speaker=PUBLISHERS[source],
                        figures=[fig("killed", value, qualifier, party)],
                        when=day(f"2024-02-0{1 + incident}"))
        if retracted:
            w.do(claim, "retract", reason="test", by="lena")
        claims.setdefault(incident, []).append(claim)
    for incident, ids in sorted(claims.items()):
        w.incident(f"incident-{incident}", "strike", *ids)
    return w.catalog()


def measures(catalog: Catalog) -> list[dict[str, Any]]:
    return [m for i in casualties(catalog)["incidents"] for m in i["measures"]]


@settings(max_examples=60, deadline=None)
@given(rows_strategy)
def test_low_best_high_are_ordered(rows: list[Row]) -> None:
    for m in measures(build(rows)):
        assert m["low"] <= m["best"]
        if m["high"] is not None:
            assert m["best"] <= m["high"]


@settings(max_examples=60, deadline=None)
@given(rows_strategy)
def test_best_is_one_of_the_latest_per_publisher_figures(rows: list[Row]) -> None:
    for m in measures(build(rows)):
        current = [f for f in m["figures"] if "superseded_by" not in f]
        assert len({f["source"] for f in current}) == len(current) == len(m["sources"])
        assert m["best"] in {f["low"] if f["low"] is not None else f["high"] for f in current}


@settings(max_examples=60, deadline=None)
@given(rows_strategy)
def test_totals_never_exceed_the_sum_of_incident_highs(rows: list[Row]) -> None:
    catalog = build(rows)
    killed = totals(catalog, None, None)["measures"][0]
    highs = [m["high"] for m in measures(catalog) if m["measure"] == "killed"]
    if killed["high"] is not None:
        assert killed["high"] <= sum(h for h in highs if h is not None)
        assert killed["low"] <= killed["best"] <= killed["high"]


@settings(max_examples=40, deadline=None)
@given(rows_strategy, st.randoms(use_true_random=False))
# Found by hypothesis: an unnamed party beside a named one, which the comparison once failed to order.
@example([(0, 0, 3, 0, "exact", None, False), (0, 0, 4, 0, "exact", "PMF fighters", False)], random.Random(0))
def test_the_ledger_does_not_depend_on_the_order_reports_arrive(rows: list[Row], rng: Any) -> None:
    # One figure per publisher and day, so publication alone orders a publisher's figures.
    unique = list({(r[1], r[2]): r for r in rows}.values())
    order = list(range(len(unique)))
    rng.shuffle(order)
    assert _comparable(build(unique)) == _comparable(build(unique, order))


def _comparable(catalog: Catalog) -> list[Any]:
    """The ledger without claim ids, which name the order claims were coded in."""
    keep = ("value", "qualifier", "source", "party", "published")
    return [
        (i["id"], m["measure"], m["party_key"], m["low"], m["best"], m["high"], m["disputed"],
         # by their text: a party may be None beside a name, which tuples cannot order
         sorted(((tuple(f[k] for k in keep), "superseded_by" in f) for f in m["figures"]), key=repr))
        for i in casualties(catalog)["incidents"] for m in i["measures"]
    ]

from __future__ import annotations

from typing import Any
from uuid import UUID

from projections.casualties import casualties, totals
from projections.catalog import Catalog
from projections.parties import group_keys, party_key
from tests.projections.seed import build_seed
from tests.projections.world import World, day, fig

TEXT = "Raid report\nThe raid killed people."
QUOTE = "The raid killed people."


def ledger(catalog: Catalog, incident: UUID) -> dict[str, Any]:
    return next(i for i in casualties(catalog)["incidents"] if i["id"] == str(incident))


def measure(catalog: Catalog, incident: UUID, name: str = "killed") -> dict[str, Any]:
    return next(m for m in ledger(catalog, incident)["measures"] if m["measure"] == name)


def one_figure_each(*figures: tuple[str, str, Any]) -> tuple[World, UUID, list[UUID]]:
    """One report per (publisher, published, figure), all linked to one incident."""
    w = World()
    claims = []
    for n, (source, published, figure) in enumerate(figures):
        report = w.report(source, published, f"{TEXT}\n{n}")
        claims.append(w.claim(report, "casualties", QUOTE, speaker=source, figures=[figure],
                              when=day("2024-02-02")))
    return w, w.incident("raid", "strike", *claims), claims


def test_seed_killed_range_follows_the_product_rule() -> None:
    seed = build_seed()
    killed = measure(seed.world.catalog(), seed.world.incidents["feb2"].id)
    assert (killed["low"], killed["best"], killed["high"], killed["disputed"]) == (16, 16, 17, True)
    assert killed["party_key"] == "pmf"
    assert {f["source"] for f in killed["figures"]} == {"Rudaw", "Shafaq News"}


def test_seed_injured_range_and_the_unnamed_party_joins_the_main_one() -> None:
    seed = build_seed()
    injured = measure(seed.world.catalog(), seed.world.incidents["feb2"].id, "injured")
    assert (injured["low"], injured["best"], injured["high"], injured["disputed"]) == (25, 25, 36, True)
    assert injured["party_key"] == "pmf"


def test_seed_single_source_incidents() -> None:
    seed = build_seed()
    catalog = seed.world.catalog()
    for name in ("feb7", "jordan"):
        killed = measure(catalog, seed.world.incidents[name].id)
        assert (killed["low"], killed["best"], killed["high"], killed["disputed"]) == (3, 3, 3, False)


def test_every_figure_names_its_source_speaker_claim_and_quote() -> None:
    seed = build_seed()
    figure = measure(seed.world.catalog(), seed.world.incidents["feb2"].id)["figures"][0]
    assert figure["claim"] == str(seed.ids["a_killed"])
    assert figure["speaker"] == "Rudaw" and "at least 16" in figure["quote"]


def test_a_rising_toll_from_one_publisher_is_an_update_not_a_dispute() -> None:
    w, incident, (first, second) = one_figure_each(
        ("Wire", "2024-02-03", fig("killed", 16)), ("Wire", "2024-02-04", fig("killed", 17)))
    killed = measure(w.catalog(), incident)
    assert (killed["low"], killed["best"], killed["high"], killed["disputed"]) == (17, 17, 17, False)
    old = next(f for f in killed["figures"] if f["claim"] == str(first))
    assert old["superseded_by"] == str(second)


def test_the_latest_report_wins_even_when_it_was_recorded_first() -> None:
    w, incident, (_later, _earlier) = one_figure_each(
        ("Wire", "2024-02-05", fig("killed", 20)), ("Wire", "2024-02-03", fig("killed", 12)))
    assert measure(w.catalog(), incident)["best"] == 20


def test_more_than_85_has_lower_bound_86_and_no_high() -> None:
    w, incident, _ = one_figure_each(("Wire", "2024-02-03", fig("killed", 85, "more_than")))
    killed = measure(w.catalog(), incident)
    assert (killed["low"], killed["best"], killed["high"]) == (86, 86, None)


def test_high_is_null_when_an_open_figure_exceeds_every_bounded_one() -> None:
    w, incident, _ = one_figure_each(
        ("A", "2024-02-03", fig("killed", 20, "at_least")), ("B", "2024-02-03", fig("killed", 17)))
    killed = measure(w.catalog(), incident)
    assert (killed["low"], killed["best"], killed["high"], killed["disputed"]) == (17, 17, None, True)


def test_up_to_caps_high_without_inventing_a_floor() -> None:
    w, incident, _ = one_figure_each(
        ("A", "2024-02-03", fig("killed", 9, "up_to")), ("B", "2024-02-03", fig("killed", 4)))
    killed = measure(w.catalog(), incident)
    assert (killed["low"], killed["best"], killed["high"]) == (4, 4, 9)


def test_best_is_the_lower_median_of_publishers() -> None:
    w, incident, _ = one_figure_each(
        ("A", "2024-02-03", fig("killed", 5)), ("B", "2024-02-03", fig("killed", 9)),
        ("C", "2024-02-03", fig("killed", 7)), ("D", "2024-02-03", fig("killed", 30)))
    assert measure(w.catalog(), incident)["best"] == 7


def test_rejected_retracted_and_superseded_claims_do_not_count() -> None:
    w, incident, (_a, b, c, d) = one_figure_each(
        ("A", "2024-02-03", fig("killed", 5)), ("B", "2024-02-03", fig("killed", 50)),
        ("C", "2024-02-03", fig("killed", 500)), ("D", "2024-02-03", fig("killed", 90)))
    w.do(b, "reject", by="lena", reason="misread")
    w.do(c, "retract", by="lena", reason="wrong story")
    w.do(d, "supersede", successor=None, by="lena")
    killed = measure(w.catalog(), incident)
    assert (killed["low"], killed["high"], killed["sources"]) == (5, 5, ["A"])


def test_claims_without_an_incident_are_not_in_the_ledger() -> None:
    w = World()
    report = w.report("Wire", "2024-02-03", TEXT)
    w.claim(report, "casualties", QUOTE, speaker="Wire", figures=[fig("killed", 4)])
    assert casualties(w.catalog()) == {"incidents": []}


def test_a_merged_incident_is_counted_once_in_its_survivor() -> None:
    w = World()
    r1, r2 = w.report("A", "2024-02-03", f"{TEXT}\n1"), w.report("B", "2024-02-03", f"{TEXT}\n2")
    c1 = w.claim(r1, "casualties", QUOTE, speaker="A", figures=[fig("killed", 4)], when=day("2024-02-02"))
    c2 = w.claim(r2, "casualties", QUOTE, speaker="B", figures=[fig("killed", 6)], when=day("2024-02-02"))
    w.incident("one", "strike", c1)
    w.incident("two", "strike", c2)
    w.merge("one", "two")
    catalog = w.catalog()
    assert [i["id"] for i in casualties(catalog)["incidents"]] == [str(w.incidents["one"].id)]
    assert totals(catalog, None, None)["measures"][0]["high"] == 6


def test_totals_place_each_incident_once_by_its_start() -> None:
    seed = build_seed()
    catalog = seed.world.catalog()
    january = totals(catalog, "2024-01-01", "2024-02-01")
    february = totals(catalog, "2024-02-01", "2024-03-01")
    assert january["measures"][0] | {"measure": "killed"} == {
        "measure": "killed", "low": 3, "best": 3, "high": 3, "incidents": 1}
    assert february["measures"][0]["low"] == 16 + 3 and february["measures"][0]["high"] == 17 + 3
    assert set(january["incidents"]).isdisjoint(february["incidents"])


def test_party_wordings_group_under_one_key() -> None:
    wordings = ["PMF fighters", "members of the PMF", "PMF members", "members of the PMF's Al-Tofuf Brigade",
                "Popular Mobilization Forces (PMF) fighters"]
    assert {party_key(w) for w in wordings} == {"pmf"}
    assert party_key("three American soldiers") == party_key("U.S. service members") == "us"


def test_spelt_out_names_join_their_initials_and_unnamed_figures_join_the_main_party() -> None:
    keys = group_keys(["Popular Mobilization Forces fighters", "PMF fighters", None, "civilians", "PMF"])
    assert keys == {"Popular Mobilization Forces fighters": "pmf", "PMF fighters": "pmf", None: "pmf",
                    "civilians": "civilians", "PMF": "pmf"}


def test_different_parties_stay_apart_and_add_up_in_totals() -> None:
    w, incident, _ = one_figure_each(
        ("A", "2024-02-03", fig("killed", 5, party="civilians")),
        ("A", "2024-02-03", fig("killed", 7, party="PMF fighters")))
    parties = {m["party_key"]: m["best"] for m in ledger(w.catalog(), incident)["measures"]}
    assert parties == {"civilians": 5, "pmf": 7}
    assert totals(w.catalog(), None, None)["measures"][0]["best"] == 12


def test_a_wording_that_names_nobody_joins_the_main_party_and_is_not_its_label() -> None:
    w, incident, _ = one_figure_each(
        ("A", "2024-02-03", fig("killed", 16, "at_least", "Popular Mobilization Forces fighters")),
        ("B", "2024-02-03", fig("killed", 17, party="members")))
    (killed,) = ledger(w.catalog(), incident)["measures"]
    assert killed["party"] == "Popular Mobilization Forces fighters"
    assert (killed["low"], killed["high"]) == (16, 17)

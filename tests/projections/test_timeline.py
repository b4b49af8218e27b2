from __future__ import annotations

import math

import pytest

from domain.errors import InvalidInput
from projections.timeline import GOLDSTEIN, escalation, timeline
from tests.projections.seed import build_seed
from tests.projections.world import World, day, fig

TEXT = "Headline\nSomething happened here."
QUOTE = "Something happened here."


def test_seed_incidents_are_ordered_by_start_with_generated_titles() -> None:
    rows = timeline(build_seed().world.catalog())["incidents"]
    assert [r["title"] for r in rows] == [
        "Attack in Jordan, Jan 2024", "Strike in Anbar, 2 Feb 2024", "Strike in Baghdad, 7 Feb 2024"]


def test_overlapping_claims_narrow_the_interval_to_the_finest() -> None:
    seed = build_seed()
    feb2 = next(r for r in timeline(seed.world.catalog())["incidents"]
                if r["id"] == str(seed.world.incidents["feb2"].id))
    assert (feb2["start"], feb2["end"], feb2["granularity"]) == ("2024-02-02T18:00", "2024-02-03T06:00",
                                                                 "part_of_day")
    assert feb2["interval_rule"] == "intersection"
    assert feb2["sources"] == ["Rudaw", "Shafaq News"] and len(feb2["claims"]) == 3
    assert feb2["location"] == "Anbar" and feb2["actors"] == ["United States", "PMF"]


def test_friday_night_and_saturday_overlap_after_midnight() -> None:
    w = World()
    a, b = w.report("A", "2024-02-04", TEXT), w.report("B", "2024-02-04", f"{TEXT}\n")
    night = day("2024-02-02T18:00", "2024-02-03T06:00", granularity="part_of_day")
    c1 = w.claim(a, "strike", QUOTE, speaker="A", when=night)
    c2 = w.claim(b, "strike", QUOTE, speaker="B", when=day("2024-02-03"))
    w.incident("x", "strike", c1, c2)
    row = timeline(w.catalog())["incidents"][0]
    assert (row["start"], row["end"], row["granularity"]) == ("2024-02-03", "2024-02-03T06:00", "part_of_day")


def test_claims_that_do_not_overlap_give_their_hull() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    c1 = w.claim(report, "strike", QUOTE, speaker="A", when=day("2024-02-02"))
    c2 = w.claim(report, "strike", QUOTE, speaker="B", when=day("2024-02-05"))
    w.incident("x", "strike", c1, c2)
    row = timeline(w.catalog())["incidents"][0]
    assert (row["start"], row["end"], row["granularity"], row["interval_rule"]) == (
        "2024-02-02", "2024-02-06", "week", "hull")


def test_one_misdated_claim_does_not_stretch_an_incident_the_others_agree_on() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    night = day("2024-02-02T18:00", "2024-02-03T06:00", granularity="part_of_day")
    agreeing = [w.claim(report, "strike", QUOTE, speaker=s, when=night) for s in ("A", "B")]
    stray = w.claim(report, "strike", QUOTE, speaker="C", when=day("2024-02-06"))
    w.incident("x", "strike", *agreeing, stray)
    row = timeline(w.catalog())["incidents"][0]
    assert (row["start"], row["end"], row["interval_rule"]) == (
        "2024-02-02T18:00", "2024-02-03T06:00", "consensus of 2/3")


def test_a_meaningful_stored_title_is_kept_and_merged_incidents_are_omitted() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    c1 = w.claim(report, "strike", QUOTE, speaker="A", when=day("2024-02-02"))
    c2 = w.claim(report, "strike", QUOTE, speaker="B", when=day("2024-02-02"))
    w.incident("x", "strike", c1, title="Raid on the depot")
    w.incident("y", "strike", c2, title="Strike incident 2")
    w.merge("x", "y")
    rows = timeline(w.catalog())["incidents"]
    assert [(r["title"], len(r["claims"])) for r in rows] == [("Raid on the depot", 2)]


def test_undated_incidents_come_last() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    w.incident("undated", "statement", w.claim(report, "statement", QUOTE, speaker="A"))
    w.incident("dated", "strike", w.claim(report, "strike", QUOTE, speaker="B", when=day("2024-02-02")))
    assert [r["kind"] for r in timeline(w.catalog())["incidents"]] == ["strike", "statement"]


def test_escalation_weighs_kind_by_severity_and_spreads_over_days() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    two_days = day("2024-02-02", "2024-02-04")
    strike = w.claim(report, "casualties", QUOTE, speaker="A", when=two_days,
                     figures=[fig("killed", 10), fig("injured", 4)])
    w.incident("x", "strike", strike)
    series = escalation(w.catalog())
    severity = 1 + math.log1p(10) + 0.5 * math.log1p(4)
    assert [s["period"] for s in series] == ["2024-02-02", "2024-02-03"]
    assert series[0]["score"] == pytest.approx(-GOLDSTEIN["strike"] * severity / 2, abs=1e-3)


def test_escalation_keeps_quiet_days_and_talks_pull_it_down() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    w.incident("s", "strike", w.claim(report, "strike", QUOTE, speaker="A", when=day("2024-02-02")))
    talks = w.claim(report, "talks_status", QUOTE, speaker="A", when=day("2024-02-05"))
    w.incident("t", "talks_status", talks)
    scores = {s["period"]: s["score"] for s in escalation(w.catalog())}
    assert scores["2024-02-02"] == 10.0 and scores["2024-02-03"] == 0.0 and scores["2024-02-05"] == -7.0


def test_weekly_series_sums_the_days() -> None:
    seed = build_seed()
    catalog = seed.world.catalog()
    daily = sum(s["score"] for s in escalation(catalog, "day"))
    weekly = escalation(catalog, "week")
    assert [s["period"] for s in weekly] == ["2024-W03", "2024-W04", "2024-W05", "2024-W06"]
    assert sum(s["score"] for s in weekly) == pytest.approx(daily, abs=0.01)


def test_escalation_periods_are_day_or_week() -> None:
    with pytest.raises(InvalidInput):
        escalation(World().catalog(), "month")


def test_a_title_of_only_kind_and_date_is_regenerated() -> None:
    w = World()
    report = w.report("A", "2024-02-09", TEXT)
    claim = w.claim(report, "strike", QUOTE, speaker="A", when=day("2024-02-02"), location="Anbar")
    w.incident("x", "strike", claim, title="strike on 2024-02-02")
    assert timeline(w.catalog())["incidents"][0]["title"] == "Strike in Anbar, 2 Feb 2024"

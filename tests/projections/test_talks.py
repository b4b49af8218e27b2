from __future__ import annotations

import pytest

from projections.talks import classify, same_speaker, talks
from tests.projections.seed import build_seed
from tests.projections.world import World, day


def test_seed_talks_are_ongoing_on_the_strength_of_the_first_outlets_claim() -> None:
    seed = build_seed()
    doc = talks(seed.world.catalog())
    assert (doc["status"], doc["since"]) == ("talks_ongoing", "2024-02-08")
    assert doc["history"] == [{"status": "talks_ongoing", "start": "2024-02-08", "end": None,
                               "claims": [str(seed.ids["talks"])], "sources": ["Rudaw"]}]


def test_seed_call_for_withdrawal_from_both_outlets_is_one_call() -> None:
    seed = build_seed()
    (call,) = talks(seed.world.catalog())["calls"]
    assert call["who"] == "Qais al-Khazali" and call["when"] == "2024-02-08"
    assert call["sources"] == ["Rudaw", "Shafaq News"]
    assert call["claims"] == [str(seed.ids["call_a"]), str(seed.ids["call_b"])]
    assert call["dated_by"]["expression"] == "Thursday"
    assert call["asked"] == "called for the prompt withdrawal of coalition forces"


def test_status_history_names_the_claims_behind_every_change() -> None:
    w = World()
    steps = [("2024-01-05", "The two governments will hold talks on the mission"),
             ("2024-01-27", "Negotiations continue in the capital"),
             ("2024-02-03", "Officials are negotiating the timetable"),
             ("2024-02-05", "Baghdad suspended the talks after the strike"),
             ("2024-03-01", "The sides reached an agreement on a withdrawal timetable")]
    ids = []
    for n, (when, quote) in enumerate(steps):
        report = w.report("Wire", "2024-03-02", f"Talks {n}\n{quote}")
        ids.append(w.claim(report, "talks_status", quote, speaker="Wire", when=day(when)))
    history = talks(w.catalog())["history"]
    assert [(h["status"], h["start"], h["end"]) for h in history] == [
        ("talks_announced", "2024-01-05", "2024-01-27"), ("talks_ongoing", "2024-01-27", "2024-02-05"),
        ("talks_suspended", "2024-02-05", "2024-03-01"), ("agreement_reached", "2024-03-01", None)]
    assert history[1]["claims"] == [str(ids[1]), str(ids[2])]


def test_undated_claims_are_placed_at_publication_and_retracted_ones_drop_out() -> None:
    w = World()
    early = w.report("A", "2024-01-10", "T1\nNegotiations continue in the capital")
    late = w.report("B", "2024-02-10", "T2\nBaghdad suspended the talks")
    w.claim(late, "talks_status", "Baghdad suspended the talks", speaker="B")
    ongoing = w.claim(early, "talks_status", "Negotiations continue in the capital", speaker="A")
    assert [h["status"] for h in talks(w.catalog())["history"]] == ["talks_ongoing", "talks_suspended"]
    w.do(ongoing, "retract", reason="wrong", by="lena")
    assert [h["status"] for h in talks(w.catalog())["history"]] == ["talks_suspended"]


def test_no_claims_means_no_talks() -> None:
    assert talks(World().catalog()) | {"calls": []} == {
        "status": "no_talks", "since": None, "history": [], "unclassified": [], "calls": []}


@pytest.mark.parametrize(("quote", "status"), [
    ("Iraq and the US agreed to hold talks next month", "talks_announced"),
    ("The talks broke off on Sunday", "talks_suspended"),
    ("Both sides reached an agreement on a timetable", "agreement_reached"),
    ("Troops began withdrawing from the base", "withdrawal_underway"),
    ("The coalition completed its withdrawal", "withdrawal_complete"),
    ("Baghdad is currently engaged in talks with the coalition", "talks_ongoing"),
    ("The talks were prompted by anger", None),
])
def test_quote_cues(quote: str, status: str | None) -> None:
    assert classify({"quote": quote}) == status


def test_a_stated_status_wins_over_the_cues() -> None:
    assert classify({"quote": "Talks continue", "talks_status": "talks_suspended"}) == "talks_suspended"


def test_calls_group_by_speaker_and_day_only() -> None:
    w = World()
    r1 = w.report("A", "2024-02-08", "T1\nX called for withdrawal\nY demanded withdrawal")
    r2 = w.report("B", "2024-02-09", "T2\nX called for withdrawal")
    w.claim(r1, "call_for_withdrawal", "X called for withdrawal", speaker="Sheikh Omar X")
    w.claim(r1, "call_for_withdrawal", "Y demanded withdrawal", speaker="Y")
    w.claim(r2, "call_for_withdrawal", "X called for withdrawal", speaker="Omar X")
    assert [(c["who"], c["when"]) for c in talks(w.catalog())["calls"]] == [
        ("Sheikh Omar X", "2024-02-08"), ("Y", "2024-02-08"), ("Omar X", "2024-02-09")]


def test_short_and_full_names_are_one_speaker() -> None:
    assert same_speaker(["Qais al-Khazali"], "Al-Khazali")
    assert not same_speaker(["Qais al-Khazali"], "Akram al-Kaabi")

"""The tagger on the seed reports (read from the shared folder) and on adversarial text."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from extraction.timex import Mention, resolve_text, tag

ANCHOR = dt.date(2024, 2, 8)


@pytest.fixture(scope="module")
def rudaw(seeds_dir: Path) -> str:
    return sorted(seeds_dir.glob("000_*.txt"))[0].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def shafaq(seeds_dir: Path) -> str:
    return sorted(seeds_dir.glob("001_*.txt"))[0].read_text(encoding="utf-8")


def texts(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions]


def test_finds_the_seed_expressions_with_their_spans(rudaw: str) -> None:
    found = tag(rudaw)
    for expected in (
        "Thursday",
        "the late hours of Wednesday",
        "Friday night",
        "late last month",
        "mid-October",
        "2019",
    ):
        assert expected in texts(found)
    for mention in found:
        assert rudaw[mention.start : mention.end] == mention.text


def test_mentions_are_ordered_and_do_not_overlap(rudaw: str) -> None:
    found = tag(rudaw)
    assert found == sorted(found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_types_follow_timeml(rudaw: str) -> None:
    types = {m.text: m.type for m in tag(rudaw)}
    assert types["Friday night"] == "TIME"
    assert types["late last month"] == "DATE"
    assert tag("They fought for three days.")[0].type == "DURATION"
    assert tag("Patrols run every week.")[0].type == "SET"


def test_resolves_the_seed_report_against_its_anchor(rudaw: str) -> None:
    resolved = {m.text: w for m, w in resolve_text(rudaw, ANCHOR, timezone="Asia/Baghdad")}
    assert resolved["the late hours of Wednesday"].start == "2024-02-07T20:00"
    assert resolved["Friday night"].end == "2024-02-03T06:00"
    assert (resolved["late last month"].start, resolved["late last month"].mod) == ("2024-01-21", "END")
    # TimeML spans leave out "since"; the resolution keeps it.
    assert resolved["mid-October"].expression == "since mid-October"
    assert resolved["mid-October"].end == "2024-02-09"
    assert resolved["2019"].timex == "2019"


def test_second_seed_report(shafaq: str) -> None:
    resolved = {m.text: w for m, w in resolve_text(shafaq, ANCHOR, timezone="Asia/Baghdad")}
    assert resolved["Wednesday evening"].start == "2024-02-07T18:00"
    assert resolved["last week"].timex == "2024-W05"


def test_anaphora_chain_through_the_text() -> None:
    text = "The convoy was hit on January 27. The following day, a second strike followed."
    (_, first), (_, second) = resolve_text(text, ANCHOR)
    assert first.start == "2024-01-27"
    assert (second.start, second.leaned_on) == ("2024-01-28", "January 27")


def test_durations_and_sets_are_not_placed() -> None:
    ((mention, when),) = resolve_text("Fighting lasted for three days.", ANCHOR)
    assert (mention.type, when.granularity, when.timex, when.start) == ("DURATION", "duration", "P3D", None)


def test_verbs_that_look_like_months_are_not_dates() -> None:
    assert tag("He may march on the capital.") == []


@pytest.mark.parametrize(
    "text",
    [
        "1" * 50_000,
        "Wednesday " * 5_000,
        "late " * 5_000 + "Friday",
        "2024-" * 10_000,
        "the next " * 5_000,
        "12:" * 10_000,
    ],
)
def test_adversarial_input_is_handled(text: str) -> None:
    # Would hang with catastrophic backtracking; no time is asserted.
    for mention in tag(text):
        assert text[mention.start : mention.end] == mention.text

"""The spec-only resolve sets: well-formed requests, a fixed held-out half that `--verbose` never
lists, and a scorer that counts a wrong interval, granularity or reason as wrong."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from bench.resolve.__main__ import SETS, held_out, load, right
from domain.temporal import resolve


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_request_holds_its_expression_and_a_known_zone(name: str) -> None:
    path, _ = SETS[name]
    items = load(path)
    assert len({item.id for item in items}) == len(items)
    for item in items:
        assert item.request["expression"] in item.request["context"], item.id
        assert item.basis in ("spec", "judgement"), item.id


@pytest.mark.parametrize("name", sorted(SETS))
def test_half_is_held_out_the_same_way_every_time(name: str) -> None:
    path, seed = SETS[name]
    items = load(path)
    held = held_out(items, seed)
    assert len(held) == len(items) - len(items) // 2
    assert held == held_out(items, seed)


def test_the_verbose_listing_never_shows_a_held_out_item() -> None:
    run = subprocess.run([sys.executable, "-m", "bench.resolve", "--verbose"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    listed = {line.split()[1] for line in run.stdout.splitlines() if line.startswith("  MISS ")}
    for path, seed in SETS.values():
        assert not listed & held_out(load(path), seed)
    assert run.stdout.splitlines()[-1].startswith("resolve-blind right=")


def test_a_wrong_field_or_reason_is_wrong() -> None:
    when = resolve("yesterday", dt.date(2024, 2, 8))
    assert right({"start": "2024-02-07", "end": "2024-02-08", "granularity": "day"}, when)
    assert not right({"start": "2024-02-07", "end": "2024-02-09"}, when)
    assert not right({"unresolved": True}, when)
    assert right({"unresolved": True}, resolve("yesterday", None))
    assert not right({"contradiction": True}, resolve("yesterday", None))

"""Loading the development set, the seed reports and their gold claims."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DEVSET = REPO / "tests" / "data" / "devset"
SEEDS_GOLD = REPO / "tests" / "data" / "seeds_gold.json"


@dataclass(frozen=True)
class Case:
    """One report with its metadata and gold claims."""

    name: str
    split: str
    text: str
    publisher: str
    anchor: datetime.date | datetime.datetime
    timezone: str | None
    gold: list[dict[str, Any]]


def anchor_of(published: str) -> datetime.date | datetime.datetime:
    if "T" in published:
        return datetime.datetime.fromisoformat(published)
    return datetime.date.fromisoformat(published)


def devset_cases() -> list[Case]:
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    cases = []
    for entry in manifest:
        text = (DEVSET / entry["file"]).read_text(encoding="utf-8")
        gold_file = DEVSET / entry["file"].replace(".txt", ".gold.json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        cases.append(
            Case(entry["file"], gold["split"], text, entry["publisher"],
                 anchor_of(entry["published"]), entry.get("timezone"), gold["claims"])
        )  # fmt: skip
    return cases


def seed_cases(seeds_dir: Path) -> list[Case]:
    manifest = json.loads((seeds_dir / "reports.json").read_text(encoding="utf-8"))
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    cases = []
    for entry in manifest:
        text = (seeds_dir / entry["file"]).read_text(encoding="utf-8")
        cases.append(
            Case(entry["file"], "seeds", text, entry["publisher"], anchor_of(entry["published"]),
                 entry.get("timezone"), gold[entry["file"]]["claims"])
        )  # fmt: skip
    return cases

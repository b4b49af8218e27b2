"""The development set is well formed: every report has gold, keys occur in the text."""

from __future__ import annotations

import json
from pathlib import Path

from domain.values import CLAIM_KINDS

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"


def test_manifest_and_gold_are_consistent() -> None:
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest) >= 12
    assert sum(1 for entry in manifest if entry["split"] == "heldout") == 4
    for entry in manifest:
        assert {"file", "publisher", "published", "timezone"} <= set(entry)
        text = (DEVSET / entry["file"]).read_text(encoding="utf-8")
        gold = json.loads((DEVSET / entry["file"].replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
        assert gold["split"] == entry["split"]
        for claim in gold["claims"]:
            assert claim["kind"] in CLAIM_KINDS
            assert claim["key"] in text

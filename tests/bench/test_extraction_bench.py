"""The extraction bench never lists a held-out split's misses (`-v`), so no rule is written from them."""

from __future__ import annotations

import json

from bench.extraction.__main__ import is_held_out
from bench.extraction.data import REPO


def test_every_held_out_split_of_the_manifest_is_kept_out_of_the_verbose_listing() -> None:
    manifest = json.loads((REPO / "tests" / "data" / "devset" / "manifest.json").read_text("utf-8"))
    splits = {entry["split"] for entry in manifest}
    held = {split for split in splits if is_held_out(split)}
    assert {"heldout", "blind2-held", "blind3-held", "blind4-held"} <= held
    assert not held & {"dev", "blind", "blind2", "blind3", "blind4"}

"""The extraction bench never lists a held-out split's misses (`-v`), so no rule is written from them."""

from __future__ import annotations

import json

from bench.extraction.__main__ import is_held_out
from bench.extraction.data import REPO


def test_every_held_out_split_of_the_manifest_is_kept_out_of_the_verbose_listing() -> None:
    manifest = json.loads((REPO / "tests" / "data" / "devset" / "manifest.json").read_text("utf-8"))
    splits = {entry["split"] for entry in manifest}
    held = {split for split in splits if is_held_out(split)}
    assert {"heldout", "blind2-held", "blind3-held", "blind4-held", "blind8-held"} <= held
    assert not held & {"dev", "blind", "blind2", "blind3", "blind4", "blind8"}


def test_every_timed_run_reads_its_report_as_new() -> None:
    """The speed figure repeats each report: the caches of whole sentences and of an expression
    with its anchor, which a repeated report would find full of its own answers, are emptied
    before every timed run, and emptying them changes no claim."""
    from datetime import datetime

    from bench.extraction.__main__ import _SENTENCE_CACHES, _forget_sentences
    from extraction import extract

    text = "Headline\nGunmen killed six people on Monday and the army said troops would stay until March."
    first = extract(text, publisher="Wire", anchor=datetime(2026, 3, 4, 12), timezone="UTC")
    assert any(cached.cache_info().currsize for cached in _SENTENCE_CACHES)
    _forget_sentences()
    assert all(cached.cache_info().currsize == 0 for cached in _SENTENCE_CACHES)
    assert extract(text, publisher="Wire", anchor=datetime(2026, 3, 4, 12), timezone="UTC") == first

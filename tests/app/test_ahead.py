"""Extraction ahead of filing, in worker processes, gives exactly what extraction in process gives."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from application.ahead import AheadExtractor, Job
from application.filing import prepare, validate_meta
from application.sources import from_manifest
from bench.perf.corpus import reports, write_jsonl
from cli.ingest import _file_all
from cli.wiring import extractor, open_ingesting_app
from domain.anchor import anchor_of
from extraction import Gazetteer, extract
from tests.app.test_filing import NOW


def _jobs(count: int) -> list[Job]:
    return [
        (r["text"], r["publisher"], anchor_of(r["published"], r["timezone"]), r["timezone"])
        for r in reports(count, seed=3)
    ]


def test_claims_extracted_ahead_equal_claims_extracted_here() -> None:
    here = partial(extract, gazetteer=Gazetteer.load())
    jobs = _jobs(24)
    with AheadExtractor(here, processes=2) as ahead:
        ahead.prefetch(jobs[:20])
        got = [ahead(text, publisher=p, anchor=a, timezone=z) for text, p, a, z in jobs]
        assert (ahead.ahead, ahead.in_process) == (20, 4)
    assert got == [here(text, publisher=p, anchor=a, timezone=z) for text, p, a, z in jobs]
    assert sum(len(claims) for claims in got) > 24


def test_a_user_gazetteer_reaches_the_workers(tmp_path: Path) -> None:
    extra = tmp_path / "actors.json"
    extra.write_text('{"format": "dateline-gazetteer", "version": 1, "actors": [{"name": "Zarqan Brigade", '
                     '"type": "armed_group", "aliases": ["Zarqan fighters"]}]}', encoding="utf-8")
    text = "Zarqan fighters attacked a checkpoint on Monday, killing four soldiers, police said.\n"
    here = partial(extract, gazetteer=Gazetteer.load(extra))
    job: Job = (text, "Wire", anchor_of("2024-03-06", "UTC"), "UTC")
    with AheadExtractor(here, processes=1) as ahead:
        ahead.prefetch([job])
        claims = ahead(text, publisher="Wire", anchor=job[2], timezone="UTC")
    assert "Zarqan Brigade" in {actor for claim in claims for actor in claim.actors}
    assert claims == here(text, publisher="Wire", anchor=job[2], timezone="UTC")


def test_ingest_asks_for_exactly_what_it_extracted_ahead(tmp_path: Path) -> None:
    manifest = write_jsonl(tmp_path / "corpus.jsonl", 60, seed=9)
    filings = [prepare(r.text, validate_meta(r.fields, origin=r.origin), origin=r.origin, now=NOW)
               for r in from_manifest(manifest)]
    extract = extractor()
    with AheadExtractor(extract, processes=2) as ahead:
        app = open_ingesting_app(f"sqlite:///{tmp_path / 'dateline.db'}", extract_with=ahead)
        try:
            filed = _file_all(app, filings, batch=25, ahead=ahead)
        finally:
            app.close()
    assert (ahead.ahead, ahead.in_process) == (len(filings), 0)
    assert sum(f.created for f in filed) == len(filings)

"""The service's storage guarantees, on a real SQLite file and a real PostgreSQL schema."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from eventsourcing.persistence import IntegrityError

from application.filing import ReportFiling, prepare, validate_meta
from application.service import Dateline
from application.sources import from_manifest
from application.store import store_env
from domain.claim import Claim
from domain.ids import extracted_claim_id, report_id
from domain.values import ClaimContent, CodedBy
from projections.catalog import Catalog
from tests.app.fakes import calling_back, line_extractor

NOW = datetime(2024, 3, 1, tzinfo=UTC)
TEXT = "Port hit by drones\nTwo drones struck the port on Monday.\nNo casualties were reported."


def filing(text: str = TEXT, **meta: str) -> ReportFiling:
    fields = {"publisher": "Wire", "published": "2024-02-27", "timezone": "Europe/Kyiv", **meta}
    return prepare(text, validate_meta(fields, origin="test"), origin="test", now=NOW)


def app_on(store: str, **kwargs: object) -> Dateline:
    return Dateline(store_env(store), clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def catalog(app: Dateline) -> Catalog:
    return Catalog.build(e for _, e in app.all_events())


def test_a_report_is_filed_with_its_claims(store: str) -> None:
    app = app_on(store, extractor=line_extractor)
    result = app.file_report(filing())
    assert result.created and result.claims == 2
    stored = catalog(app)
    assert [r.publisher for r in stored.reports.values()] == ["Wire"]
    assert {c.content["quote"] for c in stored.claims.values()} == set(TEXT.split("\n")[1:])


def test_filing_the_same_text_twice_changes_nothing(store: str) -> None:
    app = app_on(store, extractor=line_extractor)
    app.file_report(filing())
    events_before = len(list(app.all_events()))
    again = app.file_report(filing(TEXT.replace("\n", "\r\n") + "\n", publisher="Wire"))
    assert not again.created
    assert len(list(app.all_events())) == events_before


def test_a_second_writer_that_loses_the_race_stores_nothing_and_reports_no_error(store: str) -> None:
    rival = app_on(store, extractor=line_extractor)
    app = app_on(store, extractor=calling_back(lambda: rival.file_report(filing())))
    result = app.file_report(filing())
    assert not result.created
    stored = catalog(app)
    assert len(stored.reports) == 1 and len(stored.claims) == 2


def test_a_failure_while_saving_leaves_neither_the_report_nor_any_claim(store: str) -> None:
    app = app_on(store, extractor=line_extractor)
    doomed = filing()
    rid = report_id(doomed.text_sha256)
    # Occupy the id the report's second claim will take, so the store refuses mid-batch.
    squatter_id = extracted_claim_id(rid, "fake-lines", "1", 1, TEXT.split("\n")[2])
    squatter = Claim.assert_(
        claim_id=squatter_id, report_id=rid, now=NOW,
        content=ClaimContent(kind="statement", speaker="x", quote="x",
                             coded_by=CodedBy(kind="analyst", name="x")),
    )
    app.save(squatter)
    with pytest.raises(IntegrityError):
        app.file_report(doomed)
    assert rid not in app.repository
    first_claim = extracted_claim_id(rid, "fake-lines", "1", 0, TEXT.split("\n")[1])
    assert first_claim not in app.repository


def test_the_seed_whose_body_is_repeated_is_stored_once(store: str, seeds_dir: Path) -> None:
    app = app_on(store, extractor=line_extractor)
    raw = next(r for r in from_manifest(seeds_dir / "reports.json") if r.fields["publisher"] == "Rudaw")
    prepared = prepare(raw.text, validate_meta(raw.fields, origin=raw.origin), origin=raw.origin, now=NOW)
    app.file_report(prepared)
    (row,) = catalog(app).reports.values()
    paragraphs = [p for p in row.text.split("\n") if p]
    assert len(paragraphs) == len(set(paragraphs))
    assert row.repeats_removed > 0
    quotes = [c.content["quote"] for c in catalog(app).claims.values()]
    assert len(quotes) == len(set(quotes))


def test_history_lists_every_event_of_a_claim_oldest_first(store: str) -> None:
    app = app_on(store, extractor=line_extractor)
    app.file_report(filing())
    claim_id = next(iter(catalog(app).claims))
    app.accept_claim(claim_id, by="lena")
    app.retract_claim(claim_id, reason="duplicate", by="lena")
    names = [type(e).__qualname__ for e in app.history(claim_id)]
    assert names == ["Claim.Asserted", "Claim.Accepted", "Claim.Retracted"]
    assert catalog(app).claims[claim_id].status == "retracted"

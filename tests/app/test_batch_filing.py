"""Several reports per transaction (`Dateline.file_reports`, used by `dateline ingest`):
the same record as filing them one by one, and never a report stored half-way."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from eventsourcing.application import project_aggregate
from eventsourcing.persistence import IntegrityError

from application.filing import ReportFiling, prepare, validate_meta
from application.service import Dateline
from application.sources import from_manifest
from bench.perf.corpus import write_jsonl
from cli.ingest import _file_all
from cli.wiring import open_ingesting_app
from domain.claim import Claim
from domain.ids import extracted_claim_id, report_id
from domain.incident import Incident
from domain.values import ClaimContent, CodedBy
from projections.catalog import Catalog
from tests.app.fakes import calling_back, coded_lines, line_extractor
from tests.app.test_filing import NOW, app_on

REPORTS = 120


def corpus(tmp_path: Path) -> list[ReportFiling]:
    """120 generated reports on shared incidents, plus some given twice (in one batch and
    across batches), in a shuffled order."""
    manifest = write_jsonl(tmp_path / "corpus.jsonl", REPORTS, seed=11)
    filings = [prepare(r.text, validate_meta(r.fields, origin=r.origin), origin=r.origin, now=NOW)
               for r in from_manifest(manifest)]
    rng = random.Random(3)
    for n in (5, 30, 31, 90):
        filings.insert(rng.randrange(len(filings)), filings[n])
    filings.insert(filings.index(filings[10]) + 2, filings[10])  # twice in one batch
    return filings


def ingesting(store: str) -> Dateline:
    app = open_ingesting_app(store)
    app.clock = lambda: NOW
    return app


def histories(app: Dateline) -> dict[UUID, list[tuple[str, dict[str, Any]]]]:
    """Every aggregate's events, in version order, with all their fields."""
    found: dict[UUID, list[tuple[str, dict[str, Any]]]] = {}
    for _, event in app.all_events():
        found.setdefault(event.originator_id, []).append((type(event).__qualname__, dict(vars(event))))
    return found


def test_batched_ingest_stores_what_filing_one_by_one_stores(
    store: str, other_store: str, tmp_path: Path
) -> None:
    filings = corpus(tmp_path)
    one_by_one, batched = ingesting(store), ingesting(other_store)
    try:
        singly = [one_by_one.file_report(f) for f in filings]
        together = _file_all(batched, filings, batch=50)
        assert together == singly
        assert sum(f.created for f in together) == REPORTS
        first = Catalog.build(e for _, e in one_by_one.all_events())
        second = Catalog.build(e for _, e in batched.all_events())
        assert len(first.reports) == REPORTS and len(first.incidents) > 10
        # Incidents shared by several reports, some of them within one batch.
        assert any(len({first.claims[c].report for c in i.claims}) > 3 for i in first.incidents.values())
        assert second.reports == first.reports
        assert second.claims == first.claims  # contents, statuses, incident of each claim
        assert second.incidents == first.incidents  # members with each link's score and reasons
        assert histories(batched) == histories(one_by_one)  # every event, field for field
        # And the stored read model, kept by the ingesting application, agrees with the log.
        assert batched.catalog() == second
    finally:
        one_by_one.close()
        batched.close()


def filing(n: int) -> ReportFiling:
    text = f"Report {n}\nLine one of report {n}.\nLine two of report {n}."
    fields = {"publisher": "Wire", "published": "2024-02-27", "timezone": "Europe/Kyiv"}
    return prepare(text, validate_meta(fields, origin=f"r{n}"), origin=f"r{n}", now=NOW)


def test_a_batch_that_loses_a_race_is_filed_one_by_one(store: str) -> None:
    rival = app_on(store, extractor=line_extractor)
    raced = [False]

    def rival_files_report_2() -> None:
        if not raced[0]:
            raced[0] = True
            rival.file_report(filing(2))

    app = app_on(store, extractor=calling_back(rival_files_report_2))
    results = app.file_reports([filing(1), filing(2), filing(3)])
    assert [r.created for r in results] == [True, False, True]
    stored = Catalog.build(e for _, e in app.all_events())
    assert len(stored.reports) == 3 and len(stored.claims) == 6


def strike(n: int) -> ReportFiling:
    text = f"Strike report {n}\nstrike 2024-02-20 Anbar 5"
    fields = {"publisher": f"Wire {n}", "published": "2024-02-21", "timezone": "Asia/Baghdad"}
    return prepare(text, validate_meta(fields, origin=f"s{n}"), origin=f"s{n}", now=NOW)


def test_a_batch_racing_a_writer_that_linked_its_claims_first_is_filed_one_by_one(store: str) -> None:
    # The rival files report 2 (linking its claim into the stored incident) after this
    # batch read the store: the batch then finds its own claim already in that incident.
    rival = app_on(store, extractor=coded_lines)
    rival.file_report(strike(0))
    raced = [False]

    def rival_files_report_2() -> None:
        if not raced[0]:
            raced[0] = True
            rival.file_report(strike(2))

    def extractor(text: str, **kwargs: Any) -> Any:
        if "report 1" in text:
            rival_files_report_2()
        return coded_lines(text, **kwargs)

    app = app_on(store, extractor=extractor)
    app.catalog()
    results = app.file_reports([strike(1), strike(2), strike(3)])
    assert [r.created for r in results] == [True, False, True]
    stored = Catalog.build(e for _, e in app.all_events())
    assert len(stored.reports) == 4 and len(stored.claims) == 4
    (incident,) = stored.incidents.values()
    assert len(incident.claims) == 4


def test_a_batch_whose_save_fails_stores_none_of_its_reports(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_on(store, extractor=line_extractor)
    doomed = filing(3)
    rid = report_id(doomed.text_sha256)
    # Occupy the id of the third report's second claim: the store refuses the batch's save.
    squatter = Claim.assert_(
        claim_id=extracted_claim_id(rid, "fake-lines", "1", 1, doomed.text.split("\n")[2]),
        report_id=rid, now=NOW,
        content=ClaimContent(kind="statement", speaker="x", quote="x",
                             coded_by=CodedBy(kind="analyst", name="x")),
    )
    app.save(squatter)
    batch = [filing(1), filing(2), doomed]

    def fallback(_: ReportFiling, **__: Any) -> Any:
        # What the batch left behind when its save failed: nothing at all.
        assert all(report_id(f.text_sha256) not in app.repository for f in batch)
        raise RuntimeError("fell back")

    monkeypatch.setattr(app, "file_report", fallback)
    with pytest.raises(RuntimeError, match="fell back"):
        app.file_reports(batch)
    monkeypatch.undo()
    # One by one, the good reports are filed; the one that cannot be stored leaves nothing.
    assert app.file_reports(batch[:2])[0].created
    with pytest.raises(IntegrityError):
        app.file_report(doomed, attempts=1)
    assert rid not in app.repository
    assert extracted_claim_id(rid, "fake-lines", "1", 0, doomed.text.split("\n")[1]) not in app.repository


def test_a_batch_of_reports_already_stored_writes_nothing(store: str) -> None:
    app = app_on(store, extractor=line_extractor)
    app.file_reports([filing(1)])
    before = app.recorder.max_notification_id()
    results = app.file_reports([filing(1), filing(1)])
    assert [r.created for r in results] == [False, False]
    assert app.recorder.max_notification_id() == before


# -- the incidents a batch saved, kept for the next batch ------------------------------------

def counting_incident_loads(app: Dateline, monkeypatch: pytest.MonkeyPatch) -> list[UUID]:
    """The ids of the incidents `app` loads from the store from now on."""
    loads: list[UUID] = []
    get = app._get

    def counted(aid: UUID, cls: Any, what: str) -> Any:
        if cls is Incident:
            loads.append(aid)
        return get(aid, cls, what)

    monkeypatch.setattr(app, "_get", counted)
    return loads


def refuse_fallback(app: Dateline, monkeypatch: pytest.MonkeyPatch) -> None:
    def fallback(_: ReportFiling, **__: Any) -> Any:
        raise AssertionError("the batch fell back to one by one")

    monkeypatch.setattr(app, "file_report", fallback)


def test_the_next_batch_links_to_the_incidents_the_last_one_saved_without_loading_them(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_on(store, extractor=coded_lines)
    app.file_reports([strike(1)])
    loads = counting_incident_loads(app, monkeypatch)
    refuse_fallback(app, monkeypatch)
    assert [r.created for r in app.file_reports([strike(2), strike(3)])] == [True, True]
    assert loads == []
    (incident,) = Catalog.build(e for _, e in app.all_events()).incidents.values()
    assert len(incident.claims) == 3


def test_an_incident_another_writer_changed_since_is_loaded_again(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, rival = app_on(store, extractor=coded_lines), app_on(store, extractor=coded_lines)
    app.file_reports([strike(1)])  # opens the incident, kept as saved
    rival.file_report(strike(2))  # links to it: the kept copy is one version behind
    loads = counting_incident_loads(app, monkeypatch)
    refuse_fallback(app, monkeypatch)  # linking the kept copy would lose the race, and fall back
    assert app.file_reports([strike(3)])[0].created
    stored = Catalog.build(e for _, e in app.all_events())
    (incident,) = stored.incidents.values()
    assert loads == [incident.id]
    assert len(incident.claims) == 3
    # The same, when this process changed it by hand meanwhile (not through a batch).
    (claim,) = [c for c in incident.claims if stored.claims[c].report == report_id(strike(3).text_sha256)]
    app.unlink_claim(claim, by="analyst", reason="test")
    assert app.file_reports([strike(4)])[0].created
    assert loads == [incident.id, incident.id, incident.id]  # unlink loads it, and so does the batch
    (incident,) = Catalog.build(e for _, e in app.all_events()).incidents.values()
    assert len(incident.claims) == 3


def test_snapshots_are_taken_from_the_saved_incident_and_load_as_its_events_replay(store: str) -> None:
    app = app_on(store, extractor=coded_lines)
    for n in range(0, 30, 6):
        app.file_reports([strike(k) for k in range(n, n + 6)])
    (iid,) = Catalog.build(e for _, e in app.all_events()).incidents
    snapshots = list(app.snapshots.get(iid)) if app.snapshots else []
    assert snapshots and snapshots[-1].originator_version >= 20
    loaded = app.repository.get(iid)  # from the latest snapshot and the events after it
    replayed = project_aggregate(None, app.events.get(iid))
    assert loaded.version == replayed.version == 31  # opened, then 30 links
    assert vars(loaded) == vars(replayed)


def test_a_report_a_rival_files_while_this_one_links_it_is_filed_once(store: str) -> None:
    # The rival stores the very report (and links its claim) between this writer's check
    # that the report is new and its linking: linking the same claim again is refused, and
    # the retry finds the report filed.
    rival = app_on(store, extractor=coded_lines)
    rival.file_report(strike(0))
    raced = [False]

    def extractor(text: str, **kwargs: Any) -> Any:
        if "report 2" in text and not raced[0]:
            raced[0] = True
            rival.file_report(strike(2))
        return coded_lines(text, **kwargs)

    app = app_on(store, extractor=extractor)
    assert not app.file_report(strike(2)).created
    (incident,) = Catalog.build(e for _, e in app.all_events()).incidents.values()
    assert len(incident.claims) == 2

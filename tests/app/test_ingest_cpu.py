"""The ingest path made cheaper (seventh pass): each shortcut gives what the plain way gives.

`best_among` (time test first, ids as integers, no sort of every candidate, stopping at a
score of 1) against `best_incident` over the same candidates in id order; the incident's
claim set against its list through links, unlinks, merges and snapshots; `Dateline.save`
without the library's protocol checks and the sealing mapper's single `StoredEvent`
against the library's way; the read model written to PostgreSQL with COPY against the
`executemany` it replaces for many rows."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest
from eventsourcing.application import Application
from eventsourcing.persistence import Mapper

from application.service import Dateline
from application.store import store_env
from application.viewstore import COPY_FROM, PostgresViews
from domain.errors import Conflict
from domain.incident import Incident
from domain.linking import ClaimFacts, IncidentMembers, best_among, best_incident, facts_interval
from domain.report import Report
from tests.conftest import PG_SKIP_REASON, PG_URL, _pg_schema_url

ZONES = ["Asia/Baghdad", "Asia/Beirut", "America/New_York", "UTC"]
PLACES = [("Anbar", ("Anbar", "Iraq")), ("Ramadi", ("Ramadi", "Anbar", "Iraq")),
          ("Basra", ("Basra", "Iraq")), ("Beirut", ("Beirut", "Lebanon")), (None, ())]
NOW = datetime(2024, 3, 1, tzinfo=UTC)


def _random_facts(rng: random.Random, reports: list[UUID]) -> ClaimFacts:
    zone = rng.choice(ZONES)
    day = datetime(2024, 3, 28) + timedelta(days=rng.randint(0, 6), hours=rng.choice([0, 0, 18]))
    length = rng.choice([timedelta(hours=12), timedelta(days=1), timedelta(days=7), timedelta(days=30)])
    interval = facts_interval(day.isoformat(), (day + length).isoformat(), zone)
    assert interval is not None
    location, path = rng.choice(PLACES)
    figures = {m: rng.choice([2, 3, 5, 12, 40]) for m in rng.sample(["killed", "injured"], rng.randint(0, 2))}
    return ClaimFacts(
        claim_id=uuid4(), report_id=rng.choice(reports), kind="strike", start=interval[0], end=interval[1],
        location=location, place_path=path,
        actors=frozenset(rng.sample(["army", "militia", "drone"], rng.randint(0, 2))),
        figures=figures, expression=rng.choice([None, "on Friday", "last week"]),
        dated=rng.random() < 0.7,
    )


def test_best_among_picks_what_best_incident_picks_over_the_ids_in_order() -> None:
    rng = random.Random(7)
    matched = 0
    for _ in range(400):
        reports = [uuid4() for _ in range(3)]
        incidents = {UUID(int=rng.getrandbits(128)): IncidentMembers.of(
            [_random_facts(rng, reports) for _ in range(rng.randint(0, 4))])
            for _ in range(rng.randint(0, 12))}
        # Equal scores are common (few distinct parts): ties must go to the lowest id.
        claim = _random_facts(rng, reports)
        expected = best_incident(claim, sorted(incidents.items(), key=lambda kv: kv[0].int))
        by_int = {i.int: m for i, m in incidents.items()}
        keys = list(by_int)
        rng.shuffle(keys)
        working = dict(rng.sample(sorted(by_int.items()), min(2, len(by_int))))
        others = {k: (IncidentMembers() if k in working else m) for k, m in by_int.items()}
        assert best_among(claim, keys, by_int) == expected
        assert best_among(claim, [*keys, rng.getrandbits(128)], by_int) == expected  # unknown: no match
        assert best_among(claim, keys, others, working) == expected  # the working copy wins
        matched += expected is not None
    assert matched > 50


def test_an_incidents_claim_set_follows_its_list_through_every_event() -> None:
    a, b, c = uuid4(), uuid4(), uuid4()
    keep = Incident.open(incident_id=uuid4(), kind="strike", title="strike", by="rule", now=NOW)
    gone = Incident.open(incident_id=uuid4(), kind="strike", title="strike", by="rule", now=NOW)
    keep.link(a, by="rule", now=NOW)
    with pytest.raises(Conflict):
        keep.link(a, by="rule", now=NOW)
    gone.link(a, by="rule", now=NOW)
    gone.link(b, by="rule", now=NOW)
    keep.absorb(gone, by="analyst", now=NOW)
    assert keep.claims == [a, b] and gone.claims == []
    gone_snapshot = Incident.Snapshot.take(gone)
    assert "_claim_set" not in gone_snapshot.state  # the set is no part of the stored state
    keep.unlink(a, by="analyst", reason="wrong", now=NOW)
    with pytest.raises(Conflict):
        keep.unlink(a, by="analyst", reason="again", now=NOW)
    keep.link(a, by="analyst", now=NOW)
    snapshot = Incident.Snapshot.take(keep)
    assert sorted(snapshot.state) == ["_created_on", "_modified_on", "claims", "kind", "merged_into",
                                      "opened_by", "title"]
    restored = snapshot.mutate(None)
    assert isinstance(restored, Incident) and restored.claims == [b, a]
    with pytest.raises(Conflict):
        restored.link(b, by="rule", now=NOW)
    restored.link(c, by="rule", now=NOW)
    assert restored.claims == [b, a, c] and restored._linked() == {a, b, c}


def test_save_and_the_sealing_mapper_store_what_the_library_would(tmp_path) -> None:
    def filed(app: Dateline, save: object) -> list[tuple[object, ...]]:
        report = Report.file(text="A strike.", text_sha256="0" * 64, publisher="Wire", published="2024-02-02",
                             timezone="UTC", title="A strike", url=None, language="en",
                             repeats_removed=0, now=NOW)
        incident = Incident.open(incident_id=UUID(int=5), kind="strike", title="strike", by="rule", now=NOW)
        incident.link(UUID(int=9), by="rule", score=0.675, reasons=("x",), now=NOW)
        recordings = save(app, report, None, incident)  # type: ignore[operator]
        assert [r.domain_event.originator_id for r in recordings] == [report.id, incident.id, incident.id]
        return [(n.originator_id, n.originator_version, n.topic, n.state)
                for n in app.recorder.select_notifications(start=1, limit=100)]

    ours = Dateline(store_env(f"sqlite:///{tmp_path / 'ours.db'}"))
    library = Dateline(store_env(f"sqlite:///{tmp_path / 'library.db'}"))
    library.sealer.key = ours.sealer.key  # the same key: the same seals
    try:
        mapper = library.sealing_mapper
        # The library's mapper and save, with the seal appended the old way.
        mapper.to_stored_event = lambda event: mapper.sealer.seal(  # type: ignore[method-assign]
            Mapper.to_stored_event(mapper, event))
        assert filed(ours, Dateline.save) == filed(library, Application.save)
    finally:
        ours.close()
        library.close()


@pytest.mark.postgres
@pytest.mark.skipif(PG_URL is None, reason=PG_SKIP_REASON)
def test_many_rows_go_to_postgresql_by_copy_and_upsert_as_executemany_did() -> None:
    for url in _pg_schema_url():
        views = PostgresViews(store_env(url))
        few = [("claim", f"c{n}", {"n": n, "text": "é\t\\\"'\n"}) for n in range(5)]
        assert views.write(0, 5, few)
        many = [("claim", f"c{n}", {"n": -n, "big": 2**70 if n == 3 else n}) for n in range(COPY_FROM + 50)]
        many.append(("report", "r1", {"text": "NUL-free but odd: \u2028 \\N \\."}))
        assert not views.write(4, 9, many)  # another writer moved the position: nothing written
        assert views.write(5, 9, iter(many))
        position, rows = views.read()
        assert position == 9
        assert sorted(rows, key=repr) == sorted([(k, d) for k, _, d in many], key=repr)
        views.clear()

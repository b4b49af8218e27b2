"""A rebuild (issue 7, seventh session) stores what the incremental path stores, byte for byte:
the rows' texts are written by orjson straight from the row objects (`rows.dump_encoded`),
SQLite keeps the stored rows that already hold the same text (`SQLiteViews.replace`), events
are decoded by per-topic plans checked inline with their ids made once
(`FastJSONTranscoder`), and what the fold made is handed to the oldest generation of the
collector without a scan (`readmodel.bulk(promote=True)`). A tampered event still makes it refuse
and write nothing."""

from __future__ import annotations

import gc
import sqlite3
import weakref
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from application.filing import prepare, validate_meta
from application.sealing import TamperedEvent
from application.service import Dateline
from application.sources import from_manifest
from application.store import store_env
from application.transcoding import FastJSONTranscoder, UUIDAsHexFast
from application.viewstore import encode
from bench.perf.corpus import reports as generated_reports
from cli.wiring import extractor
from projections.catalog import Catalog, ClaimRow, IncidentRow, Link, ReportRow
from projections.rows import EncodedRows, dump, dump_encoded, parse_uuid
from tests.app.test_stored_views import Clock, play
from tests.app.test_transcoding import documents, fast, library, outcome
from tests.conftest import REPO

STEPS: list[tuple[str, object]] = [
    ("accept", 3), ("reject", 7), ("retract", 11), ("unlink", 5), ("merge", (0, 1)), ("accept", 20),
    ("unlink", 13), ("merge", (2, 5)),
]


def _app(url: str) -> Dateline:
    return Dateline(store_env(url), clock=Clock(), extractor=extractor())


def _filed(url: str) -> None:
    """The bundled examples and 40 generated reports (relative dates, revised tolls), filed
    with the real extractor, then analysts' commands; the read model stored as it goes."""
    app = _app(url)
    now = datetime(2024, 3, 1, tzinfo=UTC)
    for raw in from_manifest(REPO / "examples" / "reports.json"):
        app.file_report(prepare(raw.text, validate_meta(raw.fields, origin=raw.origin), origin=raw.origin,
                                now=now))
    for n, fields in enumerate(generated_reports(40, seed=3)):
        origin = f"g{n}"
        app.file_report(prepare(fields["text"], validate_meta(fields, origin=origin), origin=origin, now=now))
    app.catalog()
    play(app, STEPS)
    app.catalog()
    app.close()


def stored(url: str) -> tuple[list[tuple[Any, ...]], int, tuple[Any, ...]]:
    """The read model's rows (kind, id, document text, and on SQLite its storage class), its
    position and the log's seal row, as the store holds them."""
    env = store_env(url)
    if env["PERSISTENCE_MODULE"] == "eventsourcing.sqlite":
        with sqlite3.connect(env["SQLITE_DBNAME"]) as db:
            rows = db.execute("SELECT kind, id, doc, typeof(doc) FROM dateline_view_rows ORDER BY kind, id")
            return (rows.fetchall(),
                    db.execute("SELECT position FROM dateline_view_tracking").fetchone()[0],
                    db.execute("SELECT * FROM dateline_seal").fetchone())
    import psycopg

    base, schema = url.split("?schema=")
    with psycopg.connect(base) as db:
        db.execute(f"SET search_path TO {schema}")
        return (db.execute("SELECT kind, id, doc::text FROM dateline_view_rows ORDER BY kind, id").fetchall(),
                db.execute("SELECT position FROM dateline_view_tracking").fetchone()[0],  # type: ignore[index]
                db.execute("SELECT * FROM dateline_seal").fetchone())  # type: ignore[return-value]


@pytest.fixture
def filed(store: str) -> str:
    _filed(store)
    return store


def test_a_rebuild_stores_the_rows_position_and_seal_the_incremental_path_stored(filed: str) -> None:
    before = stored(filed)
    assert len(before[0]) > 200 and before[1] > 400
    app = Dateline(store_env(filed))
    count = app.rebuild()
    assert count == before[1]
    assert stored(filed) == before
    assert app.verify().problems == []
    app.close()


def test_a_rebuild_repairs_rows_changed_deleted_added_or_stored_as_blobs(sqlite_store: str) -> None:
    _filed(sqlite_store)
    before = stored(sqlite_store)
    with sqlite3.connect(store_env(sqlite_store)["SQLITE_DBNAME"]) as db:
        db.execute("DELETE FROM dateline_view_rows WHERE rowid % 5 = 0")
        db.execute("UPDATE dateline_view_rows SET doc = doc || ' ' WHERE rowid % 7 = 1")
        db.execute("UPDATE dateline_view_rows SET doc = CAST(doc AS BLOB) WHERE rowid % 11 = 2")
        db.execute("UPDATE dateline_view_rows SET doc = CAST(X'FF' AS TEXT) WHERE rowid % 13 = 3")
        # Edited within its length: what a rebuild compares by is the text, not only its size.
        db.execute("UPDATE dateline_view_rows SET doc = replace(doc, 'a', 'b') WHERE rowid % 17 = 4")
        db.execute("INSERT INTO dateline_view_rows VALUES ('claim', 'stray', '{}')")
        db.execute("INSERT INTO dateline_view_rows VALUES (CAST('claim' AS BLOB), 'stray', '{}')")
        db.execute("UPDATE dateline_view_tracking SET position = 3")
    Dateline(store_env(sqlite_store)).rebuild()
    assert stored(sqlite_store) == before


def test_the_rebuilt_texts_are_the_documents_dump_makes_encoded(filed: str) -> None:
    """The same bytes as `encode` of `dump`'s documents (what the incremental path writes),
    row by row in the same order, for the catalog of a real log."""
    app = Dateline(store_env(filed))
    catalog = Catalog.build(event for _, event in app.all_events())
    made = [(kind, uid, text.decode()) for kind, uid, text in dump_encoded(catalog, encode)]
    assert made == [(kind, uid, encode(doc)) for kind, uid, doc in dump(catalog, None)]
    assert len(made) > 200
    app.close()


def _catalog_with_every_kind_of_value() -> Catalog:
    report, claim, incident, other = uuid4(), uuid4(), uuid4(), uuid4()
    catalog = Catalog()
    catalog.reports[report] = ReportRow(report, "Wire \u00e9", None, "UTC", "t \"q\"", None, "en",
                                        "line\nline \u2028 \U0001f600", 2, "2024-01-01T00:00:00+00:00",
                                        retracted=True, claims=[claim, other])
    catalog.claims[claim] = ClaimRow(claim, report, {"figures": [{"value": 2**70}], "x": 1.5e-7, "k": None},
                                     "2024-01-01T00:00:00+00:00", "accepted", incident)
    catalog.claims[other] = ClaimRow(other, report, {"figures": [{"value": 3}], "score": 0.1 + 0.2},
                                     "2024-01-01T00:00:00+00:00", "proposed", None)
    catalog.incidents[incident] = IncidentRow(
        incident, "strike", "T", "x", "2024-01-01T00:00:00+00:00",
        claims={claim: Link("x", 0.95, ["a", "b"], "2024-01-01T00:00:01+00:00"),
                other: Link("y", None, [], "2024-01-01T00:00:02+00:00")},
        merged_into=uuid4())
    return catalog


def test_every_kind_of_value_is_written_as_encode_writes_its_document() -> None:
    """Integers past 64 bits (orjson refuses them: `encode`'s `json` way), floats, None,
    non-ASCII text, ids as values and as keys, links with and without a score."""
    catalog = _catalog_with_every_kind_of_value()
    made = [(kind, uid, text.decode()) for kind, uid, text in dump_encoded(catalog, encode)]
    assert made == [(kind, uid, encode(doc)) for kind, uid, doc in dump(catalog, None)]


def test_each_encoded_row_alone_is_the_one_dump_encoded_writes_in_its_place() -> None:
    """What a SQLite rebuild compares and writes row by row (`EncodedRows.names`, `text`,
    `row`) is what `dump_encoded` writes, orjson's refusals (an integer past 64 bits) too."""
    catalog = _catalog_with_every_kind_of_value()
    rows = EncodedRows(catalog, encode)
    made = list(dump_encoded(catalog, encode))
    assert list(rows) == made and len(rows) == len(made)
    assert list(rows.names()) == [(kind, uid) for kind, uid, _ in made]
    assert [rows.row(n) for n in range(len(rows))] == made
    assert [rows.text(n) for n in range(len(rows))] == [text for _, _, text in made]


def test_a_tampered_event_makes_a_rebuild_refuse_and_write_nothing(sqlite_store: str) -> None:
    _filed(sqlite_store)
    path = store_env(sqlite_store)["SQLITE_DBNAME"]
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM dateline_view_rows WHERE rowid % 4 = 0")  # a rebuild would rewrite these
        (state,) = db.execute("SELECT state FROM stored_events WHERE rowid = 30").fetchone()
        body, mark, tag = bytes(state).rpartition(b"\n#dateline-seal:")
        assert mark
        edited = body.replace(b'"timestamp"', b'"timestamp" ', 1)
        assert edited != body
        db.execute("UPDATE stored_events SET state = ? WHERE rowid = 30", (edited + mark + tag,))
    before = stored(sqlite_store)
    with pytest.raises(TamperedEvent):
        Dateline(store_env(sqlite_store)).rebuild()
    assert stored(sqlite_store) == before


# -- reading events ---------------------------------------------------------------------

PLANNED = {"timestamp": datetime(2024, 2, 3, tzinfo=UTC), "report_id": uuid4(), "claim_ids": [uuid4()],
           "content": {"kind": "strike"}}


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["timestamp", "report_id", "claim_ids", "content", "x"]),
                       documents, max_size=5))
def test_an_event_read_after_its_topic_has_a_plan_is_what_the_library_reads(state: dict[str, Any]) -> None:
    """The plan's keys checked inline: whatever an event of the same topic holds there (another
    transcoded type, a container, a bare value, nothing), it reads as the library reads it."""
    reader = fast()
    assert reader.decode_state(library().encode(PLANNED), "t") == library().decode(library().encode(PLANNED))
    assert reader._plans["t"]
    data = library().encode(state)
    try:
        got: Any = reader.decode_state(data, "t")
    except Exception as error:
        got = type(error)
    assert got == outcome(library(), data)


def test_a_transcoded_object_standing_for_a_name_is_refused_as_the_library_refuses_it() -> None:
    """A `_type_` that is itself a transcoded object (found by the test above: the reader
    raised `TypeError` there, before this session too, where the library raises
    `TranscodingNotRegisteredError`)."""
    data = (b'{"report_id":{"_data_":null,"_type_":{"_type_":"uuid_hex",'
            b'"_data_":"f728b4fa42485e3a0a5d2f346baa9455"}}}')
    reader = fast()
    reader.decode_state(library().encode(PLANNED), "t")
    assert outcome(reader, data) == outcome(fast(), data) == outcome(library(), data)
    assert outcome(library(), data) is not TypeError


def test_the_planned_path_takes_a_value_of_another_type_the_general_way() -> None:
    reader = fast()
    reader.decode_state(library().encode(PLANNED), "t")
    swapped = {**PLANNED, "timestamp": uuid4(), "report_id": datetime(2024, 1, 1, tzinfo=UTC)}
    data = library().encode(swapped)
    assert reader.decode_state(data, "t") == library().decode(data) == swapped


class _Box:
    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.value == self.value  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.value)


class _Crate(_Box):
    pass


def _boxes(transcoder: Any) -> Any:
    """Two transcodings that both read any string: only the name tells them apart."""
    from eventsourcing.persistence import Transcoding

    for cls, name in ((_Box, "box"), (_Crate, "crate")):
        transcoding = type(f"{name}_transcoding", (Transcoding,), {
            "type": cls, "name": name, "encode": lambda self, obj: obj.value,
            "decode": lambda self, data, cls=cls: cls(data)})
        transcoder.register(transcoding())
    return transcoder


def test_a_planned_key_holding_another_transcoded_name_is_read_by_that_name() -> None:
    from eventsourcing.persistence import JSONTranscoder

    reader, plain = _boxes(FastJSONTranscoder()), _boxes(JSONTranscoder())
    reader.decode_state(plain.encode({"a": _Box("x")}), "t")
    assert reader._plans["t"]
    data = plain.encode({"a": _Crate("y")})
    assert reader.decode_state(data, "t") == plain.decode(data) == {"a": _Crate("y")}


def test_ids_are_made_once_and_equal_what_parse_uuid_makes() -> None:
    reader = fast()
    # A fixed id: a random one is written with 19 digits in a row about once in 500 draws, and
    # such a state is read by the library's decoder (the long-number guard), which shares nothing.
    uid = UUID("c9a7e4b2-5f0d-4c1e-9a3b-7d6e2f1a0b8c")
    first = reader.uuid(uid.hex)
    assert first == uid == parse_uuid(uid.hex)
    assert reader.uuid(str(uid)) is first and reader.uuid(uid.hex) is first
    assert reader.uuid(uid.hex.upper()) == uid
    with pytest.raises(ValueError):
        reader.uuid("not a uuid at all, not at all here")
    transcoder = FastJSONTranscoder()
    transcoder.register(UUIDAsHexFast())
    data = library().encode({"a": uid, "b": [uid, uid]})
    assert transcoder.decode_state(data, "u") == {"a": uid, "b": [uid, uid]}  # the topic's plan made
    decoded = transcoder.decode_state(data, "u")  # by the plan, with the kept ids
    assert decoded == {"a": uid, "b": [uid, uid]} and decoded["a"] is decoded["b"][0]


def test_the_kept_ids_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import application.transcoding as transcoding

    monkeypatch.setattr(transcoding, "KNOWN_IDS", 8)
    reader = fast()
    ids = [uuid4() for _ in range(20)]
    assert [reader.uuid(u.hex) for u in ids] == ids
    assert len(reader._ids) <= 8


def test_a_rebuilt_store_reads_its_events_as_the_library_reads_them(sqlite_store: str) -> None:
    """Every stored event decoded through the rebuild's path (plans, kept ids) equals the
    library's own decoding of the same bytes."""
    _filed(sqlite_store)
    app = Dateline(store_env(sqlite_store))
    plain = library()
    plain.register(UUIDAsHexFast())
    checked = 0
    for notification_id, tag, event in app.sealed_events():
        row = app.recorder.select_notifications(start=notification_id, limit=1)[0]
        body = row.state.rpartition(b"\n#dateline-seal:")[0]
        expected = plain.decode(body)
        expected.pop("class_version", None)
        got = {k: v for k, v in vars(event).items() if k not in ("originator_id", "originator_version")}
        assert got == expected and tag
        assert event.originator_id == row.originator_id
        checked += 1
    assert checked > 400
    app.close()


# -- the collector --------------------------------------------------------------------


def _rebuilt_and_dropped(url: str) -> bool:
    app = Dateline(store_env(url))
    app.rebuild()
    gone = weakref.ref(app)
    app.close()
    del app
    gc.collect()
    return gone() is None


def test_a_rebuild_leaves_nothing_frozen_and_its_application_can_be_freed(sqlite_store: str) -> None:
    _filed(sqlite_store)
    assert gc.get_freeze_count() == 0
    assert _rebuilt_and_dropped(sqlite_store)
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_rebuild_keeps_what_a_process_froze_of_its_own(sqlite_store: str) -> None:
    _filed(sqlite_store)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        Dateline(store_env(sqlite_store)).rebuild()
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()


def test_the_rows_hold_ids_as_uuids_after_a_rebuild(sqlite_store: str) -> None:
    _filed(sqlite_store)
    app = Dateline(store_env(sqlite_store))
    app.rebuild()
    catalog = app.catalog()
    assert all(type(uid) is UUID for uid in catalog.claims)
    assert all(type(row.report) is UUID for row in catalog.claims.values())
    app.close()

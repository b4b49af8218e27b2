"""A rebuild folds most events straight from their stored JSON (`SealingMapper.fold`,
`projections.catalog.STATE_FOLDS`) instead of making each event first. What it folds must be
what the library's own reader makes of the log, folded by `Catalog.apply`: the same rows, in
the same order, the same seals checked; and every state the state folds do not read as they
expect must go the event's way (and fail as the event's way fails)."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import count
from typing import Any
from uuid import UUID

import pytest
from eventsourcing.persistence import DatetimeAsISO
from eventsourcing.utils import get_topic

from application.integrity import pages
from application.sealing import MARK, TamperedEvent
from application.service import Dateline
from application.store import store_env
from application.transcoding import FastJSONTranscoder, UUIDAsHexFast, _Unplanned
from domain.claim import Claim
from domain.incident import Incident
from domain.report import Report
from projections.catalog import STATE_FOLDS, Catalog
from tests.app.test_log_reading import library_events
from tests.app.test_rebuild_identity import _filed, stored
from tests.app.test_stored_views import snapshot

T0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
_serials = count(0xA0000000)


def new_id() -> UUID:
    """A fresh id with no long run of digits in its hex (a run of 19 sends a state the event's
    way, which the tests below count)."""
    return UUID(f"{next(_serials):08x}-abcd-4abc-8abc-abcdefabcdef")


def folded(app: Dateline, counts: dict[type, int] | None = None) -> tuple[Catalog, list[tuple[int, str]]]:
    """The log folded as a rebuild folds it; `counts` gets how many events each state fold took."""
    folds: dict[type, Any] = dict(STATE_FOLDS)
    if counts is not None:
        for cls, (transcoded, fold) in STATE_FOLDS.items():
            def counted(*args: Any, _fold: Any = fold, _cls: type = cls) -> None:
                _fold(*args)
                counts[_cls] = counts.get(_cls, 0) + 1  # only when it did fold
            folds[cls] = (transcoded, counted)
    reader = app.sealer.reader
    assert reader is app.sealing_mapper
    catalog = Catalog()
    seals = reader.fold(pages(app.recorder, page=7), catalog, Catalog.apply, folds)
    assert seals is not None
    return catalog, seals


def same(got: Catalog, expected: Catalog) -> None:
    assert got == expected  # every field of every row (contents compared as values)
    for kind in ("reports", "claims", "incidents"):  # in the order a fold adds them
        assert list(getattr(got, kind)) == list(getattr(expected, kind))
    assert snapshot(got) == snapshot(expected)


def checked_seals(app: Dateline) -> list[tuple[int, str]]:
    return [(n, tag) for n, tag, _ in app.sealed_events()]


def test_a_real_log_folds_from_its_states_as_its_events_fold(store: str) -> None:
    _filed(store)  # the examples, 40 generated reports, analysts' commands, merges
    app = Dateline(store_env(store))
    counts: dict[type, int] = {}
    got, seals = folded(app, counts)
    same(got, Catalog.build(library_events(app)))
    assert seals == checked_seals(app)
    assert rebuilt_by_events(store) == rebuilt_by_states(store)
    # The state folds did the folding (a long digit run in a text sends a few events the
    # event's way; none of these should have gone there all the time).
    assert counts[Claim.Asserted] > 200 and counts[Report.Filed] > 40
    assert counts[Incident.Opened] > 10 and counts[Incident.ClaimLinked] > 100
    if store.startswith("sqlite"):  # (PostgreSQL's notifications come with their ids made)
        # Ids read from states are the transcoder's shared ones (a claim's report is the report's key).
        keys = {key: key for key in got.reports}
        assert all(keys[row.report] is row.report for row in got.claims.values() if row.report in keys)
    app.close()


# -- states written by hand: what an older release, another writer with the key, or an
# unusual value leaves in the log -------------------------------------------------------

def _put(app: Dateline, aggregate: UUID, version: int, cls: type, state: dict[str, Any] | bytes) -> None:
    data = state if isinstance(state, bytes) else app.sealing_mapper.transcoder.encode(state)
    app.recorder.insert_events([app.sealer.sealed(aggregate, version, get_topic(cls), data)])


def _report_state(text: str, *, v1: bool = False) -> dict[str, Any]:
    state: dict[str, Any] = {
        "timestamp": T0, "originator_topic": get_topic(Report), "publisher": "Wire",
        "published": "2024-02-08", "timezone": "Asia/Baghdad", "url": None, "title": text.split("\n")[0],
        "language": "en", "text": text, "text_sha256": "ab" * 32, "repeats_removed": 0, "class_version": 2,
    }
    if v1:
        del state["text_sha256"], state["class_version"]
    return state


def _content(**more: Any) -> dict[str, Any]:
    return {"kind": "casualties", "speaker": "Wire", "quote": "q", "figures": [],
            "coded_by": {"kind": "extractor", "name": "rules"}, **more}


def _claim_state(report: UUID, content: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"timestamp": T0 + timedelta(seconds=1), "originator_topic": get_topic(Claim),
            "report_id": report, "content": content, "class_version": 2, **more}


def _link_state(claim: UUID, **more: Any) -> dict[str, Any]:
    return {"timestamp": T0 + timedelta(seconds=2), "claim_id": claim, "by": "analyst:lena",
            "score": 0.5, "reasons": ["same place"], **more}


def _raw(state: dict[str, Any]) -> bytes:
    """A state written by hand, transcoded values included as they stand."""
    return json.dumps(state, separators=(",", ":"), ensure_ascii=False).encode()


def test_states_not_as_the_folds_expect_are_folded_as_their_events(sqlite_store: str) -> None:
    app = Dateline(store_env(sqlite_store))
    plain, old, digits = new_id(), new_id(), new_id()
    _put(app, plain, 1, Report.Filed, _report_state("Plain\nBody."))
    _put(app, old, 1, Report.Filed, _report_state("Old\nBody.", v1=True))  # upcast: its hash is made
    _put(app, digits, 1, Report.Filed, _report_state("Digits\nFile 12345678901234567890123."))
    claims = [new_id() for _ in range(7)]
    _put(app, claims[0], 1, Claim.Asserted, _claim_state(plain, _content()))
    # An integer past 64 bits: orjson would read a float where the library keeps the integer.
    _put(app, claims[1], 1, Claim.Asserted, _claim_state(plain, _content(toll=10**25)))
    # A transcoded value inside the content: the library makes it a UUID.
    _put(app, claims[2], 1, Claim.Asserted, _claim_state(old, _content(source=new_id())))
    # A timestamp in a form `isoformat` does not write: read as the library reads it.
    odd = {"_type_": "datetime_iso", "_data_": "2024-03-01 10:00:00+00:00"}
    _put(app, claims[3], 1, Claim.Asserted, _raw({**_claim_state(digits, _content()), "timestamp": odd,
                                                  "report_id": {"_type_": "uuid_hex", "_data_": digits.hex}}))
    # The report's id written dashed; a v1 claim (its coder beside the content).
    _put(app, claims[4], 1, Claim.Asserted, _raw({
        **_claim_state(plain, _content()), "timestamp": {"_type_": "datetime_iso", "_data_": T0.isoformat()},
        "report_id": {"_type_": "uuid_hex", "_data_": str(plain)}}))
    v1 = _claim_state(old, {k: v for k, v in _content().items() if k != "coded_by"}, coded_by="analyst:lena")
    del v1["class_version"]
    _put(app, claims[5], 1, Claim.Asserted, v1)
    # Another transcoding beside the ones the fold reads (a Decimal the catalog does not use).
    _put(app, claims[6], 1, Claim.Asserted, _claim_state(plain, _content(), extra=Decimal("1.5")))
    incident = new_id()
    _put(app, incident, 1, Incident.Opened, {"timestamp": T0, "originator_topic": get_topic(Incident),
                                             "kind": "strike", "title": "A strike", "by": "analyst:lena"})
    _put(app, incident, 2, Incident.ClaimLinked, _link_state(claims[0]))
    _put(app, incident, 3, Incident.ClaimLinked, _link_state(claims[1], score=None, reasons=[]))
    _put(app, incident, 4, Incident.ClaimLinked, _link_state(new_id()))  # a claim not in the catalog
    _put(app, incident, 5, Incident.ClaimLinked, _link_state(claims[2], score=12345678901234567890123))
    _put(app, incident, 6, Incident.ClaimLinked, _link_state(claims[3], reasons="ab"))  # as `list` reads it
    _put(app, claims[0], 2, Claim.Accepted, {"timestamp": T0, "by": "analyst:lena"})  # no state fold

    expected = Catalog.build(library_events(app))
    assert expected.claims[claims[1]].content["toll"] == 10**25
    assert isinstance(expected.claims[claims[2]].content["source"], UUID)
    assert expected.claims[claims[3]].asserted_at == "2024-03-01T10:00:00+00:00"
    assert expected.claims[claims[5]].content["coded_by"] == {"kind": "analyst", "name": "lena"}
    assert expected.incidents[incident].claims[claims[2]].score == 12345678901234567890123
    counts: dict[type, int] = {}
    got, seals = folded(app, counts)
    same(got, expected)
    assert seals == checked_seals(app)
    # Folded from states: the plain report, the plain claim, the odd timestamp, the dashed id.
    assert counts == {Report.Filed: 1, Claim.Asserted: 3, Incident.Opened: 1, Incident.ClaimLinked: 4}

    app.close()
    assert rebuilt_by_events(sqlite_store) == rebuilt_by_states(sqlite_store)


def rebuilt_by_events(url: str) -> tuple[Any, ...]:
    """What a rebuild that makes every event stores (rows, position, seal)."""
    app = Dateline(store_env(url))
    app.views.clear()
    app.sealer.reader = None  # the event path: `Dateline.sealed_events`
    count = app.rebuild()
    app.close()
    return count, stored(url)


def rebuilt_by_states(url: str) -> tuple[Any, ...]:
    app = Dateline(store_env(url))
    app.views.clear()
    count = app.rebuild()
    same(app.read_model.held(), Catalog.build(library_events(app)))  # the catalog it holds after
    app.close()
    return count, stored(url)


@pytest.mark.parametrize("state", [
    _link_state(new_id()),  # an incident never opened: the catalog's KeyError
    {k: v for k, v in _link_state(new_id()).items() if k != "score"},  # a field missing
])
def test_a_state_its_fold_refuses_fails_as_its_event_fails(sqlite_store: str, state: dict[str, Any]) -> None:
    app = Dateline(store_env(sqlite_store))
    _put(app, new_id(), 1, Incident.ClaimLinked, state)
    with pytest.raises(Exception) as by_events:
        Catalog.build(library_events(app))
    with pytest.raises(Exception) as by_states:
        folded(app)
    assert type(by_states.value) is type(by_events.value)
    app.close()


@pytest.mark.parametrize("edit", ["body", "seal", "no seal"])
def test_an_edited_state_is_refused_before_it_is_folded(sqlite_store: str, edit: str) -> None:
    app = Dateline(store_env(sqlite_store))
    report = new_id()
    _put(app, report, 1, Report.Filed, _report_state("Plain\nBody."))
    db = app.recorder.datastore
    with db.transaction(commit=True) as cursor:
        cursor.execute("SELECT state FROM stored_events")
        (state,) = cursor.fetchone()
        body, mark, tag = bytes(state).rpartition(MARK)
        changed = {"body": body.replace(b"Plain", b"Plane") + mark + tag,
                   "seal": body + mark + tag[:-1] + (b"0" if tag[-1:] != b"0" else b"1"),
                   "no seal": body}[edit]
        cursor.execute("UPDATE stored_events SET state = ?", (changed,))
    with pytest.raises(TamperedEvent) as by_events:
        list(app.sealed_events())
    with pytest.raises(TamperedEvent) as by_states:
        folded(app)
    assert str(by_states.value) == str(by_events.value)
    before = stored(sqlite_store)
    with pytest.raises(TamperedEvent):
        Dateline(store_env(sqlite_store)).rebuild()
    assert stored(sqlite_store) == before
    app.close()


def test_the_converters_read_as_the_transcoder_reads_and_refuse_anything_else() -> None:
    transcoder = FastJSONTranscoder()
    assert transcoder.converters() is None  # no transcodings: nothing to read with
    transcoder.register(UUIDAsHexFast())
    transcoder.register(DatetimeAsISO())
    converters = transcoder.converters()
    assert converters is not None
    as_id, as_stamp = converters
    uid = new_id()
    made = as_id({"_type_": "uuid_hex", "_data_": uid.hex})
    assert made == uid and as_id({"_type_": "uuid_hex", "_data_": uid.hex}) is made
    assert transcoder.uuid(uid.hex) is made and as_id({"_type_": "uuid_hex", "_data_": str(uid)}) is made
    for text in ("2024-03-01T10:00:00+00:00", "2024-03-01 10:00:00.5+03:00", "2024-03-01T10:00:00"):
        for _ in range(2):  # the second time, as kept
            expected = datetime.fromisoformat(text).isoformat()
            assert as_stamp({"_type_": "datetime_iso", "_data_": text}) == expected
    for bad in ({"_type_": "datetime_iso", "_data_": uid.hex}, {"_type_": "uuid_hex", "_data_": [uid.hex]},
                {"_type_": "uuid_hex"}, {"_type_": "uuid_hex", "_data_": uid.hex, "x": 1}, uid.hex, None):
        with pytest.raises((_Unplanned, LookupError, TypeError, ValueError)):
            as_id(bad)
    for bad in ({"_type_": "uuid_hex", "_data_": "2024-03-01"}, {"_type_": "datetime_iso", "_data_": 5},
                {"_type_": "datetime_iso", "_data_": "not a date"}, "2024-03-01T10:00:00"):
        with pytest.raises((_Unplanned, LookupError, TypeError, ValueError)):
            as_stamp(bad)


def test_a_mapper_whose_events_are_not_plain_json_is_not_folded_from_states(sqlite_store: str) -> None:
    app = Dateline(store_env(sqlite_store))
    mapper = app.sealing_mapper
    mapper.compressor = zlib  # type: ignore[assignment]
    try:
        assert mapper.fold([], Catalog(), Catalog.apply, STATE_FOLDS) is None
    finally:
        mapper.compressor = None
    app.close()


def test_rows_are_written_as_with_non_text_keys_allowed_whatever_their_keys() -> None:
    """`dump_encoded` writes report and claim rows without `OPT_NON_STR_KEYS` first: the bytes
    must be what orjson writes with it (as every row was written before), keys that are not
    text included, and a row orjson refuses either way still goes `encode`'s way."""
    import orjson

    from application.viewstore import encode
    from projections.catalog import ClaimRow
    from projections.rows import dump, dump_encoded
    from tests.app.test_rebuild_identity import _catalog_with_every_kind_of_value

    class Name(str):
        pass

    catalog = _catalog_with_every_kind_of_value()
    report = next(iter(catalog.reports))
    odd = {1: "one", Name("named"): [2.5, None], "ok": {new_id(): True}}
    for content in (odd, {"nested": odd}, {"n": 2**70, 1: 1}):
        uid = new_id()
        catalog.claims[uid] = ClaimRow(uid, report, content, "2024-01-01T00:00:00+00:00", "proposed", None)
    made = list(dump_encoded(catalog, encode))
    docs = {(kind, uid): doc for kind, uid, doc in dump(catalog, None)}
    for kind, uid, text in made:
        row = getattr(catalog, kind + "s")[UUID(uid)]
        try:
            expected = orjson.dumps(row, option=orjson.OPT_NON_STR_KEYS)
        except TypeError:
            expected = encode(docs[kind, uid]).encode()
        assert text == expected
    assert [(kind, uid) for kind, uid, _ in made] == list(docs)

"""The faster event reader (application/transcoding.py) returns exactly what the library's
decoder returns for the same bytes, whatever the document holds."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.persistence import DatetimeAsISO, DecimalAsStr, JSONTranscoder, UUIDAsHex
from hypothesis import given
from hypothesis import strategies as st

from application.transcoding import FastJSONTranscoder, UUIDAsHexFast
from application.viewstore import decode, encode
from projections.rows import parse_uuid


def library() -> JSONTranscoder:
    transcoder = JSONTranscoder()
    for transcoding in (UUIDAsHex(), DecimalAsStr(), DatetimeAsISO()):
        transcoder.register(transcoding)
    return transcoder


def fast() -> FastJSONTranscoder:
    transcoder = FastJSONTranscoder()
    for transcoding in (UUIDAsHexFast(), DecimalAsStr(), DatetimeAsISO()):
        transcoder.register(transcoding)
    return transcoder


leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.uuids(),
                 st.floats(allow_nan=False, allow_infinity=False),
                 st.decimals(allow_nan=False, allow_infinity=False),
                 st.datetimes(timezones=st.just(UTC)), st.integers(min_value=2**63, max_value=2**80))
documents = st.recursive(leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["a", "b", "_type_", "_data_", "content"]), inner, max_size=3)),
    max_leaves=12)


def outcome(transcoder: JSONTranscoder, data: bytes) -> Any:
    try:
        return transcoder.decode(data)
    except Exception as error:  # a document the library refuses must be refused alike
        return type(error)


@given(st.dictionaries(st.text(max_size=8), documents, max_size=5))
def test_it_reads_what_the_library_reads(state: dict[str, Any]) -> None:
    data = library().encode(state)
    assert outcome(fast(), data) == outcome(library(), data)


def test_an_event_state_with_ids_timestamps_and_nested_content() -> None:
    state = {"timestamp": datetime(2024, 2, 3, tzinfo=UTC), "report_id": uuid4(),
             "claim_ids": [uuid4(), uuid4()], "content": {"kind": "strike", "figures": [{"value": 3}],
                                                          "quote": 'he said "_type_" twice'},
             "big": 2**70, "amount": Decimal("1.5"), "nested": {"at": datetime(2024, 1, 1, tzinfo=UTC)}}
    data = library().encode(state)
    assert fast().decode(data) == library().decode(data) == state


def test_uuids_parse_as_uuid_does() -> None:
    for _ in range(200):
        uid = uuid4()
        for text in (str(uid), uid.hex, str(uid).upper()):
            parsed = parse_uuid(text)
            assert parsed == uid and hash(parsed) == hash(uid) and str(parsed) == str(uid)
    braced = "{12345678-1234-5678-1234-567812345678}"
    assert parse_uuid(braced) == UUID(braced)


@given(documents)
def test_view_rows_round_trip_as_json_does(doc: Any) -> None:
    # Rows hold finite numbers only (claim contents are pydantic's JSON mode, which writes
    # inf and NaN as null; scores are rounded), so infinities are left out here.
    import json

    row = {"doc": doc}
    try:
        expected = json.loads(json.dumps(row, default=str))
    except (TypeError, ValueError):
        return
    plain = json.loads(json.dumps(row, default=str))
    assert decode(encode(plain)) == expected

"""Reading the log fast (a rebuild, `verify`, a reader catching up) reads what the library's
own reader and decoder read: the seals, the decoded events, and so the rebuilt rows."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.application import Application
from eventsourcing.persistence import JSONTranscoder, Mapper, StoredEvent
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.integrity import notifications
from application.sealing import MARK, Sealer
from application.service import Dateline
from application.transcoding import FastJSONTranscoder
from projections.catalog import Catalog
from tests.app.test_stored_views import new_app, play, snapshot, step
from tests.app.test_transcoding import documents, fast, library

keys = st.one_of(st.binary(max_size=64), st.binary(min_size=65, max_size=200))  # longer: hashed first


@given(key=keys, later=keys, state=st.binary(max_size=300),
       version=st.integers(1, 10**6), topic=st.text(max_size=30))
def test_a_seal_is_the_hmac_of_the_event_under_the_key_in_force(
        key: bytes, later: bytes, state: bytes, version: int, topic: str) -> None:
    uid = uuid4()
    sealer = Sealer(key)
    for current in (key, later):
        sealer.key = current  # a key set after the sealer was made is the one used
        message = f"{uid}|{version}|{topic}|".encode() + state
        expected = hmac.new(current, message, hashlib.sha256).hexdigest()
        assert sealer.tag(uid, version, topic, state) == expected
        assert sealer.tag(str(uid), version, topic, state) == expected


# Events of one class keep their ids and timestamps in the same places, but not always:
# an optional id may be absent or null, a list of ids empty, or a field may hold a document.
value = st.one_of(st.uuids(), st.none(), st.datetimes(timezones=st.just(UTC)),
                  st.lists(st.uuids(), max_size=3), documents)
event_state = st.dictionaries(st.sampled_from(["timestamp", "report_id", "claim_ids", "content", "by"]),
                              value, min_size=1, max_size=5)


@given(st.lists(event_state, min_size=1, max_size=8))
def test_events_of_one_topic_read_as_the_library_reads_them_whatever_each_holds(
        states: list[dict[str, Any]]) -> None:
    reader = fast()
    for state in states:
        data = library().encode(state)
        try:
            expected: Any = library().decode(data)
        except Exception as error:
            expected = type(error)
        try:
            got: Any = reader.decode_state(data, "domain.x:X.Happened")
        except Exception as error:
            got = type(error)
        assert got == expected


def library_events(app: Dateline) -> list[Any]:
    """The log as the library alone reads it: its recorder, its decoder, its mapper."""
    transcoder = JSONTranscoder()
    Application.register_transcodings(app, transcoder)
    mapper: Mapper[UUID] = Mapper(transcoder=transcoder)
    found = []
    for n in app.recorder.select_notifications(start=1, limit=10**6):
        state, mark, _ = n.state.rpartition(MARK)
        assert mark
        stored = StoredEvent(n.originator_id, n.originator_version, n.topic, state)
        found.append(mapper.to_domain_event(stored))
    return found


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_a_rebuild_gives_the_rows_the_library_reads_of_the_log(tmp_path_factory, steps) -> None:
    url = f"sqlite:///{tmp_path_factory.mktemp('s') / 'd.db'}"
    app = new_app(url)
    play(app, steps)
    expected = snapshot(Catalog.build(library_events(app)))
    rows = [(n.id, str(n.originator_id), n.originator_version, n.topic, n.state)
            for n in app.recorder.select_notifications(start=1, limit=10**6)]
    assert [tuple(n) for n in notifications(app.recorder, page=3)] == rows
    assert isinstance(app.sealing_mapper.transcoder, FastJSONTranscoder)
    rebuilt = new_app(url)
    rebuilt.rebuild()
    assert snapshot(rebuilt.catalog()) == expected
    assert snapshot(new_app(url).catalog()) == expected  # the rows it stored


def test_a_rebuild_reads_timestamps_and_ids_as_objects() -> None:
    state = {"timestamp": datetime(2024, 2, 3, tzinfo=UTC), "report_id": uuid4(), "claim_ids": [uuid4()]}
    data = library().encode(state)
    reader = fast()
    assert reader.decode_state(data, "t") == state
    assert reader.decode_state(data, "t") == state  # by the plan the first one left

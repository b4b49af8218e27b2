"""Stored history stays readable as the model evolves: old event versions are upcast on read."""

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from uuid import uuid4

import pytest
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import StoredEvent

from application.service import Dateline
from application.store import store_env
from domain.claim import Claim
from domain.incident import Incident
from domain.report import Report
from domain.values import ClaimContent, CodedBy

NOW = datetime(2024, 2, 8, tzinfo=UTC)
AGGREGATES = (Report, Claim, Incident)


def event_classes() -> list[type]:
    return [
        value for aggregate in AGGREGATES for value in vars(aggregate).values()
        if isinstance(value, type) and issubclass(value, Aggregate.Event)
        and value.__qualname__.startswith(aggregate.__name__ + ".")
        and value.__name__ not in ("Event", "Created")  # the library's defaults, never triggered
    ]


@pytest.mark.parametrize("event_class", event_classes(), ids=lambda c: c.__qualname__)
def test_every_event_class_declares_its_version_and_every_upcaster(event_class: type) -> None:
    # The library re-creates each event class as a dataclass subclass, so look along the MRO;
    # its own base classes declare no class_version, so what is found is ours.
    version = getattr(event_class, "class_version", None)
    assert isinstance(version, int) and version >= 1, f"{event_class.__qualname__} has no class_version"
    for step in range(1, version):
        assert callable(getattr(event_class, f"upcast_v{step}_v{step + 1}", None))


def _stored_state(app: Dateline, event: object) -> tuple[StoredEvent, dict[str, object]]:
    """The event as the store holds it, and its state without the seal."""
    stored = app.mapper.to_stored_event(event)  # type: ignore[arg-type]
    body, _, _ = app.sealer.opened(stored)
    return stored, json.loads(body)


def _resealed(app: Dateline, stored: StoredEvent, state: dict[str, object]) -> StoredEvent:
    """What an old release, holding the key, would have written: the old shape, sealed."""
    return app.sealer.seal(replace(stored, state=json.dumps(state).encode()))


def _v1_state(state: dict[str, object], drop: tuple[str, ...]) -> dict[str, object]:
    return {k: v for k, v in state.items() if k not in drop}


def test_a_v1_report_filed_event_is_read_with_its_hash_recomputed(sqlite_store: str) -> None:
    app = Dateline(store_env(sqlite_store))
    report = Report.file(text="Headline\nBody.", text_sha256="x" * 64, publisher="Wire",
                         published="2024-02-08", timezone="UTC", title="Headline", now=NOW)
    (event,) = report.collect_events()
    stored, state = _stored_state(app, event)
    state = _v1_state(state, ("class_version", "text_sha256"))
    app.recorder.insert_events([_resealed(app, stored, state)])

    again = Dateline(store_env(sqlite_store)).get_report(report.id)
    assert again.text_sha256 == hashlib.sha256(b"Headline\nBody.").hexdigest()
    assert again.publisher == "Wire"


def test_a_v1_claim_asserted_event_is_read_with_its_coder_moved_into_the_content(
    sqlite_store: str,
) -> None:
    app = Dateline(store_env(sqlite_store))
    body = ClaimContent(kind="statement", speaker="CENTCOM", quote="Body.",
                        coded_by=CodedBy(kind="analyst", name="lena"))
    claim = Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=body, now=NOW)
    (event,) = claim.collect_events()
    stored, state = _stored_state(app, event)
    state.pop("class_version")
    state["coded_by"] = "analyst:lena"
    state["content"] = {k: v for k, v in state["content"].items() if k != "coded_by"}
    app.recorder.insert_events([_resealed(app, stored, state)])

    again = Dateline(store_env(sqlite_store)).get_claim(claim.id)
    assert again.body.coded_by == CodedBy(kind="analyst", name="lena")
    assert again.status == "accepted"

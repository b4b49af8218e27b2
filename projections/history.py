"""What `dateline history` shows of one event: its name, when it was recorded, its fields."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.domain import DomainEvent

_BASE_FIELDS = {"originator_id", "originator_version", "timestamp", "originator_topic"}
#: Fields too long to show in full; `history` prints their size instead.
_BULKY = {"text"}


def event_doc(event: DomainEvent) -> dict[str, Any]:
    fields = {
        name: _jsonable(value) for name, value in vars(event).items()
        if name not in _BASE_FIELDS and name not in _BULKY
    }
    for name in _BULKY & set(vars(event)):
        fields[f"{name}_chars"] = len(getattr(event, name))
    qualname = type(event).__qualname__
    return {
        "event": qualname,
        "aggregate": str(event.originator_id),
        "version": event.originator_version,
        "recorded": event.timestamp.isoformat(),
        "fields": fields,
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value

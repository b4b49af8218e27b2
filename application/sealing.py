"""Tamper evidence: every stored event is sealed with a keyed hash, and the log is chained.

A seal is HMAC-SHA256 over the event's aggregate id, version, topic and stored state, under
a key kept outside the database. Whoever edits a stored event, copies it to another place
in the log, or inserts one without the key, breaks a seal. The chain (each link hashes the
previous link, a notification id and its seal) is itself sealed at each update of the read
models, so deleting or reordering events that were already chained breaks it too.

The key: `$DATELINE_KEY` when set (a team on PostgreSQL sets the same key everywhere);
otherwise a key file made on first use with owner-only permissions: `<database>.key`
beside a SQLite file, `~/.config/dateline/key` for PostgreSQL.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import replace
from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Mapper, MapperDeserialisationError, StoredEvent

from domain.errors import DatelineError

MARK = b"\n#dateline-seal:"
GENESIS = "0" * 64


class TamperedEvent(DatelineError, MapperDeserialisationError):
    """A stored event whose seal does not match: it was changed outside Dateline."""


def key_for(env: dict[str, str]) -> bytes:
    given = os.environ.get("DATELINE_KEY")
    if given:
        return given.encode("utf-8")
    if env.get("PERSISTENCE_MODULE") == "eventsourcing.sqlite":
        path = Path(env["SQLITE_DBNAME"] + ".key")
    else:
        path = Path.home() / ".config" / "dateline" / "key"
    return _key_file(path)


def _key_file(path: Path) -> bytes:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return path.read_bytes().strip()
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_bytes().strip()


class Sealer:
    def __init__(self, key: bytes) -> None:
        self.key = key

    def tag(self, originator_id: UUID | str, version: int, topic: str, state: bytes) -> str:
        message = f"{originator_id}|{version}|{topic}|".encode() + state
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def seal(self, stored: StoredEvent) -> StoredEvent:
        tag = self.tag(stored.originator_id, stored.originator_version, stored.topic, stored.state)
        return replace(stored, state=stored.state + MARK + tag.encode("ascii"))

    def opened(self, stored: StoredEvent) -> tuple[bytes, str | None, bool]:
        """The state without its seal, the seal found (None if none), and whether it matches."""
        state, mark, tag = stored.state.rpartition(MARK)
        if not mark:
            return stored.state, None, False
        expected = self.tag(stored.originator_id, stored.originator_version, stored.topic, state)
        found = tag.decode("ascii", "replace")
        return state, found, hmac.compare_digest(expected, found)

    def link(self, previous: str, notification_id: int, tag: str) -> str:
        return hashlib.sha256(f"{previous}|{notification_id}|{tag}".encode()).hexdigest()

    def sign(self, position: int, chain: str) -> str:
        return hmac.new(self.key, f"{position}|{chain}".encode(), hashlib.sha256).hexdigest()


class SealingMapper(Mapper[UUID]):
    """The library's mapper, sealing each event on the way in and checking it on the way out."""

    def __init__(self, sealer: Sealer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sealer = sealer

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        return self.sealer.seal(super().to_stored_event(domain_event))

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        state, found, ok = self.sealer.opened(stored_event)
        if not ok:
            problem = "has no seal" if found is None else "does not match its seal"
            raise TamperedEvent(
                f"stored event {stored_event.originator_id} v{stored_event.originator_version} "
                f"{problem}: it was changed outside Dateline (run `dateline verify`)"
            )
        return super().to_domain_event(replace(stored_event, state=state))

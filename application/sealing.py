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
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast
from uuid import UUID

import orjson
from eventsourcing.persistence import Mapper, MapperDeserialisationError, StoredEvent
from eventsourcing.utils import get_topic, resolve_topic

from application.transcoding import FastJSONTranscoder, long_number
from domain.errors import DatelineError
from projections.rows import parse_uuid

if TYPE_CHECKING:
    from _hashlib import HASH

MARK = b"\n#dateline-seal:"
GENESIS = "0" * 64
_TYPE = b'"_type_"'
_UNKNOWN: Any = object()
T = TypeVar("T")
#: A stored event as a fold reads the log: (notification id, aggregate id as stored (the
#: hex digits of a SQLite row) or as a `UUID`, version, topic, state with its seal).
LogRow = tuple[int, "str | UUID", int, str, bytes]
#: `projections.catalog.StateFold`, for any target.
StateFold = Callable[[T, UUID, dict[str, Any], Callable[[Any], UUID], Callable[[Any], str]], None]


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
        # Written aside, then linked into place: a process starting at the same moment never
        # reads a key file that exists but is not written yet.
        aside = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
        try:
            os.link(aside, path)
        except FileExistsError:
            pass  # another process made it first: use theirs
        finally:
            aside.unlink()
    return path.read_bytes().strip()


class Stored(Protocol):
    """A stored event as a reader of the log gets it: the library's `StoredEvent` or
    `Notification`, or `integrity.StoredRow` (the id as `str(uuid)` writes it)."""

    @property
    def originator_id(self) -> UUID | str: ...
    @property
    def originator_version(self) -> int: ...
    @property
    def topic(self) -> str: ...
    @property
    def state(self) -> bytes: ...


class Sealer:
    #: The mapper that seals and opens events with this sealer (`SealingMapper` says so):
    #: what a rebuild folds the log with (`SealingMapper.fold`).
    reader: SealingMapper | None = None

    def __init__(self, key: bytes) -> None:
        self.key = key

    @property
    def key(self) -> bytes:
        return self._key

    @key.setter
    def key(self, key: bytes) -> None:
        self._key = key
        self._inner, self._outer = _pads(key)

    def tag(self, originator_id: UUID | str, version: int, topic: str, state: bytes) -> str:
        """HMAC-SHA256 of the event, hex: `hmac.new(key, message, sha256).hexdigest()`."""
        # The key's inner and outer pads are hashed once, here copied: half the time of a
        # one-shot `hmac.digest` per event, which sets the key up again each call (a rebuild
        # or `verify` opens every event of the log, an ingest seals every new one).
        inner = self._inner.copy()
        inner.update(f"{originator_id}|{version}|{topic}|".encode())
        inner.update(state)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def seal(self, stored: StoredEvent) -> StoredEvent:
        return self.sealed(stored.originator_id, stored.originator_version, stored.topic, stored.state)

    def sealed(self, originator_id: UUID | str, version: int, topic: str, state: bytes) -> StoredEvent:
        """A stored event of this state with its seal appended."""
        tag = self.tag(originator_id, version, topic, state)
        return StoredEvent(originator_id=originator_id, originator_version=version, topic=topic,
                           state=state + MARK + tag.encode("ascii"))

    def opened(self, stored: Stored) -> tuple[bytes, str | None, bool]:
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


def _pads(key: bytes) -> tuple[HASH, HASH]:
    """SHA-256 states having read the key's inner and outer pads (RFC 2104)."""
    block = hashlib.sha256().block_size
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b"\0")
    return (hashlib.sha256(bytes(b ^ 0x36 for b in key)),
            hashlib.sha256(bytes(b ^ 0x5C for b in key)))


class SealingMapper(Mapper[UUID]):
    """The library's mapper, sealing each event on the way in and checking it on the way out."""

    def __init__(self, sealer: Sealer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sealer = sealer
        sealer.reader = self
        #: Each topic's class and class version, resolved once (a rebuild opens every event).
        self._classes: dict[str, tuple[type, int]] = {}

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        """The library's `Mapper.to_stored_event`, sealed, making one `StoredEvent` instead
        of one and a sealed copy (same bytes: the same state encoded the same way)."""
        if self.cipher or self.compressor:
            return self.sealer.seal(super().to_stored_event(domain_event))
        cls = type(domain_event)
        event_state = dict(vars(domain_event))
        originator_id = event_state.pop("originator_id")
        originator_version = event_state.pop("originator_version")
        class_version = getattr(cls, "class_version", 1)
        if class_version > 1:
            event_state["class_version"] = class_version
        return self.sealer.sealed(originator_id, originator_version, get_topic(cls),
                                  self.transcoder.encode(event_state))

    def to_domain_event(self, stored_event: Stored) -> Any:
        return self.opened_event(stored_event)[1]

    def opened_event(self, stored_event: Stored) -> tuple[str, Any]:
        """The event's seal (checked) and the domain event: one HMAC, for readers that also
        chain the seals (application/integrity.py)."""
        state, found, ok = self.sealer.opened(stored_event)
        if not ok or found is None:
            problem = "has no seal" if found is None else "does not match its seal"
            raise TamperedEvent(
                f"stored event {stored_event.originator_id} v{stored_event.originator_version} "
                f"{problem}: it was changed outside Dateline (run `dateline verify`)"
            )
        if self.cipher or self.compressor:
            plain = StoredEvent(originator_id=_uuid_of(stored_event),
                                originator_version=stored_event.originator_version,
                                topic=stored_event.topic, state=state)
            return found, super().to_domain_event(plain)
        return found, self._decoded(stored_event, state)

    def fold(self, pages: Iterable[Sequence[LogRow]], target: T, apply: Callable[[T, Any], None],
             folds: Mapping[type, tuple[int, StateFold[T]]]) -> list[tuple[int, str]] | None:
        """Opens every row of `pages` in order, checking its seal as `opened_event` does (and
        raising as it does), and folds it into `target`: the events of the classes in `folds`
        straight from their decoded JSON (`fold(target, aggregate id, state, as_id, as_stamp)`,
        see `projections.catalog.StateFold`), without making the event; any other, and any
        state those do not read as they expect, as its event (`apply(target, event)`, the
        event as `to_domain_event` makes it). A state goes to its fold only when it is read
        exactly as the library's decoder would read it and holds no transcoded value the fold
        does not convert: orjson reads it (no integer of 19 digits or more, nothing orjson
        refuses), it holds as many `"_type_"` keys as the fold converts, each a
        `{"_type_": name, "_data_": leaf}` object of the transcoding it expects, and it was
        written at the class's current version (no upcasting). Returns every row's
        (notification id, seal), or None when this mapper's events are not plain JSON of the
        library's format (ciphered, compressed, another transcoder).

        A rebuild reads every event of the log: making each event (a `__dict__` per event,
        every transcoded value converted, the timestamp parsed to be written again by
        `isoformat`) was most of what it spent past the JSON itself."""
        transcoder = self.transcoder
        if self.cipher or self.compressor or not isinstance(transcoder, FastJSONTranscoder):
            return None
        converters = transcoder.converters()
        if converters is None:
            return None
        as_id, as_stamp = converters
        # The ids `make_id` already made, by their hex (its key for them), looked up here
        # first: one call fewer per event.
        make_id, made_ids = transcoder.uuid, transcoder.known_ids()
        inner, outer = self.sealer._inner, self.sealer._outer
        loads, invalid, compare, long = orjson.loads, orjson.JSONDecodeError, hmac.compare_digest, long_number
        plans: dict[str, tuple[int, int, StateFold[T]] | None] = {}
        seals: list[tuple[int, str]] = []
        keep = seals.append
        for page in pages:
            for notification_id, originator_id, version, topic, stored in page:
                if type(originator_id) is str and len(originator_id) == 32:
                    hexed = originator_id.lower()
                    named = f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"
                else:  # a `UUID` (PostgreSQL), or text in another form (as `integrity._dashed`)
                    hexed, named = None, str(originator_id if type(originator_id) is not str
                                             else UUID(originator_id))
                # The seal, as `Sealer.opened` and `opened_event` check it.
                state, mark, tag = stored.rpartition(MARK)
                found = tag.decode("ascii", "replace")
                if mark:
                    digest = inner.copy()
                    digest.update(f"{named}|{version}|{topic}|".encode())
                    digest.update(state)
                    sealed = outer.copy()
                    sealed.update(digest.digest())
                if not mark or not compare(sealed.hexdigest(), found):
                    problem = "does not match its seal" if mark else "has no seal"
                    raise TamperedEvent(f"stored event {named} v{version} {problem}: it was changed "
                                        "outside Dateline (run `dateline verify`)")
                keep((notification_id, found))
                plan = plans.get(topic, _UNKNOWN)
                if plan is _UNKNOWN:
                    plan = plans[topic] = self._fold_plan(topic, folds)
                if plan is not None and not long(state):
                    transcoded, class_version, fold_state = plan
                    try:
                        decoded = loads(state)
                    except invalid:
                        decoded = None
                    if (type(decoded) is dict and state.count(_TYPE) == transcoded
                            and decoded.get("class_version", 1) == class_version):
                        # The aggregate's id as `_decoded` makes it (from the dashed text, or as given).
                        if hexed is None:
                            uid = make_id(named) if isinstance(originator_id, str) else originator_id
                        else:
                            uid = made_ids.get(hexed) or make_id(hexed)
                        try:
                            fold_state(target, uid, decoded, as_id, as_stamp)
                            continue
                        except Exception:  # not as expected: made into its event, which says what is wrong
                            pass
                apply(target, self._decoded(StoredEvent(originator_id=named if hexed is not None or
                                                        type(originator_id) is str else originator_id,
                                                        originator_version=version, topic=topic, state=b""),
                                            state))
        return seals

    def _fold_plan(self, topic: str, folds: Mapping[type, tuple[int, StateFold[T]]]
                   ) -> tuple[int, int, StateFold[T]] | None:
        """(transcoded values, class version, fold) for the events of `topic`, if folded from states."""
        found = self._classes.get(topic)
        if found is None:
            try:
                cls = resolve_topic(topic)
            except Exception:  # the event's own reading says what is wrong
                return None
            found = self._classes[topic] = (cls, getattr(cls, "class_version", 1))
        cls, class_version = found
        fold = folds.get(cls)
        return None if fold is None else (fold[0], class_version, fold[1])

    def _decoded(self, stored_event: Stored, state: bytes) -> Any:
        """The library's `Mapper.to_domain_event` for a plain (neither ciphered nor
        compressed) state given apart from the stored event, without copying the latter."""
        topic = stored_event.topic
        found = self._classes.get(topic)
        if found is None:
            cls = resolve_topic(topic)
            found = self._classes[topic] = (cls, getattr(cls, "class_version", 1))
        cls, class_version = found
        transcoder = self.transcoder
        fast = transcoder if isinstance(transcoder, FastJSONTranscoder) else None
        try:
            event_state: dict[str, Any] = (
                fast.decode_state(state, topic) if fast is not None else transcoder.decode(state)
            )
        except Exception as e:
            raise MapperDeserialisationError(
                f"Failed to deserialise state of stored event with topic '{topic}', "
                f"originator_id '{stored_event.originator_id}' and originator_version "
                f"{stored_event.originator_version}: {e}"
            ) from e
        event_state["originator_id"] = _uuid_of(stored_event, fast.uuid if fast is not None else parse_uuid)
        event_state["originator_version"] = stored_event.originator_version
        from_version = event_state.pop("class_version", 1)
        while from_version < class_version:
            getattr(cls, f"upcast_v{from_version}_v{from_version + 1}")(event_state)
            from_version += 1
        domain_event = object.__new__(cls)
        object.__setattr__(domain_event, "__dict__", event_state)
        return cast(Any, domain_event)


def _uuid_of(stored_event: Stored, parse: Callable[[str], UUID] = parse_uuid) -> UUID | str:
    """The stored event's aggregate id as a `UUID` (a SQLite row gives it as text; every
    Dateline aggregate's id is a UUID)."""
    originator_id = stored_event.originator_id
    return parse(originator_id) if type(originator_id) is str else originator_id

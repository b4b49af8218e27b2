"""Keeping and checking the log's seals: `advance` chains what was recorded since the last
seal; `verify` re-reads the whole log and says what was changed outside Dateline."""

from __future__ import annotations

import hmac
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import NamedTuple
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, Notification
from eventsourcing.sqlite import SQLiteApplicationRecorder

from application.sealing import GENESIS, Sealer, TamperedEvent
from application.seals import ChainSeal, SealStore


class StoredRow(NamedTuple):
    """A stored event and its notification id, as a SQLite log holds them: the id written
    as `str(uuid)` does (what a seal hashes), the state with its seal."""

    id: int
    originator_id: str
    originator_version: int
    topic: str
    state: bytes


def notifications(
    recorder: ApplicationRecorder, *, after: int = 0, page: int = 500
) -> Iterator[Notification | StoredRow]:
    if isinstance(recorder, SQLiteApplicationRecorder):
        yield from _sqlite_rows(recorder, after=after, page=page)
        return
    start = after + 1
    while True:
        batch = recorder.select_notifications(start=start, limit=page)
        yield from batch
        if len(batch) < page:
            return
        start = batch[-1].id + 1


def pages(recorder: ApplicationRecorder, *, after: int = 0, page: int = 2000
          ) -> Iterator[list[tuple[int, str | UUID, int, str, bytes]]]:
    """The log after `after` as `notifications` reads it, a page at a time, each event as
    (notification id, aggregate id, version, topic, state): a SQLite log's rows as the query
    gives them (the id as the 32 hex digits the library stores), with no object made per
    event (`SealingMapper.fold` reads every event of the log)."""
    if not isinstance(recorder, SQLiteApplicationRecorder):
        batch: list[tuple[int, str | UUID, int, str, bytes]] = []
        for notification in notifications(recorder, after=after, page=page):
            batch.append((notification.id, notification.originator_id, notification.originator_version,
                          notification.topic, notification.state))
            if len(batch) == page:
                yield batch
                batch = []
        if batch:
            yield batch
        return
    statement = (f"SELECT rowid, originator_id, originator_version, topic, state "
                 f"FROM {recorder.events_table_name} WHERE rowid > ? ORDER BY rowid LIMIT ?")
    while True:
        with recorder.datastore.transaction(commit=False) as cursor:
            cursor.execute(statement, (after, page))
            rows = cursor.fetchall()
        yield rows
        if len(rows) < page:
            return
        after = rows[-1][0]


def _sqlite_rows(recorder: SQLiteApplicationRecorder, *, after: int, page: int) -> Iterator[StoredRow]:
    """The library's `select_notifications`, without making a `UUID` and a frozen
    `Notification` per event: those were half of reading a SQLite log (a rebuild, `verify`).
    Readers that want the id as a `UUID` parse it (`SealingMapper`)."""
    statement = (f"SELECT rowid, originator_id, originator_version, topic, state "
                 f"FROM {recorder.events_table_name} WHERE rowid > ? ORDER BY rowid LIMIT ?")
    make = tuple.__new__  # `StoredRow(...)` without its `__new__` in Python
    while True:
        with recorder.datastore.transaction(commit=False) as cursor:
            cursor.execute(statement, (after, page))
            batch = cursor.fetchall()
        for rowid, hexed, version, topic, state in batch:
            yield make(StoredRow, (rowid, _dashed(hexed), version, topic, state))
        if len(batch) < page:
            return
        after = batch[-1][0]


def _dashed(hexed: str) -> str:
    """`str(UUID(hexed))` for the 32 hex digits the library stores (or a form it already is)."""
    if len(hexed) != 32:
        return str(UUID(hexed))
    lowered = hexed.lower()
    return f"{lowered[:8]}-{lowered[8:12]}-{lowered[12:16]}-{lowered[16:20]}-{lowered[20:]}"


@dataclass
class LogSeal:
    recorder: ApplicationRecorder
    sealer: Sealer
    seals: SealStore

    def advance(self, *, after: int | None = None, known: Iterable[tuple[int, str]] = ()) -> None:
        """Extends the sealed chain over the events recorded since; refuses a broken seal.

        `known` are the (notification id, checked seal) of every notification after `after`
        that a reader already opened: those are chained without reading them again."""
        extension = self.extend(after)
        extension.add_all(known)
        extension.finish()

    def extend(self, after: int | None) -> ChainExtension:
        """A chain extension that a reader of every notification after `after` feeds as it
        reads (see `ChainExtension`)."""
        seal = self.seals.read()
        if not self._signed(seal):
            raise TamperedEvent("the log's seal was changed outside Dateline (run `dateline verify`)")
        return ChainExtension(self, seal, fed=after is not None and after <= seal.position)

    def advance_quietly(self) -> None:
        """Seals what is sealable before a verification; a broken seal is verify's to report."""
        with suppress(TamperedEvent):
            self.advance()

    def _signed(self, seal: ChainSeal) -> bool:
        if seal.mac is None:
            return seal.position == 0
        return hmac.compare_digest(self.sealer.sign(seal.position, seal.chain), seal.mac)


@dataclass
class ChainExtension:
    """Chains notifications onto a read seal. `add` takes every notification after the seal's
    position in order, already checked (a reader that opened them); it ignores them when the
    reader started after the seal's position (`fed` false: there would be a gap). `finish`
    reads and checks whatever was not added, up to the end of the log, and stores the seal."""

    log: LogSeal
    seal: ChainSeal
    fed: bool
    chain: str = ""
    last: int = 0

    def __post_init__(self) -> None:
        self.chain, self.last = self.seal.chain, self.seal.position

    def add_all(self, known: Iterable[tuple[int, str]]) -> None:
        """Chains each (notification id, checked seal) after the last one chained, in one loop
        (a rebuild chains every event of the log)."""
        if not self.fed:
            return
        link, chain, last = self.log.sealer.link, self.chain, self.last
        for notification_id, tag in known:
            if notification_id > last:
                chain, last = link(chain, notification_id, tag), notification_id
        self.chain, self.last = chain, last

    def finish(self) -> None:
        sealer = self.log.sealer
        for notification in notifications(self.log.recorder, after=self.last):
            _, tag, ok = sealer.opened(notification)
            if not ok or tag is None:
                raise TamperedEvent(f"notification {notification.id} does not match its seal "
                                    "(run `dateline verify`)")
            self.chain, self.last = sealer.link(self.chain, notification.id, tag), notification.id
        if self.last != self.seal.position:
            # Losing this race is fine: the winner sealed the same events.
            self.log.seals.advance(self.seal.position,
                                   ChainSeal(self.last, self.chain, sealer.sign(self.last, self.chain)))


@dataclass
class Findings:
    checked: int = 0
    problems: list[str] = field(default_factory=list)


def verify(recorder: ApplicationRecorder, sealer: Sealer, seals: SealStore, *, gapless: bool) -> Findings:
    """Every event's seal, every aggregate's versions, the notification ids (when the store
    never leaves gaps of its own), and the sealed chain."""
    found = Findings()
    seal = seals.read()
    chain, chained_to, previous_id = GENESIS, 0, 0
    versions: dict[UUID | str, list[int]] = defaultdict(list)
    for notification in notifications(recorder):
        found.checked += 1
        _, tag, ok = sealer.opened(notification)
        if not ok:
            found.problems.append(f"notification {notification.id} ({_name(notification)}) was edited "
                                  "or inserted outside Dateline: its seal does not match")
        if gapless and notification.id != previous_id + 1:
            missing = ", ".join(str(n) for n in range(previous_id + 1, notification.id))
            found.problems.append(f"notification(s) {missing} missing: deleted outside Dateline")
        previous_id = notification.id
        versions[notification.originator_id].append(notification.originator_version)
        if notification.id <= seal.position:
            chain, chained_to = sealer.link(chain, notification.id, tag or ""), notification.id
    found.problems += _version_gaps(versions)
    found.problems += _chain_problems(sealer, seal, chain, chained_to)
    return found


def _version_gaps(versions: dict[UUID | str, list[int]]) -> list[str]:
    problems = []
    for aggregate, seen in versions.items():
        if seen != list(range(1, len(seen) + 1)):
            problems.append(f"aggregate {aggregate} has versions {seen}: events deleted or reordered")
    return problems


def _chain_problems(sealer: Sealer, seal: ChainSeal, chain: str, chained_to: int) -> list[str]:
    if seal.mac is None:
        return [] if seal.position == 0 else ["the log's seal has no signature"]
    if not hmac.compare_digest(sealer.sign(seal.position, seal.chain), seal.mac):
        return ["the log's seal itself was changed outside Dateline"]
    if chained_to < seal.position:
        return [f"events up to notification {seal.position} were sealed, but the log now ends "
                f"at {chained_to}: events deleted"]
    if chain != seal.chain:
        return [f"the log up to notification {seal.position} differs from what was sealed: "
                "events deleted, reordered or inserted"]
    return []


def _name(notification: Notification | StoredRow) -> str:
    kind = notification.topic.rpartition(":")[2]
    return f"{kind} v{notification.originator_version} of {notification.originator_id}"

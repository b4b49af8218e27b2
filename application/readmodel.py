"""The catalog read model as the application keeps it: in memory, in the store, and indexed
for linking.

`current()` applies the events recorded since it last looked (by anyone). With
`persist=True` (every command's reads) it also stores the changed rows with the new
position, in one transaction that checks the stored position first, and extends the log's
sealed chain. An ingest of many reports reads with `persist=False` between reports and
stores once at the end: the same rows, one transaction instead of one per report.

Events come with their checked seals (`Dateline.sealed_events`), so extending the sealed
chain over what was just applied reads nothing again; a rebuild, which reads the whole log,
extends the chain in the same pass.

The events applied also say which aggregates other writers changed: `SavedAggregates`, the
incidents this process saved, drops any of them an event shows at a later version, so an
ingest links its next batch against the ones it holds without loading them again.
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from uuid import UUID

from eventsourcing.domain import Aggregate, DomainEventProtocol
from eventsourcing.persistence import Recording

from application.integrity import LogSeal, pages
from application.sealing import MARK
from application.viewstore import ViewStore, encode
from domain.errors import Conflict
from projections.catalog import STATE_FOLDS, Catalog
from projections.incident_index import IncidentIndex
from projections.rows import EncodedRows, dump, load, touched

#: (notification id, its checked seal, the event) for every event after a position.
Events = Callable[[int], Iterator[tuple[int, str, DomainEventProtocol[UUID]]]]
#: Seals remembered for the next chain extension at most; past that, it reads them again.
KNOWN_SEALS = 100_000
#: Aggregates kept as this process saved them (the least recently used are dropped first).
KEPT_AGGREGATES = 20_000


#: Whether this process runs one command and exits (`keep_loads_for_good`).
_ONE_COMMAND = False


def keep_loads_for_good() -> None:
    """Says this process runs one command and exits (the `dateline` command's entry point):
    a catalog it loads or rebuilds then stays out of the garbage collector's sight (`bulk`)."""
    global _ONE_COMMAND
    _ONE_COMMAND = True


@contextmanager
def bulk(*, keep: bool = False, promote: bool = False) -> Iterator[None]:
    """Pauses the cyclic garbage collector while a catalog is loaded or folded: those make
    hundreds of thousands of containers that all stay alive, and each collection would scan
    them all again (a third of a cold load's time). Reference counting still frees garbage.

    `keep` (a whole catalog loaded or rebuilt): left alone, what was made during the pause
    sits in the youngest generation, and the next collections (whatever the command does
    next sets them off) scan all of it two or three times over as it is promoted. One full
    collection at the end scans it once. A process running one command freezes it instead
    (`gc.freeze`: never scanned again; `dateline reports` at 10,000 reports: 6.3 -> 3.3 s of
    CPU). Freezing is for such a process only: whatever is alive at that moment is never
    collected if it later becomes cyclic garbage (a dropped application's connections),
    which a long-lived process, or a test run, would leak.

    `promote` (a rebuild): in a process that runs more than one command, what was made goes
    to the oldest generation as it is (`gc.freeze` then `gc.unfreeze`: moving lists, no scan)
    instead of the full collection, which the next full collection does anyway (a rebuild of
    1,000 reports: about 0.1 s of CPU); not in a process that froze something of its own
    (unfreezing would hand back its objects too)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep and _ONE_COMMAND:
            gc.freeze()
        elif keep and promote and not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        elif keep:
            gc.collect()
        if enabled:
            gc.enable()


class SavedAggregates:
    """Aggregates as this process last saved them, current as far as the read model has read
    the log: `StoredCatalog` drops one as soon as it applies an event of it at a later
    version (another writer, or another command of this process, changed it), and all of
    them when it reloads its rows or rebuilds (it then skips events it did not look at).

    `take` hands an aggregate over (it leaves the cache): its new events are pending until
    its save succeeds, and a failed save must not leave them in a kept copy."""

    def __init__(self, size: int = KEPT_AGGREGATES) -> None:
        self.size = size
        self._held: OrderedDict[UUID, Aggregate] = OrderedDict()

    def take(self, aggregate_id: UUID) -> Aggregate | None:
        return self._held.pop(aggregate_id, None)

    def keep(self, aggregates: Iterable[Aggregate]) -> None:
        """Keeps aggregates just saved (with no events pending)."""
        held = self._held
        for aggregate in aggregates:
            held[aggregate.id] = aggregate
            held.move_to_end(aggregate.id)
        while len(held) > self.size:
            held.popitem(last=False)

    def seen(self, event: DomainEventProtocol[UUID]) -> None:
        """An event recorded in the log: the aggregate it is of, if held at an earlier
        version, is stale."""
        held = self._held.get(event.originator_id)
        if held is not None and event.originator_version > held.version:
            del self._held[event.originator_id]

    def clear(self) -> None:
        self._held.clear()

    def __len__(self) -> int:
        return len(self._held)


class StoredCatalog:
    def __init__(self, views: ViewStore, seal: LogSeal, events_after: Events) -> None:
        self.views, self.seal, self.events_after = views, seal, events_after
        self.saved = SavedAggregates()
        self._catalog: Catalog | None = None
        self._stored = 0  # the position the stored rows are at
        self._applied = 0  # the position the in-memory catalog is at
        self._unstored: set[UUID] = set()
        self._seals: list[tuple[int, str]] | None = []  # of the events after _stored, if kept
        self._index = IncidentIndex()
        self._index_stale, self._index_dirty = True, set[UUID]()
        self._own: list[tuple[int, str, DomainEventProtocol[UUID]]] = []

    def recorded(self, recordings: Iterable[Recording[UUID]]) -> None:
        """Events this process just recorded (a save's recordings, with their seals): the next
        `current()` applies them as they are in memory instead of reading them back, if they
        directly follow what it has applied (else it reads the log, as for anyone's)."""
        for recording in recordings:
            notification = recording.notification
            tag = notification.state.rpartition(MARK)[2].decode("ascii")
            self._own.append((notification.id, tag, recording.domain_event))

    def _unread(self) -> Iterator[tuple[int, str, DomainEventProtocol[UUID]]]:
        """The events after the applied position: this process's own from memory while they
        follow on from it without a gap, then the log's."""
        own, self._own = self._own, []
        after = self._applied
        if own and all(position == after + n and tag for n, (position, tag, _) in enumerate(own, 1)):
            yield from own
            after = own[-1][0]
        yield from self.events_after(after)

    def current(self, *, persist: bool = True, attempts: int = 10) -> Catalog:
        for _ in range(attempts):
            catalog = self._loaded()
            seals, saved = self._seals, self.saved
            with bulk():
                for position, tag, event in self._unread():
                    catalog.apply(event)
                    saved.seen(event)
                    ids = touched(event)
                    self._unstored |= ids
                    self._index_dirty |= ids
                    self._applied = position
                    if seals is not None:
                        seals.append((position, tag))
            if seals is not None and len(seals) > KNOWN_SEALS:
                self._seals = None
            if not persist or self._applied == self._stored:
                return catalog
            if self.views.write(self._stored, self._applied, dump(catalog, self._unstored)):
                after = self._stored if self._seals is not None else None
                known = self._seals or ()
                self._stored, self._unstored, self._seals = self._applied, set(), []
                self.seal.advance(after=after, known=known)
                return catalog
            self._catalog = None  # another process stored these first: read theirs
        raise Conflict("the stored read model kept moving; try again")

    def _loaded(self) -> Catalog:
        if self._catalog is None:
            with bulk(keep=True):
                self._stored, rows = self.views.read()
                self._catalog, self._applied, self._unstored = load(rows), self._stored, set()
            self._seals = []
            self._index_stale = True
            self.saved.clear()  # the rows may be ahead of the events this process looked at
        return self._catalog

    def rebuild(self) -> int:
        """Recomputes the stored rows from the whole log, extending the sealed chain over it
        in the same pass; returns how many events it read.

        The log's rows are folded by the mapper that opens them (`SealingMapper.fold`): each
        seal checked as `events_after` checks it, and the events most of a log is folded
        straight from their stored JSON (`projections.catalog.STATE_FOLDS`) without making
        each event; the others, and anything those do not read as expected, as events. A
        mapper that cannot (ciphered or compressed events) leaves it to `events_after`."""
        chain = self.seal.extend(after=0)
        catalog, position = Catalog(), 0
        with bulk(keep=True, promote=True):
            reader = self.seal.sealer.reader
            folded = None if reader is None else reader.fold(
                pages(self.seal.recorder), catalog, Catalog.apply, STATE_FOLDS)
            if folded is not None:
                seals = folded
                position = seals[-1][0] if seals else 0
            else:
                apply, seals = catalog.apply, list[tuple[int, str]]()
                keep = seals.append
                for position, tag, event in self.events_after(0):
                    apply(event)
                    keep((position, tag))
            chain.add_all(seals)
            read = len(seals)
            # Chained: not kept alive while the rows are stored (a tuple and a 64-digit seal
            # per event, some 20 MB at 100,000 events, beside the catalog).
            del folded, seals
            self.views.replace(position, EncodedRows(catalog, encode))
        chain.finish()
        self._catalog, self._stored, self._applied, self._unstored = catalog, position, position, set()
        self._seals = []
        self._index_stale = True
        self.saved.clear()
        return read

    def held(self) -> Catalog:
        """The catalog as the last `current()` or `incident_index()` left it, without reading
        the log again (one round trip fewer on PostgreSQL)."""
        return self._loaded()

    def incident_index(self) -> IncidentIndex:
        """The linking index, current with everything recorded (stored or not yet)."""
        catalog = self.current(persist=False)
        if self._index_stale:
            self._index.rebuild(catalog)
        else:
            self._index.refresh(catalog, self._index_dirty)
        self._index_stale, self._index_dirty = False, set()
        return self._index

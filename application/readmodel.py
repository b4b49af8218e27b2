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
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol

from application.integrity import LogSeal
from application.viewstore import ViewStore
from domain.errors import Conflict
from projections.catalog import Catalog
from projections.incident_index import IncidentIndex
from projections.rows import dump, load, touched

#: (notification id, its checked seal, the event) for every event after a position.
Events = Callable[[int], Iterator[tuple[int, str, DomainEventProtocol[UUID]]]]
#: Seals remembered for the next chain extension at most; past that, it reads them again.
KNOWN_SEALS = 100_000


@contextmanager
def bulk() -> Iterator[None]:
    """Pauses the cyclic garbage collector while a catalog is loaded or folded: those make
    hundreds of thousands of containers that all stay alive, and each collection would scan
    them all again (a third of a cold load's time). Reference counting still frees garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class StoredCatalog:
    def __init__(self, views: ViewStore, seal: LogSeal, events_after: Events) -> None:
        self.views, self.seal, self.events_after = views, seal, events_after
        self._catalog: Catalog | None = None
        self._stored = 0  # the position the stored rows are at
        self._applied = 0  # the position the in-memory catalog is at
        self._unstored: set[UUID] = set()
        self._seals: list[tuple[int, str]] | None = []  # of the events after _stored, if kept
        self._index = IncidentIndex()
        self._index_stale, self._index_dirty = True, set[UUID]()

    def current(self, *, persist: bool = True, attempts: int = 10) -> Catalog:
        for _ in range(attempts):
            catalog = self._loaded()
            seals = self._seals
            with bulk():
                for position, tag, event in self.events_after(self._applied):
                    catalog.apply(event)
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
            with bulk():
                self._stored, rows = self.views.read()
                self._catalog, self._applied, self._unstored = load(rows), self._stored, set()
            self._seals = []
            self._index_stale = True
        return self._catalog

    def rebuild(self) -> int:
        """Recomputes the stored rows from the whole log, extending the sealed chain over it
        in the same pass; returns how many events it read."""
        chain = self.seal.extend(after=0)
        catalog, position, count = Catalog(), 0, 0
        with bulk():
            for position, tag, event in self.events_after(0):
                catalog.apply(event)
                chain.add(position, tag)
                count += 1
            self.views.replace(position, dump(catalog, None))
        chain.finish()
        self._catalog, self._stored, self._applied, self._unstored = catalog, position, position, set()
        self._seals = []
        self._index_stale = True
        return count

    def incident_index(self) -> IncidentIndex:
        """The linking index, current with everything recorded (stored or not yet)."""
        catalog = self.current(persist=False)
        if self._index_stale:
            self._index.rebuild(catalog)
        else:
            self._index.refresh(catalog, self._index_dirty)
        self._index_stale, self._index_dirty = False, set()
        return self._index

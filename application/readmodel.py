"""The catalog read model as the application keeps it: in memory, in the store, and indexed
for linking.

`current()` applies the events recorded since it last looked (by anyone). With
`persist=True` (every command's reads) it also stores the changed rows with the new
position, in one transaction that checks the stored position first, and extends the log's
sealed chain. An ingest of many reports reads with `persist=False` between reports and
stores once at the end: the same rows, one transaction instead of one per report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol

from application.integrity import LogSeal
from application.viewstore import ViewStore
from domain.errors import Conflict
from projections.catalog import Catalog
from projections.incident_index import IncidentIndex
from projections.rows import dump, load, touched

Events = Callable[[int], Iterator[tuple[int, DomainEventProtocol[UUID]]]]


class StoredCatalog:
    def __init__(self, views: ViewStore, seal: LogSeal, events_after: Events) -> None:
        self.views, self.seal, self.events_after = views, seal, events_after
        self._catalog: Catalog | None = None
        self._stored = 0  # the position the stored rows are at
        self._applied = 0  # the position the in-memory catalog is at
        self._unstored: set[UUID] = set()
        self._index = IncidentIndex()
        self._index_stale, self._index_dirty = True, set[UUID]()

    def current(self, *, persist: bool = True, attempts: int = 10) -> Catalog:
        for _ in range(attempts):
            catalog = self._loaded()
            for position, event in self.events_after(self._applied):
                catalog.apply(event)
                ids = touched(event)
                self._unstored |= ids
                self._index_dirty |= ids
                self._applied = position
            if not persist or self._applied == self._stored:
                return catalog
            if self.views.write(self._stored, self._applied, dump(catalog, self._unstored)):
                self._stored, self._unstored = self._applied, set()
                self.seal.advance()
                return catalog
            self._catalog = None  # another process stored these first: read theirs
        raise Conflict("the stored read model kept moving; try again")

    def _loaded(self) -> Catalog:
        if self._catalog is None:
            self._stored, rows = self.views.read()
            self._catalog, self._applied, self._unstored = load(rows), self._stored, set()
            self._index_stale = True
        return self._catalog

    def rebuild(self) -> int:
        """Recomputes the stored rows from the whole log; returns how many events it read."""
        self.views.clear()
        events = list(self.events_after(0))
        catalog = Catalog.build(event for _, event in events)
        position = events[-1][0] if events else 0
        if not self.views.write(0, position, dump(catalog, {*catalog.reports, *catalog.claims,
                                                            *catalog.incidents})):
            raise Conflict("another process updated the read model during the rebuild; run it again")
        self._catalog, self._stored, self._applied, self._unstored = catalog, position, position, set()
        self._index_stale = True
        return len(events)

    def incident_index(self) -> IncidentIndex:
        """The linking index, current with everything recorded (stored or not yet)."""
        catalog = self.current(persist=False)
        if self._index_stale:
            self._index.rebuild(catalog)
        else:
            self._index.refresh(catalog, self._index_dirty)
        self._index_stale, self._index_dirty = False, set()
        return self._index

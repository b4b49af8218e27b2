"""Per-incident results a read shares with later reads of the same catalog, and with the views
a clock cuts from it (as of a day, between two days).

A view holds the catalog's own incident row when the row keeps every claim it links
(`clocks.restrict` copies only the rows that lose some); such a row's claims are then the
catalog's own rows too, with the reports they came from, so whatever a read works out from
the incident, its claims and their reports is the same in the view as in the catalog. An
as-of query at a long-lived reader therefore works out again only the incidents that the
day cuts through; every other incident's result is the one an earlier read found.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from projections.catalog import Catalog, ClaimRow, IncidentRow

T = TypeVar("T")


def per_incident(
    catalog: Catalog, incident: IncidentRow, name: str, work_out: Callable[[Catalog, IncidentRow], T],
) -> T:
    """`work_out(catalog, incident)`, or what it gave for this very row before (under `name`).

    Kept by the row's `id()`, which hashes in C where its `UUID` would hash in Python (a
    timeline at a long-lived reader asks once per incident and per part). The memo holds the
    row, so no other object can take that `id()` while the entry lives, and `kept[0] is
    incident` says it is this row."""
    root = catalog.source or catalog
    memo = _memo(root, name)
    kept = memo.get(id(incident))
    if kept is not None and kept[0] is incident:
        value: T = kept[1]
        return value
    value = work_out(catalog, incident)
    if root.incidents.get(incident.id) is incident:  # not a copy cut down by a clock
        memo[id(incident)] = (incident, value)
    return value


def per_claim(catalog: Catalog, row: ClaimRow, name: str, work_out: Callable[[ClaimRow, Catalog], T]) -> T:
    """`work_out(row, catalog)`, or what it gave for this very claim row before (under `name`).

    A claim row is the catalog's own in every view cut from it, with the report row it came
    from, so what is worked out from the two holds in every view; `apply` empties the memo.
    An as-of query at a long-lived reader works out again the incidents the day cuts through,
    and those are the ones with many claims: their claims' figures and intervals are read
    from here instead of being parsed again (docs/performance.md, tenth session)."""
    memo = _memo(catalog.source or catalog, name)
    kept = memo.get(id(row))
    if kept is not None and kept[0] is row:
        value: T = kept[1]
        return value
    value = work_out(row, catalog)
    memo[id(row)] = (row, value)
    return value


def _memo(root: Catalog, name: str) -> dict[int, tuple[IncidentRow | ClaimRow, Any]]:
    memo = root.memo.get(name)
    if memo is None:
        memo = root.memo[name] = {}
    return memo

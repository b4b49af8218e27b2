"""Catalog rows as JSON documents, and which rows an event touches: what a stored,
incrementally updated catalog needs to write only what changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar
from uuid import UUID, SafeUUID

import orjson

from projections.catalog import Catalog, ClaimRow, Event, IncidentRow, ReportRow, shared_link
from projections.sharing import shared_content

Kind = str  # "report" | "claim" | "incident"
_Row = TypeVar("_Row", ReportRow, ClaimRow, IncidentRow)


def touched(event: Event) -> set[UUID]:
    """Every row an event may change: its own aggregate's, and the rows it points at."""
    ids = {event.originator_id}
    for name in ("report_id", "claim_id", "other"):
        value = getattr(event, name, None)
        if isinstance(value, UUID):
            ids.add(value)
    ids.update(getattr(event, "claim_ids", ()) or ())
    return ids


def dump(catalog: Catalog, ids: set[UUID] | None) -> Iterator[tuple[Kind, str, dict[str, Any]]]:
    """The rows among `ids` (every row when None), each as (kind, id, document), made as they
    are consumed: a rebuild streams them to the store instead of holding them all.

    Written field by field rather than with `dataclasses.asdict`, which deep-copies every
    nested value (a large incident's links, a claim's content) only for it to be encoded
    and dropped. A claim's content is already JSON (events carry `model_dump(mode="json")`),
    so it is shared, not walked: the documents must not be mutated.
    """
    reports, claims, incidents = catalog.reports, catalog.claims, catalog.incidents
    names = _Names()
    for uid in reports if ids is None else ids & reports.keys():
        yield "report", names[uid], _report_doc(reports[uid], names)
    for uid in claims if ids is None else ids & claims.keys():
        yield "claim", names[uid], _claim_doc(claims[uid], names)
    for uid in incidents if ids is None else ids & incidents.keys():
        yield "incident", names[uid], _incident_doc(incidents[uid], names)


def dump_encoded(catalog: Catalog,
                 encode: Callable[[dict[str, Any]], str]) -> Iterator[tuple[Kind, str, bytes]]:
    """Every row as (kind, id, `encode(document)` in UTF-8), the documents being the ones `dump`
    makes, for a rebuild, which writes every row: orjson writes each straight from its row
    object instead of from a document made for the purpose. The bytes are the same: a row's
    fields are its document's keys, in the same order (a `Link`'s too), ids are written as
    `str(uuid)` writes them (keys too: `OPT_NON_STR_KEYS`), and every other value is the
    document's own. A row orjson refuses (an integer past 64 bits in a claim's content) is
    made into its document and given to `encode`, as `dump`'s documents are."""
    names = _Names()
    # Report and claim rows have text keys only (a claim's content is JSON), and orjson writes
    # them a tenth faster without `OPT_NON_STR_KEYS`, which only changes what it does with a
    # key that is not text: one it refuses is written again with the option.
    yield from _encoded("report", catalog.reports, _report_doc, names, encode, 0)
    yield from _encoded("claim", catalog.claims, _claim_doc, names, encode, 0)
    yield from _encoded("incident", catalog.incidents, _incident_doc, names, encode, orjson.OPT_NON_STR_KEYS)


def _encoded(kind: Kind, rows: dict[UUID, _Row], doc: Callable[[_Row, _Names], dict[str, Any]], names: _Names,
             encode: Callable[[dict[str, Any]], str], first: int) -> Iterator[tuple[Kind, str, bytes]]:
    for uid, row in rows.items():
        yield kind, _name(uid), _text(row, doc, names, encode, first)


def _text(row: _Row, doc: Callable[[_Row, _Names], dict[str, Any]], names: _Names,
          encode: Callable[[dict[str, Any]], str], first: int) -> bytes:
    """A row's text as `dump_encoded` writes it (orjson with the `first` options, then with
    `OPT_NON_STR_KEYS`, then `encode` of its document)."""
    try:
        return orjson.dumps(row, option=first)
    except TypeError:
        try:
            return orjson.dumps(row, option=orjson.OPT_NON_STR_KEYS)
        except TypeError:
            return encode(doc(row, names)).encode()


def _name(uid: UUID) -> str:
    """`str(uid)`, as orjson writes a `UUID` (in C; `UUID.__str__` is a Python call)."""
    return orjson.dumps(uid)[1:-1].decode() if type(uid) is UUID else str(uid)


class EncodedRows:
    """Every row of a catalog as `dump_encoded` writes them (`iter`), and each one's text
    alone by its place in that order (`text`): a rebuild compares the stored rows with these
    one at a time, each made as it is compared, without holding every text (some 75 MB at
    10,000 reports) or a digest of each."""

    def __init__(self, catalog: Catalog, encode: Callable[[dict[str, Any]], str]) -> None:
        self._catalog, self._encode, self._names = catalog, encode, _Names()
        reports, claims, incidents = catalog.reports, catalog.claims, catalog.incidents
        self._ids: list[UUID] = [*reports, *claims, *incidents]
        self._rows: list[Any] = [*reports.values(), *claims.values(), *incidents.values()]
        self._claims_from, self._incidents_from = len(reports), len(reports) + len(claims)

    def __iter__(self) -> Iterator[tuple[Kind, str, bytes]]:
        return dump_encoded(self._catalog, self._encode)

    def __len__(self) -> int:
        return len(self._rows)

    def names(self) -> Iterator[tuple[Kind, str]]:
        """Each row's (kind, id), in order."""
        for n, uid in enumerate(self._ids):
            yield self._kind(n), _name(uid)

    def row(self, n: int) -> tuple[Kind, str, bytes]:
        """The `n`-th row as `iter` gives it."""
        return self._kind(n), _name(self._ids[n]), self.text(n)

    def text(self, n: int) -> bytes:
        """The `n`-th row's text (orjson's first try inline: this is called once per row)."""
        option = orjson.OPT_NON_STR_KEYS if n >= self._incidents_from else 0
        try:
            return orjson.dumps(self._rows[n], option=option)
        except TypeError:
            return self._refused(n)

    def _refused(self, n: int) -> bytes:
        """The text of a row orjson refused as `text` first tried it (`_text`'s other ways)."""
        row, names, encode = self._rows[n], self._names, self._encode
        if n >= self._incidents_from:
            return _text(row, _incident_doc, names, encode, orjson.OPT_NON_STR_KEYS)
        if n >= self._claims_from:
            return _text(row, _claim_doc, names, encode, 0)
        return _text(row, _report_doc, names, encode, 0)

    def _kind(self, n: int) -> Kind:
        return "incident" if n >= self._incidents_from else "claim" if n >= self._claims_from else "report"


class _Names(dict[UUID, str]):
    """`str(uid)` made once per id while rows are dumped: a claim's id is written in its
    report's row, its own and its incident's, and `UUID.__str__` is a Python call."""

    def __missing__(self, uid: UUID) -> str:
        name = self[uid] = str(uid)
        return name


def _report_doc(row: ReportRow, names: _Names) -> dict[str, Any]:
    return {
        "id": names[row.id], "publisher": row.publisher, "published": row.published,
        "timezone": row.timezone, "title": row.title, "url": row.url, "language": row.language,
        "text": row.text, "repeats_removed": row.repeats_removed, "filed_at": row.filed_at,
        "retracted": row.retracted, "claims": [names[c] for c in row.claims],
    }


def _claim_doc(row: ClaimRow, names: _Names) -> dict[str, Any]:
    return {
        "id": names[row.id], "report": names[row.report], "content": row.content,
        "asserted_at": row.asserted_at, "status": row.status,
        "incident": None if row.incident is None else names[row.incident],
    }


def _incident_doc(row: IncidentRow, names: _Names) -> dict[str, Any]:
    return {
        "id": names[row.id], "kind": row.kind, "title": row.title, "opened_by": row.opened_by,
        "opened_at": row.opened_at,
        "claims": {names[c]: {"by": link.by, "score": link.score, "reasons": list(link.reasons),
                              "at": link.at}
                   for c, link in row.claims.items()},
        "merged_into": None if row.merged_into is None else names[row.merged_into],
    }


def load(rows: Iterable[tuple[Kind, dict[str, Any]]]) -> Catalog:
    catalog = Catalog()
    reports, claims, incidents = catalog.reports, catalog.claims, catalog.incidents
    # One UUID object per id, however many rows name it: a dict lookup by a key that IS the
    # stored key skips `UUID.__eq__` (a Python call), and the catalog holds each id once.
    ids: dict[str, UUID] = {}

    def uid(text: str) -> UUID:
        found = ids.get(text)
        if found is None:
            found = ids[text] = parse_uuid(text)
        return found

    for kind, doc in rows:
        if kind == "claim":
            doc["id"] = key = uid(doc["id"])
            doc["report"] = uid(doc["report"])
            doc["incident"] = uid(doc["incident"]) if doc["incident"] else None
            doc["content"] = shared_content(doc["content"])
            claims[key] = ClaimRow(**doc)
        elif kind == "report":
            doc["id"] = key = uid(doc["id"])
            doc["claims"] = [uid(c) for c in doc["claims"]]
            reports[key] = ReportRow(**doc)
        else:
            doc["id"] = key = uid(doc["id"])
            doc["merged_into"] = uid(doc["merged_into"]) if doc["merged_into"] else None
            doc["claims"] = {uid(c): shared_link(**link) for c, link in doc["claims"].items()}
            incidents[key] = IncidentRow(**doc)
    return _ordered(catalog)


def _ordered(catalog: Catalog) -> Catalog:
    """Rows in the order a fold of the log would have added them (by record time). Ids sort
    as their strings do, by their integers (what `UUID` compares, in C here: the rows of one
    save share their time, and `UUID.__lt__` is a Python call)."""
    return Catalog(
        reports=dict(sorted(catalog.reports.items(), key=lambda kv: (kv[1].filed_at, kv[0].int))),
        claims=dict(sorted(catalog.claims.items(), key=lambda kv: (kv[1].asserted_at, kv[0].int))),
        incidents=dict(sorted(catalog.incidents.items(), key=lambda kv: (kv[1].opened_at, kv[0].int))),
    )


_UNKNOWN = SafeUUID.unknown


def parse_uuid(value: str) -> UUID:
    """`UUID(value)` for the forms `str(uuid)` and `uuid.hex` write, without `UUID`'s general
    parsing (a cold catalog makes one per id it loads); anything else goes through `UUID`."""
    digits = value.replace("-", "") if len(value) == 36 else value
    if len(digits) != 32 or "_" in digits or "+" in digits or " " in digits:
        return UUID(value)
    uid = object.__new__(UUID)
    object.__setattr__(uid, "int", int(digits, 16))
    object.__setattr__(uid, "is_safe", _UNKNOWN)
    return uid

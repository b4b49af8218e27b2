"""The catalog read model: every report and every claim, as `reports` and `claims` show them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol

from domain.claim import Claim
from domain.incident import Incident
from domain.report import Report
from projections.sharing import shared, shared_content, shared_read

Event = DomainEventProtocol[UUID]


@dataclass
class ReportRow:
    id: UUID
    publisher: str
    published: str | None
    timezone: str
    title: str
    url: str | None
    language: str | None
    text: str
    repeats_removed: int
    filed_at: str
    retracted: bool = False
    claims: list[UUID] = field(default_factory=list)


@dataclass
class ClaimRow:
    id: UUID
    report: UUID
    content: dict[str, Any]
    asserted_at: str
    status: str
    incident: UUID | None = None


@dataclass
class Link:
    """Why a claim belongs to an incident: who linked it, with what score and reasons."""

    by: str
    score: float | None
    reasons: list[str]
    at: str


@dataclass
class IncidentRow:
    id: UUID
    kind: str
    title: str
    opened_by: str
    opened_at: str
    claims: dict[UUID, Link] = field(default_factory=dict)
    merged_into: UUID | None = None


@dataclass
class Catalog:
    """Folds events into rows; `apply` is the only way rows change."""

    reports: dict[UUID, ReportRow] = field(default_factory=dict)
    claims: dict[UUID, ClaimRow] = field(default_factory=dict)
    incidents: dict[UUID, IncidentRow] = field(default_factory=dict)
    #: The catalog a clock's view was cut from (`projections.clocks.restrict`); None for a
    #: catalog of its own.
    source: Catalog | None = field(default=None, compare=False, repr=False)
    #: What reads worked out per incident row, kept for later reads of this catalog and of
    #: the views cut from it (`projections.reuse`); `apply` empties it.
    memo: dict[str, dict[int, tuple[IncidentRow | ClaimRow, Any]]] = field(
        default_factory=dict, compare=False, repr=False,
    )
    #: What reads worked out over the whole catalog (each report's publication day, in row
    #: order, for as-of queries); `apply` empties it too.
    derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, events: Iterable[Event]) -> Catalog:
        catalog = cls()
        for event in events:
            catalog.apply(event)
        return catalog

    def apply(self, event: Event) -> None:
        handler = _HANDLERS.get(type(event))
        if handler is not None:
            self.memo.clear()
            self.derived.clear()
            handler(self, event)


def _report_filed(catalog: Catalog, event: Any) -> None:
    catalog.reports[event.originator_id] = ReportRow(
        id=event.originator_id, publisher=event.publisher, published=event.published,
        timezone=event.timezone, title=event.title, url=event.url, language=event.language,
        text=event.text, repeats_removed=event.repeats_removed,
        filed_at=event.timestamp.isoformat(),
    )


def _report_redated(catalog: Catalog, event: Any) -> None:
    row = catalog.reports[event.originator_id]
    row.published, row.timezone = event.published, event.timezone


def _report_retracted(catalog: Catalog, event: Any) -> None:
    catalog.reports[event.originator_id].retracted = True


def _claim_asserted(catalog: Catalog, event: Any) -> None:
    _add_claim(catalog, event.originator_id, event.report_id, event.content, event.timestamp.isoformat())


def _add_claim(catalog: Catalog, claim_id: UUID, report_id: UUID, content: dict[str, Any], at: str,
               *, read: bool = False) -> None:
    """A claim's row, listed under its report (an extractor's claim starts as proposed).
    `read`: `content` is as orjson read it (`sharing.shared_content`)."""
    coder = content["coded_by"]["kind"]
    catalog.claims[claim_id] = ClaimRow(
        id=claim_id, report=report_id, content=shared_content(content, read=read), asserted_at=at,
        status="proposed" if coder == "extractor" else "accepted",
    )
    report = catalog.reports.get(report_id)
    if report is not None:
        report.claims.append(claim_id)


def _claim_status(status: str) -> Callable[[Catalog, Any], None]:
    def handler(catalog: Catalog, event: Any) -> None:
        catalog.claims[event.originator_id].status = status

    return handler


def _claim_corrected(catalog: Catalog, event: Any) -> None:
    row = catalog.claims[event.originator_id]
    row.content, row.status = event.content, "accepted"


def _claim_redated(catalog: Catalog, event: Any) -> None:
    row = catalog.claims[event.originator_id]
    row.content = {**row.content, "when": event.when}


def _incident_opened(catalog: Catalog, event: Any) -> None:
    catalog.incidents[event.originator_id] = IncidentRow(
        id=event.originator_id, kind=event.kind, title=event.title, opened_by=event.by,
        opened_at=event.timestamp.isoformat(),
    )


def _incident_linked(catalog: Catalog, event: Any) -> None:
    link = shared_link(event.by, event.score, list(event.reasons), event.timestamp.isoformat())
    _add_link(catalog, event.originator_id, event.claim_id, link)


def shared_link(by: str, score: float | None, reasons: list[str], at: str, *, read: bool = False) -> Link:
    """A link whose linker, reasons and time are the ones other links hold (`projections.sharing`);
    `read`: `reasons` are as orjson read them (`sharing.shared_read`)."""
    return Link(by=shared(by), score=score, reasons=shared_read(reasons) if read else shared(reasons),
                at=shared(at))


def _add_link(catalog: Catalog, incident_id: UUID, claim_id: UUID, link: Link) -> None:
    """An incident's link to a claim, and the claim's incident (when the claim is known)."""
    catalog.incidents[incident_id].claims[claim_id] = link
    row = catalog.claims.get(claim_id)
    if row is not None:
        row.incident = incident_id


def _incident_unlinked(catalog: Catalog, event: Any) -> None:
    catalog.incidents[event.originator_id].claims.pop(event.claim_id, None)
    row = catalog.claims.get(event.claim_id)
    if row is not None and row.incident == event.originator_id:
        row.incident = None


def _incident_absorbed(catalog: Catalog, event: Any) -> None:
    survivor = catalog.incidents[event.originator_id]
    other = catalog.incidents.get(event.other)
    for claim_id in event.claim_ids:
        link = other.claims.get(claim_id) if other else None
        survivor.claims[claim_id] = link or Link(event.by, None, [], event.timestamp.isoformat())
        if claim_id in catalog.claims:
            catalog.claims[claim_id].incident = event.originator_id


def _incident_merged_into(catalog: Catalog, event: Any) -> None:
    row = catalog.incidents[event.originator_id]
    row.merged_into, row.claims = event.survivor, {}


#: Reads a transcoded value of a stored state: an id, or a timestamp as `isoformat()` writes it.
AsId = Callable[[Any], UUID]
AsStamp = Callable[[Any], str]
#: Folds one event straight from its stored state (the JSON document as `orjson.loads` decoded
#: it, which the folds share parts of without comparing them, transcoded values not
#: converted), its aggregate's id given apart: what `apply` does with the event
#: made from that state, without making it. It reads everything it needs before it changes
#: anything, so one that raises (a state not as expected) leaves the catalog as it was.
StateFold = Callable[[Catalog, UUID, dict[str, Any], AsId, AsStamp], None]


def _report_filed_state(catalog: Catalog, uid: UUID, state: dict[str, Any], as_id: AsId,
                        as_stamp: AsStamp) -> None:
    catalog.reports[uid] = ReportRow(
        id=uid, publisher=state["publisher"], published=state["published"],
        timezone=state["timezone"], title=state["title"], url=state["url"],
        language=state["language"], text=state["text"], repeats_removed=state["repeats_removed"],
        filed_at=as_stamp(state["timestamp"]),
    )


def _claim_asserted_state(catalog: Catalog, uid: UUID, state: dict[str, Any], as_id: AsId,
                          as_stamp: AsStamp) -> None:
    _add_claim(catalog, uid, as_id(state["report_id"]), state["content"], as_stamp(state["timestamp"]),
               read=True)


def _incident_opened_state(catalog: Catalog, uid: UUID, state: dict[str, Any], as_id: AsId,
                           as_stamp: AsStamp) -> None:
    catalog.incidents[uid] = IncidentRow(
        id=uid, kind=state["kind"], title=state["title"], opened_by=state["by"],
        opened_at=as_stamp(state["timestamp"]),
    )


def _incident_linked_state(catalog: Catalog, uid: UUID, state: dict[str, Any], as_id: AsId,
                           as_stamp: AsStamp) -> None:
    claim_id = as_id(state["claim_id"])
    link = shared_link(state["by"], state["score"], list(state["reasons"]), as_stamp(state["timestamp"]),
                       read=True)
    _add_link(catalog, uid, claim_id, link)


#: The events most of a log is, folded from their stored states by a rebuild
#: (`application/sealing.py:SealingMapper.fold`): each class with how many transcoded values
#: its state holds (all of them read by its fold) and its fold. Any other event, or a state
#: not as these expect, is made into its event and applied.
STATE_FOLDS: dict[type, tuple[int, StateFold]] = {
    Report.Filed: (1, _report_filed_state),
    Claim.Asserted: (2, _claim_asserted_state),
    Incident.Opened: (1, _incident_opened_state),
    Incident.ClaimLinked: (2, _incident_linked_state),
}


_HANDLERS: dict[type, Callable[[Catalog, Any], None]] = {
    Report.Filed: _report_filed,
    Report.Redated: _report_redated,
    Report.Retracted: _report_retracted,
    Claim.Asserted: _claim_asserted,
    Claim.Accepted: _claim_status("accepted"),
    Claim.Rejected: _claim_status("rejected"),
    Claim.Retracted: _claim_status("retracted"),
    Claim.Superseded: _claim_status("superseded"),
    Claim.Corrected: _claim_corrected,
    Claim.Redated: _claim_redated,
    Incident.Opened: _incident_opened,
    Incident.ClaimLinked: _incident_linked,
    Incident.ClaimUnlinked: _incident_unlinked,
    Incident.Absorbed: _incident_absorbed,
    Incident.MergedInto: _incident_merged_into,
}

"""The Dateline application: one method per use case, each a unit of work through `save()`."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application, ProcessingEvent
from eventsourcing.domain import Aggregate, DomainEventProtocol
from eventsourcing.persistence import (
    ApplicationRecorder,
    EventStore,
    IntegrityError,
    JSONTranscoder,
    Mapper,
    OperationalError,
    Recording,
    Transcoder,
)

from application.ahead import Job, extract_job, job
from application.dating import resolve_expression
from application.filing import ReportFiling
from application.integrity import Findings, LogSeal, notifications, verify
from application.linker import link_claims
from application.pg import WriterTurns, close_idle, recorders
from application.readmodel import StoredCatalog
from application.reresolving import DateReader, differs, reread
from application.sealing import Sealer, SealingMapper, key_for
from application.seals import seals_for
from application.transcoding import FastJSONTranscoder, UUIDAsHexFast
from application.viewstore import schema_lock, views_for
from domain.anchor import anchor_of
from domain.claim import Claim
from domain.errors import Conflict, NotFound
from domain.ids import coded_claim_id, extracted_claim_id, report_id
from domain.incident import Incident
from domain.report import Report
from domain.temporal import RESOLVER_VERSION
from domain.values import ClaimContent
from projections.catalog import Catalog

Clock = Callable[[], datetime]
Extractor = Callable[..., Sequence[ClaimContent]]
Event = DomainEventProtocol[UUID]
A = TypeVar("A", bound=Aggregate)


def utc_now() -> datetime:
    return datetime.now(UTC)


#: How many times a process opens a SQLite store whose tables another process is creating.
_OPEN_ATTEMPTS = 20


@dataclass(frozen=True)
class Filed:
    """The outcome of filing one report: its id, whether it was new, how many claims it brought."""

    report_id: UUID
    created: bool
    claims: int
    origin: str


class Dateline(Application[UUID]):
    name = "Dateline"
    #: A large incident is linked to on nearly every report about it: load it from a snapshot
    #: taken every 20 events (stored, sealed, beside the log) instead of replaying every link.
    snapshotting_intervals: ClassVar[dict[type[Aggregate], int]] = {Incident: 20}

    def __init__(
        self,
        env: dict[str, str] | None = None,
        *,
        clock: Clock = utc_now,
        extractor: Extractor | None = None,
    ) -> None:
        self.store_env = env or {}
        self.postgres = self.store_env.get("PERSISTENCE_MODULE") == "eventsourcing.postgres"
        for attempt in range(1, _OPEN_ATTEMPTS + 1):
            try:
                with schema_lock(env or {}):
                    super().__init__(env)
                    self.views = views_for(env or {})
                    self.log_seal = LogSeal(self.recorder, self.sealer, seals_for(env or {}))
                break
            except (OperationalError, sqlite3.OperationalError) as error:
                # Processes opening a new SQLite store at once create its tables at once: a
                # transaction that read the schema cannot then write it once another process
                # has ("database is locked" at once, the busy timeout not applying). The tables
                # are created IF NOT EXISTS, so opening again is safe.
                if self.postgres or "locked" not in str(error) or attempt == _OPEN_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        self.read_model = StoredCatalog(self.views, self.log_seal,
                                        lambda after: self.sealed_events(after=after))
        self.clock = clock
        self.extractor = extractor
        #: Writers on one PostgreSQL store link and save their batches in turns (application/pg.py).
        self.turns = WriterTurns(self.store_env) if self.postgres else None
        #: Reports a batch had to file again one by one, after losing a race.
        self.refiled = 0

    def construct_mapper(self) -> Mapper[UUID]:
        """The library's mapper, sealing every event (application/sealing.py)."""
        settings = {k: self.env.get(k) or "" for k in ("PERSISTENCE_MODULE", "SQLITE_DBNAME")}
        self.sealer = Sealer(key_for(settings))
        self.sealing_mapper = SealingMapper(self.sealer, transcoder=self.construct_transcoder())
        return self.sealing_mapper

    def _on_postgres(self) -> bool:
        return self.postgres and not self.env.get("APPLICATION_RECORDER_TOPIC")

    def construct_recorder(self) -> ApplicationRecorder:
        """On PostgreSQL, the library's recorder writing events as one array per column
        (application/pg.py); elsewhere the library's."""
        if not self._on_postgres():
            return super().construct_recorder()
        recorder: ApplicationRecorder = self._pg_recorder(recorders()[0], "events")
        return recorder

    def construct_snapshot_store(self) -> EventStore[UUID]:
        if not self._on_postgres():
            return super().construct_snapshot_store()
        recorder = self._pg_recorder(recorders()[1], "snapshots")
        if isinstance(self.recorder, recorders()[0]):
            self.recorder.snapshot_recorder = recorder  # a save's snapshots go in with its events
        return self.factory.event_store(mapper=self.mapper, recorder=recorder)

    def _pg_recorder(self, cls: Any, purpose: str) -> Any:
        # As the library's factory makes its own (`PostgresFactory.application_recorder`).
        factory: Any = self.factory
        recorder = cls(datastore=factory.datastore,
                       events_table_name=f"{factory.env.name.lower() or 'stored'}_{purpose}")
        if factory.env_create_table():
            recorder.create_table()
        return recorder

    def close(self) -> None:
        super().close()
        if self.turns is not None:
            self.turns.close()
        if self.postgres:
            close_idle(self.store_env)

    def construct_transcoder(self) -> Transcoder:
        """The library's JSON format, read faster (application/transcoding.py)."""
        transcoder = FastJSONTranscoder()
        self.register_transcodings(transcoder)
        return transcoder

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(UUIDAsHexFast())  # the same name and type: replaces the library's

    def verify(self) -> Findings:
        """Checks the stored log: every seal, every aggregate's versions, the sealed chain."""
        self.log_seal.advance_quietly()
        gapless = self.env.get("PERSISTENCE_MODULE") == "eventsourcing.sqlite"
        return verify(self.recorder, self.sealer, self.log_seal.seals, gapless=gapless)

    def catalog(self, *, persist: bool = True) -> Catalog:
        """The catalog read model, current with everything recorded so far (by anyone);
        `persist` also stores it (see application/readmodel.py)."""
        return self.read_model.current(persist=persist)

    def rebuild(self) -> int:
        """Recomputes the stored read models from the whole log; returns how many events it read."""
        return self.read_model.rebuild()

    def file_report(
        self, filing: ReportFiling, *, attempts: int = 12, contents: Sequence[ClaimContent] | None = None
    ) -> Filed:
        """Files a report, its extracted claims and their incident links in one transaction,
        at most once, whatever other writers do meanwhile. `contents`: its claims as already
        extracted, if they were."""
        rid = report_id(filing.text_sha256)
        for attempt in range(1, attempts + 1):
            if rid in self.repository:
                return Filed(rid, created=False, claims=0, origin=filing.origin)
            now = self.clock()
            report = self._report(filing, now)
            if contents is None:
                contents = self._extract(report)
            claims = self._claims(report, contents, now)
            try:
                incidents = self._link(report, claims, now)
                self.read_model.recorded(self.save(report, *claims, *incidents))
            except (IntegrityError, Conflict):
                # Another writer got there first: with this very report (then ours is not
                # needed; an incident it linked may already hold our claim, which `_link`
                # refuses) or with an incident we link to (then we link again against its
                # write). Either way nothing of ours was stored.
                if attempt == attempts and rid not in self.repository:
                    raise
                # Writers that collided would collide again in lockstep: spread them out.
                time.sleep(random.uniform(0, 0.02 * attempt))
                continue
            self.read_model.saved.keep(incidents)
            return Filed(rid, created=True, claims=len(claims), origin=filing.origin)
        return Filed(rid, created=False, claims=0, origin=filing.origin)

    def file_reports(self, filings: Sequence[ReportFiling]) -> list[Filed]:
        """Files several reports in ONE transaction, each with its claims and incident links,
        and each linked exactly as if the reports had been filed one by one in this order:
        a report links against the incidents the reports before it in the batch opened or
        extended (`IndexOverlay`), and an incident several of them link to is one aggregate
        holding all their events. A report already stored, or given twice, is filed once.

        The claims are extracted first; then, in this store's writer turn (PostgreSQL: other
        writers wait meanwhile, and extract their next batch), the linking index is brought
        current, the reports are linked and the batch is saved. The transaction stores the
        whole batch or nothing. If another writer won a race on one of its reports or
        incidents (one that took no turn), nothing of the batch was stored, and its reports
        are filed one by one instead, each with `file_report`'s retries."""
        extracted = self._extract_new(filings)
        # While another writer holds the turn, this one catches its linking index up with
        # what the others recorded so far (reading, checking and applying their events), so
        # its own turn reads only what they record after: less of the work that excludes
        # the other writers is done in a turn.
        turn = self.turns.turn(meanwhile=self.read_model.incident_index) if self.turns is not None \
            else nullcontext()
        with turn:
            try:
                results, new, incidents = self._batch(filings, extracted)
                if new:
                    self.read_model.recorded(self.save(*new, *incidents))
            except (IntegrityError, Conflict):
                # Another writer stored one of these reports (an incident we load may then hold
                # its claims already) or changed an incident we link to since we looked.
                self.refiled += len(filings)
                return [self.file_report(f, contents=extracted.get(report_id(f.text_sha256)))
                        for f in filings]
        # The next batch links to many of these again: it finds them as saved, not loaded.
        self.read_model.saved.keep(incidents)
        return results

    def _extract_new(self, filings: Sequence[ReportFiling]) -> dict[UUID, Sequence[ClaimContent]]:
        """The claims of each report of a batch not stored as far as this process has read the
        store (one stored since is found so in the turn, and its claims are not used)."""
        stored = self.read_model.held().reports
        extracted: dict[UUID, Sequence[ClaimContent]] = {}
        for filing in filings:
            rid = report_id(filing.text_sha256)
            if rid not in stored and rid not in extracted:
                meta = filing.meta
                extracted[rid] = self._extract_job(job(filing.text, meta.publisher, meta.published,
                                                       meta.timezone))
        return extracted

    def _batch(
        self, filings: Sequence[ReportFiling], extracted: dict[UUID, Sequence[ClaimContent]]
    ) -> tuple[list[Filed], list[Aggregate], list[Incident]]:
        """The reports of a batch, their claims and the incidents they link, all pending."""
        results: list[Filed] = []
        seen: set[UUID] = set()
        new: list[Aggregate] = []
        loaded: dict[UUID, Incident] = {}
        # The read model, brought up to date with everything recorded by anyone (with the
        # linking index, in one read of the log), says which reports are stored without a
        # round trip each; one stored since by another writer makes the save fail, and the
        # fallback below finds it already filed.
        overlay = self.read_model.incident_index().overlay()
        stored = self.read_model.held().reports
        for filing in filings:
            rid = report_id(filing.text_sha256)
            if rid in seen or rid in stored:
                results.append(Filed(rid, created=False, claims=0, origin=filing.origin))
                continue
            seen.add(rid)
            now = self.clock()
            report = self._report(filing, now)
            contents = extracted.get(rid)
            claims = self._claims(report, self._extract(report) if contents is None else contents, now)
            link_claims(report, claims, index=overlay, now=now, loaded=loaded, load=self._incident)
            new += [report, *claims]
            results.append(Filed(rid, created=True, claims=len(claims), origin=filing.origin))
        return results, new, list(loaded.values())

    def reextract(self, rid: UUID, *, by: str) -> tuple[int, int]:
        """Runs the current extractor over a stored report: its new claims are asserted (and
        linked), and the claims an older extractor version proposed or had accepted are
        superseded by them, all in one transaction. Returns (new claims, superseded)."""
        now = self.clock()
        report = self.get_report(rid)
        fresh = [c for c in self._claims(report, self._extract(report), now) if c.id not in self.repository]
        if not fresh:
            return 0, 0
        successors = {c.content["quote"]: c.id for c in fresh}
        version = fresh[0].content["coded_by"].get("version")
        stale = []
        for old in (self.get_claim(c) for c in self.catalog().reports[rid].claims):
            coder = old.content["coded_by"]
            if coder["kind"] == "extractor" and coder.get("version") != version and \
                    old.status in ("proposed", "accepted"):
                old.supersede(successor=successors.get(old.content["quote"]), by=by, now=now)
                stale.append(old)
        self.save(*fresh, *stale, *self._link(report, fresh, now))
        return len(fresh), len(stale)

    @staticmethod
    def _report(filing: ReportFiling, now: datetime) -> Report:
        meta = filing.meta
        return Report.file(
            text=filing.text, text_sha256=filing.text_sha256, publisher=meta.publisher,
            published=meta.published, timezone=meta.timezone, title=filing.title, url=meta.url,
            language=meta.language, repeats_removed=filing.repeats_removed, now=now,
        )

    def _extract(self, report: Report) -> Sequence[ClaimContent]:
        return self._extract_job(job(report.text, report.publisher, report.published, report.timezone))

    def _extract_job(self, request: Job) -> Sequence[ClaimContent]:
        return [] if self.extractor is None else extract_job(self.extractor, request)

    @staticmethod
    def _claims(report: Report, contents: Sequence[ClaimContent], now: datetime) -> list[Claim]:
        return [
            Claim.assert_(
                claim_id=extracted_claim_id(
                    report.id, content.coded_by.name, content.coded_by.version or "", n, content.quote
                ),
                report_id=report.id, content=content, now=now,
            )
            for n, content in enumerate(contents)
        ]

    def _link(self, report: Report, claims: list[Claim], now: datetime) -> list[Incident]:
        return link_claims(report, claims, index=self.read_model.incident_index(), now=now,
                           load=self._incident)

    def _incident(self, iid: UUID) -> Incident:
        """An incident to link claims to: as this process saved it if no one changed it since
        (the read model, which the linking index was just brought current with, says so),
        else loaded from the store."""
        held = self.read_model.saved.take(iid)
        return held if isinstance(held, Incident) else self._get(iid, Incident, "incident")

    def save(self, *objs: Any, **kwargs: Any) -> list[Recording[UUID]]:
        """The library's `save`, collecting the pending events of our aggregates without
        its runtime `typing.Protocol` checks (`ProcessingEvent.collect_events` tests each
        object against two protocols, attribute by attribute: a tenth of a batch's save).
        An `Aggregate` is no domain event and collects its events: the library would treat
        it the same way, in the same order. Anything else goes the library's way."""
        processing_event: ProcessingEvent[UUID] = ProcessingEvent()
        events, aggregates = processing_event.events, processing_event.aggregates
        for obj in objs:
            if isinstance(obj, Aggregate):  # a class, not a protocol: checked in C
                events.extend(obj.collect_events())
                aggregates[obj.id] = obj
            elif obj is not None:
                processing_event.collect_events(obj)
        processing_event.saved_kwargs.update(kwargs)
        if self._snapshots_with_events():
            # PostgreSQL: the snapshots due go in the events' transaction (one commit, and
            # a round trip or three fewer per batch), taken before it as they would be
            # after it: the aggregates are at their new versions once their events are
            # collected.
            due = self._stored_snapshots_due(processing_event)
            if due:
                processing_event.saved_kwargs["snapshots"] = due
            recordings = self._record(processing_event)
        else:
            recordings = self._record(processing_event)
            self._take_snapshots(processing_event)
        self._notify(recordings)
        self.notify(processing_event.events)  # deprecated in the library, called as it does
        return recordings

    def _take_snapshots(self, processing_event: ProcessingEvent[UUID]) -> None:
        """Snapshots each aggregate a save took past a multiple of its interval, as it is in
        memory (the state just recorded, at its new version), all in one write. The library
        reads each back from the store at the multiple and writes each in a transaction of
        its own: per batch, a round trip or three per snapshot."""
        if self.snapshots is None:
            return
        due = self._snapshots_due(processing_event)
        if due:
            self.snapshots.put(due)

    def _snapshots_due(self, processing_event: ProcessingEvent[UUID]) -> list[Any]:
        """A snapshot of each aggregate a save takes past a multiple of its interval."""
        due: dict[UUID, Aggregate] = {}
        for event in processing_event.events:
            aggregate = processing_event.aggregates.get(event.originator_id)
            interval = self.snapshotting_intervals.get(type(aggregate)) if aggregate is not None else None
            if aggregate is not None and interval and event.originator_version % interval == 0:
                due[aggregate.id] = aggregate
        return [self._snapshot_class(a).take(a) for a in due.values()]

    def _stored_snapshots_due(self, processing_event: ProcessingEvent[UUID]) -> list[Any]:
        """The snapshots due, as the snapshot store would write them (sealed rows)."""
        assert self.snapshots is not None
        return [self.snapshots.mapper.to_stored_event(s) for s in self._snapshots_due(processing_event)]

    def _snapshots_with_events(self) -> bool:
        recorder = getattr(self.recorder, "snapshot_recorder", None)
        return self.snapshots is not None and recorder is not None and recorder is self.snapshots.recorder

    def _snapshot_class(self, aggregate: Aggregate) -> Any:
        return getattr(type(aggregate), "Snapshot", type(self).snapshot_class)

    # -- the analyst's path ------------------------------------------------------------
    def assert_claim(self, report: UUID, content: ClaimContent) -> UUID:
        """Records an analyst's claim and, like an extracted one, links it to its incident."""
        stored = self.get_report(report)
        claim_id = coded_claim_id(report, content.model_dump_json())
        if claim_id in self.repository:
            raise Conflict(f"this claim is already recorded as {claim_id}")
        now = self.clock()
        claim = Claim.assert_(claim_id=claim_id, report_id=report, content=content, now=now)
        self.save(claim, *self._link(stored, [claim], now))
        return claim.id

    def resolve_for(self, report: UUID, expression: str, context: str) -> Any:
        """Resolves a date expression against a report's anchor (for hand-coded claims)."""
        stored = self.get_report(report)
        return resolve_expression(
            expression, anchor_of(stored.published, stored.timezone),
            timezone=stored.timezone, context=context,
        )

    def retract_claim(self, claim_id: UUID, *, reason: str, by: str) -> None:
        claim = self.get_claim(claim_id)
        claim.retract(reason=reason, by=by, now=self.clock())
        self.save(claim)

    def accept_claim(self, claim_id: UUID, *, by: str) -> None:
        claim = self.get_claim(claim_id)
        claim.accept(by=by, now=self.clock())
        self.save(claim)

    def reject_claim(self, claim_id: UUID, *, by: str, reason: str) -> None:
        claim = self.get_claim(claim_id)
        claim.reject(by=by, reason=reason, now=self.clock())
        self.save(claim)

    def correct_claim(self, claim_id: UUID, content: ClaimContent, *, by: str, reason: str) -> None:
        claim = self.get_claim(claim_id)
        claim.correct(content=content, by=by, reason=reason, now=self.clock())
        self.save(claim)

    def retract_report(self, rid: UUID, *, reason: str, by: str) -> None:
        report = self.get_report(rid)
        report.retract(reason=reason, by=by, now=self.clock())
        self.save(report)

    def redate_report(
        self, rid: UUID, *, published: str, timezone: str, reason: str, by: str,
        claim_ids: Sequence[UUID], read_dates: DateReader,
    ) -> int:
        """Re-dates a report and re-reads its claims' dates against the new anchor, in one save.

        Returns how many claims got a new resolution.
        """
        now = self.clock()
        report = self.get_report(rid)
        report.redate(published=published, timezone=timezone, reason=reason, by=by, now=now)
        changed = self._reread(report, claim_ids, read_dates, by=by, reason=f"report redated: {reason}",
                               now=now)
        self.save(report, *changed)
        return len(changed)

    def reresolve_report(self, rid: UUID, *, read_dates: DateReader, by: str) -> int:
        """Reads a stored report's dates again with the current resolver; each claim whose
        result changed gets a `Claim.Redated` event (the old result stays in history).
        Returns how many claims changed."""
        report = self.get_report(rid)
        changed = self._reread(report, self.catalog().reports[rid].claims, read_dates, by=by,
                               reason=f"re-resolved by {RESOLVER_VERSION}", now=self.clock())
        if changed:
            self.save(*changed)
        return len(changed)

    def _reread(
        self, report: Report, claim_ids: Sequence[UUID], read_dates: DateReader, *,
        by: str, reason: str, now: datetime,
    ) -> list[Claim]:
        """The live claims of `report` whose dates read differently now, each with its new date."""
        anchor = anchor_of(report.published, report.timezone)
        readings = read_dates(report.text, anchor, report.timezone)
        changed: list[Claim] = []
        for claim in (self.get_claim(c) for c in claim_ids):
            if claim.status not in ("proposed", "accepted"):
                continue
            new = reread(claim.content, readings, anchor, report.timezone)
            if new is not None and differs(claim.content.get("when"), new) and \
                    claim.redate(when=new, by=by, reason=reason, now=now):
                changed.append(claim)
        return changed

    # -- incidents, by hand ---------------------------------------------------------------
    def link_claim(self, claim_id: UUID, incident: UUID, *, by: str, reason: str) -> None:
        """Moves a claim into an incident (out of its current one, if any), in one save."""
        claim = self.get_claim(claim_id)
        target = self._get(incident, Incident, "incident")
        now = self.clock()
        changed = [target]
        current = self.catalog().claims[claim.id].incident
        if current == incident:
            raise Conflict(f"claim {claim_id} is already linked to incident {incident}")
        if current is not None:
            old = self._get(current, Incident, "incident")
            old.unlink(claim.id, by=by, reason=f"moved to {incident}: {reason}", now=now)
            changed.append(old)
        target.link(claim.id, by=by, score=None, reasons=(reason,), now=now)
        self.save(*changed)

    def unlink_claim(self, claim_id: UUID, *, by: str, reason: str) -> UUID:
        current = self.catalog().claims[self.get_claim(claim_id).id].incident
        if current is None:
            raise Conflict(f"claim {claim_id} is not linked to any incident")
        incident = self._get(current, Incident, "incident")
        incident.unlink(claim_id, by=by, reason=reason, now=self.clock())
        self.save(incident)
        return current

    def merge_incidents(self, survivor: UUID, other: UUID, *, by: str) -> None:
        keep = self._get(survivor, Incident, "incident")
        gone = self._get(other, Incident, "incident")
        keep.absorb(gone, by=by, now=self.clock())
        self.save(keep, gone)

    # -- reads -------------------------------------------------------------------------
    def get_report(self, rid: UUID) -> Report:
        return self._get(rid, Report, "report")

    def get_claim(self, cid: UUID) -> Claim:
        return self._get(cid, Claim, "claim")

    def _get(self, aid: UUID, cls: type[A], what: str) -> A:
        try:
            aggregate = self.repository.get(aid)
        except AggregateNotFoundError:
            raise NotFound(f"no {what} {aid}") from None
        if not isinstance(aggregate, cls):
            raise NotFound(f"{aid} is a {type(aggregate).__name__.lower()}, not a {what}")
        return aggregate

    def history(self, aid: UUID) -> list[Event]:
        """Every event of one aggregate, oldest first."""
        events = list(self.events.get(aid))
        if not events:
            raise NotFound(f"nothing recorded under {aid}")
        return events

    def events_about(self, ids: set[UUID], *, naming: UUID | None = None) -> list[Event]:
        """In record order: every event of the aggregates `ids`, and every incident event
        that names the claim `naming` (links, unlinks, merges that moved it)."""
        def wanted(event: Event) -> bool:
            if event.originator_id in ids:
                return True
            return naming is not None and (
                getattr(event, "claim_id", None) == naming or naming in getattr(event, "claim_ids", ())
            )

        found = [event for event in self.stored_events() if wanted(event)]
        if not found:
            raise NotFound(f"nothing recorded under {', '.join(map(str, ids))}")
        return found

    def stored_events(self) -> Iterator[Event]:
        return (event for _, event in self.all_events())

    def all_events(self, *, after: int = 0, page: int = 500) -> Iterator[tuple[int, Event]]:
        """Every stored event in record order, with its notification id."""
        for notification in notifications(self.recorder, after=after, page=page):
            yield notification.id, self.sealing_mapper.to_domain_event(notification)

    def sealed_events(self, *, after: int = 0, page: int = 2000) -> Iterator[tuple[int, str, Event]]:
        """Every stored event after `after` in record order, with its notification id and its
        seal (checked: the read model chains them without reading them again)."""
        opened = self.sealing_mapper.opened_event
        for notification in notifications(self.recorder, after=after, page=page):
            tag, event = opened(notification)
            yield notification.id, tag, event

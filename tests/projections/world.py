"""Builds catalogs the way the application does: commands on real aggregates, events folded.

A test states reports, claims and incidents; every change goes through the aggregate's
command and its events are collected in the order they were recorded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.claim import Claim
from domain.ids import extracted_claim_id, incident_id
from domain.incident import Incident
from domain.report import Report
from domain.values import ClaimContent, CodedBy, Figure, Span
from domain.when import When
from projections.catalog import Catalog, Event

START = datetime(2024, 2, 8, 9, 0, tzinfo=UTC)


def fig(measure: str, value: int | None, qualifier: str = "exact", party: str | None = None,
        vague: str | None = None) -> Figure:
    return Figure(measure=measure, value=value, qualifier=qualifier, party=party,
                  vague=vague)


def day(start: str, end: str | None = None, *, expression: str = "on that day",
        granularity: str = "day", anchor: str = "2024-02-08", rule: str = "test") -> When:
    """A resolved `When`; `end` defaults to the day after a date-only start."""
    if end is None:
        end = (datetime.fromisoformat(start[:10]) + timedelta(days=1)).date().isoformat()
    return When(expression=expression, anchor=anchor, timezone="Asia/Baghdad", start=start, end=end,
                granularity=granularity, rule=rule)


@dataclass
class World:
    """A running record of events; the clock advances one minute per command."""

    now: datetime = START
    events: list[Event] = field(default_factory=list)
    claims: dict[UUID, Claim] = field(default_factory=dict)
    incidents: dict[str, Incident] = field(default_factory=dict)
    _texts: dict[UUID, str] = field(default_factory=dict)

    def tick(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now

    def _record(self, aggregate: Aggregate) -> None:
        self.events.extend(aggregate.collect_events())

    def report(self, publisher: str, published: str, text: str, *, title: str = "",
               timezone: str = "Asia/Baghdad") -> UUID:
        digest = hashlib.sha256(f"{publisher}\n{text}".encode()).hexdigest()
        report = Report.file(text=text, text_sha256=digest, publisher=publisher, published=published,
                             timezone=timezone, title=title or text.split("\n")[0], now=self.tick())
        self._record(report)
        self._texts[report.id] = text
        return report.id

    def claim(self, report: UUID, kind: str, quote: str, *, speaker: str,
              figures: Iterable[Figure] = (), when: When | None = None, location: str | None = None,
              actors: Iterable[str] = (), analyst: str | None = None) -> UUID:
        text = self._texts[report]
        at = text.find(quote)
        content = ClaimContent(
            kind=kind, speaker=speaker, quote=quote, figures=tuple(figures),
            span=Span(start=at, end=at + len(quote)) if at >= 0 else None,
            when=when or When.undated(), location=location, actors=tuple(actors),
            coded_by=CodedBy(kind="analyst", name=analyst) if analyst
            else CodedBy(kind="extractor", name="rules", version="1", rule=f"{kind}-rule"),
        )
        claim_id = extracted_claim_id(report, "rules", "1", len(self.claims), quote)
        claim = Claim.assert_(claim_id=claim_id, report_id=report, content=content, now=self.tick())
        self.claims[claim.id] = claim
        self._record(claim)
        return claim.id

    def incident(self, name: str, kind: str, *claims: UUID, title: str = "", by: str = "rule:linker",
                 score: float | None = 0.9, reasons: tuple[str, ...] = ("kinds compatible",)) -> UUID:
        if name not in self.incidents:
            self.incidents[name] = Incident.open(
                incident_id=incident_id(name), kind=kind, title=title, by=by, now=self.tick())
        incident = self.incidents[name]
        for claim in claims:
            incident.link(claim, by=by, now=self.tick(), score=score, reasons=reasons)
        self._record(incident)
        return incident.id

    def do(self, claim: UUID, command: str, **kwargs: Any) -> None:
        """Runs a claim command (accept, reject, retract, correct, redate, supersede)."""
        aggregate = self.claims[claim]
        getattr(aggregate, command)(now=self.tick(), **kwargs)
        self._record(aggregate)

    def merge(self, survivor: str, other: str) -> None:
        self.incidents[survivor].absorb(self.incidents[other], by="lena", now=self.tick())
        self._record(self.incidents[survivor])
        self._record(self.incidents[other])

    def catalog(self) -> Catalog:
        return Catalog.build(self.events)

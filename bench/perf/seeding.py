"""Filling a large store fast enough to measure reads at a million events.

`SeedingDateline` files reports through the real path (filing, extractor, aggregates, the
same events, recorded in transactions of `BATCH` reports) but links claims against a
bounded candidate set kept in memory instead of every incident ever opened read from the
catalog: an index from each UTC day to the incidents with a claim whose interval (or
undated window) meets it. The rule needs intervals that overlap (within hours), so the
incidents sharing a day with the claim, give or take one, are a superset of those it can
score; iteration keeps opening order. It scores with the real rule
(`domain.linking.best_incident` over `IncidentMembers`, as the product's index does), so
the events look like the product's. The claims are extracted by the real extractor in a
process pool ahead of the filing (`extracted`, `Prepared`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

from application.linker import OPENING_ORDER
from application.linker import title as _title
from application.service import Dateline
from domain.anchor import anchor_of
from domain.claim import Claim
from domain.ids import incident_id
from domain.incident import Incident
from domain.linking import RULE as LINK_RULE
from domain.linking import ClaimFacts, IncidentMembers, best_incident
from domain.report import Report
from projections.incident_index import claim_facts

#: Reports recorded per transaction.
BATCH = 200
#: Slack either side, in days: the rule's few hours, rounded up.
SLACK = timedelta(days=1)


def _days(facts: ClaimFacts) -> list[date]:
    first, last = (facts.start - SLACK).astimezone(UTC).date(), (facts.end + SLACK).astimezone(UTC).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


class SeedingDateline(Dateline):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._members: dict[UUID, IncidentMembers] = {}  # in opening order
        self._order: dict[UUID, int] = {}
        self._by_day: dict[date, set[UUID]] = defaultdict(set)
        self._incidents: dict[UUID, Incident] = {}
        self._pending: dict[UUID, Any] = {}
        self._reports = 0

    def _near(self, facts: ClaimFacts) -> list[tuple[UUID, IncidentMembers]]:
        found: set[UUID] = set()
        for day in _days(facts):
            found |= self._by_day.get(day, set())
        return [(i, self._members[i]) for i in sorted(found, key=self._order.__getitem__)]

    def _link(self, report: Report, claims: list[Claim], now: datetime) -> list[Incident]:
        anchor = anchor_of(report.published, report.timezone)
        day = anchor.date() if isinstance(anchor, datetime) else anchor
        touched: dict[UUID, Incident] = {}
        for claim in sorted(claims, key=lambda c: OPENING_ORDER.get(c.content["kind"], 9)):
            facts = claim_facts(claim.id, report.id, claim.content, report.timezone, day)
            if facts is None:
                continue
            match = best_incident(facts, self._near(facts))
            if match is None and not facts.dated:
                continue
            if match is None:
                incident = Incident.open(
                    incident_id=incident_id(str(claim.id)), kind=facts.kind,
                    title=_title(claim), by=LINK_RULE, now=now,
                )
                incident.link(claim.id, by=LINK_RULE, score=None, reasons=("first claim",), now=now)
                self._members[incident.id] = IncidentMembers()
                self._order[incident.id] = len(self._order)
                chosen = incident
            else:
                chosen = touched.get(match.incident) or self._incidents[match.incident]
                chosen.link(claim.id, by=LINK_RULE, score=match.score, reasons=match.reasons, now=now)
            touched[chosen.id] = self._incidents[chosen.id] = chosen
            self._members[chosen.id].add(facts)
            for d in _days(facts):
                self._by_day[d].add(chosen.id)
        return list(touched.values())

    def save(self, *objs: Any, **kwargs: Any) -> Any:
        """Buffers aggregates and records them in one transaction per `BATCH` reports
        (each save otherwise waits for its own fsync); `flush()` records the rest."""
        for obj in objs:
            # Saved again, an aggregate moves behind what was saved since: its new events (an
            # incident's links) must be recorded after the claims they link, as in the real
            # application, which records report, claims, then incidents.
            self._pending.pop(obj.id, None)
            self._pending[obj.id] = obj
        self._reports += 1
        if self._reports % BATCH == 0:
            self.flush()
        return []

    def flush(self) -> None:
        if self._pending:
            super().save(*self._pending.values())
            self._pending = {}


class Prepared:
    """An extractor that hands back claims extracted beforehand (in a process pool, see
    `extracted`), in filing order; it checks it is given the text they were extracted from."""

    def __init__(self) -> None:
        self.next: tuple[str, Any] | None = None

    def __call__(self, text: str, **_: Any) -> Any:
        assert self.next is not None and self.next[0] == text, "claims extracted for another text"
        contents, self.next = self.next[1], None
        return contents


def _extract_one(args: tuple[str, str, str, str | None]) -> Any:
    from extraction import Gazetteer, extract

    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = Gazetteer.load(None)
    text, publisher, timezone, published = args
    return extract(text, publisher=publisher, anchor=anchor_of(published, timezone), timezone=timezone,
                   gazetteer=_GAZETTEER)


_GAZETTEER: Any = None


def extracted(filings: Iterable[Any], processes: int) -> Iterator[tuple[Any, Any]]:
    """(filing, its extracted claims) in order, the extraction spread over `processes`
    worker processes while the caller files the previous ones."""
    from multiprocessing import get_context

    items = list(filings)
    jobs = [(f.text, f.meta.publisher, f.meta.timezone, f.meta.published) for f in items]
    with get_context("fork").Pool(processes) as pool:
        yield from zip(items, pool.imap(_extract_one, jobs, chunksize=16), strict=True)

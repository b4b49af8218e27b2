"""The Incident aggregate: a real-world happening that claims from many reports describe.

Every link says who made it (a rule with its score and reasons, or an analyst), so the
grouping of claims into incidents is as auditable as the claims themselves.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import Conflict


class Incident(Aggregate):
    __slots__ = ("_claim_set",)

    class Opened(Aggregate.Created):
        class_version = 1
        kind: str
        title: str
        by: str

    class ClaimLinked(Aggregate.Event):
        class_version = 1
        claim_id: UUID
        by: str
        score: float | None
        reasons: list[str]

        def apply(self, aggregate: Aggregate) -> None:
            incident = _incident(aggregate)
            incident.claims.append(self.claim_id)
            incident._linked().add(self.claim_id)

    class ClaimUnlinked(Aggregate.Event):
        class_version = 1
        claim_id: UUID
        by: str
        reason: str

        def apply(self, aggregate: Aggregate) -> None:
            incident = _incident(aggregate)
            incident.claims.remove(self.claim_id)
            incident._linked().discard(self.claim_id)

    class Absorbed(Aggregate.Event):
        """Another incident was merged into this one; its claims are now this one's."""

        class_version = 1
        other: UUID
        claim_ids: list[UUID]
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            incident = _incident(aggregate)
            linked = incident._linked()
            for claim_id in self.claim_ids:  # each once, in order, if not linked yet
                if claim_id not in linked:
                    incident.claims.append(claim_id)
                    linked.add(claim_id)

    class MergedInto(Aggregate.Event):
        class_version = 1
        survivor: UUID
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            incident = _incident(aggregate)
            incident.merged_into = self.survivor
            incident.claims = []
            incident._linked().clear()

    def __init__(self, kind: str, title: str, by: str) -> None:
        self.kind = kind
        self.title = title
        self.opened_by = by
        self.claims: list[UUID] = []
        self.merged_into: UUID | None = None

    @classmethod
    def open(cls, *, incident_id: UUID, kind: str, title: str, by: str, now: datetime) -> Incident:
        return cls._create(cls.Opened, id=incident_id, timestamp=now, kind=kind, title=title, by=by)

    def link(
        self, claim_id: UUID, *, by: str, now: datetime, score: float | None = None,
        reasons: tuple[str, ...] = (),
    ) -> None:
        self._check_open()
        if claim_id in self._linked():
            raise Conflict(f"claim {claim_id} is already linked to incident {self.id}")
        self.trigger_event(
            self.ClaimLinked, claim_id=claim_id, by=by, score=score, reasons=list(reasons),
            timestamp=now,
        )

    def unlink(self, claim_id: UUID, *, by: str, reason: str, now: datetime) -> None:
        self._check_open()
        if claim_id not in self._linked():
            raise Conflict(f"claim {claim_id} is not linked to incident {self.id}")
        self.trigger_event(self.ClaimUnlinked, claim_id=claim_id, by=by, reason=reason, timestamp=now)

    def absorb(self, other: Incident, *, by: str, now: datetime) -> None:
        """Merges `other` into this incident: both sides record the merge."""
        self._check_open()
        other._check_open()
        if other.id == self.id:
            raise Conflict("an incident cannot be merged with itself")
        self.trigger_event(
            self.Absorbed, other=other.id, claim_ids=list(other.claims), by=by, timestamp=now
        )
        other.trigger_event(other.MergedInto, survivor=self.id, by=by, timestamp=now)

    def _linked(self) -> set[UUID]:
        """`claims` as a set, for the membership tests (a large incident links thousands of
        claims, and a list is searched comparing each `UUID` in Python). Made from `claims`
        on first use, then kept with it by the events; a slot, not an attribute: it is no
        part of the state a snapshot stores or that equality compares."""
        try:
            return self._claim_set
        except AttributeError:
            self._claim_set: set[UUID] = set(self.claims)
            return self._claim_set

    def _check_open(self) -> None:
        if self.merged_into is not None:
            raise Conflict(f"incident {self.id} was merged into {self.merged_into}")


def _incident(aggregate: Aggregate) -> Incident:
    assert isinstance(aggregate, Incident)
    return aggregate

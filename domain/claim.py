"""The Claim aggregate: one fact one report asserts, attributed, quoted and dated."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import Conflict
from domain.values import ClaimContent
from domain.when import When

Status = Literal["proposed", "accepted", "rejected", "retracted", "superseded"]


class Claim(Aggregate):
    """A claim's content never changes in place: corrections and re-datings are new events."""

    class Asserted(Aggregate.Created):
        # v1 stored `coded_by` as "kind:name" beside the content; v2 keeps it inside.
        class_version = 2
        report_id: UUID
        content: dict[str, Any]

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            kind, _, name = state.pop("coded_by").partition(":")
            state["content"] = {**state["content"], "coded_by": {"kind": kind, "name": name}}

    class Accepted(Aggregate.Event):
        class_version = 1
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            _claim(aggregate).status = "accepted"

    class Rejected(Aggregate.Event):
        class_version = 1
        by: str
        reason: str

        def apply(self, aggregate: Aggregate) -> None:
            _claim(aggregate).status = "rejected"

    class Corrected(Aggregate.Event):
        class_version = 1
        content: dict[str, Any]
        by: str
        reason: str

        def apply(self, aggregate: Aggregate) -> None:
            claim = _claim(aggregate)
            claim.content = self.content
            claim.status = "accepted"

    class Redated(Aggregate.Event):
        class_version = 1
        when: dict[str, Any]
        by: str
        reason: str

        def apply(self, aggregate: Aggregate) -> None:
            claim = _claim(aggregate)
            claim.content = {**claim.content, "when": self.when}

    class Retracted(Aggregate.Event):
        class_version = 1
        reason: str
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            _claim(aggregate).status = "retracted"

    class Superseded(Aggregate.Event):
        class_version = 1
        successor: UUID | None
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            _claim(aggregate).status = "superseded"

    def __init__(self, report_id: UUID, content: dict[str, Any]) -> None:
        self.report_id = report_id
        self.content = content
        coded_by = content["coded_by"]["kind"]
        self.status: Status = "proposed" if coded_by == "extractor" else "accepted"

    @classmethod
    def assert_(cls, *, claim_id: UUID, report_id: UUID, content: ClaimContent, now: datetime) -> Claim:
        return cls._create(
            cls.Asserted,
            id=claim_id,
            timestamp=now,
            report_id=report_id,
            content=content.model_dump(mode="json"),
        )

    @property
    def body(self) -> ClaimContent:
        return ClaimContent.model_validate(self.content)

    def accept(self, *, by: str, now: datetime) -> None:
        self._check_status("accept", "proposed")
        self.trigger_event(self.Accepted, by=by, timestamp=now)

    def reject(self, *, by: str, reason: str, now: datetime) -> None:
        self._check_status("reject", "proposed", "accepted")
        self.trigger_event(self.Rejected, by=by, reason=reason, timestamp=now)

    def correct(self, *, content: ClaimContent, by: str, reason: str, now: datetime) -> None:
        self._check_status("correct", "proposed", "accepted")
        new = content.model_dump(mode="json")
        if new == self.content:
            raise Conflict(f"claim {self.id}: the correction changes nothing")
        self.trigger_event(self.Corrected, content=new, by=by, reason=reason, timestamp=now)

    def redate(self, *, when: When, by: str, reason: str, now: datetime) -> bool:
        """Records a new resolution; returns False (and records nothing) when it is unchanged."""
        new = when.model_dump(mode="json")
        if new == self.content.get("when"):
            return False
        self.trigger_event(self.Redated, when=new, by=by, reason=reason, timestamp=now)
        return True

    def retract(self, *, reason: str, by: str, now: datetime) -> None:
        self._check_status("retract", "proposed", "accepted")
        self.trigger_event(self.Retracted, reason=reason, by=by, timestamp=now)

    def supersede(self, *, successor: UUID | None, by: str, now: datetime) -> None:
        self._check_status("supersede", "proposed", "accepted")
        self.trigger_event(self.Superseded, successor=successor, by=by, timestamp=now)

    def _check_status(self, command: str, *allowed: str) -> None:
        if self.status not in allowed:
            raise Conflict(f"cannot {command} claim {self.id}: it is {self.status}")


def _claim(aggregate: Aggregate) -> Claim:
    assert isinstance(aggregate, Claim)
    return aggregate

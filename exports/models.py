"""The export document: one pydantic model per part, from which `dateline schema` is generated.

The parts mirror the read commands' JSON (product.md) so that a reader who knows
`dateline timeline --json` knows the export. Every model allows extra fields: the read
models may gain fields, and an export must not fail (nor drop them) when they do; the
schema therefore lists the fields Dateline guarantees and permits more.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Number = int | float


class Part(BaseModel):
    model_config = ConfigDict(extra="allow")


class Clocks(Part):
    """The three clocks the export was taken on; null means "not applied"."""

    as_of: str | None = Field(None, description="Only reports published by the end of this day.")
    recorded_by: str | None = Field(None, description="The store as it stood at this moment.")
    between: list[str] | None = Field(None, description="Only what happened in [start, end).")


class Report(Part):
    id: str
    publisher: str
    published: str | None
    timezone: str
    title: str
    url: str | None
    claims: int = Field(description="How many claims were coded from the report.")


class When(Part):
    """A claim's date: the expression as written, its anchor, and the resolved interval."""

    expression: str | None = None
    anchor: str | None = None
    start: str | None = None
    end: str | None = None
    granularity: str | None = None
    timex: str | None = None
    rule: str | None = None


class Figure(Part):
    measure: str | None = None
    value: Number | None = None
    qualifier: str | None = None
    party: str | None = None


class Link(Part):
    """Why a claim belongs to its incident: who linked it, the score and the reasons."""

    by: str
    score: Number | None = None
    reasons: list[str] = []
    at: str | None = None


class Claim(Part):
    id: str
    report: str
    publisher: str | None
    speaker: str
    kind: str
    figures: list[Figure]
    quote: str
    span: list[int] | None
    when: When
    incident: str | None
    coded_by: dict[str, object] = Field(description="Extractor name, version and rule, or analyst.")
    status: str
    sentence: str | None = Field(None, description="The sentence(s) around the quote.")
    link: Link | None = None


class Incident(Part):
    """One row of the escalation timeline; `start`/`end` are local to `timezone`, end exclusive."""

    id: str
    kind: str
    title: str
    start: str | None
    end: str | None
    granularity: str | None
    timezone: str | None = None
    interval_rule: str | None = None
    location: str | None = None
    country: str | None = Field(None, description="The country the location lies in, if known.")
    actors: list[str] = []
    sources: list[str] = []
    claims: list[str] = []


class EscalationPoint(Part):
    period: str
    score: Number
    incidents: list[str] = []


class Escalation(Part):
    day: list[EscalationPoint]
    week: list[EscalationPoint]


class SourceFigure(Part):
    """One source's figure for an incident, measure and party."""

    value: Number | None
    qualifier: str | None
    source: str
    speaker: str | None = None
    claim: str
    quote: str | None = None
    superseded_by: str | None = None


class Measure(Part):
    measure: str
    party: str | None
    low: Number | None
    best: Number | None
    high: Number | None
    disputed: bool
    figures: list[SourceFigure]


class CasualtyIncident(Part):
    id: str
    start: str | None
    end: str | None
    measures: list[Measure]


class TalksPeriod(Part):
    status: str
    start: str | None
    end: str | None
    claims: list[str] = []
    sources: list[str] = []


class Call(Part):
    who: str | None = None
    when: str | None = None
    asked: str | None = None
    sources: list[str] = []
    claims: list[str] = []


class Talks(Part):
    status: str
    since: str | None
    history: list[TalksPeriod]
    calls: list[Call] = []


class ExportDocument(Part):
    """Everything Dateline knows on the chosen clocks: timeline, casualties, talks, claims."""

    format: Literal["dateline-export"] = "dateline-export"
    version: Literal[1] = 1
    clocks: Clocks
    reports: list[Report]
    incidents: list[Incident] = Field(description="The escalation timeline, ordered by start.")
    escalation: Escalation
    casualties: list[CasualtyIncident]
    talks: Talks
    claims: list[Claim]

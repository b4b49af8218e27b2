"""Value objects carried by claim events: figures, spans, coding provenance, the claim body.

Every payload is validated here, where it enters the domain; events then store plain dicts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from domain.when import When

#: The claim kinds of product.md; extraction may add more through `EXTRA_KINDS`.
CLAIM_KINDS: frozenset[str] = frozenset(
    {
        "strike",
        "attack",
        "casualties",
        "statement",
        "call_for_withdrawal",
        "talks_status",
        "troop_presence",
        "target_count",
        "attack_count",
        "threat",
        "responsibility",
        "displacement",
    }
)

TalksStatus = Literal[
    "no_talks", "talks_announced", "talks_ongoing", "talks_suspended", "agreement_reached",
    "withdrawal_underway", "withdrawal_complete",
]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "vague"]


class Figure(BaseModel):
    """A number a claim reports: "at least 16 PMF fighters killed"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    measure: str = Field(min_length=1)
    value: int | None = Field(default=None, ge=0)
    qualifier: Qualifier = "exact"
    party: str | None = None
    #: For vague amounts ("dozens") the word as written; `value` is then its conventional floor.
    vague: str | None = None

    @model_validator(mode="after")
    def _value_or_vague(self) -> Figure:
        if self.value is None and self.vague is None:
            raise ValueError("a figure needs a value or a vague amount")
        return self


class Span(BaseModel):
    """Character offsets [start, end) of the quote in the report's stored text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError("a span must not be empty")
        return self


class CodedBy(BaseModel):
    """Who coded a claim: an extractor (name, version, rule) or a named analyst."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["extractor", "analyst"]
    name: str = Field(min_length=1)
    version: str | None = None
    rule: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class ClaimContent(BaseModel):
    """Everything one claim asserts. Corrections produce a new ClaimContent, never an edit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    speaker: str = Field(min_length=1)
    quote: str = Field(min_length=1)
    span: Span | None = None
    figures: tuple[Figure, ...] = ()
    when: When = Field(default_factory=When.undated)
    location: str | None = None
    #: The location and the places that contain it, most specific first ("Anbar", "Iraq").
    place_path: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    #: For `talks_status` claims: the state of withdrawal talks the claim reports.
    talks_status: TalksStatus | None = None
    coded_by: CodedBy

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str) -> str:
        if kind not in CLAIM_KINDS:
            raise ValueError(f"unknown claim kind {kind!r} (known: {', '.join(sorted(CLAIM_KINDS))})")
        return kind

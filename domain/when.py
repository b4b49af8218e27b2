"""The resolved date of a claim: what was written, what it was read against, what it means."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Granularity = Literal["part_of_day", "day", "week", "month", "year", "vague", "duration"]
Direction = Literal["past", "future"]


class When(BaseModel):
    """One resolution of a date expression (specs/temporal-resolution.md).

    `start`/`end` are a half-open interval as ISO local dates ("2024-02-07") or local
    datetimes ("2024-02-07T20:00") in `timezone`. `start` is None when the expression
    could not be resolved (then `reason` says why) or when it is open to the past
    (vague expressions: then `end` is set and `granularity` is "vague").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    expression: str | None = None
    anchor: str | None = None
    timezone: str | None = None
    start: str | None = None
    end: str | None = None
    granularity: Granularity | None = None
    timex: str | None = None
    mod: str | None = None
    rule: str | None = None
    direction: Direction = "past"
    reason: str | None = None
    leaned_on: str | None = None
    readings: tuple[When, ...] = ()
    resolver: str | None = None

    @property
    def resolved(self) -> bool:
        return self.start is not None or self.end is not None

    @classmethod
    def undated(cls) -> When:
        """A claim whose text carries no date of its own: never the publication date by default."""
        return cls(reason="no date expression governs this claim")

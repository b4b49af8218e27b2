"""Look-ups every format needs: claims and casualty ledgers by id, local times, range sums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from exports.models import CasualtyIncident, Claim, ExportDocument, Incident, Measure

#: Granularities finer than a day: the interval has times of day, not only dates.
SUB_DAY = frozenset({"part_of_day", "hour", "minute"})
#: Granularities coarser than a day: the date is imprecise and must look it.
COARSE = frozenset({"week", "month", "quarter", "season", "year", "vague", "duration"})


def claims_by_id(doc: ExportDocument) -> dict[str, Claim]:
    return {claim.id: claim for claim in doc.claims}


def ledger_by_id(doc: ExportDocument) -> dict[str, CasualtyIncident]:
    return {entry.id: entry for entry in doc.casualties}


def incident_claims(incident: Incident, claims: dict[str, Claim]) -> list[Claim]:
    return [claims[cid] for cid in incident.claims if cid in claims]


def local(text: str) -> date | datetime:
    """A read model's local time: "2024-02-08" is a date, "2024-02-07T20:00" a naive datetime."""
    return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)


@dataclass(frozen=True)
class Range:
    low: int | float | None
    best: int | float | None
    high: int | float | None
    disputed: bool


def measure_range(measures: list[Measure], name: str) -> Range | None:
    """The measure summed over parties (different parties are different people); None if no
    source gives it; `high` is None when any party's is (nobody bounds that toll)."""
    chosen = [m for m in measures if m.measure == name]
    if not chosen:
        return None
    highs = [m.high for m in chosen]
    return Range(
        low=_sum([m.low for m in chosen]),
        best=_sum([m.best for m in chosen]),
        high=None if any(h is None for h in highs) else _sum(highs),
        disputed=any(m.disputed for m in chosen),
    )


def _sum(values: list[int | float | None]) -> int | float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


MARKS = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤", "vague": "≈"}


def figure_text(value: int | float | None, qualifier: str | None) -> str:
    """"≥16", "~24", "17": a figure with its qualifier, as the tables print it."""
    return f"{MARKS.get(qualifier or '', '')}{'-' if value is None else value}"

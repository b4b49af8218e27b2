"""A test's own sentences read as a wire report: a headline, then the body, from one outlet at
one anchor. The rule tests share it; each picks the anchor and zone its sentences are set in."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from domain.values import ClaimContent
from extraction import Gazetteer, extract


@dataclass(frozen=True)
class Wire:
    anchor: datetime.date
    timezone: str
    publisher: str = "Test Wire"

    def claims(self, body: str, gazetteer: Gazetteer) -> list[ClaimContent]:
        return self.report(f"Headline\n{body}", gazetteer)

    def report(self, text: str, gazetteer: Gazetteer) -> list[ClaimContent]:
        """The claims of a whole report, its own headline first."""
        return extract(text, publisher=self.publisher, anchor=self.anchor, timezone=self.timezone,
                       gazetteer=gazetteer)  # fmt: skip

    def kinds(self, body: str, gazetteer: Gazetteer) -> set[str]:
        return {claim.kind for claim in self.claims(body, gazetteer)}

    def said_by(self, body: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
        return [(claim.kind, claim.speaker) for claim in self.claims(body, gazetteer)]

    def figures(self, body: str, gazetteer: Gazetteer) -> list[tuple[str, int | None, str]]:
        return [(f.measure, f.value, f.qualifier) for c in self.claims(body, gazetteer) for f in c.figures]

    def located(self, body: str, gazetteer: Gazetteer) -> set[str | None]:
        """Where the body's strikes, attacks and casualties are placed."""
        made = self.claims(body, gazetteer)
        return {c.location for c in made if c.kind in ("attack", "casualties", "strike")}

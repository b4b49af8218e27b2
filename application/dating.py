"""Date resolution as the service layer uses it, through the domain's temporal engine."""

from __future__ import annotations

from datetime import date, datetime

from domain.temporal import resolve
from domain.when import When


def resolve_expression(
    expression: str, anchor: date | datetime | None, *, timezone: str, context: str = ""
) -> When:
    return resolve(expression, anchor, timezone=timezone, context=context)

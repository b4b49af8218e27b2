"""Date resolution as the service layer uses it, through the domain's temporal engine."""

from __future__ import annotations

from datetime import date, datetime

from domain.when import When


def resolve_expression(
    expression: str, anchor: date | datetime | None, *, timezone: str, context: str = ""
) -> When:
    try:
        from domain.temporal import resolve
    except ImportError:  # pragma: no cover - until the temporal engine lands
        return When(expression=expression, timezone=timezone, reason="no resolver installed")
    return resolve(expression, anchor, timezone=timezone, context=context)

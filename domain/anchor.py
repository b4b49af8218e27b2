"""The anchor a report's relative dates are read against: its publication moment, locally."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def parse_published(value: str) -> date | datetime:
    """An ISO date ("2024-02-08") or datetime with offset ("2024-02-08T14:05:00+03:00")."""
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def anchor_of(published: str | None, timezone: str) -> date | datetime | None:
    """The publication moment in the publisher's zone; a bare date stays a date.

    No publication date means no anchor: relative expressions then stay unresolved.
    """
    if published is None:
        return None
    moment = parse_published(published)
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone(ZoneInfo(timezone))
    return moment

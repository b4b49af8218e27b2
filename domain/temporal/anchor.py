"""The anchor a report is read against: its publication day in the publisher's zone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.errors import InvalidInput

AnchorInput = dt.datetime | dt.date | None


@dataclass(frozen=True)
class Anchor:
    """The local calendar day, the ISO text of the moment it came from, and the local
    moment itself when the anchor had a time of day."""

    day: dt.date
    text: str
    moment: dt.datetime | None = None


def zone(name: str) -> ZoneInfo:
    """An IANA zone, or InvalidInput naming the bad one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(f"unknown time zone {name!r}") from error


def make_anchor(value: AnchorInput, timezone: str | None) -> Anchor | None:
    """Local day of the anchor; aware moments are first moved into the publisher's zone.

    Naive datetimes and dates are already local, so the machine's zone never enters.
    """
    # Every expression of a report asks for the same anchor. The memo is keyed on the text of
    # the value, not the value: aware datetimes compare equal across offsets, and the answer
    # depends on the offset when no zone is given.
    key = (timezone, type(value), value.isoformat() if value is not None else "")
    known = _MEMO.get(key)
    if known is None:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        known = _MEMO[key] = _make_anchor(value, timezone)
    return known


_MEMO: dict[tuple[str | None, type, str], Anchor | None] = {}
_MEMO_SIZE = 4096


def _make_anchor(value: AnchorInput, timezone: str | None) -> Anchor | None:
    tz = zone(timezone) if timezone else None
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and tz is not None:
            value = value.astimezone(tz)
        return Anchor(value.date(), value.isoformat(), value.replace(tzinfo=None))
    return Anchor(value, value.isoformat())

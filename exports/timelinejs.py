"""TimelineJS3 JSON: one event per dated incident, and one per period of the withdrawal talks.

Dates are TimelineJS's partial dates, cut to what is known: a month-precise interval gives
`{"year", "month"}`, a day or week `{"year", "month", "day"}`, a part of a day adds the
hour and minute; `display_date` says the precision in words. TimelineJS renders `text` and
the media `url` as HTML, so report text is escaped. Each incident's media is the quote of its
first claim (TimelineJS's blockquote media) with a `credit` naming the sources.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from html import escape
from typing import Any

from exports.models import Claim, ExportDocument, Incident, TalksPeriod
from exports.shared import SUB_DAY, claims_by_id, incident_claims, local


def render(doc: ExportDocument) -> str:
    claims = claims_by_id(doc)
    events = [_incident_event(i, incident_claims(i, claims)) for i in doc.incidents if i.start and i.end]
    events += [_talks_event(p) for p in doc.talks.history if p.start]
    timeline = {
        "title": {"text": {"headline": "Dateline timeline", "text": escape(
            f"{len(doc.incidents)} incident(s) from {len(doc.reports)} report(s)")}},
        "events": events,
    }
    return json.dumps(timeline, indent=2, ensure_ascii=False) + "\n"


def partial_date(text: str, granularity: str | None, *, end: bool = False) -> dict[str, Any]:
    """A TimelineJS date holding only the parts the granularity knows. An `end` is made
    inclusive (Dateline's is exclusive): the month of "2024-02-01" ending January is January."""
    moment = local(text)
    if granularity in SUB_DAY and not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)  # midnight, stated as such
    if end and granularity not in SUB_DAY:
        # The last day the interval touches: a day before a date, the same day before a time.
        step = timedelta(microseconds=1) if isinstance(moment, datetime) else timedelta(days=1)
        moment = moment - step
    parts: dict[str, Any] = {"year": moment.year}
    if granularity in ("year", "decade"):
        return parts
    parts["month"] = moment.month
    if granularity in ("month", "quarter", "season"):
        return parts
    parts["day"] = moment.day
    if granularity in SUB_DAY and isinstance(moment, datetime):
        parts.update(hour=moment.hour, minute=moment.minute)
    return parts


def _incident_event(incident: Incident, claims: list[Claim]) -> dict[str, Any]:
    assert incident.start is not None and incident.end is not None
    sources = ", ".join(incident.sources)
    event: dict[str, Any] = {
        "unique_id": f"incident-{incident.id}",
        "start_date": partial_date(incident.start, incident.granularity),
        "end_date": partial_date(incident.end, incident.granularity, end=True),
        "display_date": _display(incident),
        "group": incident.kind,
        "text": {"headline": escape(incident.title),
                 "text": _body(incident, claims)},
    }
    if claims:
        event["media"] = {"url": f"<blockquote>{escape(claims[0].quote)}</blockquote>",
                          "caption": escape(f"{claims[0].speaker}, in {claims[0].publisher}"),
                          "credit": escape(f"Sources: {sources}")}
    return event


def _body(incident: Incident, claims: list[Claim]) -> str:
    about = (f"{incident.location or 'Place unknown'}; precision: {incident.granularity or 'unknown'}. "
             f"Sources: {', '.join(incident.sources)}.")
    lines = [f"<p>{escape(about)}</p>"]
    quotes = dict.fromkeys(f"{c.publisher} ({c.speaker}): “{c.quote}”" for c in claims)
    lines += [f"<p>{escape(q)}</p>" for q in quotes]
    return "".join(lines)


def _display(incident: Incident) -> str:
    start = local(incident.start or "")
    if incident.granularity in ("month", "quarter", "season"):
        return f"{start:%B %Y} (month)"
    if incident.granularity == "week" and type(start) is date:
        return f"week of {start:%d %B %Y}"
    return f"{incident.start} – {incident.end} ({incident.granularity})"


def _talks_event(period: TalksPeriod) -> dict[str, Any]:
    assert period.start is not None
    event: dict[str, Any] = {
        "start_date": partial_date(period.start, "day"),
        "group": "talks",
        "text": {"headline": escape(f"Talks: {period.status.replace('_', ' ')}"),
                 "text": escape(f"Sources: {', '.join(period.sources)}")},
    }
    if period.end:
        event["end_date"] = partial_date(period.end, "day", end=True)
    return event

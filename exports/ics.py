"""iCalendar (RFC 5545) through the `icalendar` package: one VEVENT per dated incident.

A day, week or month is an all-day event (`VALUE=DATE`) spanning the interval (the end is
exclusive in both Dateline and RFC 5545), so a "late last month" strike is a span of days,
not a fake moment; a part of a day is a timed event in the incident's zone, with its
VTIMEZONE. The description names the precision, every source and what each said.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from exports.models import Claim, ExportDocument, Incident
from exports.shared import claims_by_id, figure_text, incident_claims, ledger_by_id, local

PRODID = "-//Dateline//dateline export//EN"


def render(doc: ExportDocument) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Dateline timeline")
    stamp = _stamp(doc)
    claims = claims_by_id(doc)
    for incident in doc.incidents:
        if incident.start and incident.end:
            calendar.add_component(_event(doc, incident, incident_claims(incident, claims), stamp))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical()).decode("utf-8")


def _event(doc: ExportDocument, incident: Incident, claims: list[Claim], stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{incident.id}@dateline")
    event.add("dtstamp", stamp)
    start, end = _moments(incident)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", incident.title)
    if incident.location:
        event.add("location", incident.location)
    event.add("categories", [incident.kind])
    event.add("description", _description(doc, incident, claims))
    event.add("x-dateline-granularity", incident.granularity or "")
    return event


def _moments(incident: Incident) -> tuple[date | datetime, date | datetime]:
    assert incident.start is not None and incident.end is not None
    start, end = local(incident.start), local(incident.end)
    if type(start) is date and type(end) is date:
        return start, end
    zone = ZoneInfo(incident.timezone or "UTC")
    return _timed(start, zone), _timed(end, zone)


def _timed(moment: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    return moment.replace(tzinfo=zone)


def _description(doc: ExportDocument, incident: Incident, claims: list[Claim]) -> str:
    lines = [f"Precision: {incident.granularity} ({incident.interval_rule}); "
             f"times local to {incident.timezone}.",
             f"Sources: {', '.join(incident.sources)}."]
    ledger = ledger_by_id(doc).get(incident.id)
    for m in ledger.measures if ledger else []:
        figures = "; ".join(f"{f.source} {figure_text(f.value, f.qualifier)}" for f in m.figures
                            if not f.superseded_by)
        lines.append(f"{m.measure} ({m.party or 'unnamed'}): low {m.low}, best {m.best}, "
                     f"high {m.high if m.high is not None else 'open'} - {figures}")
    quoted = (f"{c.publisher} ({c.speaker}): \"{c.quote}\"" for c in claims)
    return "\n".join([*lines, *dict.fromkeys(quoted)])  # one line per quote, in claim order


def _stamp(doc: ExportDocument) -> datetime:
    """DTSTAMP from the store (the latest report recorded), so the same store exports the
    same calendar byte for byte."""
    recorded = [str(r.model_extra.get("recorded")) for r in doc.reports
                if r.model_extra and r.model_extra.get("recorded")]
    if not recorded:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return datetime.fromisoformat(max(recorded)).astimezone(UTC).replace(microsecond=0)

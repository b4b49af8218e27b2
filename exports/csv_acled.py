"""CSV, one row per incident: ACLED's column names where they apply, then Dateline's own.

ACLED columns (its codebook): `event_date` (the first local day), `time_precision`
(1 = the day is known, 2 = within a week, 3 = within a month or coarser), `event_type` and
`sub_event_type` (its categories, from the incident's kind and the words of its quotes),
`actor1` (the actor the claims name most), `country`, `location`, `source` (the publishers),
`notes` (the quote of the first dated claim, else the title), `fatalities` (the most conservative
killed figure, `killed_low`; empty when no source gives one, where ACLED would write 0).

Every text cell that a spreadsheet would run as a formula is neutralised with a leading `'`
(OWASP's advice for CSV injection): report text and publisher names are not trusted.
"""

from __future__ import annotations

import csv
import io
import re

from exports.models import Claim, ExportDocument, Incident, Measure
from exports.shared import COARSE, claims_by_id, incident_claims, ledger_by_id, measure_range

ACLED = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "country",
         "location", "source", "notes", "fatalities"]
OWN = ["id", "title", "kind", "start", "end", "granularity", "timezone", "interval_rule", "actors",
       "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
       "disputed", "sources", "claims"]
COLUMNS = ACLED + OWN

_FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")

#: Sub-event types of ACLED's "Explosions/Remote violence", by the words of the quotes.
_REMOTE = [
    (re.compile(r"\b(drone|air ?strikes?|airstrikes?|warplanes?|aircraft|bomb(?:ed|ing|er)s?)\b", re.I),
     "Air/drone strike"),
    (re.compile(r"\b(rockets?|missiles?|shell(?:s|ed|ing)|artillery|mortars?)\b", re.I),
     "Shelling/artillery/missile attack"),
    (re.compile(r"\b(IEDs?|roadside bomb|car bomb|landmines?|explosive devices?)\b", re.I),
     "Remote explosive/landmine/IED"),
]


def render(doc: ExportDocument) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    claims = claims_by_id(doc)
    ledgers = ledger_by_id(doc)
    for incident in doc.incidents:
        measures = ledgers[incident.id].measures if incident.id in ledgers else []
        row = _row(incident, incident_claims(incident, claims), measures)
        writer.writerow([neutralise(_text(row.get(column))) for column in COLUMNS])
    return out.getvalue()


def neutralise(cell: str) -> str:
    """`=1+2` -> `'=1+2`: shown as text by Excel, LibreOffice and Google Sheets."""
    return f"'{cell}" if cell.startswith(_FORMULA_FIRST) else cell


def _row(incident: Incident, claims: list[Claim], measures: list[Measure]) -> dict[str, object]:
    killed = measure_range(measures, "killed")
    injured = measure_range(measures, "injured")
    event_type, sub_event_type = event_types(incident.kind, claims)
    return {
        "event_date": incident.start[:10] if incident.start else None,
        "time_precision": time_precision(incident.granularity),
        "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": incident.actors[0] if incident.actors else None,
        "country": incident.country, "location": incident.location,
        "source": "; ".join(incident.sources), "notes": _notes(incident, claims),
        "fatalities": killed.low if killed else None,
        "id": incident.id, "title": incident.title, "kind": incident.kind,
        "start": incident.start, "end": incident.end, "granularity": incident.granularity,
        "timezone": incident.timezone, "interval_rule": incident.interval_rule,
        "actors": "; ".join(incident.actors),
        "killed_low": killed.low if killed else None, "killed_best": killed.best if killed else None,
        "killed_high": killed.high if killed else None,
        "injured_low": injured.low if injured else None,
        "injured_best": injured.best if injured else None,
        "injured_high": injured.high if injured else None,
        "disputed": any(r.disputed for r in (killed, injured) if r),
        "sources": "; ".join(incident.sources), "claims": "; ".join(incident.claims),
    }


def time_precision(granularity: str | None) -> int | None:
    if granularity is None:
        return None
    if granularity == "week":
        return 2
    return 3 if granularity in COARSE else 1


def event_types(kind: str, claims: list[Claim]) -> tuple[str, str]:
    """ACLED's event type and sub-event type: strikes and remote attacks are "Explosions/Remote
    violence" (sub-type from the quotes' words); other attacks are "Battles / Armed clash"."""
    words = " ".join(claim.quote for claim in claims)
    for pattern, sub_event in _REMOTE:
        if pattern.search(words):
            return "Explosions/Remote violence", sub_event
    if kind == "strike":
        return "Explosions/Remote violence", "Air/drone strike"
    if kind == "attack":
        return "Battles", "Armed clash"
    return "", ""


def _notes(incident: Incident, claims: list[Claim]) -> str:
    dated = [c for c in claims if c.when.start] or claims
    return dated[0].quote if dated else incident.title


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())

"""A Markdown briefing: timeline, casualty table with every source's figure, talks, sources.

Report text goes into tables and quotes, so it is escaped: pipes and line breaks would break
a table, and `<`, `>`, `&` would be read as HTML by most Markdown renderers.
"""

from __future__ import annotations

import html
import re

from exports.models import CasualtyIncident, ExportDocument, Incident
from exports.shared import figure_text

_MARKUP = re.compile(r"([\\`*\[\]|])")


def render(doc: ExportDocument) -> str:
    parts = [_header(doc), _timeline(doc), _escalation(doc), _casualties(doc), _talks(doc),
             _sources(doc)]
    return "\n\n".join(part for part in parts if part) + "\n"


def text(value: object) -> str:
    """One line of report text, safe inside a Markdown table cell or paragraph."""
    if value is None:
        return "–"
    flat = " ".join(str(value).split())
    return _MARKUP.sub(r"\\\1", html.escape(flat, quote=False))


def _table(headers: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(text(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _header(doc: ExportDocument) -> str:
    clocks = doc.clocks
    shown = [f"as of {clocks.as_of}" if clocks.as_of else "",
             f"recorded by {clocks.recorded_by}" if clocks.recorded_by else "",
             f"between {clocks.between[0]} and {clocks.between[1]}" if clocks.between else ""]
    scope = "; ".join(s for s in shown if s) or "everything in the store"
    return (f"# Dateline briefing\n\n{len(doc.incidents)} incident(s) from {len(doc.reports)} "
            f"report(s); {text(scope)}. Times are local to each incident's zone; an end is exclusive.")


def _when(incident: Incident) -> str:
    if incident.start is None:
        return "undated"
    return f"{incident.start} – {incident.end} ({incident.granularity})"


def _timeline(doc: ExportDocument) -> str:
    rows: list[list[object]] = [
        [_when(i), i.kind, i.title, i.location, ", ".join(i.sources)] for i in doc.incidents
    ]
    return "## Timeline\n\n" + _table(["When", "Kind", "Incident", "Location", "Sources"], rows)


def _escalation(doc: ExportDocument) -> str:
    if not doc.escalation.week:
        return ""
    rows: list[list[object]] = [[p.period, f"{p.score:.2f}", len(p.incidents)] for p in doc.escalation.week]
    return ("## Escalation by week\n\nPositive is escalation (a Goldstein-style weight per kind "
            "times severity).\n\n" + _table(["Week", "Score", "Incidents"], rows))


def _casualties(doc: ExportDocument) -> str:
    titles = {i.id: i.title for i in doc.incidents}
    blocks = [_ledger(entry, titles.get(entry.id, entry.id[:8])) for entry in doc.casualties]
    return "## Casualties\n\n" + ("\n\n".join(blocks) if blocks else "No casualty figures.")


def _ledger(entry: CasualtyIncident, title: str) -> str:
    rows: list[list[object]] = []
    quotes: list[str] = []
    for m in entry.measures:
        current = [f for f in m.figures if not f.superseded_by]
        by_source = "; ".join(f"{f.source} {figure_text(f.value, f.qualifier)}" for f in current)
        rows.append([m.measure, m.party, m.low, m.best, m.high, "yes" if m.disputed else "no", by_source])
        for f in m.figures:
            note = f", superseded by {f.superseded_by[:8]}" if f.superseded_by else ""
            quotes.append(f"- {text(f.source)} ({text(f.speaker)}), {m.measure} "
                          f"{text(figure_text(f.value, f.qualifier))}{note}: “{text(f.quote)}”")
    headers = ["Measure", "Party", "Low", "Best", "High", "Disputed", "By source"]
    return f"### {text(title)}\n\n" + _table(headers, rows) + "\n\n" + "\n".join(quotes)


def _talks(doc: ExportDocument) -> str:
    talks = doc.talks
    since = f"since {text(talks.since)}" if talks.since else "(no claim about talks)"
    lines = [f"## Withdrawal talks\n\nStatus: **{text(talks.status)}** {since}."]
    if talks.history:
        rows: list[list[object]] = [[p.status, p.start, p.end or "open", ", ".join(p.sources)]
                                    for p in talks.history]
        lines.append(_table(["Status", "From", "Until", "Sources"], rows))
    if talks.calls:
        calls: list[list[object]] = [[c.who, c.when, ", ".join(c.sources), c.asked] for c in talks.calls]
        lines.append("Calls for withdrawal:\n\n" + _table(["Who", "When", "Sources", "Asked"], calls))
    return "\n\n".join(lines)


def _sources(doc: ExportDocument) -> str:
    counts = {r.id: 0 for r in doc.reports}
    for claim in doc.claims:
        counts[claim.report] = counts.get(claim.report, 0) + 1
    rows: list[list[object]] = [[r.publisher, r.published, r.title, r.url, counts.get(r.id, 0), r.id[:8]]
                                for r in doc.reports]
    return "## Sources\n\n" + _table(["Publisher", "Published", "Title", "URL", "Claims", "Report"], rows)

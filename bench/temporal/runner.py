"""Runs Dateline over benchmark documents: tagging + resolution, and gold-span normalisation."""

from __future__ import annotations

from bench.temporal.scoring import System
from bench.temporal.tml import Document
from domain.temporal import moves_focus, resolve
from extraction.sentences import spans
from extraction.timex import resolve_text


def value_of(timex: str | None) -> str:
    return timex or ""


def tag_document(doc: Document) -> list[System]:
    return [System(m.start, m.end, m.type, value_of(w.timex)) for m, w in resolve_text(doc.text, doc.dct)]


def gold_span_dates(doc: Document) -> list[tuple[str, str, str]]:
    """(text, gold value, our value) for each gold DATE, read with its sentence against the DCT."""
    bounds = spans(doc.text)
    results = []
    previous = None
    for gold in doc.timexes:
        context = next((doc.text[s:e] for s, e in bounds if s <= gold.start < e), doc.text)
        when = resolve(gold.text, doc.dct, context=context, previous=previous)
        if moves_focus(when):
            previous = when
        if gold.type == "DATE":
            results.append((gold.text, gold.value, value_of(when.timex)))
    return results

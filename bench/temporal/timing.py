"""Wall time of Dateline against dateparser's search on the same texts, median of repeats."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench.temporal.tml import Document
from extraction.timex import resolve_text


def _median_seconds(work: Callable[[], int], repeats: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(repeats):
        began = time.perf_counter()
        found = work()
        times.append(time.perf_counter() - began)
    return statistics.median(times), found


def dateline_run(docs: list[Document]) -> int:
    return sum(len(resolve_text(doc.text, doc.dct)) for doc in docs)


def dateparser_run(docs: list[Document]) -> int:
    from dateparser.search import search_dates

    total = 0
    for doc in docs:
        base = {"RELATIVE_BASE": _midnight(doc)}
        total += len(search_dates(doc.text, languages=["en"], settings=base) or [])
    return total


def _midnight(doc: Document) -> object:
    import datetime as dt

    return dt.datetime.combine(doc.dct, dt.time())


def compare(docs: list[Document], repeats: int = 5) -> dict[str, float]:
    dateparser_run(docs[:1])  # warm-up: dateparser loads its language data lazily
    ours, found = _median_seconds(lambda: dateline_run(docs), repeats)
    theirs, their_found = _median_seconds(lambda: dateparser_run(docs), max(1, repeats // 2))
    return {
        "dateline_s": ours,
        "dateparser_s": theirs,
        "ratio": theirs / ours if ours else 0.0,
        "dateline_eps": found / ours if ours else 0.0,
        "dateparser_eps": their_found / theirs if theirs else 0.0,
    }

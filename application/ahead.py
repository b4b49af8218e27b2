"""Extraction ahead of filing, in worker processes.

Filing a report is mostly single-threaded Python (linking, events, the store); extracting
its claims is pure and costs about as much again. An ingest of many reports therefore
extracts the next batch in other processes while this one files the current batch, and
the application's extractor hands back what was extracted ahead. The extractor is
deterministic, so the claims, their ids and every event are the same as extracting in
process; a text nobody extracted ahead is extracted in process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from multiprocessing.pool import AsyncResult, Pool
from typing import Any

from domain.anchor import anchor_of
from domain.values import ClaimContent

Extract = Callable[..., Sequence[ClaimContent]]
#: What one extraction reads: text, publisher, anchor, time zone.
Job = tuple[str, str, date | datetime | None, str | None]

_WORKER_EXTRACT: Extract | None = None


def job(text: str, publisher: str, published: str | None, timezone: str) -> Job:
    """What extracting a report reads: its text, its outlet and its anchor (the publication
    moment in the publisher's zone). The application asks its extractor with exactly these,
    and an ingest prefetches by the same key."""
    return text, publisher, anchor_of(published, timezone), timezone


def extract_job(extract: Extract, request: Job) -> Sequence[ClaimContent]:
    text, publisher, anchor, timezone = request
    return extract(text, publisher=publisher, anchor=anchor, timezone=timezone)


def _start_worker(extract: Extract) -> None:
    # The extractor (with its gazetteer) reaches each worker once, not once per report.
    global _WORKER_EXTRACT
    _WORKER_EXTRACT = extract


def _run(request: Job) -> Sequence[ClaimContent]:
    assert _WORKER_EXTRACT is not None
    return extract_job(_WORKER_EXTRACT, request)


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


class AheadExtractor:
    """An extractor for `Dateline` that answers from extractions started earlier with
    `prefetch`, in a pool of `processes` workers.

    Start it before opening a store: the workers are forked from this process, and a fork
    should not inherit open database connections."""

    def __init__(self, extract: Extract, processes: int) -> None:
        self._extract = extract
        # fork: the workers start at once and share the loaded rules and gazetteer.
        context = multiprocessing.get_context("fork")
        self._pool: Pool = context.Pool(processes, initializer=_start_worker, initargs=(extract,))
        self._pending: dict[Job, AsyncResult[Sequence[ClaimContent]]] = {}
        #: How many reports were answered from the workers, and how many extracted here.
        self.ahead = self.in_process = 0

    def prefetch(self, requests: Iterable[Job]) -> None:
        """Starts extracting these reports in the workers."""
        for request in requests:
            if request not in self._pending:
                self._pending[request] = self._pool.apply_async(_run, (request,))

    def __call__(
        self, text: str, *, publisher: str, anchor: date | datetime | None, timezone: str | None,
        **_: Any,
    ) -> Sequence[ClaimContent]:
        started = self._pending.pop((text, publisher, anchor, timezone), None)
        if started is None:
            self.in_process += 1
            return self._extract(text, publisher=publisher, anchor=anchor, timezone=timezone)
        self.ahead += 1
        return started.get()

    def close(self) -> None:
        self._pending.clear()
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> AheadExtractor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

"""The Report aggregate: one article as received, identified by its normalised text."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from eventsourcing.domain import Aggregate

from domain.errors import Conflict
from domain.ids import report_id


class Report(Aggregate):
    """An article: publisher, publication moment and zone, URL, title, text."""

    class Filed(Aggregate.Created):
        # v1 did not store the text hash; it is recomputed from the stored text.
        class_version = 2
        publisher: str
        published: str | None
        timezone: str
        url: str | None
        title: str
        language: str | None
        text: str
        text_sha256: str
        repeats_removed: int

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["text_sha256"] = hashlib.sha256(state["text"].encode("utf-8")).hexdigest()

    class Redated(Aggregate.Event):
        class_version = 1
        published: str
        timezone: str
        reason: str
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            assert isinstance(aggregate, Report)
            aggregate.published = self.published
            aggregate.timezone = self.timezone

    class Retracted(Aggregate.Event):
        class_version = 1
        reason: str
        by: str

        def apply(self, aggregate: Aggregate) -> None:
            assert isinstance(aggregate, Report)
            aggregate.retracted = True

    def __init__(
        self,
        publisher: str,
        published: str | None,
        timezone: str,
        url: str | None,
        title: str,
        language: str | None,
        text: str,
        text_sha256: str,
        repeats_removed: int,
    ) -> None:
        self.publisher = publisher
        self.published = published
        self.timezone = timezone
        self.url = url
        self.title = title
        self.language = language
        self.text = text
        self.text_sha256 = text_sha256
        self.repeats_removed = repeats_removed
        self.retracted = False

    @classmethod
    def file(
        cls,
        *,
        text: str,
        text_sha256: str,
        publisher: str,
        published: str | None,
        timezone: str,
        title: str,
        url: str | None = None,
        language: str | None = None,
        repeats_removed: int = 0,
        now: datetime,
    ) -> Report:
        """Files a report whose text is already normalised and de-duplicated."""
        return cls._create(
            cls.Filed,
            id=report_id(text_sha256),
            timestamp=now,
            publisher=publisher,
            published=published,
            timezone=timezone,
            url=url,
            title=title,
            language=language,
            text=text,
            text_sha256=text_sha256,
            repeats_removed=repeats_removed,
        )

    def redate(self, *, published: str, timezone: str, reason: str, by: str, now: datetime) -> None:
        self._check_not_retracted()
        if (published, timezone) == (self.published, self.timezone):
            raise Conflict(f"report {self.id} is already dated {published} {timezone}")
        self.trigger_event(
            self.Redated, published=published, timezone=timezone, reason=reason, by=by, timestamp=now
        )

    def retract(self, *, reason: str, by: str, now: datetime) -> None:
        self._check_not_retracted()
        self.trigger_event(self.Retracted, reason=reason, by=by, timestamp=now)

    def _check_not_retracted(self) -> None:
        if self.retracted:
            raise Conflict(f"report {self.id} is retracted")

"""A report as it enters Dateline: metadata validated, text normalised and de-duplicated."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from domain.anchor import parse_published
from domain.errors import InvalidInput
from domain.text import content_hash, drop_repeated_paragraphs, headline

#: Longest report text accepted, in characters: far above any article, below a data dump.
MAX_TEXT = 2_000_000
#: Longest line accepted: a paragraph of prose is a few thousand characters; a line of a
#: hundred thousand is a data dump or a binary blob, not a report.
MAX_LINE = 100_000


class ReportMeta(BaseModel):
    """What a manifest or the command line says about a report."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    publisher: str = Field(min_length=1)
    published: str | None = None
    timezone: str = "UTC"
    url: str | None = None
    title: str | None = None
    language: str | None = None

    @field_validator("published")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        try:
            parse_published(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO date or datetime") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone") from None
        return value


class ReportFiling(BaseModel):
    """A report ready to file: clean text, its hash, and validated metadata."""

    model_config = ConfigDict(frozen=True)

    meta: ReportMeta
    text: str
    text_sha256: str
    title: str
    repeats_removed: int
    origin: str


def prepare(raw_text: str, meta: ReportMeta, *, origin: str, now: datetime) -> ReportFiling:
    """Validates one report; raises InvalidInput naming `origin` and the problem."""
    if len(raw_text) > MAX_TEXT:
        raise InvalidInput(f"{origin}: text is {len(raw_text):,} characters; the limit is {MAX_TEXT:,}")
    if "\x00" in raw_text:
        raise InvalidInput(f"{origin}: binary data (NUL bytes), not a text report")
    longest = max((len(line) for line in raw_text.splitlines()), default=0)
    if longest > MAX_LINE:
        raise InvalidInput(f"{origin}: a line of {longest:,} characters; the limit is {MAX_LINE:,} "
                           "(is this a report?)")
    deduplicated = drop_repeated_paragraphs(raw_text)
    if not deduplicated.text:
        raise InvalidInput(f"{origin}: the report has no text")
    _check_not_future(meta, origin=origin, now=now)
    return ReportFiling(
        meta=meta,
        text=deduplicated.text,
        text_sha256=content_hash(deduplicated.text),
        title=meta.title or headline(deduplicated.text),
        repeats_removed=deduplicated.removed_paragraphs,
        origin=origin,
    )


def validate_meta(fields: dict[str, object], *, origin: str) -> ReportMeta:
    try:
        return ReportMeta.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "metadata"
        message = first["msg"].removeprefix("Value error, ")
        raise InvalidInput(f"{origin}: {where}: {message}") from None


def _check_not_future(meta: ReportMeta, *, origin: str, now: datetime) -> None:
    if meta.published is None:
        return
    moment = parse_published(meta.published)
    # A date-only value is compared by calendar day, with a day's grace for zones ahead of UTC.
    day = moment if not isinstance(moment, datetime) else moment.date()
    if isinstance(day, date) and day > (now + timedelta(days=1)).date():
        raise InvalidInput(f"{origin}: publication date {meta.published} is in the future")

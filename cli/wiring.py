"""Where the application is assembled: store, clock and extractor, in one place."""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path

from application.ahead import Extract
from application.reresolving import Reading
from application.service import Dateline
from application.store import store_env, store_url
from domain.errors import InvalidInput


def open_app(store: str | None) -> Dateline:
    """The application on the chosen store, for commands that file no report text."""
    return Dateline(store_env(store_url(store)))


def extractor(gazetteer: Path | None = None) -> Extract:
    """The shipped rules with the shipped gazetteer (plus the user's)."""
    # Imported here: loading the extractor's patterns is a third of a second that the
    # commands which only read the store should not pay.
    from extraction import Gazetteer, extract

    try:
        actors = Gazetteer.load(gazetteer)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InvalidInput(f"{gazetteer}: not a usable gazetteer ({error})") from None
    return partial(extract, gazetteer=actors)


def open_ingesting_app(
    store: str | None, gazetteer: Path | None = None, *, extract_with: Extract | None = None
) -> Dateline:
    """The application extracting claims with `extract_with`, by default `extractor(gazetteer)`."""
    return Dateline(store_env(store_url(store)), extractor=extract_with or extractor(gazetteer))


def analyst_name(given: str | None) -> str:
    if given:
        return given
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def read_dates(text: str, anchor: date | datetime | None, timezone: str) -> Sequence[Reading]:
    """Every date expression of a report's text, resolved in order as the extractor reads them."""
    from extraction.timex.resolve_text import resolve_text  # as in `extractor`

    read = resolve_text(text, anchor, timezone=timezone)
    return [(mention.start, mention.end, when) for mention, when in read]

"""Where the application is assembled: store, clock and extractor, in one place."""

from __future__ import annotations

import getpass
from functools import partial
from pathlib import Path

from application.service import Dateline
from application.store import store_env, store_url
from domain.errors import InvalidInput
from extraction import Gazetteer, extract


def open_app(store: str | None) -> Dateline:
    """The application on the chosen store, for commands that file no report text."""
    return Dateline(store_env(store_url(store)))


def open_ingesting_app(store: str | None, gazetteer: Path | None = None) -> Dateline:
    """The application extracting claims with the shipped rules and gazetteer (plus the user's)."""
    try:
        actors = Gazetteer.load(gazetteer)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InvalidInput(f"{gazetteer}: not a usable gazetteer ({error})") from None
    return Dateline(store_env(store_url(store)), extractor=partial(extract, gazetteer=actors))


def analyst_name(given: str | None) -> str:
    if given:
        return given
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"

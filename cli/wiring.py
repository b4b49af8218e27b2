"""Where the application is assembled: store, clock and extractor, in one place."""

from __future__ import annotations

import getpass

from application.service import Dateline, Extractor
from application.store import store_env, store_url


def default_extractor() -> Extractor | None:
    try:
        from extraction import extract
    except ImportError:  # the extraction layer is optional until it lands
        return None
    typed: Extractor = extract
    return typed


def open_app(store: str | None) -> Dateline:
    return Dateline(store_env(store_url(store)), extractor=default_extractor())


def analyst_name(given: str | None) -> str:
    if given:
        return given
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"

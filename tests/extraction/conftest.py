"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from extraction import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per test module."""
    return Gazetteer.load()

"""A loaded catalog and the garbage collector: a process that runs one command freezes what it
loaded; any other process must still free the applications it drops."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Iterator

import pytest

import application.readmodel as readmodel
from application.service import Dateline
from application.store import store_env
from tests.app.test_stored_views import new_app, play


@pytest.fixture
def one_command() -> Iterator[None]:
    try:
        yield
    finally:
        readmodel._ONE_COMMAND = False
        gc.unfreeze()


def dropped_app_is_freed(url: str) -> bool:
    app = Dateline(store_env(url))
    app.catalog()  # loads the stored rows (`bulk(keep=True)`)
    gone = weakref.ref(app)
    app.close()
    del app
    gc.collect()
    return gone() is None


def test_a_long_lived_process_frees_the_applications_it_drops(sqlite_store: str) -> None:
    play(new_app(sqlite_store), [("file", ("Wire A", ["strike 2024-02-02 Anbar 3"]))])
    assert dropped_app_is_freed(sqlite_store)


def test_a_process_that_froze_its_loads_would_keep_a_dropped_application(
        sqlite_store: str, one_command: None) -> None:
    play(new_app(sqlite_store), [("file", ("Wire A", ["strike 2024-02-02 Anbar 3"]))])
    readmodel.keep_loads_for_good()
    assert not dropped_app_is_freed(sqlite_store)  # what the test run leaked before


def test_the_dateline_command_keeps_what_it_loads_for_good(sqlite_store: str) -> None:
    play(new_app(sqlite_store), [("file", ("Wire A", ["strike 2024-02-02 Anbar 3"]))])
    probe = ("import gc, sys; from cli.main import main;"
             "sys.argv = ['dateline', 'reports', '--store', sys.argv[1]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(gc.get_freeze_count() > 0, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, sqlite_store], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip().splitlines()[-1] == "True"

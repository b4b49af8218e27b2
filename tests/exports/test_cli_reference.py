"""The CLI finish: docs/cli.md is generated from `--help` and current; every command is in it,
with an example; an ingest of many reports on a terminal shows a progress bar, and only there."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from cli.main import cli
from cli.reference import help_text, reference
from tests.conftest import DATELINE, REPO

CLI_MD = REPO / "docs" / "cli.md"


def test_the_cli_reference_is_current() -> None:
    assert CLI_MD.read_text(encoding="utf-8") == reference(), (
        "docs/cli.md is stale: run `.venv/bin/python -m cli.reference > docs/cli.md`")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_documented_with_an_example(name: str) -> None:
    assert f"\n## dateline {name}\n" in CLI_MD.read_text(encoding="utf-8")
    assert "Example:" in help_text(cli.commands[name], name), f"`dateline {name} --help` has no example"


def _ingest_with_stderr_on_a_terminal(store: str) -> tuple[str, str]:
    """Runs an ingest whose stderr is a pseudo-terminal (as in a shell) and stdout a pipe."""
    leader, follower = os.openpty()
    env = {**os.environ, "DATELINE_STORE": store, "COLUMNS": "100"}
    done = subprocess.run([str(DATELINE), "ingest", "--manifest", "examples/reports.json"], cwd=REPO,
                          env=env, stdout=subprocess.PIPE, stderr=follower, text=True, timeout=120)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal reports EIO once the writer is gone and it is drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert done.returncode == 0
    return done.stdout, b"".join(chunks).decode("utf-8", "replace")


def test_ingest_shows_progress_on_a_terminal_only(sqlite_store: str, tmp_path: Path) -> None:
    out, terminal = _ingest_with_stderr_on_a_terminal(sqlite_store)
    assert "filing reports" in terminal and "100%" in terminal
    assert "filing reports" not in out and "4 new report(s)" in out
    other = f"sqlite:///{tmp_path / 'piped.db'}"
    piped = subprocess.run([str(DATELINE), "ingest", "--manifest", "examples/reports.json"], cwd=REPO,
                           env={**os.environ, "DATELINE_STORE": other}, capture_output=True, text=True,
                           timeout=120)
    assert piped.returncode == 0 and piped.stderr == ""

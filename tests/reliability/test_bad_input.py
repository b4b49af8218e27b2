"""Bad input of every kind: one line naming the file and the problem, a non-zero exit, and
nothing written (issue 8). Accepted encoding: UTF-8, with or without a byte-order mark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run


def case_files(folder: Path) -> dict[str, tuple[Path, str]]:
    def put(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return {
        "binary": (put("binary.txt", b"Head\n\x00\x01\x02\xff" * 100), "binary"),
        "big": (put("big.txt", b"Headline\n" + (b"A dull sentence of prose. " * 40 + b"\n") * 50_000),
                "limit is 2,000,000"),
        "one line": (put("line.txt", b"Headline\n" + b"x" * 1_000_000), "a line of 1,000,000"),
        "utf-8 bom": (put("bom.txt", b"\xef\xbb\xbfHeadline\nBody on Monday."), ""),
    }


@pytest.mark.parametrize("case", ["binary", "big", "one line"])
def test_hostile_files_are_refused_in_one_line(
    dateline: Callable[..., Run], tmp_path: Path, case: str
) -> None:
    path, message = case_files(tmp_path)[case]
    db = tmp_path / "s.db"
    done = dateline("ingest", str(path), "--publisher", "W", store=f"sqlite:///{db}")
    assert done.code == 1 and message in done.err and str(path.name) in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert not db.exists()


def test_a_utf8_byte_order_mark_is_accepted_and_dropped(dateline: Callable[..., Run], tmp_path: Path) -> None:
    path, _ = case_files(tmp_path)["utf-8 bom"]
    store = f"sqlite:///{tmp_path / 's.db'}"
    assert dateline("ingest", str(path), "--publisher", "W", store=store).code == 0
    (report,) = dateline("reports", "--json", store=store).json()["reports"]
    assert report["title"] == "Headline"


def test_a_folder_with_no_reports_is_refused(dateline: Callable[..., Run], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    done = dateline("ingest", str(empty), "--publisher", "W", store=f"sqlite:///{tmp_path / 's.db'}")
    assert done.code == 1 and "no report files" in done.err


def test_a_malformed_manifest_is_refused(dateline: Callable[..., Run], tmp_path: Path) -> None:
    for text, message in [("{not json", "not valid JSON"), ('{"file": "a.txt"}', "JSON list"),
                          ('[{"file": "a.txt", "publisher": "W"}]', "no such file"),
                          ('[{"publisher": "W"}]', "`file` must name")]:
        manifest = tmp_path / "m.json"
        manifest.write_text(text, encoding="utf-8")
        done = dateline("ingest", "--manifest", str(manifest), store=f"sqlite:///{tmp_path / 's.db'}")
        assert done.code == 1 and message in done.err, (text, done.err)


@pytest.mark.parametrize(("args", "message"), [
    (("ingest", "examples/reports.json", "--jobs", "-1"), "'--jobs': -1 is not in the range"),
    (("timeline", "--by", "month"), "'--by': 'month' is not one of"),
    (("no-such-command",), "No such command 'no-such-command'"),
])  # fmt: skip
def test_a_misused_command_is_refused_in_one_line(
    dateline: Callable[..., Run], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    db = tmp_path / "s.db"
    done = dateline(*args, store=f"sqlite:///{db}")
    assert done.code == 2 and message in done.err and "--help" in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert not db.exists()

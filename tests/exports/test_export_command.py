"""`dateline export -o FILE`: the whole file or nothing; a missing folder is one line of error."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_dateline
from tests.exports.conftest import export


def test_output_file_is_written_whole_with_no_temporary_left(seeded_sqlite: str, tmp_path: Path) -> None:
    target = tmp_path / "out" / "timeline.csv"
    target.parent.mkdir()
    target.write_text("old content\n", encoding="utf-8")
    done = export(seeded_sqlite, "csv", "-o", str(target))
    assert done.out == "" and done.err == ""
    assert target.read_text(encoding="utf-8") == export(seeded_sqlite, "csv").out
    assert [p.name for p in target.parent.iterdir()] == ["timeline.csv"]
    assert target.stat().st_mode & 0o044  # readable like any file the user writes, not 0600


def test_a_missing_folder_is_refused_in_one_line(seeded_sqlite: str, tmp_path: Path) -> None:
    done = run_dateline("export", "--format", "md", "-o", str(tmp_path / "nowhere" / "b.md"),
                        store=seeded_sqlite)
    assert done.code == 1 and done.out == ""
    assert done.err.count("\n") == 1 and "does not exist" in done.err
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_as_output_is_refused(seeded_sqlite: str, tmp_path: Path) -> None:
    done = run_dateline("export", "--format", "md", "-o", str(tmp_path), store=seeded_sqlite)
    assert done.code == 1 and "is a folder" in done.err


def test_an_unknown_format_is_a_usage_error(sqlite_store: str) -> None:
    done = run_dateline("export", "--format", "pdf", store=sqlite_store)
    assert done.code == 2 and "pdf" in done.err

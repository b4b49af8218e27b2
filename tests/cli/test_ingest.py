"""`dateline ingest`, run as the real command on real files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DATELINE, Run

REPORT = "Dam shelled near the front\nThe dam was shelled on Sunday, officials said.\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_seed_manifest_ingested_twice_leaves_exactly_two_reports(
    dateline, store: str, seeds_dir: Path
) -> None:
    first = dateline("ingest", "--manifest", str(seeds_dir / "reports.json"), store=store)
    second = dateline("ingest", "--manifest", str(seeds_dir / "reports.json"), store=store)
    assert first.code == 0 and second.code == 0, first.err + second.err
    assert "2 new report(s)" in first.out and "2 already filed" in second.out
    reports = dateline("reports", "--json", store=store).json()["reports"]
    assert sorted(r["publisher"] for r in reports) == ["Rudaw", "Shafaq News"]
    assert {r["timezone"] for r in reports} == {"Asia/Baghdad"}
    assert all(set(r) >= {"id", "publisher", "published", "timezone", "title", "url", "claims"}
               for r in reports)


def test_four_processes_filing_the_same_reports_at_once_store_each_once(
    store: str, seeds_dir: Path
) -> None:
    command = [str(DATELINE), "ingest", "--manifest", str(seeds_dir / "reports.json"),
               "--store", store]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
    outcomes = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0] * 4, [err for _, err in outcomes]
    created = sum(int(out.split(" new report")[0].split()[-1]) for out, _ in outcomes)
    assert created == 2
    reports = Run(0, subprocess.run([str(DATELINE), "reports", "--json", "--store", store],
                                    capture_output=True, text=True).stdout, "").json()["reports"]
    assert len(reports) == 2


def test_a_folder_and_command_line_metadata(dateline, sqlite_store: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a.txt", REPORT)
    write(folder, "b.txt", "Second headline\nAnother body, filed on Monday.")
    done = dateline("ingest", str(folder), "--publisher", "Kyiv Wire", "--published",
                    "2024-03-04T09:30:00+02:00", "--timezone", "Europe/Kyiv",
                    "--url", "https://example.org/x", store=sqlite_store)
    assert done.code == 0, done.err
    reports = dateline("reports", "--json", store=sqlite_store).json()["reports"]
    assert sorted(r["title"] for r in reports) == ["Dam shelled near the front", "Second headline"]
    assert {r["published"] for r in reports} == {"2024-03-04T09:30:00+02:00"}


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        ("", [], "no text"),
        ("   \n\t\n", [], "no text"),
        (REPORT, ["--timezone", "Mars/Olympus"], "IANA time zone"),
        (REPORT, ["--published", "2024-02-30"], "not an ISO date"),
        (REPORT, ["--published", "2999-01-01"], "in the future"),
    ],
)
def test_bad_input_gets_one_line_and_writes_nothing(
    dateline, tmp_path: Path, content: str, extra: list[str], message: str
) -> None:
    path = write(tmp_path, "r.txt", content)
    db = tmp_path / "store.db"
    done = dateline("ingest", str(path), "--publisher", "Wire", *extra, store=f"sqlite:///{db}")
    assert done.code != 0
    assert message in done.err and len(done.err.strip().splitlines()) == 1
    assert not db.exists()


def test_undecodable_and_missing_files_are_refused(dateline, tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 bombed\nbody".encode("latin-1"))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Headline\nbody".encode("utf-16"))
    for path, message in [(latin, "not valid UTF-8"), (utf16, "UTF-16"),
                          (tmp_path / "missing.txt", "no such file")]:
        done = dateline("ingest", str(path), "--publisher", "W", store=f"sqlite:///{tmp_path}/s.db")
        assert done.code != 0 and message in done.err, done.err


def test_one_bad_report_stops_the_batch_before_anything_is_written(
    dateline, tmp_path: Path
) -> None:
    good = write(tmp_path, "good.txt", REPORT)
    bad = write(tmp_path, "bad.txt", "")
    db = tmp_path / "s.db"
    done = dateline("ingest", str(good), str(bad), "--publisher", "W", store=f"sqlite:///{db}")
    assert done.code != 0 and "bad.txt" in done.err
    assert not db.exists()


def test_keep_going_files_the_good_reports_and_names_each_bad_one(
    dateline, tmp_path: Path
) -> None:
    good = write(tmp_path, "good.txt", REPORT)
    bad = write(tmp_path, "bad.txt", "")
    store = f"sqlite:///{tmp_path / 's.db'}"
    done = dateline("ingest", str(good), str(bad), "--publisher", "W", "--keep-going", store=store)
    assert done.code != 0 and "bad.txt" in done.err
    assert len(dateline("reports", "--json", store=store).json()["reports"]) == 1


def test_manifest_entries_may_not_reach_outside_its_folder(dateline, tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    write(tmp_path, "secret.txt", REPORT)
    manifest = write(folder, "reports.json", json.dumps(
        [{"file": "../secret.txt", "publisher": "W", "published": "2024-01-01", "timezone": "UTC"}]))
    done = dateline("ingest", "--manifest", str(manifest), store=f"sqlite:///{tmp_path}/s.db")
    assert done.code != 0 and "outside the manifest's folder" in done.err


def test_jsonl_with_inline_text_and_a_malformed_line(dateline, tmp_path: Path) -> None:
    good = {"publisher": "W", "published": "2024-01-02", "timezone": "UTC", "text": REPORT}
    manifest = write(tmp_path, "r.jsonl", json.dumps(good) + "\n{not json\n")
    store = f"sqlite:///{tmp_path / 's.db'}"
    done = dateline("ingest", "--manifest", str(manifest), store=store)
    assert done.code != 0 and "line 2" in done.err
    ok = write(tmp_path, "ok.jsonl", json.dumps(good) + "\n")
    assert dateline("ingest", "--manifest", str(ok), store=store).code == 0
    assert len(dateline("reports", "--json", store=store).json()["reports"]) == 1


def test_an_unknown_store_is_a_one_line_error(dateline, tmp_path: Path) -> None:
    done = dateline("reports", store="mysql://nowhere/db")
    assert done.code != 0 and "unknown store" in done.err
    assert len(done.err.strip().splitlines()) == 1

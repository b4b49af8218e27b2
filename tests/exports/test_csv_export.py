"""`--format csv`: ACLED's columns where they apply, Dateline's own after; no formula runs."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from exports.csv_acled import ACLED, COLUMNS, neutralise, time_precision
from tests.exports.conftest import export, file_report


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_incident_with_acled_and_dateline_columns(seeded: str) -> None:
    text = export(seeded, "csv").out
    header = next(csv.reader(io.StringIO(text)))
    assert header == COLUMNS and header[: len(ACLED)] == ACLED
    found = {row["title"]: row for row in rows(text)}
    anbar = found["Strike in Anbar, 2 Feb 2024"]
    assert anbar["event_date"] == "2024-02-02" and anbar["time_precision"] == "1"
    assert anbar["event_type"] == "Explosions/Remote violence"
    assert (anbar["country"], anbar["location"]) == ("Iraq", "Anbar")
    assert (anbar["fatalities"], anbar["killed_low"], anbar["killed_high"]) == ("16", "16", "17")
    assert anbar["disputed"] == "true" and anbar["source"] == "Rudaw; Shafaq News"
    assert anbar["start"] == "2024-02-02T18:00" and anbar["granularity"] == "part_of_day"
    jordan = found["Attack in Jordan, Jan 2024"]
    assert jordan["time_precision"] == "3" and jordan["granularity"] == "month"
    assert "Strike in Mashtal, Baghdad, 7 Feb 2024" in found


def test_the_between_window_keeps_what_happened_in_it(seeded_sqlite: str) -> None:
    found = rows(export(seeded_sqlite, "csv", "--between", "2024-02-07", "2024-02-09").out)
    assert [row["event_date"] for row in found] == ["2024-02-07"]


def test_cells_a_spreadsheet_would_run_are_neutralised(sqlite_store: str, tmp_path: Path) -> None:
    text = ("=HYPERLINK(\"http://example.invalid\",\"x\") strike in Baghdad\n\n"
            "=SUM(1+2) A US drone strike in Baghdad on Wednesday killed three fighters, officials said.\n")
    file_report(sqlite_store, tmp_path / "formula.txt", text, publisher="=Wire")
    [row] = rows(export(sqlite_store, "csv").out)
    assert row["notes"].startswith("'=SUM(1+2) A US drone strike")
    assert row["source"] == "'=Wire" and row["sources"] == "'=Wire"
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row.values())


def test_neutralise_prefixes_every_formula_lead() -> None:
    for lead in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(f"{lead}1") == f"'{lead}1"
    assert neutralise("16") == "16" and neutralise("Rudaw") == "Rudaw" and neutralise("") == ""


def test_time_precision_follows_acled() -> None:
    assert [time_precision(g) for g in ("part_of_day", "day", "week", "month", "year", None)] == [
        1, 1, 2, 3, 3, None]

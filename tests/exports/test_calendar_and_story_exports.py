"""`--format ics` read back with `icalendar`; `--format timelinejs` as TimelineJS3 reads it."""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from exports.timelinejs import partial_date
from tests.exports.conftest import export


def test_ics_parses_back_with_precision_and_sources(seeded: str) -> None:
    calendar = Calendar.from_ical(export(seeded, "ics").out)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 3
    jordan = events["Attack in Jordan, Jan 2024"]
    # A month-precise incident is an all-day span, not a moment.
    assert type(jordan.decoded("dtstart")) is date and type(jordan.decoded("dtend")) is date
    assert (jordan.decoded("dtstart"), jordan.decoded("dtend")) == (date(2024, 1, 21), date(2024, 2, 1))
    anbar = events["Strike in Anbar, 2 Feb 2024"]
    start = anbar.decoded("dtstart")
    assert isinstance(start, datetime) and start.isoformat() == "2024-02-02T18:00:00+03:00"
    description = str(anbar["description"])
    assert "Rudaw" in description and "Shafaq News" in description and "part_of_day" in description
    assert str(anbar["uid"]).endswith("@dateline") and anbar.get("dtstamp") is not None


def test_ics_is_the_same_for_the_same_store(seeded_sqlite: str) -> None:
    assert export(seeded_sqlite, "ics").out == export(seeded_sqlite, "ics").out


def test_timelinejs_has_partial_dates_for_imprecise_intervals(seeded: str) -> None:
    story = export(seeded, "timelinejs").json()
    events = {e["text"]["headline"]: e for e in story["events"]}
    jordan = events["Attack in Jordan, Jan 2024"]
    assert jordan["start_date"] == {"year": 2024, "month": 1}
    assert jordan["end_date"] == {"year": 2024, "month": 1}
    anbar = events["Strike in Anbar, 2 Feb 2024"]
    assert anbar["start_date"] == {"year": 2024, "month": 2, "day": 2, "hour": 18, "minute": 0}
    assert anbar["group"] == "strike"
    assert "Rudaw" in anbar["media"]["credit"] and "Shafaq News" in anbar["media"]["credit"]
    assert any(e["group"] == "talks" for e in story["events"])


def test_partial_dates_keep_only_what_is_known() -> None:
    assert partial_date("2024-02-01", "month", end=True) == {"year": 2024, "month": 1}
    assert partial_date("2024-02-05", "week", end=True) == {"year": 2024, "month": 2, "day": 4}
    assert partial_date("2024-02-08", "day", end=True) == {"year": 2024, "month": 2, "day": 7}
    assert partial_date("2024-02-07T20:00", "part_of_day") == {
        "year": 2024, "month": 2, "day": 7, "hour": 20, "minute": 0}
    assert partial_date("2024-01-01", "year") == {"year": 2024}


def test_a_part_of_day_ending_at_midnight_says_midnight() -> None:
    assert partial_date("2024-02-08", "part_of_day", end=True) == {
        "year": 2024, "month": 2, "day": 8, "hour": 0, "minute": 0}

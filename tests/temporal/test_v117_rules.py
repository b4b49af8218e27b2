"""Rules of resolver 1.17, from the development half of a third set of expressions written from the
spec alone (ranges, bounds, formats, clock times in other zones, clock changes): times written
in another zone moved to the publisher's clock, spans of hours counted in real time, ranges read
as one interval, numeric dates in the order the publisher's copy writes them, the seasons of the
southern hemisphere, and smaller forms. The sentences are made up; each rule's cases failed on
1.16."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.temporal import RESOLVER_VERSION, resolve
from extraction.timex import resolve_text


def at(expression: str, anchor: dt.date | None, zone: str | None, context: str = "") -> tuple[object, ...]:
    when = resolve(expression, anchor, timezone=zone, context=context or expression)
    return when.start, when.end, when.granularity


def test_version() -> None:
    assert RESOLVER_VERSION == "dateline-temporal/1.17"


@pytest.mark.parametrize(("expression", "anchor", "zone", "start"), [
    # 03:00 GMT is 06:00 in Baghdad; the TIMEX3 value keeps the time as written
    ("at 0300 GMT", dt.datetime(2020, 1, 9, 10), "Asia/Baghdad", "2020-01-09T06:00"),
    # Thursday 22:30 GMT is Friday 01:30 in Baghdad
    ("at 2230 GMT on Thursday", dt.datetime(2020, 1, 11, 10), "Asia/Baghdad", "2020-01-10T01:30"),
    # Sunday 01:00 GMT is Saturday evening in New York
    ("at 0100 GMT on Sunday", dt.datetime(2021, 1, 4, 10), "America/New_York", "2021-01-02T20:00"),
    # the latest 21:00 GMT before an anchor the night Sydney's clocks went forward
    ("at 2100 GMT", dt.datetime(2023, 10, 1, 7), "Australia/Sydney", "2023-09-30T07:00"),
    # a zone's own abbreviation is its own clock, whatever the season
    ("9 a.m. EST Tuesday", dt.datetime(2000, 4, 5, 10), "America/New_York", "2000-04-04T09:00"),
    ("at 0300 GMT", dt.datetime(2020, 1, 9, 10), "Europe/London", "2020-01-09T03:00"),
])  # fmt: skip
def test_a_time_written_in_another_zone_is_moved_to_the_publishers_clock(
    expression: str, anchor: dt.datetime, zone: str, start: str
) -> None:
    assert at(expression, anchor, zone, f"The strike came {expression}, officials said.")[0] == start


def test_without_the_publishers_zone_a_time_stays_as_written() -> None:
    assert at("at 0300 GMT", dt.datetime(2020, 1, 9, 10), None)[0] == "2020-01-09T03:00"


@pytest.mark.parametrize(("expression", "anchor", "zone", "expected"), [
    ("the past 24 hours", dt.datetime(2022, 3, 15, 8), "Europe/Kyiv",
     ("2022-03-14T08:00", "2022-03-15T08:00", "part_of_day")),
    # the hour the clocks skipped is no hour that passed
    ("the last 12 hours", dt.datetime(2023, 10, 1, 3, 10), "Australia/Sydney",
     ("2023-09-30T14:10", "2023-10-01T03:10", "part_of_day")),
    ("the next 48 hours", dt.datetime(2023, 10, 1, 3, 10), "Australia/Sydney",
     ("2023-10-01T03:10", "2023-10-03T03:10", "part_of_day")),
    # with only the date known, the days they reach into, as before
    ("the past 24 hours", dt.date(2022, 3, 15), "Europe/Kyiv", ("2022-03-14", "2022-03-16", "day")),
])  # fmt: skip
def test_a_span_of_hours_is_real_time(
    expression: str, anchor: dt.date, zone: str, expected: tuple[str, str, str]
) -> None:
    assert at(expression, anchor, zone) == expected


@pytest.mark.parametrize(("expression", "context", "anchor", "expected"), [
    ("from March 3 to 5", "Jets bombed the camps from March 3 to 5, the ministry said.",
     dt.date(2024, 3, 12), ("2024-03-03", "2024-03-06", "day")),
    ("between Monday and Wednesday", "At least 60 people were killed between Monday and Wednesday.",
     dt.date(2023, 6, 16), ("2023-06-12", "2023-06-15", "day")),
    ("between Friday and Monday", "Shelling went on between Friday and Monday.", dt.date(2024, 3, 20),
     ("2024-03-15", "2024-03-19", "day")),
    ("from 2019 to 2021", "More than 300 leaders were killed from 2019 to 2021.", dt.date(2022, 6, 1),
     ("2019-01-01", "2022-01-01", "year")),
    ("from late January to mid-February", "Trucks were blocked from late January to mid-February.",
     dt.date(2023, 3, 1), ("2023-01-21", "2023-02-21", "month")),
    ("9-11 November", "Most of the looting took place on 9-11 November.", dt.date(2019, 11, 20),
     ("2019-11-09", "2019-11-12", "day")),
    ("between 3 and 7 February", "Fighting raged between 3 and 7 February.", dt.date(2024, 3, 1),
     ("2024-02-03", "2024-02-08", "day")),
])  # fmt: skip
def test_a_range_is_one_interval(
    expression: str, context: str, anchor: dt.date, expected: tuple[str, str, str]
) -> None:
    assert at(expression, anchor, "UTC", context) == expected


@pytest.mark.parametrize(("expression", "zone", "start"), [
    ("12/03/2019", "Europe/Rome", "2019-03-12"),
    ("12/03/2019", "America/Los_Angeles", "2019-12-03"),
    ("25.03.2019", "America/New_York", "2019-03-25"),  # a number above 12 settles it
    ("12/13/2019", None, "2019-12-13"),
])  # fmt: skip
def test_a_numeric_date_is_read_in_the_order_its_copy_writes(
    expression: str, zone: str | None, start: str
) -> None:
    assert at(expression, dt.date(2019, 12, 20), zone)[0] == start


def test_an_ambiguous_numeric_date_without_a_zone_stays_unresolved_naming_both() -> None:
    when = resolve("12/03/2019", dt.date(2019, 12, 20))
    assert when.start is None and when.reason is not None
    assert "2019-03-12" in when.reason and "2019-12-03" in when.reason


def test_the_tagger_finds_a_numeric_date_whole_and_leaves_fractions() -> None:
    text = "The boat capsized on 12/03/2019, and sales rose 3/4 of a point."
    mentions = resolve_text(text, dt.date(2019, 3, 20), timezone="Europe/Rome")
    found = [(text[m.start : m.end], w.start) for m, w in mentions]
    assert found == [("12/03/2019", "2019-03-12")]


@pytest.mark.parametrize(("expression", "context", "anchor", "zone", "expected"), [
    ("this winter", "Shelters turned away record numbers this winter.", dt.date(2024, 7, 10),
     "Australia/Sydney", ("2024-06-01", "2024-09-01", "month")),
    ("next spring", "The plebiscite will be held next spring.", dt.date(2019, 11, 20), "America/Santiago",
     ("2020-09-01", "2020-12-01", "month")),
    ("last summer", "Bushfires burned last summer.", dt.date(2024, 7, 10), "Australia/Sydney",
     ("2023-12-01", "2024-03-01", "month")),
    ("this winter", "Prices will rise this winter.", dt.date(2024, 7, 10), "Europe/Berlin",
     ("2024-12-01", "2025-03-01", "month")),
])  # fmt: skip
def test_seasons_are_the_publishers_hemispheres(
    expression: str, context: str, anchor: dt.date, zone: str, expected: tuple[str, str, str]
) -> None:
    assert at(expression, anchor, zone, context) == expected


@pytest.mark.parametrize(("expression", "context", "anchor", "start"), [
    ("late on 19 August", "Rockets hit the suburbs late on 19 August, activists said.",
     dt.date(2013, 8, 25), "2013-08-19T20:00"),
    ("early on 12 July", "Patrol boats were shadowed early on 12 July.", dt.date(2016, 7, 15),
     "2016-07-12T00:00"),
    ("Tues., Jan. 7", "Rebels shelled Goma on Tues., Jan. 7, residents said.", dt.date(2025, 1, 9),
     "2025-01-07"),
    ("the night of 3 to 4 June", "Forces cleared the sit-in on the night of 3 to 4 June.",
     dt.date(2020, 6, 10), "2020-06-03T18:00"),
    ("the 10th of this month", "A truce was agreed on the 10th of this month.", dt.date(2023, 6, 14),
     "2023-06-10"),
    ("two Fridays ago", "Police opened fire on a sit-in two Fridays ago.", dt.date(2024, 3, 20),
     "2024-03-08"),
    ("that weekend", "The leader was arrested on Thursday 14 March 2019, and protests erupted that weekend.",
     dt.date(2019, 3, 25), "2019-03-16"),
    # the word before a date belongs to its clause: a deadline and an extension look ahead
    ("by Tuesday", "Universities must hand over the names by Tuesday.", dt.date(2025, 3, 27), "2025-04-01"),
    ("until the end of March", "The call-up was extended until the end of March.", dt.date(2024, 2, 20),
     "2024-03-21"),
    ("in two weeks", "The tribunal will deliver its verdict in two weeks.", dt.date(2024, 3, 20),
     "2024-04-01"),
])  # fmt: skip
def test_smaller_forms(expression: str, context: str, anchor: dt.date, start: str) -> None:
    if expression == "that weekend":
        when = resolve_text(context, anchor, timezone="UTC")[-1][1]
        assert when.start == start
        return
    assert at(expression, anchor, "UTC", context)[0] == start


def test_how_long_something_took_is_a_length() -> None:
    assert at("in two weeks", dt.date(2024, 3, 20), "UTC", "The army took 30 villages in two weeks.") == (
        None, None, "duration"
    )


def test_a_day_a_month_does_not_have_stays_unresolved() -> None:
    when = resolve("the 31st of last month", dt.date(2023, 3, 14))
    assert when.start is None and when.reason is not None and "no such date" in when.reason

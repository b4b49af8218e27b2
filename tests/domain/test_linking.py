from datetime import UTC, datetime
from uuid import UUID, uuid4

from domain.linking import THRESHOLD, ClaimFacts, best_incident, facts_interval, score

BAGHDAD, NEW_YORK = "Asia/Baghdad", "America/New_York"


def facts(start: str, end: str, zone: str, **extra: object) -> ClaimFacts:
    interval = facts_interval(start, end, zone)
    assert interval is not None
    return ClaimFacts(claim_id=uuid4(), report_id=extra.pop("report", uuid4()),  # type: ignore[arg-type]
                      kind=str(extra.pop("kind", "strike")), start=interval[0], end=interval[1],
                      **extra)  # type: ignore[arg-type]


def test_friday_night_in_baghdad_and_friday_in_new_york_are_one_night() -> None:
    baghdad = facts("2024-02-02T18:00", "2024-02-03T06:00", BAGHDAD)
    new_york = facts("2024-02-02", "2024-02-03", NEW_YORK)  # evening there is night in Baghdad
    match = best_incident(new_york, [(UUID(int=1), [baghdad])])
    assert match is not None and match.score >= THRESHOLD


def test_friday_night_and_saturday_in_one_zone_join_across_midnight() -> None:
    night = facts("2024-02-02T18:00", "2024-02-03T06:00", BAGHDAD)
    saturday = facts("2024-02-03", "2024-02-04", BAGHDAD)
    assert best_incident(saturday, [(UUID(int=1), [night])]) is not None


def test_days_apart_never_join() -> None:
    assert score(facts("2024-02-07", "2024-02-08", BAGHDAD),
                 [facts("2024-02-02", "2024-02-03", BAGHDAD)]) is None


def test_a_different_place_and_far_apart_tolls_keep_same_day_strikes_apart() -> None:
    a = facts("2024-02-07", "2024-02-08", BAGHDAD, location="Mosul", figures={"killed": 40})
    b = facts("2024-02-07", "2024-02-08", BAGHDAD, location="Basra", figures={"killed": 2})
    assert best_incident(b, [(UUID(int=1), [a])]) is None


def test_the_link_says_why() -> None:
    a = facts("2024-02-07", "2024-02-08", BAGHDAD, location="eastern Baghdad", figures={"killed": 3})
    b = facts("2024-02-07T20:00", "2024-02-08T00:00", BAGHDAD, location="Baghdad",
              figures={"killed": 3})
    match = best_incident(b, [(UUID(int=7), [a])])
    assert match is not None and match.incident == UUID(int=7)
    assert any("overlap" in r for r in match.reasons)
    assert "compatible figures" in match.reasons
    assert any("same place" in r for r in match.reasons)


def test_the_best_of_several_incidents_wins() -> None:
    claim = facts("2024-02-07", "2024-02-08", BAGHDAD, location="Baghdad", figures={"killed": 3})
    near = facts("2024-02-07", "2024-02-08", BAGHDAD, location="Baghdad", figures={"killed": 3})
    far = facts("2024-02-07", "2024-02-08", BAGHDAD, location="Erbil", figures={"killed": 30})
    match = best_incident(claim, [(UUID(int=1), [far]), (UUID(int=2), [near])])
    assert match is not None and match.incident == UUID(int=2)


def test_intervals_are_read_in_their_own_zone() -> None:
    interval = facts_interval("2024-02-02T18:00", "2024-02-03T06:00", BAGHDAD)
    assert interval is not None
    assert interval[0].astimezone(UTC) == datetime(2024, 2, 2, 15, 0, tzinfo=UTC)

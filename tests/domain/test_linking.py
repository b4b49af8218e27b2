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


def undated(report: UUID, **extra: object) -> ClaimFacts:
    interval = facts_interval("2024-01-20", "2024-02-04", BAGHDAD)
    assert interval is not None
    return ClaimFacts(claim_id=uuid4(), report_id=report, kind=str(extra.pop("kind", "casualties")),
                      start=interval[0], end=interval[1], dated=False, **extra)  # type: ignore[arg-type]


def test_an_undated_claim_joins_its_own_reports_incident_on_a_shared_place() -> None:
    report = uuid4()
    strike = facts("2024-02-03", "2024-02-04", BAGHDAD, report=report, location="Anbar")
    toll = undated(report, location="Anbar", figures={"killed": 16})
    assert best_incident(toll, [(UUID(int=1), [strike])]) is not None


def test_an_undated_claim_from_another_report_needs_agreeing_figures() -> None:
    strike = facts("2024-02-03", "2024-02-04", BAGHDAD, location="Anbar")
    assert best_incident(undated(uuid4(), location="Anbar", figures={"killed": 16}),
                         [(UUID(int=1), [strike])]) is None
    counted = facts("2024-02-03", "2024-02-04", BAGHDAD, location="Anbar", figures={"killed": 17})
    assert best_incident(undated(uuid4(), location="Anbar", figures={"killed": 16}),
                         [(UUID(int=1), [counted])]) is not None


def test_an_undated_claim_never_joins_across_places() -> None:
    report = uuid4()
    strike = facts("2024-02-03", "2024-02-04", BAGHDAD, report=report, location="Jordan",
                   figures={"killed": 3}, actors=frozenset({"us"}))
    toll = undated(report, location="Baghdad", figures={"killed": 3}, actors=frozenset({"us"}))
    assert best_incident(toll, [(UUID(int=1), [strike])]) is None


def test_a_province_and_its_country_are_the_same_place_by_containment() -> None:
    report = uuid4()
    country = facts("2024-02-03", "2024-02-04", BAGHDAD, report=report, location="Iraq",
                    place_path=("Iraq",))
    province = undated(report, location="Anbar", place_path=("Anbar", "Iraq"), figures={"killed": 16})
    match = best_incident(province, [(UUID(int=1), [country])])
    assert match is not None and "same place (Anbar)" in match.reasons
    elsewhere = undated(report, location="Idlib", place_path=("Idlib", "Syria"))
    assert best_incident(elsewhere, [(UUID(int=1), [country])]) is None

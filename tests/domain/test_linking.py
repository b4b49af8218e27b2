import random
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

from domain.linking import THRESHOLD, ClaimFacts, Members, Reach, _time, best_incident, facts_interval, score

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



# -- linking/2: a week-long telling does not make two days one happening --------------------

def _rakhine(start: str, end: str, **extra: object) -> ClaimFacts:
    return facts(start, end, BAGHDAD, location="Rakhine", actors=frozenset({"arakan army"}), **extra)


def test_a_day_the_incident_is_not_pinned_to_does_not_join_through_a_long_member() -> None:
    friday = _rakhine("2024-02-02", "2024-02-03")
    since = _rakhine("2024-01-28", "2024-02-10")  # "since January 28", told on 10 February
    tuesday = _rakhine("2024-02-06", "2024-02-07")
    assert best_incident(tuesday, [(UUID(int=1), [friday])]) is None  # days apart
    assert best_incident(tuesday, [(UUID(int=1), [friday, since])]) is None  # still apart


def test_a_day_joins_an_incident_told_only_loosely_and_a_loose_telling_joins_a_day() -> None:
    friday = _rakhine("2024-02-02T18:00", "2024-02-03T06:00")
    last_week = _rakhine("2024-01-29", "2024-02-05")
    loose = best_incident(friday, [(UUID(int=1), [last_week])])
    assert loose is not None and loose.score >= THRESHOLD  # the precise telling of the same week
    pinned = best_incident(last_week, [(UUID(int=1), [friday])])
    assert pinned is not None and pinned.score == loose.score


def test_strikes_of_one_province_on_different_days_stay_apart_with_long_tellings_among_them() -> None:
    """The chain linking/1 made: a strike every four days, each followed by a report that
    counts "strikes since" that day. Each telling joined its strike's incident, and the next
    strike, on a day it covered, joined that incident too: one incident for two months."""
    incidents: list[list[ClaimFacts]] = []
    for n in range(8):
        day = datetime(2024, 1, 1) + timedelta(days=4 * n)
        strike = _rakhine(f"{day:%Y-%m-%d}", f"{day + timedelta(days=1):%Y-%m-%d}")
        since = _rakhine(f"{day:%Y-%m-%d}", f"{day + timedelta(days=8):%Y-%m-%d}")
        for claim in (strike, since):
            match = best_incident(claim, [(UUID(int=k + 1), members) for k, members in enumerate(incidents)])
            if match is None:
                incidents.append([claim])
            else:
                incidents[match.incident.int - 1].append(claim)
    assert [len(members) for members in incidents] == [2] * 8  # each strike with its telling

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


# -- the time test bisects sorted intervals; it must answer exactly as the scan did --------

def _scanned_time(claim: ClaimFacts, members: list[ClaimFacts]) -> tuple[float, str] | None:
    """The time test as it was written before the sorted search: every interval scanned, in
    the zones' own comparison (wall clocks within one zone, UTC across zones)."""
    low, high = claim.start - timedelta(hours=3), claim.end + timedelta(hours=3)
    intervals: dict[tuple[datetime, datetime], timedelta] = {}
    first, last = datetime.max.replace(tzinfo=UTC), datetime.min.replace(tzinfo=UTC)
    for m in members:
        intervals.setdefault((m.start, m.end), m.end - m.start)
        first, last = min(first, m.start), max(last, m.end)
    if not (low < last and first < high):
        return None
    two_days = timedelta(days=2)
    met = [span for (start, end), span in intervals.items() if low < end and start < high]
    if not met:
        return None
    if not claim.dated:
        return 0.5, "undated claim, published within the fortnight after the incident"
    tight = any(span <= two_days for span in met)
    short = claim.end - claim.start <= two_days
    if not tight and short and any(span <= two_days for span in intervals.values()):
        return None  # linking/2: a long member does not join a day the incident is not pinned to
    start, end = claim.start.astimezone(UTC), claim.end.astimezone(UTC)
    reason = f"intervals overlap ({start:%Y-%m-%d %H:%M}Z..{end:%Y-%m-%d %H:%M}Z)"
    return (1.0 if tight or short else 0.6), reason


#: Zones whose clocks skip midnight (Beirut, Cairo), skip 2 a.m. (New York), or never move.
ZONES = ["Asia/Beirut", "Africa/Cairo", "America/New_York", "Asia/Baghdad", "UTC", "Asia/Kathmandu"]
#: Around the spring and autumn changes of 2023 in those zones.
DAYS = [datetime(2023, 3, 24), datetime(2023, 4, 27), datetime(2023, 3, 11), datetime(2023, 10, 27),
        datetime(2023, 11, 4), datetime(2023, 6, 1)]


def _random_facts(rng: random.Random, report: UUID) -> ClaimFacts:
    zone = ZoneInfo(rng.choice(ZONES))
    day = rng.choice(DAYS) + timedelta(days=rng.randint(-2, 3))
    start = (day + timedelta(hours=rng.choice([0, 0, 0, 1, 2, 3, 18, 21, 22, 23]),
                             minutes=rng.choice([0, 0, 30]))).replace(tzinfo=zone)
    span = timedelta(hours=rng.choice([1, 3, 6, 12, 24, 24, 24, 48, 72, 168, 336]))
    return ClaimFacts(claim_id=uuid4(), report_id=report, kind="strike", start=start, end=start + span,
                      dated=rng.random() < 0.8)


def test_the_sorted_time_test_answers_as_the_scan_did_across_clock_changes() -> None:
    rng = random.Random(7)
    reports = [uuid4() for _ in range(3)]
    irregular = 0
    for _ in range(3000):
        members = [_random_facts(rng, rng.choice(reports)) for _ in range(rng.randint(1, 12))]
        claim = _random_facts(rng, rng.choice(reports))
        held = Members(members)
        irregular += held.irregular or claim.slack_utc is None
        assert _time(claim, held) == _scanned_time(claim, members), (claim, members)
    assert irregular > 50  # times the clocks skip were among them (the scan answers those)


def test_reach_finds_an_overlap_by_the_latest_end_before_the_query_ends() -> None:
    reach = Reach()
    t = datetime(2024, 2, 1, tzinfo=UTC)
    for start, hours in ((0, 2), (10, 100), (5, 1), (30, 1)):
        reach.add(t + timedelta(hours=start), t + timedelta(hours=start + hours))
    assert reach.starts == sorted(reach.starts)
    assert reach.overlaps(t + timedelta(hours=50), t + timedelta(hours=51))  # inside the long one
    assert not reach.overlaps(t + timedelta(hours=6), t + timedelta(hours=10))  # ends where it starts
    assert reach.overlaps(t + timedelta(hours=1), t + timedelta(hours=2))
    assert not reach.overlaps(t + timedelta(hours=111), t + timedelta(hours=200))

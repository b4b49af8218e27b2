"""Incidents: automatic links with reasons, analysts' corrections, and the three clocks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

import pytest

from application.filing import prepare, validate_meta
from application.service import Dateline
from application.store import store_env
from domain.values import ClaimContent, CodedBy, Span
from projections.clocks import as_of, between, recorded_by


class Ticking:
    """A clock that moves a minute per reading, so record times are distinct and known."""

    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def app(store: str) -> Iterator[Dateline]:
    app = Dateline(store_env(store), clock=Ticking())
    yield app
    app.close()


def file(app: Dateline, text: str, published: str, zone: str) -> UUID:
    meta = validate_meta({"publisher": f"Outlet {zone}", "published": published, "timezone": zone},
                         origin="test")
    return app.file_report(prepare(text, meta, origin="test", now=datetime(2024, 3, 1, tzinfo=UTC))).report_id


def strike(app: Dateline, report: UUID, text: str, quote: str, expression: str) -> UUID:
    start = text.index(quote)
    content = ClaimContent(
        kind="strike", speaker="CENTCOM", quote=quote, span=Span(start=start, end=start + len(quote)),
        when=app.resolve_for(report, expression, quote), coded_by=CodedBy(kind="analyst", name="lena"),
    )
    return app.assert_claim(report, content)


BAGHDAD = "Strikes hit Anbar\nUS jets struck depots on Friday night, officials said."
NEW_YORK = "US hits back\nAmerican forces struck militia sites in Iraq on Friday, the Pentagon said."
LATER = "Drone kills commander\nA drone struck a car in Baghdad on Wednesday."


@pytest.fixture
def scene(app: Dateline) -> dict[str, UUID]:
    r1 = file(app, BAGHDAD, "2024-02-03", "Asia/Baghdad")
    r2 = file(app, NEW_YORK, "2024-02-03T08:00:00-05:00", "America/New_York")
    r3 = file(app, LATER, "2024-02-08", "Asia/Baghdad")
    return {
        "night": strike(app, r1, BAGHDAD, "US jets struck depots on Friday night", "Friday night"),
        "friday": strike(app, r2, NEW_YORK, "American forces struck militia sites", "Friday"),
        "later": strike(app, r3, LATER, "A drone struck a car in Baghdad", "Wednesday"),
    }


def test_one_night_told_from_two_zones_is_one_incident_and_the_link_says_why(
    app: Dateline, scene: dict[str, UUID]
) -> None:
    claims = app.catalog().claims
    assert claims[scene["night"]].incident == claims[scene["friday"]].incident
    assert claims[scene["later"]].incident not in (None, claims[scene["night"]].incident)
    incident = app.catalog().incidents[claims[scene["night"]].incident]  # type: ignore[index]
    link = incident.claims[scene["friday"]]
    assert link.by.startswith("dateline-linking") and link.score is not None
    assert any("overlap" in reason for reason in link.reasons)


def test_unlink_link_and_merge_are_events_in_history(app: Dateline, scene: dict[str, UUID]) -> None:
    shared = app.catalog().claims[scene["night"]].incident
    other = app.catalog().claims[scene["later"]].incident
    assert shared is not None and other is not None
    app.unlink_claim(scene["friday"], by="lena", reason="different night")
    assert app.catalog().claims[scene["friday"]].incident is None
    app.link_claim(scene["friday"], other, by="lena", reason="checking")
    assert app.catalog().claims[scene["friday"]].incident == other
    app.merge_incidents(shared, other, by="omar")
    catalog = app.catalog()
    assert {catalog.claims[c].incident for c in scene.values()} == {shared}
    assert catalog.incidents[other].merged_into == shared
    names = [type(e).__qualname__ for e in app.history(other)]
    assert names[-1] == "Incident.MergedInto" and "Incident.ClaimLinked" in names


def test_as_of_a_day_before_a_report_shows_the_state_before_it(
    app: Dateline, scene: dict[str, UUID]
) -> None:
    before = as_of(app.catalog(), date(2024, 2, 7))
    assert scene["later"] not in before.claims and len(before.reports) == 2
    assert all(scene["later"] not in i.claims for i in before.incidents.values())
    assert len(as_of(app.catalog(), date(2024, 2, 2)).reports) == 0
    assert set(as_of(app.catalog(), date(2024, 2, 8)).claims) == set(scene.values())


def test_recorded_by_does_not_see_later_corrections(app: Dateline, scene: dict[str, UUID]) -> None:
    moment = app.clock()  # type: ignore[operator]
    app.retract_claim(scene["later"], reason="wrong day", by="lena")
    then = recorded_by(app.stored_events(), moment)
    assert then.claims[scene["later"]].status == "accepted"
    assert app.catalog().claims[scene["later"]].status == "retracted"


def test_between_keeps_what_happened_in_the_window(app: Dateline, scene: dict[str, UUID]) -> None:
    window = between(app.catalog(), date(2024, 2, 5), date(2024, 2, 10))
    assert set(window.claims) == {scene["later"]}

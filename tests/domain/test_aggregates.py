from datetime import UTC, datetime
from uuid import uuid4

import pytest

from domain.claim import Claim
from domain.errors import Conflict
from domain.ids import report_id
from domain.incident import Incident
from domain.report import Report
from domain.values import ClaimContent, CodedBy, Figure
from domain.when import When

NOW = datetime(2024, 2, 8, 12, 0, tzinfo=UTC)
LATER = datetime(2024, 2, 9, 12, 0, tzinfo=UTC)


def a_report() -> Report:
    return Report.file(
        text="Headline\nBody.", text_sha256="abc", publisher="Wire", published="2024-02-08",
        timezone="Asia/Baghdad", title="Headline", now=NOW,
    )


def content(coder: str = "extractor", killed: int = 3) -> ClaimContent:
    return ClaimContent(
        kind="casualties", speaker="Wire", quote="Body.",
        figures=(Figure(measure="killed", value=killed),),
        coded_by=CodedBy(kind=coder, name="rules" if coder == "extractor" else "lena"),  # type: ignore[arg-type]
    )


def test_a_report_is_named_by_its_text_hash_and_stamped_with_the_time_given() -> None:
    report = a_report()
    assert report.id == report_id("abc")
    assert report.created_on == NOW


def test_redating_records_a_new_event_and_keeps_the_old_one() -> None:
    report = a_report()
    report.redate(published="2024-02-09", timezone="Asia/Baghdad", reason="typo", by="lena", now=LATER)
    events = report.collect_events()
    assert [type(e) for e in events] == [Report.Filed, Report.Redated]
    assert events[0].published == "2024-02-08"  # type: ignore[attr-defined]
    assert report.published == "2024-02-09"


def test_redating_to_the_same_date_is_refused() -> None:
    with pytest.raises(Conflict):
        a_report().redate(published="2024-02-08", timezone="Asia/Baghdad", reason="", by="x", now=NOW)


def test_a_retracted_report_cannot_be_redated() -> None:
    report = a_report()
    report.retract(reason="duplicate wire", by="lena", now=NOW)
    with pytest.raises(Conflict):
        report.redate(published="2024-02-09", timezone="UTC", reason="", by="x", now=NOW)


def test_extracted_claims_start_proposed_and_hand_coded_ones_accepted() -> None:
    assert Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=content(), now=NOW).status == "proposed"
    hand = Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=content("analyst"), now=NOW)
    assert hand.status == "accepted"


def test_a_correction_is_a_new_event_with_the_new_content() -> None:
    claim = Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=content(), now=NOW)
    claim.correct(content=content("analyst", killed=4), by="lena", reason="misread", now=LATER)
    first, _ = claim.collect_events()
    assert first.content["figures"][0]["value"] == 3  # type: ignore[attr-defined]
    assert claim.body.figures[0].value == 4
    assert claim.status == "accepted"


def test_a_correction_that_changes_nothing_is_refused() -> None:
    claim = Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=content(), now=NOW)
    with pytest.raises(Conflict):
        claim.correct(content=content(), by="lena", reason="", now=NOW)


def test_a_retracted_claim_cannot_be_accepted() -> None:
    claim = Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=content(), now=NOW)
    claim.retract(reason="wrong", by="lena", now=NOW)
    with pytest.raises(Conflict):
        claim.accept(by="lena", now=NOW)


def test_redating_with_an_unchanged_resolution_records_nothing() -> None:
    claim = Claim.assert_(claim_id=uuid4(), report_id=uuid4(), content=content(), now=NOW)
    assert not claim.redate(when=When.undated(), by="x", reason="", now=NOW)
    assert claim.redate(when=When(expression="Friday", start="2024-02-02", end="2024-02-03"),
                        by="x", reason="", now=NOW)
    assert len(claim.collect_events()) == 2


def test_merging_incidents_moves_the_claims_and_closes_the_absorbed_one() -> None:
    a = Incident.open(incident_id=uuid4(), kind="strike", title="A", by="rule", now=NOW)
    b = Incident.open(incident_id=uuid4(), kind="strike", title="B", by="rule", now=NOW)
    c1, c2 = uuid4(), uuid4()
    a.link(c1, by="rule", score=0.8, reasons=("same day",), now=NOW)
    b.link(c2, by="lena", now=NOW)
    a.absorb(b, by="lena", now=LATER)
    assert a.claims == [c1, c2]
    assert b.merged_into == a.id and b.claims == []
    with pytest.raises(Conflict):
        b.link(uuid4(), by="x", now=LATER)


def test_a_claim_cannot_be_linked_twice_or_unlinked_when_absent() -> None:
    incident = Incident.open(incident_id=uuid4(), kind="strike", title="A", by="rule", now=NOW)
    claim = uuid4()
    incident.link(claim, by="x", now=NOW)
    with pytest.raises(Conflict):
        incident.link(claim, by="x", now=NOW)
    incident.unlink(claim, by="x", reason="different strike", now=NOW)
    with pytest.raises(Conflict):
        incident.unlink(claim, by="x", reason="", now=NOW)

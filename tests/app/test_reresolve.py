"""A newer resolver's readings are recorded as new events; agreeing ones record nothing (issue 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from application.filing import prepare, validate_meta
from application.service import Dateline
from application.store import store_env
from cli.wiring import read_dates
from domain.temporal import RESOLVER_VERSION
from domain.values import ClaimContent
from domain.when import When
from extraction import extract

TEXT = (
    "Militia attacks rebel depot\n"
    "On March 3, militia drones struck a fuel depot near the border, killing four guards, "
    "the provincial governor said.\n"
    "Two days later, rebels shelled two villages, wounding at least nine people, "
    "a hospital director said.\n"
    "Late Wednesday, the defence ministry said it had intercepted 12 drones.\n"
)
META = {"publisher": "Frontier Wire", "published": "2025-03-07", "timezone": "Europe/Kyiv"}
OLD = "dateline-temporal/0.9"


def shifted(when: When) -> When:
    """What an imagined older resolver said: the same result a week earlier."""
    def back(value: str | None) -> str | None:
        if value is None:
            return None
        moved = date.fromisoformat(value[:10]) - timedelta(days=7)
        return moved.isoformat() + value[10:]
    return when.model_copy(update={"start": back(when.start), "end": back(when.end), "resolver": OLD})


def older_resolver(text: str, **kwargs: Any) -> list[ClaimContent]:
    """The real extractor, but its dates as an older resolver had them: every other dated
    claim a week off, the rest the same result under the old version's name."""
    contents, dated = [], 0
    for content in extract(text, **kwargs):
        when = content.when
        if when.expression is not None:
            dated += 1
            when = shifted(when) if dated % 2 else when.model_copy(update={"resolver": OLD})
        contents.append(content.model_copy(update={"when": when}))
    return contents


def file(store: str, extractor: Any) -> tuple[Dateline, Any]:
    app = Dateline(store_env(store), extractor=extractor)
    filing = prepare(TEXT, validate_meta(META, origin="t"), origin="t", now=datetime(2025, 3, 8, tzinfo=UTC))
    return app, app.file_report(filing).report_id


def whens(app: Dateline, rid: Any) -> dict[tuple[str, str], dict[str, Any]]:
    """Each live claim's date, by kind and quote, provenance aside."""
    catalog = app.catalog()
    claims = [catalog.claims[c] for c in catalog.reports[rid].claims]
    return {(c.content["kind"], c.content["quote"]): _result(c.content["when"])
            for c in claims if c.status in ("proposed", "accepted")}


def _result(when: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in when.items() if k != "resolver"}


def test_reresolve_records_only_changed_dates_and_keeps_the_old_ones(
    store: str, tmp_path: Any, dateline: Any
) -> None:
    reference, ref_rid = file(f"sqlite:///{tmp_path / 'reference.db'}", extract)
    today = whens(reference, ref_rid)
    old, rid = file(store, older_resolver)
    before = whens(old, rid)
    expected_changes = sum(before[quote] != today[quote] for quote in today)
    assert expected_changes >= 2 and any(w["expression"] == "Two days later" for w in before.values())
    old.close()

    done = dateline("reresolve", "--json", store=store)
    assert done.code == 0, done.err
    result = done.json()
    assert result["resolver"] == RESOLVER_VERSION
    assert result["reports"] == [{"report": str(rid), "redated_claims": expected_changes}]

    # The stored dates now equal what today's extractor reads from the same text.
    app = Dateline(store_env(store))
    assert whens(app, rid) == today

    # The week-old readings stay in each redated claim's history, beside the new one.
    redated = 0
    for cid in app.catalog().reports[rid].claims:
        events = app.history(cid)
        names = [type(e).__qualname__ for e in events]
        if "Claim.Redated" in names:
            redated += 1
            first, last = events[0].content["when"], events[-1].when  # type: ignore[attr-defined]
            assert first["resolver"] == OLD and last["resolver"] == RESOLVER_VERSION
            assert first["start"] != last["start"]
            assert RESOLVER_VERSION in events[-1].reason  # type: ignore[attr-defined]
    assert redated == expected_changes

    again = dateline("reresolve", str(rid)[:8], "--json", store=store)
    assert again.code == 0 and again.json()["reports"][0]["redated_claims"] == 0


def test_redating_a_report_rereads_anaphora_against_the_date_they_lean_on(store: str) -> None:
    app, rid = file(store, extract)
    def later() -> set[tuple[str | None, str | None]]:
        return {(w["start"], w["leaned_on"]) for w in whens(app, rid).values()
                if w["expression"] == "Two days later"}
    assert later() == {("2025-03-05", "March 3")}
    claims = app.catalog().reports[rid].claims
    changed = app.redate_report(rid, published="2026-03-07", timezone="Europe/Kyiv", reason="wrong year",
                                by="lena", claim_ids=claims, read_dates=read_dates)
    assert changed > 0
    # Read alone, "two days later" has nothing to lean on; read with its report it follows March 3.
    assert later() == {("2026-03-05", "March 3")}

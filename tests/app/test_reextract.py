"""A newer extractor's claims supersede the older version's, as events (issue 4)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from application.filing import prepare, validate_meta
from application.service import Dateline
from application.store import store_env
from domain.values import ClaimContent, CodedBy
from tests.app.fakes import coded_lines

TEXT = "Strikes\nstrike 2024-02-02 Anbar 16\ncasualties 2024-02-02 Anbar 17\n"


def version_two(text: str, **kwargs: Any) -> list[ClaimContent]:
    return [c.model_copy(update={"coded_by": CodedBy(kind="extractor", name="fake-coded", version="2")})
            for c in coded_lines(text, **kwargs)]


def test_a_newer_extractor_supersedes_the_old_claims_and_both_stay_in_history(store: str) -> None:
    old = Dateline(store_env(store), extractor=coded_lines)
    meta = validate_meta({"publisher": "Wire", "published": "2024-02-03", "timezone": "Asia/Baghdad"},
                         origin="t")
    rid = old.file_report(prepare(TEXT, meta, origin="t", now=datetime(2024, 3, 1, tzinfo=UTC))).report_id
    first = sorted(old.catalog().reports[rid].claims, key=str)
    old.accept_claim(first[0], by="lena")

    new = Dateline(store_env(store), extractor=version_two)
    assert new.reextract(rid, by="lena") == (2, 2)
    catalog = new.catalog()
    assert {catalog.claims[c].status for c in first} == {"superseded"}
    fresh = [c for c in catalog.reports[rid].claims if c not in first]
    assert {catalog.claims[c].content["coded_by"]["version"] for c in fresh} == {"2"}
    assert all(catalog.claims[c].incident for c in fresh)
    superseded = new.history(first[0])[-1]
    assert type(superseded).__qualname__ == "Claim.Superseded"
    assert superseded.successor in fresh  # type: ignore[attr-defined]
    assert new.reextract(rid, by="lena") == (0, 0)

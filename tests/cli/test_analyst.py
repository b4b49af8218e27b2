"""The analyst's path through the real command: assert, review, correct, retract, redate, history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REPORT = (
    "Convoy ambushed in the north\n"
    "Gunmen ambushed an army convoy on Tuesday, killing at least 12 soldiers, the army said.\n"
    "A local official put the toll at 15.\n"
)
CLAIM_FIELDS = {"id", "report", "publisher", "speaker", "kind", "figures", "quote", "span",
                "when", "incident", "coded_by", "status"}


@pytest.fixture
def filed(dateline, store: str, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    done = dateline("ingest", str(path), "--publisher", "Sahel Wire", "--published", "2024-05-16",
                    "--timezone", "Africa/Bamako", store=store)
    assert done.code == 0, done.err
    (report,) = dateline("reports", "--json", store=store).json()["reports"]
    return report


def assert_claim(dateline, store: str, report: str, *extra: str) -> str:
    done = dateline("assert", "--report", report[:8], "--kind", "casualties", "--speaker", "army",
                    "--quote", "killing at least 12 soldiers", "--figure", "killed=12:at_least@soldiers",
                    "--analyst", "lena", "--json", *extra, store=store)
    assert done.code == 0, done.err
    return str(done.json()["claim"])


def test_an_analyst_claim_keeps_quote_span_figures_and_coder(dateline, store: str, filed) -> None:
    claim_id = assert_claim(dateline, store, filed["id"], "--when", "Tuesday")
    (claim,) = dateline("claims", "--accepted-only", "--json", store=store).json()["claims"]
    assert set(claim) >= CLAIM_FIELDS
    assert claim["id"] == claim_id and claim["publisher"] == "Sahel Wire"
    start, end = claim["span"]
    assert REPORT.strip()[start:end] == "killing at least 12 soldiers"
    assert claim["figures"] == [{"measure": "killed", "value": 12, "qualifier": "at_least",
                                 "party": "soldiers"}]
    assert claim["coded_by"]["kind"] == "analyst" and claim["coded_by"]["name"] == "lena"
    assert claim["status"] == "accepted"
    assert claim["when"]["expression"] == "Tuesday"


def test_a_quote_not_in_the_report_is_refused(dateline, store: str, filed) -> None:
    done = dateline("assert", "--report", filed["id"], "--kind", "casualties", "--speaker", "x",
                    "--quote", "killing 40 soldiers", store=store)
    assert done.code != 0 and "word for word" in done.err
    assert dateline("claims", "--accepted-only", "--json", store=store).json()["claims"] == []


@pytest.mark.parametrize(
    ("kind", "figure", "message"),
    [("casualties", "killed=many", "measure=value"),
     ("casualties", "killed=3:roughly", "qualifier"),
     ("picnic", "killed=3", "unknown claim kind")],
)
def test_bad_figures_and_kinds_are_refused(
    dateline, store: str, filed, kind: str, figure: str, message: str
) -> None:
    done = dateline("assert", "--report", filed["id"], "--kind", kind, "--speaker", "x",
                    "--quote", "A local official", "--figure", figure, store=store)
    assert done.code != 0 and message in done.err, done.err


def test_correct_then_retract_and_history_shows_it_all(dateline, store: str, filed) -> None:
    claim_id = assert_claim(dateline, store, filed["id"])
    fixed = dateline("correct", claim_id[:8], "--figure", "killed=15@soldiers", "--speaker",
                     "local official", "--reason", "toll from the official", "--analyst", "omar",
                     store=store)
    assert fixed.code == 0, fixed.err
    gone = dateline("retract", claim_id[:8], "--reason", "superseded by wire", store=store)
    assert gone.code == 0, gone.err
    claims = dateline("claims", "--json", store=store).json()["claims"]
    (claim,) = [c for c in claims if c["id"] == claim_id]
    assert claim["status"] == "retracted" and claim["figures"][0]["value"] == 15
    events = dateline("history", claim_id, "--json", store=store).json()["events"]
    assert [e["event"] for e in events] == ["Claim.Asserted", "Claim.Corrected", "Claim.Retracted"]
    assert events[0]["fields"]["content"]["figures"][0]["value"] == 12
    assert events[1]["fields"]["by"] == "omar"


def test_redate_re_resolves_claims_and_keeps_the_old_dates_in_history(
    dateline, store: str, filed
) -> None:
    def tuesday_claims() -> list[dict[str, Any]]:
        claims = dateline("claims", "--json", store=store).json()["claims"]
        return [c for c in claims if c["when"]["expression"] and "Tuesday" in c["when"]["expression"]]

    assert tuesday_claims() and all(c["when"]["start"] == "2024-05-14" for c in tuesday_claims())
    done = dateline("redate", filed["id"][:8], "2024-05-22", "--reason", "wrong day", store=store)
    assert done.code == 0, done.err
    (report,) = dateline("reports", "--json", store=store).json()["reports"]
    assert report["published"] == "2024-05-22"
    assert all(c["when"]["start"] == "2024-05-21" for c in tuesday_claims())
    events = dateline("history", filed["id"], "--json", store=store).json()["events"]
    names = [e["event"] for e in events]
    assert [n for n in names if n.startswith("Report.")] == ["Report.Filed", "Report.Redated"]
    assert "Claim.Redated" in names
    assert events[0]["fields"]["published"] == "2024-05-16"
    bad = dateline("redate", filed["id"][:8], "17/05/2024", store=store)
    assert bad.code != 0 and "ISO" in bad.err


def test_unknown_ids_are_one_line_errors(dateline, store: str, filed) -> None:
    for args in (["history", "ffffffff"], ["retract", "ffffffff", "--reason", "x"],
                 ["claims", "--report", "ffffffff"]):
        done = dateline(*args, store=store)
        assert done.code != 0 and len(done.err.strip().splitlines()) == 1, done.err

"""`dateline resolve`, run as the real console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "dateline"


def dateline(*args: str) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "cli.main"]
    return subprocess.run([*command, *args], cwd=REPO, capture_output=True, text=True, check=False)


def test_resolves_one_expression_as_json() -> None:
    run = dateline(
        "resolve", "late hours of Wednesday", "--anchor", "2024-02-08", "--timezone", "Asia/Baghdad", "--json"
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert (result["start"], result["end"]) == ("2024-02-07T20:00", "2024-02-08T00:00")
    for field in ("expression", "anchor", "granularity", "timex", "rule", "direction"):
        assert field in result


def test_human_output_is_one_readable_line() -> None:
    run = dateline("resolve", "last week", "--anchor", "2024-02-08")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == (
        "last week: [2024-01-29, 2024-02-05) week 2024-W05 rule=last_week direction=past"
    )


def test_context_sets_the_direction() -> None:
    run = dateline(
        "resolve", "Monday", "--anchor", "2024-02-08", "--context", "They will meet on Monday.", "--json"
    )
    assert json.loads(run.stdout)["start"] == "2024-02-12"


def test_an_anaphor_leans_on_the_date_its_context_gives_before_it() -> None:
    # The issue's own case: "the following day" after "January 27" is 28 January.
    following = dateline("resolve", "the following day", "--anchor", "2024-02-08", "--json",
                         "--context", "Talks began on January 27 and ended the following day.")  # fmt: skip
    since = dateline("resolve", "since then", "--anchor", "2024-02-08", "--json",
                     "--context", "A truce was signed in June 2023 and has held since then.")  # fmt: skip
    results = [json.loads(run.stdout) for run in (following, since)]
    assert [(result["start"], result["leaned_on"]) for result in results] == [
        ("2024-01-28", "January 27"),
        ("2023-06-01", "June 2023"),
    ]


def test_an_anaphor_with_no_date_before_it_says_so() -> None:
    # The context need not hold the expression: then there is nothing before it to lean on.
    run = dateline("resolve", "since then", "--json", "--anchor", "2024-02-08", "--context", "Calm since.")
    assert json.loads(run.stdout)["reason"] == "no earlier date in the report for the expression to lean on"


def test_unresolved_has_a_reason() -> None:
    run = dateline("resolve", "last week", "--json")
    result = json.loads(run.stdout)
    assert result["start"] is None and "no anchor" in result["reason"]


def test_batch_keeps_the_order(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    lines = [
        {"expression": "Friday night", "anchor": "2024-02-08", "timezone": "Asia/Baghdad"},
        {"expression": "in 2019", "anchor": "2024-02-08", "context": ""},
        {
            "expression": "since mid-October",
            "anchor": "2024-02-08T09:00+03:00",
            "timezone": "Asia/Baghdad",
            "context": "Attacks since mid-October.",
        },
    ]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    run = dateline("resolve", "--batch", str(batch))
    assert run.returncode == 0, run.stderr
    results = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["start"] for r in results] == ["2024-02-02T18:00", "2019-01-01", "2023-10-11"]


def test_bad_anchor_is_a_one_line_error() -> None:
    run = dateline("resolve", "yesterday", "--anchor", "last tuesday-ish")
    assert run.returncode != 0
    assert "anchor" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_unknown_zone_is_an_error() -> None:
    run = dateline("resolve", "yesterday", "--anchor", "2024-02-08", "--timezone", "Mars/Base")
    assert run.returncode != 0 and "time zone" in run.stderr


def test_malformed_batch_line_names_its_number(tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"expression": "today", "anchor": "2024-02-08"}\nnot json\n')
    run = dateline("resolve", "--batch", str(batch))
    assert run.returncode != 0 and ":2:" in run.stderr


def test_missing_batch_file_is_an_error(tmp_path: Path) -> None:
    run = dateline("resolve", "--batch", str(tmp_path / "absent.jsonl"))
    assert run.returncode != 0 and "no such file" in run.stderr


def test_help_has_an_example() -> None:
    run = dateline("resolve", "--help")
    assert run.returncode == 0 and "dateline resolve" in run.stdout

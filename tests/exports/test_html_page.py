"""`--format html` without a browser: one self-contained file, report text kept out of markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

from exports.html_page import embedded_json, script_hash
from tests.exports.conftest import HOSTILE_PUBLISHER, HOSTILE_TEXT, export, file_report

_DATA = re.compile(r'<script type="application/json" id="dateline-data">(.*?)</script>', re.S)
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def test_the_page_needs_nothing_from_the_network(seeded_sqlite: str) -> None:
    page = export(seeded_sqlite, "html").out
    assert page.startswith("<!doctype html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "<link rel=\"stylesheet\"" not in page and "@import" not in page
    assert "default-src 'none'" in page
    script = _SCRIPT.search(page)
    assert script is not None and f"'{script_hash(script.group(1))}'" in page


def test_report_text_cannot_close_the_data_block(sqlite_store: str, tmp_path: Path) -> None:
    file_report(sqlite_store, tmp_path / "hostile.txt", HOSTILE_TEXT + "\u2028</script><!--",
                publisher=HOSTILE_PUBLISHER)
    page = export(sqlite_store, "html").out
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "alert(1)" in page and "<script>alert" not in page and "<img" not in page
    data = _DATA.search(page)
    assert data is not None
    doc = json.loads(data.group(1))  # the escapes are JSON escapes: the text comes back whole
    assert any("<script>alert(1)</script>" in c["quote"] for c in doc["claims"])
    assert doc["reports"][0]["publisher"] == HOSTILE_PUBLISHER


def test_embedded_json_escapes_markup_and_line_separators() -> None:
    text = embedded_json({"q": "</script><!-- & \u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"q": "</script><!-- & \u2028\u2029"}

"""The HTML page in headless Chromium (Debian's `chromium`, driven by playwright): it loads
without a console error, shows the incidents, audits on click, filters, and runs no report text.

Playwright's own browser download is never used: the page runs in /usr/bin/chromium. Without
it the test fails under CI (`.ci/run` installs it) and is skipped elsewhere, saying why.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.exports.conftest import HOSTILE_PUBLISHER, HOSTILE_TEXT, export, file_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium; .ci/run does it)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser test cannot run under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """A loaded page and everything it reported: console errors, page errors, dialogs."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("#timeline svg")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def page_of(browser: Any, store: str, tmp_path: Path) -> Page:
    path = tmp_path / "dateline.html"
    export(store, "html", "-o", str(path))
    return Page(browser, path)


def test_the_seed_page_shows_audits_and_filters(browser: Any, seeded_sqlite: str, tmp_path: Path) -> None:
    view = page_of(browser, seeded_sqlite, tmp_path)
    page = view.page
    rows = page.locator("#timeline .row")
    assert rows.count() == 3
    timeline = page.locator("#timeline").inner_text()
    assert "Strike in Anbar, 2 Feb 2024" in timeline and "Strike in Mashtal, Baghdad, 7 Feb 2024" in timeline
    # The month-precise Jordan attack is drawn hatched and dashed: imprecise looks imprecise.
    assert page.locator("#timeline .bar.imprecise").count() == 1

    page.locator("#timeline .row", has_text="Strike in Anbar").click()
    audit = page.locator("#audit-body").inner_text()
    assert "Sources: Rudaw, Shafaq News" in audit
    assert "killing at least 16 Popular Mobilization Forces" in audit  # Rudaw's quote
    assert "killed 17 members of the PMF" in audit  # Shafaq News's quote
    assert "rule" in audit and "coded by" in audit

    page.locator("#kind-filter input[value=attack]").uncheck()
    assert rows.count() == 2 and "Attack in Jordan" not in page.locator("#timeline").inner_text()
    assert "Attack in Jordan" not in page.locator("#casualties").inner_text()
    page.locator("#kind-filter input[value=attack]").check()
    page.locator("#source-filter").select_option("Shafaq News")
    assert "Rudaw: ≥16" not in page.locator("#casualties").inner_text()
    assert "Shafaq News: 17" in page.locator("#casualties").inner_text()
    assert "No claim about talks matches" in page.locator("#talks").inner_text()  # only Rudaw said so
    page.locator("#source-filter").select_option("")

    shot = tmp_path / "dateline-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert view.problems == [] and view.dialogs == []


def test_hostile_report_text_is_shown_as_text_and_runs_nothing(
    browser: Any, sqlite_store: str, tmp_path: Path
) -> None:
    file_report(sqlite_store, tmp_path / "hostile.txt", HOSTILE_TEXT, publisher=HOSTILE_PUBLISHER)
    view = page_of(browser, sqlite_store, tmp_path)
    page = view.page
    page.locator("#timeline .row").first.click()
    page.locator("#timeline .row").first.hover()
    page.locator("#audit .claim blockquote").first.hover()
    audit = page.locator("#audit-body").inner_text()
    assert "<script>alert(1)</script>" in audit
    assert '" onmouseover="x' in audit
    assert HOSTILE_PUBLISHER in page.locator("#source-filter").inner_text()
    assert page.locator("#audit img, #audit script, #casualties img").count() == 0
    assert page.evaluate("document.querySelectorAll('[onmouseover], [onerror]').length") == 0
    assert view.dialogs == [] and view.problems == []


def test_a_missing_browser_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tests.exports.test_html_browser as module

    monkeypatch.setattr(module, "CHROMIUM", tmp_path / "no-chromium")
    assert "no-chromium is missing" in str(_missing())

"""The HTML report in a real headless Chromium, served by a plain file server: it loads without errors,
its matrix shows every engine, and the search box filters the failing files.

Chromium is Debian's (``.ci/run`` installs it); the test skips only when no Chromium can be found.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright
from slt_support import CLI, engines_results

# What this machine's closed network needs: no background connections, no sandbox as root.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    """$VIBESQL_CHROMIUM, else a Chromium or Chrome on the PATH."""
    for candidate in (os.environ.get("VIBESQL_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"),
                      shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The test's output stays the test's."""


@pytest.fixture
def served_report(cli: CLI, tmp_path: Path) -> Iterator[str]:
    """The report of a three-engine results database, served over HTTP on the loopback interface."""
    site = tmp_path / "site"
    assert cli("report", "--db", engines_results(tmp_path / "results.sql"), "--html", site).code == 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def page() -> Iterator[tuple[Page, list[str]]]:
    """A fresh Chromium profile's page, and the console errors, page errors and failed requests it sees."""
    executable = chromium()
    if executable is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set VIBESQL_CHROMIUM)")
    problems: list[str] = []
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        try:
            page = context.new_page()
            page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
            page.on("response", lambda response: problems.append(f"{response.status}: {response.url}")
                    if response.status >= 400 else None)
            yield page, problems
        finally:
            context.close()


def visible_files(page: Page) -> list[str]:
    return page.locator("#failures tbody tr.file:visible td:nth-child(2)").all_inner_texts()


def test_the_report_loads_shows_every_engine_and_filters_files(served_report: str,
                                                               page: tuple[Page, list[str]]) -> None:
    browser, problems = page
    browser.goto(served_report, wait_until="load")
    assert browser.title() == "SQLLogicTest conformance"
    assert browser.locator("#interop-matrix thead th").all_inner_texts() == ["category", "duckdb", "sqlite", "vibesql"]
    assert browser.locator("#interop-matrix tbody th").all_inner_texts() == ["evidence", "index", "select"]
    assert browser.evaluate("Array.from(document.images).every(image => image.complete && image.naturalWidth > 0)")
    assert browser.locator("img").count() == 5  # three badges, two charts
    assert visible_files(browser) == ["evidence/in1.test", "index/between/1/slt_good_0.test"]
    assert browser.inner_text("#filter-count") == "2 of 2 failing files shown"

    browser.fill("#filter", "signal 11")  # the search reads the reasons too
    assert visible_files(browser) == ["index/between/1/slt_good_0.test"]
    assert browser.inner_text("#filter-count") == "1 of 2 failing files shown"
    browser.fill("#filter", "EVIDENCE/")
    assert visible_files(browser) == ["evidence/in1.test"]
    assert browser.locator("#flaky-table tbody tr.file:visible").count() == 1  # the flaky in1.test, too
    browser.fill("#filter", "no such file anywhere")
    assert visible_files(browser) == [] and browser.inner_text("#filter-count") == "0 of 2 failing files shown"
    browser.fill("#filter", "")
    assert len(visible_files(browser)) == 2
    assert problems == []

"""vibesql-slt report and badge: a static site and badges from any results database."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

from slt_support import CLI, LONG_REASON, engines_results, rows

import engine
from vibesql_magic.slt.journal import ResultsFile


class Page(HTMLParser):
    """The text of a page and the sources of its images, for asserting on what a reader sees."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text: list[str] = []
        self.images: list[str] = []
        self.scripts = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attributes)["src"] or "")
        self.scripts += tag == "script"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_report_writes_a_site_and_prints_its_index(cli: CLI, tmp_path: Path) -> None:
    db = engines_results(tmp_path / "results.sql")
    site = tmp_path / "site"
    outcome = cli("report", "--db", db, "--html", site)
    assert outcome.code == 0, outcome.err
    assert outcome.out == f"report: {(site / 'index.html').resolve()}\n"
    html = (site / "index.html").read_text()
    page = Page(html)
    text = "".join(page.text)
    for heading in ("Categories × engines", "Pass rate over time, per engine", "Failing files", "Flaky files",
                    "Broken runs"):
        assert heading in text
    assert sorted(page.images) == ["badges/duckdb.svg", "badges/sqlite.svg", "badges/vibesql.svg",
                                   "categories.svg", "pass_rate.svg"]
    for image in page.images:
        assert (site / image).is_file()  # relative, beside the page: any file server shows them
    assert "http://" not in html and "https://" not in html  # nothing fetched from the network
    assert LONG_REASON.splitlines()[-1] in text  # the full reason, never cut
    assert "3 of 3 files failed alike: cannot import name ?" in text  # the broken run, apart
    assert "PFP" in text  # the flaky file's outcomes
    assert "Interop: 1 of the 3 files all 3 engines ran pass on every engine." in text


def test_failing_records_are_shown_where_the_database_has_them(cli: CLI, tmp_path: Path) -> None:
    db = engines_results(tmp_path / "results.sql")
    [[run_id]] = rows(db, "SELECT MAX(run_id) FROM test_runs")
    connection = engine.connect(str(db))
    connection.execute("CREATE TABLE record_results (run_id INTEGER, file_path VARCHAR(500), line INTEGER, "
                       "record_kind VARCHAR(10), status VARCHAR(10), sql_text TEXT, expected TEXT, actual TEXT, "
                       "error_message TEXT, failure_class VARCHAR(200), duration_ms REAL, record_hash VARCHAR(64))")
    connection.execute("INSERT INTO record_results VALUES (?, 'evidence/in1.test', 42, 'query', 'FAIL', "
                       "'SELECT 1 IN (2, NULL)', 'NULL', '0', NULL, 'wrong values', 0.5, 'h')", (run_id,))
    connection.commit()
    connection.save_dump(str(db))
    assert cli("report", "--db", db, "--html", tmp_path / "site").code == 0
    text = "".join(Page((tmp_path / "site" / "index.html").read_text()).text)
    assert "1 failing record" in text and "line 42 · wrong values" in text and "SELECT 1 IN (2, NULL)" in text
    assert "-- expected: NULL" in text and "-- actual:   0" in text


def test_a_database_without_runs_gets_a_clear_note(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "empty.sql"
    ResultsFile(db).fold()  # the results schema, no runs
    assert cli("report", "--db", db, "--html", tmp_path / "site").code == 0
    text = "".join(Page((tmp_path / "site" / "index.html").read_text()).text)
    assert "This database holds no completed runs yet." in text
    assert cli("badge", "--db", db, "-o", tmp_path / "badges").out.startswith("no engine has a completed run")


def test_badges_are_shields_endpoints_and_svg(cli: CLI, tmp_path: Path) -> None:
    db = engines_results(tmp_path / "results.sql")
    outcome = cli("badge", "--db", db, "-o", tmp_path / "badges")
    assert outcome.code == 0
    assert outcome.out.splitlines()[0] == f"duckdb: 73.9% records -> {tmp_path / 'badges' / 'duckdb'}.svg, .json"
    assert json.loads((tmp_path / "badges" / "vibesql.json").read_text()) == {
        "schemaVersion": 1, "label": "vibesql SQLLogicTest", "message": "100.0% records", "color": "brightgreen"}
    assert json.loads((tmp_path / "badges" / "duckdb.json").read_text())["color"] == "yellow"
    svg = ElementTree.parse(tmp_path / "badges" / "duckdb.svg").getroot()
    texts = [element.text for element in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert texts == ["duckdb SQLLogicTest", "73.9% records"]
    assert int(svg.get("width")) > 100

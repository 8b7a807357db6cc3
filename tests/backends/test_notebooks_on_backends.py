"""The bundled notebooks, unchanged, on every backend: ``VIBESQL_BACKEND=TARGET`` makes the target their database.

The bundled results are exported as ``vibesql-slt export`` writes them (DuckDB, Parquet; the sqlite3 file
is the DuckDB store imported into sqlite3, and PostgreSQL a copy of that file), each notebook runs with
``VIBESQL_BACKEND`` naming the store, and its outputs must be those committed, which nbval checks
against our engine on the bundled dump: the same tables, text and chart descriptions, and an image
wherever the committed notebook has one. Only
the line saying which database the first query opened differs; it must name the target. The rules of
``notebooks/backend-sanitize.cfg`` (what nbval is given for such a run) are applied to both sides.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from backends_support import BUNDLED
from engines_support import missing
from nbclient import NotebookClient

from vibesql_magic.backends import open_target
from vibesql_magic.backends.copying import copy_database
from vibesql_magic.engines import engine_service, parse_engine
from vibesql_magic.record_store import records_dir
from vibesql_magic.slt import cli
from vibesql_magic.slt.stores import import_store

NOTEBOOKS = BUNDLED.parents[1]
MAGIC_NOTEBOOKS = ["engines_side_by_side.ipynb", "failing_files.ipynb", "pass_rate_over_time.ipynb",
                   "performance_over_time.ipynb", "why_it_fails.ipynb"]
NEEDS_CORPUS = {"why_it_fails.ipynb"}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The bundled results as a DuckDB file, a sqlite3 file and a Parquet folder: their targets by backend."""
    folder = tmp_path_factory.mktemp("stores")
    dump = folder / BUNDLED.name
    shutil.copy(BUNDLED, dump)
    shutil.copytree(records_dir(BUNDLED), records_dir(dump))  # record-level results, for why_it_fails
    assert cli.main(["export", "--db", str(dump), "--to", "duckdb", str(folder / "results.duckdb")]) == 0
    assert cli.main(["export", "--db", str(dump), "--to", "parquet", str(folder / "parquet")]) == 0
    database = sqlite3.connect(folder / "results.db", isolation_level=None)
    import_store(folder / "results.duckdb", database)
    database.close()
    return {"duckdb": f"duckdb:///{folder / 'results.duckdb'}", "sqlite": f"sqlite:///{folder / 'results.db'}",
            "spark": f"spark:{folder / 'parquet'}"}


@pytest.fixture(scope="module")
def postgres_store(stores: dict[str, str]) -> Iterator[str]:
    """A throwaway PostgreSQL cluster holding the sqlite3 file's tables, record tables and views; its URL."""
    reason = missing("postgres")
    if reason is not None:
        pytest.skip(reason)
    with engine_service(parse_engine("postgres")) as live:
        parts = dict(part.split("=", 1) for part in live.endpoint.split())
        target = (f"postgresql://{parts['user']}@/{parts['dbname']}?host={parts['host']}&port={parts['port']}")
        backend = open_target(target, {})
        copy_database(sqlite3.connect(stores["sqlite"][len("sqlite:///"):]), backend.connection)
        backend.connection.close()
        yield target


def sanitizer() -> list[tuple[re.Pattern[str], str]]:
    rules = configparser.ConfigParser(interpolation=None)
    rules.read(NOTEBOOKS / "backend-sanitize.cfg")
    return [(re.compile(rules[section]["regex"]), rules[section]["replace"]) for section in rules.sections()]


def outputs(notebook: nbformat.NotebookNode) -> list[tuple[int, str, str]]:
    """(cell, kind, text) of every output, sanitized; an image is only its presence (its bytes vary)."""
    rules = sanitizer()

    def clean(text: str) -> str:
        for pattern, replacement in rules:
            text = pattern.sub(replacement, text)
        return text

    found = []
    for number, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.output_type == "stream":  # a stream's text may come in several pieces, as nbval joins them
                if found and found[-1][:2] == (number, output.name):
                    found[-1] = (number, output.name, found[-1][2] + output.text)
                else:
                    found.append((number, output.name, output.text))
            elif output.output_type == "error":
                found.append((number, "error", f"{output.ename}: {output.evalue}"))
            else:
                for kind, value in sorted(output.get("data", {}).items()):
                    found.append((number, kind, "an image" if kind.startswith("image/") else str(value)))
    return [(number, kind, clean(text)) for number, kind, text in found]


def run_notebook(name: str, target: str, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    if name in NEEDS_CORPUS:
        corpus = Path(os.environ.get("VIBESQL_SLT_CORPUS") or NOTEBOOKS.parents[1] / "shared" / "sqllogictest")
        if not corpus.is_dir():
            pytest.skip(f"SQLite's corpus not found at {corpus} (set VIBESQL_SLT_CORPUS)")
    monkeypatch.setenv("VIBESQL_BACKEND", target)
    monkeypatch.delenv("VIBESQL_DUMP", raising=False)
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return notebook


def check_same_outputs(name: str, target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    executed = run_notebook(name, target, monkeypatch)
    said = "".join(output.get("text", "") for cell in executed.cells if cell.cell_type == "code"
                   for output in cell.outputs)
    assert f"Connected to {target} as {target!r}" in said and "named by $VIBESQL_BACKEND" in said
    committed = outputs(nbformat.read(NOTEBOOKS / name, as_version=4))
    assert any(kind.startswith("image/") for _cell, kind, _text in committed)  # every one draws a chart
    assert outputs(executed) == committed


@pytest.mark.parametrize("backend", ["duckdb", "sqlite"])
@pytest.mark.parametrize("name", MAGIC_NOTEBOOKS)
def test_the_notebooks_give_the_same_outputs_on(backend: str, name: str, stores: dict[str, str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    check_same_outputs(name, stores[backend], monkeypatch)


@pytest.mark.parametrize("name", MAGIC_NOTEBOOKS)
def test_the_notebooks_give_the_same_outputs_on_postgresql(name: str, postgres_store: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    check_same_outputs(name, postgres_store, monkeypatch)


@pytest.mark.spark
@pytest.mark.parametrize("name", MAGIC_NOTEBOOKS)
def test_the_notebooks_give_the_same_outputs_on_spark(name: str, stores: dict[str, str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    check_same_outputs(name, stores["spark"], monkeypatch)

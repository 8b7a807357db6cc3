"""The bundled notebooks run without an error cell on any results dump, not only the bundled one.

nbval (in the default suite) checks the notebooks' committed outputs against the bundled data;
these tests execute them with nbclient on other dumps: one written the way VibeSQL writes it (no
extension columns, TIMESTAMP literals, many runs), one with a single run, where there is no previous
run to compare with, and an empty results database (the schema without runs, as a new results file
has it), which gets a clear note instead of charts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest
from magic_support import results_dump_sql
from nbclient import NotebookClient

from vibesql_magic.slt.journal import ResultsFile

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from results_db_benchmark import write_dump as write_vibesql_dump  # noqa: E402 - after the path is set


def execute(notebook: Path) -> nbformat.NotebookNode:
    executed = nbformat.read(notebook, as_version=4)
    NotebookClient(executed, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(notebook.parent)}}).execute()
    return executed


def error_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    return [f"{output.ename}: {output.evalue}" for cell in notebook.cells if cell.cell_type == "code"
            for output in cell.outputs if output.output_type == "error"]


def plain_outputs(notebook: nbformat.NotebookNode) -> str:
    return "\n".join(output.get("data", {}).get("text/plain", "") + output.get("text", "")
                     for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs)


@pytest.fixture(params=["vibesql", "single run", "no runs"])
def results_dump(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "results.sql"
    if request.param == "vibesql":
        write_vibesql_dump(path, 2_000)
    elif request.param == "single run":
        path.write_text(results_dump_sql(runs=1))
    else:
        ResultsFile(path).fold()  # the results schema, as a new results database has it
    monkeypatch.setenv("VIBESQL_DUMP", str(path))
    return request.param


@pytest.mark.parametrize("name", ["pass_rate_over_time.ipynb", "failing_files.ipynb"])
def test_notebook_runs_on_any_results_dump(name: str, results_dump: str) -> None:
    executed = execute(NOTEBOOKS / name)
    assert error_outputs(executed) == []
    text = plain_outputs(executed)
    assert "Loaded results.sql" in text  # it read the dump VIBESQL_DUMP names, not the bundled one
    if results_dump == "no runs":
        assert "This database holds no completed runs yet" in text and "<Figure size" not in text
    else:
        assert "<Figure size" in text  # the charts were drawn
        assert "NaN" not in text


@pytest.mark.usefixtures("results_dump")
def test_engines_side_by_side_runs_on_any_results_dump() -> None:
    executed = execute(NOTEBOOKS / "engines_side_by_side.ipynb")
    assert error_outputs(executed) == []
    text = plain_outputs(executed)
    assert "Loaded results.sql" in text  # through the magic, which read the dump VIBESQL_DUMP names
    assert "no votes" in text  # one engine, or runs from before names were stored

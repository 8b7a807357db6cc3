"""The magic on Spark over a Parquet results store (marker ``spark``: the session is slow to start)."""

from __future__ import annotations

from pathlib import Path

import pytest
from IPython.core.completer import provisionalcompleter
from IPython.core.interactiveshell import InteractiveShell
from magic_support import run

from vibesql_magic.bundled import bundled_dump
from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.errors import VibeSQLError
from vibesql_magic.slt.stores import export_parquet


@pytest.mark.spark
def test_the_magic_on_spark(shell: InteractiveShell, tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    store = tmp_path / "store"
    export_parquet(EngineDumps().open(bundled_dump()), store)
    run(shell, f"%vibesql --connect spark:{store} --name spark")
    shell.user_ns["wanted"] = "FAIL"
    frame = run(shell, "%%vibesql -o failing\nSELECT file_path, COUNT(*) AS failures FROM test_results "
                       "WHERE status = :wanted GROUP BY file_path ORDER BY failures DESC, file_path")
    assert shell.user_ns["failing"] is frame and len(frame) > 0
    listed = run(shell, "%vibesql --tables")
    assert "test_runs" in listed["name"].tolist()
    assert run(shell, "%vibesql --describe test_runs")["column"].tolist()[0] == "run_id"
    sent = run(shell, "%%vibesql --explain\nSELECT passed / 2 FROM test_runs")
    assert sent["sql"].tolist() == ["SELECT CAST(passed / 2 AS BIGINT) FROM test_runs"]
    with provisionalcompleter():
        text = "%%vibesql\nSELECT * FROM test_fi"
        assert [c.text for c in shell.Completer.completions(text, len(text))] == ["test_files"]
    with pytest.raises(VibeSQLError) as failed:
        run(shell, "%%vibesql\nSELECT 1;\nSELECT nope FROM test_runs")
    assert failed.value.lines[1] == "  line 3: SELECT nope FROM test_runs"


def test_spark_targets_that_cannot_work_say_what_to_do(shell: InteractiveShell, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VibeSQLError, match="not a Parquet results store; write one with vibesql-slt export"):
        run(shell, f"%vibesql --connect spark:{tmp_path}")
    pytest.importorskip("pyspark")
    store = tmp_path / "store"
    export_parquet(EngineDumps().open(bundled_dump()), store)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-java"))
    with pytest.raises(VibeSQLError) as failed:
        run(shell, f"%vibesql --connect spark:{store}")
    assert len(failed.value.lines) == 1 and "no Java found" in failed.value.lines[0]

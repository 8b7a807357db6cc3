"""Fixtures of the magic's tests: a real IPython shell with the extension loaded, over either driver."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from IPython.core.interactiveshell import InteractiveShell
from magic_support import SQLiteFactory, magics


@pytest.fixture(name="shell")
def shell_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[InteractiveShell]:
    """IPython's shell with the extension freshly loaded, working in an empty directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VIBESQL_DUMP", raising=False)
    monkeypatch.delenv("VIBESQL_BACKEND", raising=False)
    ip = InteractiveShell.instance()
    before = dict(ip.user_ns)
    ip.run_line_magic("load_ext", "vibesql_magic")
    yield ip
    ip.run_line_magic("unload_ext", "vibesql_magic")
    ip.config.pop("VibeSQL", None)  # %config settings outlive the extension, as they should in a notebook
    ip.user_ns.clear()  # cheaper than ip.reset(), which collects garbage
    ip.user_ns.update(before)


@pytest.fixture(name="dump_shell", params=["engine", "sqlite3"])
def dump_shell_fixture(request: pytest.FixtureRequest, shell: InteractiveShell) -> InteractiveShell:
    """The shell with the magic over our engine, then over sqlite3 (the same magic, another driver)."""
    if request.param == "sqlite3":
        magics(shell).sessions.factory = SQLiteFactory()
    return shell

"""Fixtures of the engine adapters' tests: the CLI in this process (its workers are separate processes)."""

from __future__ import annotations

import pytest
from slt_support import CLI, cli_in_process


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> CLI:
    """Run ``vibesql-slt`` in this process."""
    return cli_in_process(capsys)

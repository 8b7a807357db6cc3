"""The architecture is a contract: the import-linter contracts in pyproject.toml hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    """Engine layers import downwards only; the tools use the engine's DB-API surface alone."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_import_cycle_among_engine_modules() -> None:
    """Layers allow imports inside a layer; none of them may close a circle (imports in functions count)."""
    import grimp

    graph = grimp.build_graph("engine", include_external_packages=False)
    modules = sorted(graph.modules)
    reachable = {module: graph.find_downstream_modules(module) for module in modules}
    circles = sorted({tuple(sorted({module} | {other for other in reachable[module] if module in reachable[other]}))
                      for module in modules if any(module in reachable[other] for other in reachable[module])})
    assert circles == []

"""Execute the bundled notebooks in place, so their committed outputs match the bundled data (nbval checks them).

Usage: python notebooks/data/execute_notebooks.py [NOTEBOOK…]   (default: every notebook in notebooks/)
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1]


def execute(path: Path) -> None:
    """Run every cell with the current Python's kernel, from the notebook's folder, and save it."""
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(notebook, path)
    print(f"executed {path}")


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(str(path) for path in NOTEBOOKS.glob("*.ipynb")):
        execute(Path(name))

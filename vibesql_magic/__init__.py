"""Jupyter magic and SQLLogicTest tooling built on the vibesql engine.

``%load_ext vibesql_magic`` registers ``%vibesql`` and ``%%vibesql`` (see ``vibesql_magic.magic``).
IPython and pandas are imported only then, so the runner's command line starts without them.
"""

from __future__ import annotations

from typing import Any


def load_ipython_extension(ipython: Any) -> None:
    """Called by ``%load_ext vibesql_magic``."""
    from vibesql_magic.magic import load

    load(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """Called by ``%unload_ext vibesql_magic`` (and ``%reload_ext``)."""
    from vibesql_magic.magic import unload

    unload(ipython)

"""GlareDB, left out: its Python package gives results only as printed tables.

``glaredb.connect().sql(...)`` returns an object whose only methods are ``show()`` and
``repr()``, both text drawn for people. Rows read back from that text would be a guess
at types, NULLs and spacing, so the adapter refuses to run rather than parse it.
"""

from __future__ import annotations

from vibesql_magic.engines.spec import Adapter, EngineError, EngineSpec, OpenedEngine, distribution_version


def open_glaredb(spec: EngineSpec) -> OpenedEngine:
    """Refuse, saying why."""
    installed = distribution_version("glaredb")
    found = f"glaredb {installed}" if installed else "the glaredb package"
    raise EngineError(f"engine glaredb is left out: {found} returns results only as printed tables "
                      f"(show(), repr()), with no result object to read rows from")


ADAPTER = Adapter("glaredb", "GlareDB", "glaredb", False, open_glaredb)

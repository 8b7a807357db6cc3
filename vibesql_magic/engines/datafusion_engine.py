"""Apache DataFusion, which has no DB-API: a cursor over the Arrow batches its DataFrames collect.

Each statement is planned with ``SessionContext.sql`` and collected at once, so DDL,
INSERT and queries all run inside ``execute`` and their errors surface there; the
rows are read from the record batches' columns.
"""

from __future__ import annotations

from typing import Any

from vibesql_magic.engines.spec import Adapter, EngineSpec, OpenedEngine, require
from vibesql_magic.engines.wrappers import Connection, ResultCursor, arrow_rows


def open_datafusion(spec: EngineSpec) -> OpenedEngine:
    """A fresh ``SessionContext`` per call."""
    datafusion = require("datafusion", "datafusion", spec.name)
    pyarrow = require("pyarrow", "pyarrow", spec.name)
    errors = (Exception,)  # DataFusion has no error class: it raises ValueError and plain Exception

    def connect() -> Connection:
        context = datafusion.SessionContext()

        def run(sql: str) -> tuple[Any, list[tuple[Any, ...]]]:
            frame = context.sql(sql)
            table = pyarrow.Table.from_batches(frame.collect(), schema=frame.schema())
            return arrow_rows(table)

        return Connection(lambda: ResultCursor(run, errors), lambda: None)

    return OpenedEngine(connect, "DataFusion", getattr(datafusion, "__version__", None))


ADAPTER = Adapter("datafusion", "Apache DataFusion", "datafusion", False, open_datafusion,
                  package="datafusion>=40")

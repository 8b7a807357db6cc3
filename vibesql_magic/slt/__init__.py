"""vibesql-slt: run SQLLogicTest files against any DB-API engine and store every run in our engine.

Modules, one concern each:

- the script format, rendering and repros: :mod:`vibesql_magic.records` (shared with the magic)
- ``executor``: run one script's records on one connection and judge them
- ``suite``: find a suite's files and the keys they are stored under
- ``pool``: worker processes with per-file timeouts and crash handling (engines: :mod:`vibesql_magic.engines`)
- ``store``: the results database (schema, migrations, writing runs) over a DB-API connection
- ``journal``: the results file on disk (dump, lock, append-only journal)
- ``runner``: a run from start to end, resumable
- ``reports``, ``importers``, ``history``: status/analyze/regressions, foreign results, runs per commit
- ``progress``, ``cli``: the terminal side
"""

"""SQLLogicTest records outside any one tool: the script format, rendering, repros and diffs.

The runner (``vibesql_magic.slt``) and the magic are independent of each other, and both need
to read a ``.test`` file's records, render values as the reference runner does, rebuild a
record as a script and compare its expected and actual rows; those parts live here:

- ``script``: parse ``.test``/``.slt`` scripts into records, as SQLite's reference runner reads them
- ``render``: render, sort and hash values as the reference runner (slt_sqlite.c) does
- ``repro``: a record as a self-contained SQL script, and delta debugging against sqlite3
- ``diff``: a failing query's missing, extra and changed rows (hashed expectations through sqlite3)
- ``stored``: a record of ``record_results`` found again in its file on disk (the magic's --repro, --diff)
"""

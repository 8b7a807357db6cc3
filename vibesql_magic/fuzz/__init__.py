"""A differential and metamorphic SQL fuzzer for our engine, in the style of SQLancer.

`grammar` writes random scripts (schemas with SQLite's type names, constraints and WITHOUT ROWID tables,
rows of every storage class, queries with joins of every kind, subqueries, CTEs, compounds, windows with
frames and collations); `oracles` runs them on our engine and sqlite3 (types kept: 1 and 1.0 differ) and
checks TLP and NoREC on our engine alone; `shrink` cuts a failing script down to a minimal one;
`campaign` runs seeds, deduplicates failures by signature and reports statements per second.
It uses only `engine`'s public API and the sqlite3 module.
"""

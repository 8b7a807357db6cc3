"""Copying a database in SQLite's dialect (ours, sqlite3) into another backend: tables, rows, then views.

The schema comes from ``sqlite_master`` as written, so each CREATE goes through the target's
`TranspilingConnection` like any cell: the copy is what the magic's users would get by hand.
"""

from __future__ import annotations

from typing import Any

from vibesql_magic.backends.transpiling import TranspilingConnection
from vibesql_magic.catalog import quote_identifier

_BATCH = 5_000


def copy_database(source: Any, target: TranspilingConnection) -> list[str]:
    """Create every table and view of ``source`` in ``target`` and copy the tables' rows; the names copied."""
    cursor = source.cursor()
    cursor.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') "
                   "AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL")
    entries = [tuple(row) for row in cursor.fetchall()]
    writer = target.cursor()
    for kind, name, sql in entries:
        if kind != "table":
            continue
        writer.execute(sql)
        rows = source.cursor()
        rows.execute(f"SELECT * FROM {quote_identifier(name)}")
        width = len(rows.description)
        insert = f"INSERT INTO {quote_identifier(name)} VALUES ({', '.join('?' * width)})"
        while batch := rows.fetchmany(_BATCH):
            writer.executemany(insert, batch)
    for kind, _name, sql in entries:
        if kind == "view":
            writer.execute(sql)
    return [name for _kind, name, _sql in entries]

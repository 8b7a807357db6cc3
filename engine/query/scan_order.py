"""Which index a full scan of a table walks, as SQLite's planner chooses it.

A query without ORDER BY has no promised order, but users (and SQLLogicTest's ``nosort``
records) expect the rows in the order sqlite3 gives them, and sqlite3 gives them in the
order of the b-tree it walks. For a rowid table that is the table itself, unless an index
holds every column the query reads and its rows are narrower than the table's: SQLite then
scans that covering index instead. A WITHOUT ROWID table is its primary key's b-tree.
The widths are SQLite's own estimates (``sqlite3AffinityType``'s sizes, ``estimateTableWidth``
and ``estimateIndexWidth``), compared on its logarithmic scale, so the choice is the one
sqlite3 makes without ANALYZE.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.semantics.values import BLOB, TEXT, affinity_of_type
from engine.store.storage import Table

_DIGITS = re.compile(r"\d+")
_LOG_EST_FRACTIONS = (0, 2, 3, 5, 6, 7, 8, 9)


def log_est(value: int) -> int:
    """SQLite's LogEst: about ten times the base-2 logarithm, on its integer steps."""
    if value < 2:
        return 0
    estimate = 40
    if value < 8:
        while value < 8:
            estimate -= 10
            value <<= 1
    else:
        while value > 255:
            estimate += 40
            value >>= 4
        while value > 15:
            estimate += 10
            value >>= 1
    return _LOG_EST_FRACTIONS[value & 7] + estimate - 10


@lru_cache(maxsize=1024)  # a pure function of the declared type, asked for every column of every full scan
def column_width(declared: str | None) -> int:
    """A column's estimated size in units of an integer's: text and blobs about 5, CHAR(N) about
    N/4 + 1, everything else (and a column without a type) 1."""
    if not declared or affinity_of_type(declared) not in (TEXT, BLOB):
        return 1
    upper = declared.upper()
    size_text = None
    if "CHAR" in upper:
        size_text = upper[upper.rfind("CHAR") + 4:]
    elif affinity_of_type(declared) == BLOB and upper[upper.find("BLOB") + 4:].startswith("("):
        size_text = upper[upper.find("BLOB") + 4:]
    if size_text is None:
        size = 16
    else:
        digits = _DIGITS.search(size_text)
        size = int(digits.group()) if digits else 0
    return min(size // 4 + 1, 255)


def full_scan_index(table: Table, columns_read: set[int], only_source: bool, hint: str | None = None) -> str | None:
    """The index a full scan of ``table`` walks (None: the table in rowid order). A covering
    index is taken only when the table is the query's only source, where its order shows;
    ``hint`` is the FROM item's NOT INDEXED ("") or INDEXED BY (an index name)."""
    schema = table.schema
    primary = table.primary_key_index()
    if hint is not None:
        return hint or (primary if schema.without_rowid else None)
    if not only_source:
        return primary if schema.without_rowid else None
    alias = schema.rowid_column
    widths = [column_width(column.declared_type) for column in schema.columns]
    table_width = log_est((sum(widths) + (1 if alias is None else 0)) * 4)
    # a rowid table's own scan costs 16; a WITHOUT ROWID table is scanned through one of its indexes
    chosen, chosen_cost = (None, 16) if not schema.without_rowid else (None, None)
    for name, index in reversed(list(table.indexes.items())):  # SQLite lists the newest index first
        if index.member is not None:  # a partial index lacks the rows its WHERE leaves out
            continue
        # an index's rows end with the rowid, or with a WITHOUT ROWID table's primary key (whose own
        # index is the table: it holds every column)
        if not schema.without_rowid:
            tail = [alias]
        elif name == primary:
            tail = [p for p in range(len(schema.columns)) if p not in index.positions]
        else:
            tail = [p for p in schema.primary_key if p not in index.positions]
        if not columns_read <= set(index.positions) | set(tail):
            continue
        index_width = log_est(sum(1 if p is None or p == alias else widths[p] for p in (*index.positions, *tail)) * 4)
        if not schema.without_rowid and index_width >= table_width:
            continue
        cost = 1 + (15 * index_width) // table_width
        if chosen_cost is None or cost < chosen_cost:
            chosen, chosen_cost = name, cost
    return chosen if chosen is not None or not schema.without_rowid else primary

"""Run a script on our engine and sqlite3 and say how they differ; TLP and NoREC on our engine alone.

An outcome is the rows with each value typed (1, 1.0 and '1' differ; -0.0 is not 0.0), compared as a
multiset: row order is unspecified unless ORDER BY fixes it, and sorting both keeps the check exact.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

import engine

WRONG = "wrong answer"  # both ran, the rows differ: the worst kind
OURS_FAIL = "ours fails"  # sqlite3 answers, ours raises an engine error
OURS_RUN = "ours runs"  # sqlite3 raises, ours answers
ESCAPE = "exception escapes"  # ours raised something that is not an engine.Error
TLP = "TLP"
NOREC = "NoREC"


def typed(value: object) -> tuple:
    """A value with its storage class; reals by their exact bits so -0.0 and 0.0 differ."""
    if value.__class__ is float:
        return ("real", value.hex())
    return (value.__class__.__name__, value)


def outcome(connection, sql: str, error: type[Exception]) -> tuple:
    """("rows", multiset) or ("error", message); an unexpected exception propagates."""
    try:
        rows = connection.execute(sql).fetchall()
    except error as caught:
        return ("error", str(caught))
    return ("rows", Counter(tuple(typed(v) for v in row) for row in rows))


@dataclass(frozen=True)
class Finding:
    kind: str
    statement: str
    detail: str


class Pair:
    """Our engine and sqlite3 fed the same statements, both autocommitting (sqlite3 with foreign keys on)."""

    def __init__(self) -> None:
        self.ours = engine.connect(None, isolation_level=None)  # autocommit, as sqlite3 here
        self.theirs = sqlite3.connect(":memory:", isolation_level=None)
        self.theirs.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.ours.close()
        self.theirs.close()

    def compare(self, sql: str) -> Finding | None:
        theirs = outcome(self.theirs, sql, sqlite3.Error)
        try:
            ours = outcome(self.ours, sql, engine.Error)
        except Exception as caught:
            return Finding(ESCAPE, sql, f"{type(caught).__name__}: {caught}")
        if ours == theirs or (ours[0] == theirs[0] == "error"):
            return None
        if ours[0] == theirs[0]:
            return Finding(WRONG, sql, f"sqlite3 {_show(theirs)} ours {_show(ours)}")
        kind = OURS_FAIL if ours[0] == "error" else OURS_RUN
        return Finding(kind, sql, f"sqlite3 {_show(theirs)} ours {_show(ours)}")

    def ours_only(self, sql: str) -> tuple | Finding:
        try:
            return outcome(self.ours, sql, engine.Error)
        except Exception as caught:
            return Finding(ESCAPE, sql, f"{type(caught).__name__}: {caught}")


def _show(result: tuple) -> str:
    if result[0] == "error":
        return f"error {result[1]!r}"
    rows = sorted(result[1].elements(), key=repr)
    text = repr(rows)
    return text if len(text) < 300 else text[:297] + "..."


def tlp(pair: Pair, items: str, source: str, predicate: str) -> Finding | None:
    """Ternary logic partitioning: the rows of a query are those where p is true, false or NULL."""
    whole = pair.ours_only(f"SELECT {items} FROM {source}")
    if isinstance(whole, Finding) or whole[0] == "error":
        return whole if isinstance(whole, Finding) else None
    parts = Counter()
    for condition in (f"({predicate})", f"NOT ({predicate})", f"({predicate}) IS NULL"):
        sql = f"SELECT {items} FROM {source} WHERE {condition}"
        part = pair.ours_only(sql)
        if isinstance(part, Finding):
            return part
        if part[0] == "error":
            return None
        parts += part[1]
    if parts != whole[1]:
        return Finding(TLP, f"SELECT {items} FROM {source} WHERE {predicate}", "partitions differ from the whole")
    return None


def norec(pair: Pair, source: str, predicate: str) -> Finding | None:
    """Non-optimizing reference: count(*) WHERE p equals the number of rows where p is true."""
    optimized = pair.ours_only(f"SELECT count(*) FROM {source} WHERE {predicate}")
    plain = pair.ours_only(f"SELECT coalesce(sum(CASE WHEN ({predicate}) THEN 1 ELSE 0 END), 0) FROM {source}")
    for result in (optimized, plain):
        if isinstance(result, Finding):
            return result
    if optimized[0] == "error" or plain[0] == "error":
        return None
    if optimized != plain:
        return Finding(NOREC, f"SELECT count(*) FROM {source} WHERE {predicate}",
                       f"{_show(optimized)} vs unoptimized {_show(plain)}")
    return None

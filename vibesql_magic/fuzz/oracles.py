"""Run a script on our engine and sqlite3 and say how they differ; TLP and NoREC on our engine alone.

An outcome is the rows with each value typed (1, 1.0 and '1' differ; -0.0 is not 0.0), compared as a
multiset: row order is unspecified unless ORDER BY fixes it, and sorting both keeps the check exact.

Two further SQLite connections judge a difference, never hide one: sqlite3 again with
``PRAGMA reverse_unordered_selects`` (a query whose answer changes with the scan order leaves a tie to
the engine: which of 1 and 1.0 represents a group, which row a LIMIT keeps among equals), and, where
apsw is installed, a current SQLite (3.54) fed the same statements, so a difference that is 3.40's own
bug, fixed since, is told apart. Ours must equal one of the answers SQLite itself gives. Where ours keeps
3.40's behaviour on purpose the current SQLite is judged with it too: its substr() is 3.40's (start and
length cut to a C int), and a REAL rendered as text compares by the double it names (3.40 and ours write
15 significant digits, 3.54 17).
"""

from __future__ import annotations

import math
import re
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import engine

try:  # a current SQLite, to tell 3.40's own bugs from ours; the fuzzer runs without it
    import apsw
except ImportError:  # pragma: no cover - apsw is part of the test extras
    apsw = None

WRONG = "wrong answer"  # both ran, the rows differ: the worst kind
OURS_FAIL = "ours fails"  # sqlite3 answers, ours raises an engine error
OURS_RUN = "ours runs"  # sqlite3 raises, ours answers
ESCAPE = "exception escapes"  # ours raised something that is not an engine.Error
HANG = "ours hangs"  # sqlite3 finished, ours had not after HANG_SECONDS
TLP = "TLP"
NOREC = "NoREC"
TIE = "unspecified tie"  # ours gives the answer sqlite3 gives when it scans tables the other way
FIXED_LATER = "sqlite 3.40 bug"  # ours gives what SQLite 3.54 gives; 3.40.1 differs from both
POSSIBLE_TIE = "possible tie"  # alike once values that compare equal are made one; for a person to judge
BENIGN = frozenset({TIE, FIXED_LATER})  # differences that are not ours to fix
_TIE_WORDS = re.compile(r"\b(GROUP BY|DISTINCT|UNION|INTERSECT|EXCEPT|LIMIT|OVER|min|max|sum|total|avg)\b",
                        re.IGNORECASE)
_SUMS = re.compile(r"\b(sum|total|avg)\s*\(", re.IGNORECASE)


HANG_SECONDS = 10.0  # ours may take this long (plus 100 times sqlite3's time) before it counts as a hang
HEAVY_SECONDS = 2.0  # a query sqlite3 itself needs longer for is not compared (listed in Pair.heavy)


class _Timeout(BaseException):
    """Ours ran past the limit (a BaseException, so the engine's error handling lets it through, after
    undoing the statement as it does for any interruption)."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise _Timeout in the main thread after ``seconds`` (no limit elsewhere: signals reach only it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def typed(value: object) -> tuple:
    """A value with its storage class; reals by their exact bits so -0.0 and 0.0 differ."""
    if value.__class__ is float:
        return ("real", value.hex())
    return (value.__class__.__name__, value)


def outcome(connection, sql: str, error: type[Exception] | tuple[type[Exception], ...]) -> tuple:
    """("rows", multiset) or ("error", message); an unexpected exception propagates."""
    try:
        rows = connection.execute(sql).fetchall()
    except error as caught:
        return ("error", str(caught))
    return ("rows", Counter(tuple(typed(v) for v in row) for row in rows))


def _tie_alike(sql: str, ours: Counter, theirs: Counter, scale: float = 0.0) -> bool:
    """Whether the query picks among equals (a group's or a DISTINCT row's representative, min/max, a
    LIMIT, a window's order, a REAL sum's rounding) and the rows are the same once numbers are compared
    by value (to 12 digits where REALs are summed, or to 2**-40 of ``scale``, the largest number the sum
    may have added) and texts by case and trailing spaces (a column's collation may make them equal):
    1 for 1.0 or 'a' for 'A' may be the other choice."""
    if not _TIE_WORDS.search(sql):
        return False
    summed = _SUMS.search(sql) is not None  # a REAL sum's last bits depend on the order rows are added in

    def equal_class(value: tuple) -> tuple:
        kind, payload = value
        if kind in ("int", "real"):
            number = float.fromhex(payload) if kind == "real" else float(payload)
            return ("number", float(f"{number:.12g}") if summed else number)
        if kind == "str":
            if "\x00" in payload:  # NOCASE stops at a NUL: past it, only the lengths are compared
                return ("str", payload[:payload.index("\x00")].casefold(), len(payload.encode()))
            return ("str", payload.rstrip(" ").casefold())
        return value

    def fold(rows: Counter, cell=equal_class) -> Counter:
        return Counter({tuple(cell(v) for v in row): n for row, n in rows.items()})

    if fold(ours) == fold(theirs):
        return True
    if not summed or scale <= 0:
        return False
    # A sum's rounding error grows with its largest term, not with the sum: 9223372036854775807 added and
    # taken away leaves 0.0 or 2.5e-323 as the terms come, so REALs are compared on a grid of that size.
    quantum = min(scale, sys.float_info.max) * 2.0 ** -40

    def on_grid(value: tuple) -> tuple:
        number = float.fromhex(value[1]) if value[0] == "real" else math.nan
        return ("real", round(number / quantum)) if math.isfinite(number) else equal_class(value)

    return fold(ours, on_grid) == fold(theirs, on_grid)


def is_query(sql: str) -> bool:
    """A statement that changes nothing, so it can be run again on the same state."""
    return sql.lstrip().upper().startswith(("SELECT", "WITH", "VALUES"))


_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d*)?(?:e[+-]?\d+)?(?![\w.])", re.IGNORECASE)


def _real_texts(result: tuple) -> tuple:
    """An outcome with each text that renders a REAL ('4.94065645841247e-324', '9.2233720368547758e+18')
    replaced by the double it names, so 3.40's 15 significant digits and 3.54's 17 compare alike."""
    if result[0] != "rows":
        return result

    def cell(value: tuple) -> tuple:
        if value[0] == "str" and value[1][-1:].isdigit():
            try:
                number = float(value[1])
            except ValueError:
                return value
            whole = f"{number:.1f}" if number.is_integer() and abs(number) < 1e17 else None  # 3.54's 1e15
            if value[1] == whole or value[1] in (_sqlite_real(number, digits) for digits in (15, 16, 17)):
                return ("real text", number)
        return value

    return ("rows", Counter({tuple(cell(v) for v in row): n for row, n in result[1].items()}))


def _sqlite_real(number: float, digits: int) -> str:
    """A double as SQLite writes it with ``digits`` significant digits (always a '.', as in 1.0e+15)."""
    mantissa, exponent, power = f"{number:.{digits}g}".partition("e")
    return (mantissa if "." in mantissa or not mantissa[-1:].isdigit() else mantissa + ".0") + exponent + power


def _same(first: tuple, second: tuple) -> bool:
    """Equal outcomes; two errors count as one, whatever their messages."""
    return first == second or first[0] == second[0] == "error"


@dataclass(frozen=True)
class Finding:
    kind: str
    statement: str
    detail: str


class Pair:
    """Our engine and sqlite3 fed the same statements, both autocommitting (sqlite3 with foreign keys on),
    and SQLite 3.54 beside them when apsw is there."""

    def __init__(self) -> None:
        self.ours = engine.connect(None, isolation_level=None)  # autocommit, as sqlite3 here
        self.theirs = sqlite3.connect(":memory:", isolation_level=None)
        self.theirs.execute("PRAGMA foreign_keys = ON")
        self.heavy: list[str] = []  # queries sqlite3 took more than HEAVY_SECONDS for, left uncompared
        self.current = None
        if apsw is not None:
            self.current = apsw.Connection(":memory:")
            self.current.execute("PRAGMA foreign_keys = ON")
            for name in ("substr", "substring"):
                for arity in (2, 3):
                    self.current.create_scalar_function(name, self._substr_of_3_40, arity, deterministic=True)

    def _substr_of_3_40(self, *arguments):
        """substr() as sqlite3 3.40 computes it, for the current SQLite: ours keeps 3.40's C int arguments."""
        placeholders = ", ".join("?" * len(arguments))
        try:
            return self.theirs.execute(f"SELECT substr({placeholders})", arguments).fetchone()[0]
        except sqlite3.Error as caught:
            raise apsw.SQLError(str(caught)) from None

    def close(self) -> None:
        self.ours.close()
        self.theirs.close()
        if self.current is not None:
            self.current.close()

    def compare(self, sql: str) -> Finding | None:
        started = time.perf_counter()
        theirs = outcome(self.theirs, sql, sqlite3.Error)
        took = time.perf_counter() - started
        if took > HEAVY_SECONDS and is_query(sql):
            self.heavy.append(sql)  # ours at 100 times sqlite3's time would hold the campaign for hours
            return None
        limit = HANG_SECONDS + 100 * took
        current = self._judge(sql, limit) if self.current is not None else None
        try:
            with _deadline(limit):
                ours = outcome(self.ours, sql, engine.Error)
        except _Timeout:
            return Finding(HANG, sql, f"sqlite3 {_show(theirs)} ours ran past {limit:.0f}s")
        except Exception as caught:
            return Finding(ESCAPE, sql, f"{type(caught).__name__}: {caught}")
        if _same(ours, theirs):  # a failed write may keep what it did first (OR FAIL, RAISE(FAIL)): compared too
            return None if is_query(sql) else self._state(sql)
        detail = f"sqlite3 {_show(theirs)} ours {_show(ours)}"
        if is_query(sql) and _same(ours, self._reversed(sql)):  # rows, or an error the row order decides
            return Finding(TIE, sql, detail)
        if current is not None and _same(_real_texts(ours), _real_texts(current)):
            return Finding(FIXED_LATER, sql, detail)
        if ours[0] == theirs[0]:
            scale = self._scale(sql) if ours[0] == "rows" and _SUMS.search(sql) else 0.0
            tie = any(other[0] == "rows" and _tie_alike(sql, ours[1], other[1], scale)
                      for other in (theirs, current) if other is not None)
            return Finding(POSSIBLE_TIE if tie else WRONG, sql, detail)
        return Finding(OURS_FAIL if ours[0] == "error" else OURS_RUN, sql, detail)

    def _judge(self, sql: str, seconds: float) -> tuple:
        """SQLite 3.54's outcome, interrupted after ``seconds`` as ours is (3.54 may take another way to
        an error 3.40 raised at once, materializing large zeroblobs first)."""
        deadline = time.perf_counter() + seconds
        self.current.set_progress_handler(lambda: time.perf_counter() > deadline, 10_000)
        try:
            return outcome(self.current, sql, apsw.Error)
        finally:
            self.current.set_progress_handler(None)

    def _scale(self, sql: str) -> float:
        """The largest magnitude a sum in ``sql`` may add: of its numeric literals and of every value
        stored in sqlite3's tables (as a number, the way sum() reads text)."""
        largest = max((abs(float(literal)) for literal in _NUMBER.findall(sql)), default=0.0)
        for table, _ in self._tables():
            columns = [row[1] for row in self.theirs.execute(f"PRAGMA table_info({table})")]
            for column in columns:
                found = self.theirs.execute(f'SELECT max(abs(CAST("{column}" AS REAL))) FROM {table}').fetchone()[0]
                largest = max(largest, found or 0.0)
        return largest

    def _tables(self) -> list[tuple[str, str]]:
        """The script's tables in sqlite3, each with its CREATE statement."""
        return self.theirs.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite%' ORDER BY name").fetchall()

    def _state(self, sql: str) -> Finding | None:
        """After a write that answered alike: whether every table holds the same rows (rowids included)."""
        for name, text in self._tables():
            rowid = "" if "WITHOUT ROWID" in text.upper() else "rowid, "
            query = f"SELECT {rowid}* FROM {name}"
            theirs = outcome(self.theirs, query, sqlite3.Error)
            try:
                ours = outcome(self.ours, query, engine.Error)
            except Exception as caught:
                return Finding(ESCAPE, sql, f"{query}: {type(caught).__name__}: {caught}")
            if ours != theirs:
                current = outcome(self.current, query, apsw.Error) if self.current is not None else None
                fixed = current is not None and _real_texts(current) == _real_texts(ours)
                kind = FIXED_LATER if fixed else TIE if rowid and self._random_rowids(name) else WRONG
                return Finding(kind, sql, f"then {query}: sqlite3 {_show(theirs)} ours {_show(ours)}")
        return None

    def _random_rowids(self, table: str) -> bool:
        """Whether the rows are alike but for rowids SQLite chose at random (it does once the largest
        rowid is in use; ours takes the smallest free one)."""
        if not self.theirs.execute(f"SELECT 1 FROM {table} WHERE rowid = 9223372036854775807").fetchall():
            return False
        columns = self.theirs.execute(f"PRAGMA table_info({table})").fetchall()  # cid, name, type, _, _, pk
        keys = [column for column in columns if column[5]]
        alias = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None  # holds the rowid
        query = "SELECT " + ", ".join("NULL" if name == alias else f'"{name}"' for _, name, *_ in columns)
        query += f" FROM {table}"
        return outcome(self.theirs, query, sqlite3.Error) == outcome(self.ours, query, engine.Error)

    def _reversed(self, sql: str) -> tuple:
        """sqlite3's answer when it scans each table in the opposite order."""
        self.theirs.execute("PRAGMA reverse_unordered_selects = ON")
        try:
            return outcome(self.theirs, sql, sqlite3.Error)
        finally:
            self.theirs.execute("PRAGMA reverse_unordered_selects = OFF")

    def ours_only(self, sql: str) -> tuple | Finding:
        try:
            with _deadline(HANG_SECONDS):
                return outcome(self.ours, sql, engine.Error)
        except _Timeout:
            return Finding(HANG, sql, f"ours ran past {HANG_SECONDS:.0f}s")
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

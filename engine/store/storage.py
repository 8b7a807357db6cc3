"""Row storage: a table's rows keyed by rowid, and the indexes kept beside them.

Rows are tuples in a dict ordered by rowid, so a scan is a walk over the dict's
values, as SQLite walks its table b-tree. Indexes map a key to rowids; they are kept
current on every change because UNIQUE and PRIMARY KEY checks need them, and a sorted
view of the keys is built lazily for range lookups.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from operator import itemgetter

from engine.errors import OperationalError
from engine.semantics.limits import INT64_MAX
from engine.semantics.values import collate_key, sort_key, sort_key_collated
from engine.store.catalog import IndexSchema, TableSchema

_NO_ROWIDS: tuple[int, ...] = ()


class Index:
    """Key → rowids for one index; unique indexes map each key to a single rowid.

    A partial index has a ``member`` test (its WHERE): other rows have no key, so they are neither
    held nor checked for uniqueness; queries do not read such an index, which lacks rows."""

    def __init__(self, schema: IndexSchema, table: Table, member: Callable[[tuple], bool] | None = None) -> None:
        self.schema = schema
        self.name = schema.name
        self.unique = schema.unique
        self.positions = schema.columns
        self.member = member
        collations = [table.schema.columns[p].collation for p in self.positions]
        key = _key_function(self.positions, collations)
        self._key = key if member is None else lambda row: key(row) if member(row) else None
        self._column_keys = [sort_key_collated(c) if c and c != "BINARY" else sort_key for c in collations]
        self.entries: dict = {}
        self._sorted: tuple[list, list[int]] | None = None
        self._scan: list[int] | None = None
        if self.unique:  # what add() would make of each row, the last row of a key winning, in one pass
            self.entries = dict(zip(map(self._key, table.rows.values()), table.rows, strict=True))
            self.entries.pop(None, None)
        else:
            for rowid, row in table.rows.items():
                self.add(rowid, row)

    def key(self, row: tuple) -> object | None:
        """The index key of a row, or None when a NULL makes it match nothing."""
        return self._key(row)

    def add(self, rowid: int, row: tuple) -> None:
        self._scan = None
        key = self._key(row)
        if key is None:
            return
        self._sorted = None
        if self.unique:
            self.entries[key] = rowid
        else:
            bucket = self.entries.get(key)
            if bucket is None:
                self.entries[key] = {rowid}
            else:
                bucket.add(rowid)

    def remove(self, rowid: int, row: tuple) -> None:
        self._scan = None
        key = self._key(row)
        if key is None:
            return
        self._sorted = None
        if self.unique:
            if self.entries.get(key) == rowid:
                del self.entries[key]
        else:
            bucket = self.entries.get(key)
            if bucket is not None:
                bucket.discard(rowid)
                if not bucket:
                    del self.entries[key]

    def conflict(self, row: tuple) -> int | None:
        """The rowid of a row already holding this row's key in a unique index."""
        key = self._key(row)
        if key is None:
            return None
        return self.entries.get(key)

    def lookup(self, key: object) -> Iterable[int]:
        """Rowids whose key equals ``key`` (already normalised like stored keys)."""
        found = self.entries.get(key)
        if found is None:
            return _NO_ROWIDS
        return (found,) if self.unique else found

    def range(self, low: object, low_inclusive: bool, high: object, high_inclusive: bool) -> list[int]:
        """Rowids of single-column keys between two bounds (None: unbounded) in SQLite order."""
        keys, rowids = self._sorted_entries()
        start = 0
        if low is not None:
            start = (bisect_left if low_inclusive else bisect_right)(keys, sort_key(low))
        end = len(keys)
        if high is not None:
            end = (bisect_right if high_inclusive else bisect_left)(keys, sort_key(high))
        return rowids[start:end]

    def scan_order(self, rows: dict[int, tuple], ties: list[int] | None = None) -> list[int]:
        """Every rowid of the table's ``rows`` in the order a scan of this index walks them: its
        columns' values in SQLite's order (NULLs first, DESC columns reversed, collations applied),
        then the rowid, or the order of ``ties`` (a WITHOUT ROWID table's primary key order). Kept
        until the next change."""
        if self._scan is None:
            rowids = sorted(rows) if ties is None else list(ties)
            for position, key, descending in reversed(list(zip(self.positions, self._column_keys,
                                                               self.schema.descending, strict=True))):
                rowids.sort(key=lambda rowid, p=position, k=key: k(rows[rowid][p]), reverse=descending)
            self._scan = rowids
        return self._scan

    def _sorted_entries(self) -> tuple[list, list[int]]:
        if self._sorted is None:
            pairs = []
            if self.unique:
                pairs = [(sort_key(key), rowid) for key, rowid in self.entries.items()]
            else:
                for key, bucket in self.entries.items():
                    sk = sort_key(key)
                    pairs.extend((sk, rowid) for rowid in bucket)
            pairs.sort()
            self._sorted = ([p[0] for p in pairs], [p[1] for p in pairs])
        return self._sorted


def _key_function(positions: tuple[int, ...], collations: list[str | None]):
    """A function row -> key that normalises text by collation and gives None for NULL keys."""
    folded = [(p, c) for p, c in zip(positions, collations, strict=True) if c and c != "BINARY"]
    if len(positions) == 1:
        position = positions[0]
        if not folded:
            return itemgetter(position)
        collation = folded[0][1]

        def single(row: tuple) -> object:
            value = row[position]
            return collate_key(value, collation) if value.__class__ is str else value

        return single
    getter = itemgetter(*positions)
    collation_of = dict(folded)

    def composite(row: tuple) -> tuple | None:
        key = getter(row)
        if None in key:
            return None
        if collation_of:
            key = tuple(
                collate_key(value, collation_of[p]) if p in collation_of and value.__class__ is str else value
                for p, value in zip(positions, key, strict=True)
            )
        return key

    return composite


class Table:
    """A table's rows (rowid → tuple) and its indexes."""

    def __init__(self, schema: TableSchema) -> None:
        self.schema = schema
        self.rows: dict[int, tuple] = {}
        self.indexes: dict[str, Index] = {}
        self.max_rowid: int | None = 0  # 0 when empty; None: unknown after deleting the largest rowid
        self.sequence = 0  # AUTOINCREMENT's high-water mark
        self.ordered = True  # False once a rowid arrives below the largest one

    @property
    def name(self) -> str:
        return self.schema.name

    def decode_on_first_use(self, decode: Callable[[], tuple[dict[int, tuple], list[dict]]]) -> None:
        """Leave the rows and index entries encoded until a statement first reads them.

        A warm reload restores every table this way, so opening a large results database
        costs milliseconds and a query pays only for the tables it reads. ``decode`` returns
        the rows and each index's entries, in the order of ``indexes``."""
        self.__dict__["_encoded"] = (decode, self.indexes)
        del self.rows, self.indexes

    def __getattr__(self, name: str):
        # called only for attributes the instance lacks: rows and indexes while they are still encoded
        encoded = self.__dict__.get("_encoded")
        if encoded is None or name not in ("rows", "indexes"):
            raise AttributeError(f"'Table' object has no attribute '{name}'")
        decode, indexes = encoded
        rows, entries = decode()
        for index, index_entries in zip(indexes.values(), entries, strict=True):
            index.entries, index._sorted, index._scan = index_entries, None, None
        self.rows, self.indexes = rows, indexes
        del self.__dict__["_encoded"]
        return self.__dict__[name]

    def primary_key_index(self) -> str | None:
        """The name of the index that enforces the PRIMARY KEY (a WITHOUT ROWID table's own order)."""
        for name, index in self.indexes.items():  # a loop, not next() of a generator: asked by every full scan
            if index.schema.origin == "primary key":
                return name
        return None

    def scan(self) -> dict[int, tuple]:
        """Rows in rowid order."""
        if not self.ordered:
            self.rows = dict(sorted(self.rows.items()))
            self.ordered = True
        return self.rows

    def largest_rowid(self) -> int:
        if self.max_rowid is None:
            self.max_rowid = max(self.rows, default=0)
        return self.max_rowid

    def _largest_taken(self) -> int:
        """The largest rowid in use, or AUTOINCREMENT's high-water mark when that is larger."""
        largest = self.largest_rowid()
        return max(largest, self.sequence) if self.schema.autoincrement else largest

    def new_rowid(self) -> int:
        """The rowid SQLite would choose for a row inserted without one."""
        largest = self._largest_taken()
        if largest < INT64_MAX:
            return largest + 1
        if self.schema.autoincrement:  # SQLite never reuses an AUTOINCREMENT rowid
            raise OperationalError("database or disk is full")
        candidate = 1
        while candidate in self.rows:
            candidate += 1
        return candidate

    def append(self, rows: list[tuple]) -> range | None:
        """Store checked rows under the rowids after the largest taken, as inserting each with `new_rowid`
        would, for a table without indexes; None (nothing stored) when they would pass the largest rowid
        possible, where `new_rowid` looks for free ones."""
        largest = self._largest_taken()
        if largest > INT64_MAX - len(rows) or self.indexes:
            return None
        rowids = range(largest + 1, largest + 1 + len(rows))
        self.rows.update(zip(rowids, rows, strict=True))
        if rows:
            self.max_rowid = rowids[-1]
            self.sequence = max(self.sequence, rowids[-1])
        return rowids

    def insert(self, rowid: int, row: tuple) -> None:
        """Store a row whose constraints have been checked."""
        self.rows[rowid] = row
        largest = self.max_rowid
        if largest is not None:
            if rowid > largest or len(self.rows) == 1:  # the first row sets it, even below zero
                self.max_rowid = rowid
            else:
                self.ordered = False
        else:
            self.ordered = False
        if rowid > self.sequence:
            self.sequence = rowid
        for index in self.indexes.values():
            index.add(rowid, row)

    def delete(self, rowid: int) -> tuple:
        row = self.rows.pop(rowid)
        if rowid == self.max_rowid:
            self.max_rowid = None
        for index in self.indexes.values():
            index.remove(rowid, row)
        return row

    def replace(self, rowid: int, row: tuple) -> tuple:
        """Overwrite a row in place; returns the old one."""
        old = self.rows[rowid]
        self.rows[rowid] = row
        for index in self.indexes.values():
            index.remove(rowid, old)
            index.add(rowid, row)
        return old


"""Loading SQL dumps: VibeSQL's, ``sqlite3 .dump``'s and plain scripts, all or nothing.

A dump is split into statements line by line: most statements are one-line INSERTs, and
only chunks that are not plainly so (a quote left open, a comment after code, a trigger
body) go through the general statement splitter. INSERTs of literal rows are read by
`engine.literal_rows` and inserted in batches per table; everything else runs as
ordinary SQL. The whole load is one atomic unit: any error names ``path:line:column``,
quotes the start of the statement, and leaves the database exactly as it was.
Foreign keys are checked once at the end, because dumps (sqlite3's among them) insert
children before parents.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice, repeat
from pathlib import Path
from typing import NamedTuple

from engine.dumps import collector, snapshot
from engine.errors import Error, IntegrityError, OperationalError
from engine.sql.literal_rows import LiteralInsert, row_run, scan_insert, single_row
from engine.sql.script import content_start, line_and_column, split_statements
from engine.statements import dispatch
from engine.statements.dml import InsertStatement, check_all_foreign_keys, insert_rows

_SQLITE_HEADER = b"SQLite format 3\x00"
_TRANSACTION_CONTROL = re.compile(
    r"\s*(?:BEGIN(?:\s+(?:DEFERRED|IMMEDIATE|EXCLUSIVE))?(?:\s+TRANSACTION)?|COMMIT(?:\s+TRANSACTION)?|"
    r"END(?:\s+TRANSACTION)?)\s*;?\s*\Z",
    re.IGNORECASE | re.ASCII,
)
_FOREIGN_KEYS_PRAGMA = re.compile(r"\s*PRAGMA\s+foreign_keys\s*=\s*(\w+)\s*;?\s*\Z", re.IGNORECASE | re.ASCII)
_SIMPLE_LINE_END = re.compile(r";\s*\Z", re.ASCII)


class Statement(NamedTuple):
    """One statement of the dump and where it starts (1-based line, column).

    ``whole_line`` marks the common case, a statement that is exactly its lines (one, or a few
    for a multi-line string): a loader may then remember just the first line's number and read
    the text back if an error needs it.
    """

    text: str
    line: int
    column: int
    whole_line: bool = False


def load_dump(database, path: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Run every statement of the dump at ``path`` against ``database``, atomically.

    ``progress(done, total)`` is told, about every megabyte, how many characters of the dump's
    text have been read, so a caller can draw a bar for a large file. A dump loaded into an empty
    database leaves a snapshot beside it (`engine.dumps.snapshot`) that the next load of the same
    bytes reads instead of parsing them.
    """
    path = Path(path)
    warm = snapshot.applies_to(database)
    if warm and snapshot.restore(database, path):
        if progress is not None:
            progress(1, 1)
        return
    data = _read_bytes(path)
    with ThreadPoolExecutor(max_workers=1) as hasher:  # hashing releases the GIL: it runs beside the parse
        digest = hasher.submit(hashlib.sha256, data) if warm else None
        text = _decode(path, data)
        del data  # the hasher lets go of the bytes when done: they are not held through the parse
        _load_text(database, path, text, progress)
    if digest is not None:
        snapshot.save(database, path, snapshot.key_for(digest.result().digest(), database.foreign_keys))


def _load_text(database, path: Path, text: str, progress: Callable[[int, int], None] | None) -> None:
    previous_foreign_keys = database.foreign_keys
    loader = _Loader(database, path, text)
    try:
        with collector.paused(), database.atomic():
            database.defer_foreign_keys = True
            try:
                script = _Script(text, progress)
                for statement in script:
                    loader.run(statement)
                    if statement.whole_line:
                        loader.take_run(script)
                loader.flush()
            finally:
                database.defer_foreign_keys = False
            if database.foreign_keys:
                loader.check_foreign_keys()
    finally:
        database.foreign_keys = previous_foreign_keys


def read_dump_text(path: Path) -> str:
    """The dump's text (BOM removed, CRLF as LF), or an error that says what the file is instead."""
    return _decode(path, _read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise OperationalError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise OperationalError(f"{path}: is a directory, not a SQL dump") from None
    except OSError as error:
        raise OperationalError(f"{path}: cannot read the file: {error.strerror}") from None
    return data


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(_SQLITE_HEADER):
        raise OperationalError(
            f"{path}: is a SQLite database file, not a SQL dump; export it with `sqlite3 {path} .dump > dump.sql` "
            f"and load that")
    if not data or data.isspace():  # without copying a large dump as strip() would
        raise OperationalError(f"{path}: the file is empty; a SQL dump holds CREATE TABLE and INSERT statements")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = line_and_column(data[:error.start].decode("utf-8", errors="replace"), error.start)
        raise OperationalError(f"{path}:{line}:{column}: the file is not UTF-8 text (byte 0x{data[error.start]:02x})",
                               line=line, column=column) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n")


def statements_of(text: str, progress: Callable[[int, int], None] | None = None):
    """The statements of a script with their positions; fast for one statement per line."""
    return iter(_Script(text, progress))


class _Script:
    """The statements of a script in order, with their positions, read a line at a time.

    A reader that consumed a run of lines itself (`engine.sql.literal_rows.row_run`) moves the
    script past them with `skip_to`; that is allowed right after a ``whole_line`` statement,
    when nothing is pending.
    """

    def __init__(self, text: str, progress: Callable[[int, int], None] | None = None) -> None:
        self.text = text
        self.progress = progress
        self.position = 0  # where the next line starts
        self.line = 1  # and its number

    def skip_to(self, position: int) -> None:
        self.line += self.text.count("\n", self.position, position)
        self.position = position

    def __iter__(self):
        text, progress = self.text, self.progress
        length = len(text)
        report = 0
        pending: list[str] = []
        start_line = 0
        quotes = 0
        while self.position < length:
            if progress is not None and self.position >= report:
                progress(self.position, length)
                report = self.position + _PROGRESS_STEP
            end = text.find("\n", self.position)
            if end < 0:
                end = length
            line = text[self.position:end]
            number = self.line
            self.position, self.line = end + 1, number + 1
            if not pending:
                stripped = line.strip(_BLANKS)
                if not stripped or stripped.startswith("--"):
                    continue
                start_line = number
            pending.append(line)
            quotes += line.count("'")
            if quotes % 2 == 0 and _SIMPLE_LINE_END.search(line):
                lines, pending, quotes = pending, [], 0
                if len(lines) == 1 and line.count(";") == 1 and "--" not in line and "/*" not in line and \
                        '"' not in line:
                    yield Statement(line[:line.rindex(";")], start_line, 1, True)  # the common case, inline
                    continue
                chunk = "\n".join(lines) if len(lines) > 1 else line
                if _plain(chunk):  # a multi-line string value, or quotes, dashes or semicolons inside one
                    yield Statement(chunk[:chunk.rindex(";")], start_line, 1, True)
                else:
                    yield from _complete(lines, start_line)
        if pending:
            yield from _complete(pending, start_line)
        if progress is not None:
            progress(length, length)


_BLANKS = " \t\n\r\f\v"  # SQLite's white space; Python's str.strip() also takes other scripts'
_PROGRESS_STEP = 1 << 20  # characters between two progress reports, and the most one run of rows reads


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")  # a string literal or a double-quoted name, whichever opens first


def _plain(chunk: str) -> bool:
    """Whether, outside its string literals and double-quoted names (sqlite3's .dump quotes them all), the
    chunk holds no comment, no other quoted name and no semicolon but its last character's: then it is
    one statement, exactly its lines."""
    outside = _QUOTED.sub("", chunk)
    return (outside.count(";") == 1 and "--" not in outside and "/*" not in outside and '"' not in outside
            and "`" not in outside and "[" not in outside)


def _complete(lines: list[str], start_line: int):
    """The statements in a chunk of whole lines that ends at a statement boundary (or the file's end)."""
    chunk = "\n".join(lines)
    for part in split_statements(chunk):
        offset = part.start + content_start(part.text)
        line, column = line_and_column(chunk, offset)
        yield Statement(part.text, start_line + line - 1, column)


@dataclass
class _Batch:
    """Consecutive literal INSERTs into the same table, columns and policy."""

    literal: LiteralInsert
    rows: list[tuple] = field(default_factory=list)
    # per row, where it came from: the line number of a whole-line statement, the Statement, or the run
    sources: list[int | Statement | _Run] = field(default_factory=list)


class _Run(NamedTuple):
    """Rows read as a run of lines (`engine.sql.literal_rows.row_run`): the run's text span, its first
    line and the index of its first row in the batch, enough to find any row's line again."""

    start: int
    end: int
    line: int
    first_row: int


class _Loader:
    def __init__(self, database, path: Path, text: str) -> None:
        self.database = database
        self.path = path
        self.text = text
        self.batch: _Batch | None = None
        self.inserted: list[tuple[str, list, list]] = []  # table, rowids, sources (as in _Batch)

    def run(self, statement: Statement) -> None:
        text = statement.text
        batch = self.batch
        if batch is not None and text.startswith(batch.literal.head):  # the next row of the same INSERT
            row = single_row(text, len(batch.literal.head))
            if row is not None:
                batch.rows.append(row)
                batch.sources.append(statement.line if statement.whole_line else statement)
                return
        literal = scan_insert(text)
        if literal is not None:
            self._add(literal, statement)
            return
        self.flush()
        if _TRANSACTION_CONTROL.match(text):
            return  # the load is its own transaction
        pragma = _FOREIGN_KEYS_PRAGMA.match(text)
        if pragma is not None:
            self.database.foreign_keys = pragma.group(1).upper() in ("1", "ON", "TRUE", "YES")
            return
        try:
            dispatch.execute(self.database, text)
        except Error as error:
            raise self._located(error, statement) from None

    def take_run(self, script: _Script) -> None:
        """Read the lines after the statement just run, if they are more rows of the same INSERT."""
        batch = self.batch
        if batch is None:
            return
        head, width, start = batch.literal.head, len(batch.rows[-1]), script.position
        if not self.text.startswith(head, start):
            return
        limit = self.text.find("\n", start + _PROGRESS_STEP) + 1 or len(self.text)
        run = row_run(self.text, start, head, width, limit)
        if run is None:
            return
        rows, end = run
        source = _Run(start, end, script.line, len(batch.rows))
        batch.rows.extend(rows)
        batch.sources.extend(repeat(source, len(rows)))
        script.skip_to(end)

    def _add(self, literal: LiteralInsert, statement: Statement) -> None:
        batch = self.batch
        if batch is None or (batch.literal.table, batch.literal.columns, batch.literal.policy) != (
                literal.table, literal.columns, literal.policy):
            self.flush()
            batch = self.batch = _Batch(literal)
        batch.rows.extend(literal.rows)
        batch.sources.extend([statement.line if statement.whole_line else statement] * len(literal.rows))

    def flush(self) -> None:
        batch, self.batch = self.batch, None
        if batch is None:
            return
        try:
            target = InsertStatement.of_literals(self.database, LiteralInsert(
                batch.literal.table, batch.literal.columns, batch.literal.policy, []))
        except Error as error:
            raise self._located(error, self._statement(batch.sources, 0)) from None
        rowids: list = []
        try:
            insert_rows(self.database, target.table, target.positions, batch.rows, target.policy, rowids=rowids)
        except Error as error:
            index = getattr(error, "row_index", 0)
            raise self._located(error, self._statement(batch.sources, max(index, 0))) from None
        self.inserted.append((target.table.name, rowids, batch.sources))

    def _statement(self, sources: list[int | Statement | _Run], index: int) -> Statement:
        """The statement the batch's row ``index`` came from, its text read back from the dump if need be."""
        source = sources[index]
        if isinstance(source, Statement):
            return source
        if isinstance(source, _Run):
            found = next(islice(statements_of(self.text[source.start:source.end]), index - source.first_row, None))
            return found._replace(line=found.line + source.line - 1)
        start = 0
        for _ in range(source - 1):
            start = self.text.index("\n", start) + 1
        first = next(statements_of(self.text[start:]))
        return first._replace(line=first.line + source - 1)

    def check_foreign_keys(self) -> None:
        try:
            check_all_foreign_keys(self.database)
        except IntegrityError as error:
            table, rowid = error.table, error.rowid
            for name, rowids, sources in self.inserted:
                if name == table and rowid in rowids:
                    line = self._statement(sources, rowids.index(rowid)).line
                    raise IntegrityError(f"{self.path}:{line}:1: {error.message}", line=line, column=1) from None
            raise IntegrityError(f"{self.path}: {error.message}") from None

    def _located(self, error: Error, statement: Statement) -> Error:
        """The same kind of error, naming path:line:column and quoting the statement's start."""
        line, column = statement.line, statement.column
        if error.line is not None:
            line = statement.line + error.line - 1
            column = error.column if error.line > 1 else statement.column + error.column - 1
        quoted = " ".join(statement.text.split())
        if len(quoted) > 80:
            quoted = quoted[:77] + "..."
        located = type(error)(f"{self.path}:{line}:{column}: {error.message} in: {quoted}", line=line,
                              column=column, sql=statement.text)
        return located

"""Saving a database as a SQL dump: deterministic text, written atomically.

The dump is plain SQL that our loader and ``sqlite3`` both read: CREATE statements and one
``INSERT INTO t VALUES(…);`` per row, wrapped in a transaction. Objects come in
dependency order (schemas and roles, tables with a foreign key after the tables they
reference, indexes, views after what they read, triggers) and otherwise in creation
order, and nothing in the text depends on the clock, so saving, loading and saving again
gives the same bytes. Values are written so that they read back as the same value and
storage class (REALs by ``repr``, which round-trips exactly).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlglot import exp

from engine.errors import OperationalError
from engine.semantics.sql_text import quote_identifier, real_literal, sql_literal
from engine.statements.information_schema import sequence_rows

HEADER = "-- vibesql-magic SQL dump"


def dump_sql(database) -> str:
    """The whole database as the text of a SQL dump."""
    return "".join(iter_dump(database))


def save_dump(database, path: Path) -> None:
    """Write the dump to ``path`` atomically: a temporary file beside it, fsync, then rename.

    A crash or kill at any moment leaves either the old file or the complete new one.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OperationalError(f"cannot save {path}: the directory {directory} does not exist")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            for chunk in iter_dump(database):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_directory(directory)


def _mode_for(path: Path) -> int:
    """Keep the file's permissions; a new file gets what open() would give it (mkstemp's are private)."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def iter_dump(database) -> Iterator[str]:
    """The dump in chunks of text, statement by statement (rows in batches)."""
    yield HEADER + "\n"
    yield "BEGIN TRANSACTION;\n"
    for text in _leading_statements(database):
        yield text + ";\n"
    for table in _tables_in_dependency_order(database):
        yield table.schema.sql() + ";\n"
        yield from _rows(table)
    marks = sequence_rows(database)
    if marks:  # as sqlite3 .dump writes them, so that reloaded AUTOINCREMENT tables never reuse a rowid
        yield "DELETE FROM sqlite_sequence;\n"
        yield "".join(f"INSERT INTO sqlite_sequence VALUES({_literal(name)},{seq});\n" for name, seq in marks)
    for text in _trailing_statements(database):
        yield text + ";\n"
    yield "COMMIT;\n"


def schema_statements(database) -> list[str]:
    """Every statement of the dump but the rows, in the dump's order (what a snapshot replays)."""
    return [*_leading_statements(database), *(table.schema.sql() for table in _tables_in_dependency_order(database)),
            *_trailing_statements(database)]


def _leading_statements(database) -> Iterator[str]:
    """Schemas and roles, which come before the tables."""
    for text in database.schemas.values():
        yield text.rstrip(";")
    for text in database.roles.values():
        yield text.rstrip(";")


def _trailing_statements(database) -> Iterator[str]:
    """Indexes, views and triggers, which come after the tables' rows."""
    for table in database.tables.values():
        for index in table.indexes.values():
            if index.schema.origin == "index":
                yield index.schema.sql(table.schema)
    for view in _views_in_dependency_order(database):
        yield view.sql.rstrip().rstrip(";")
    for trigger in database.triggers.values():
        yield trigger.sql.rstrip().rstrip(";")


def _rows(table, batch: int = 2000) -> Iterator[str]:
    schema = table.schema
    prefix = f"INSERT INTO {quote_identifier(table.name)} VALUES("
    stored = None
    if schema.generated_positions:  # as sqlite3's .dump: generated values are computed again, never inserted
        stored = schema.insertable_positions
        names = ",".join(quote_identifier(schema.columns[p].name) for p in stored)
        prefix = f"INSERT INTO {quote_identifier(table.name)}({names}) VALUES("
    lines = []
    for row in table.scan().values():
        if stored is not None:
            row = [row[p] for p in stored]
        lines.append(prefix + ",".join(map(_literal, row)) + ");\n")
        if len(lines) >= batch:
            yield "".join(lines)
            lines.clear()
    if lines:
        yield "".join(lines)


def _literal(value: object) -> str:
    """sql_literal with the common classes first: this runs once per stored value."""
    cls = value.__class__
    if cls is int:
        return str(value)
    if cls is str:
        return "'" + value.replace("'", "''") + "'" if "'" in value else "'" + value + "'"
    if cls is float:
        return real_literal(value)
    return sql_literal(value)


def _topological(items: list, key, dependencies) -> list:
    """Items with each after those it depends on; otherwise in their original order."""
    order = {key(item): position for position, item in enumerate(items)}
    placed: set = set()
    result = []
    visiting: set = set()

    def visit(item) -> None:
        name = key(item)
        if name in placed or name in visiting:
            return
        visiting.add(name)
        for dependency in sorted(dependencies(item), key=lambda d: order.get(d, -1)):
            if dependency in order and dependency != name:
                visit(items[order[dependency]])
        visiting.discard(name)
        placed.add(name)
        result.append(item)

    for item in items:
        visit(item)
    return result


def _tables_in_dependency_order(database) -> list:
    tables = list(database.tables.values())
    return _topological(tables, lambda t: t.name.lower(),
                        lambda t: {key.parent.lower() for key in t.schema.foreign_keys})


def _views_in_dependency_order(database) -> list:
    views = list(database.views.values())
    return _topological(views, lambda v: v.name.lower(),
                        lambda v: {table.name.lower() for table in v.query.find_all(exp.Table)})

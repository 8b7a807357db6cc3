"""sqlite_sequence: AUTOINCREMENT's high-water marks, as SQLite shows them and dumps restore them.

SQLite keeps the marks in a real table, and ``sqlite3 .dump`` (like our own dumps) writes them
back with ``DELETE FROM sqlite_sequence`` and ``INSERT INTO sqlite_sequence VALUES(name, seq)``.
Without them a dump would lose the mark, and a reloaded table would hand out a rowid it had
already used. Here each mark lives on its table (`Table.sequence`): reads go through a virtual
table, and INSERT, UPDATE and DELETE on ``sqlite_sequence`` set the marks through the undo log,
so a rollback restores them. A row for a table that is not AUTOINCREMENT has nowhere to live and
is refused rather than dropped, and so is a second row for one table (SQLite would keep both
and read the first).
"""

from __future__ import annotations

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query.compiler import ParameterMap
from engine.query.executor import Env
from engine.statements.compiled import CompiledStatement
from engine.statements.database import Database
from engine.statements.dml import runnable
from engine.statements.information_schema import SEQUENCE_TABLE as NAME
from engine.statements.information_schema import has_sequences

COLUMNS = ("name", "seq")


def writes_sequences(tree: exp.Expression) -> bool:
    """Whether an INSERT, UPDATE or DELETE targets sqlite_sequence."""
    target = tree.this
    if isinstance(target, exp.Schema):
        target = target.this
    return isinstance(target, exp.Table) and target.name.lower() == NAME and not target.args.get("db")


def compile_sequence_write(database: Database, tree: exp.Expression) -> CompiledStatement:
    """A runnable INSERT, UPDATE or DELETE on sqlite_sequence."""
    if not has_sequences(database):
        raise OperationalError(f"no such table: {NAME}")
    if tree.args.get("returning") is not None:
        raise NotSupportedError(f"RETURNING on {NAME} is not supported")
    parameters = ParameterMap(tree)
    if isinstance(tree, exp.Insert):
        statement = _Insert(database, tree, parameters)
    elif isinstance(tree, exp.Update):
        statement = _Update(database, tree, parameters)
    else:
        statement = _Delete(database, tree, parameters)
    return runnable(statement, parameters)


def _set_mark(database: Database, name: object, seq: object, new_row: bool = False) -> None:
    table = database.find_table(name) if isinstance(name, str) else None
    if table is None or not table.schema.autoincrement:
        raise NotSupportedError(f"{NAME} rows can only name AUTOINCREMENT tables, not {name!r}")
    if new_row and table.sequence > 0:  # SQLite would keep two rows and read the first: refuse instead
        raise NotSupportedError(f"{NAME} already has a row for {table.name}: UPDATE it or DELETE it first")
    if isinstance(seq, float) and seq.is_integer():
        seq = int(seq)
    if seq is None:
        seq = 0
    if not isinstance(seq, int):
        raise NotSupportedError(f"{NAME}.seq must be an integer, not {seq!r}")
    previous = table.sequence
    database.undo.record(lambda: setattr(table, "sequence", previous))
    table.sequence = seq


def _selected(database: Database, outputs: list[exp.Expression], where: exp.Expression | None,
              parameters: ParameterMap):
    query = exp.select(*outputs).from_(NAME)
    if where is not None:
        query = query.where(where.this)
    return database.planner.plan_query(query, parameters).plan


class _Insert:
    def __init__(self, database: Database, tree: exp.Insert, parameters: ParameterMap) -> None:
        if tree.args.get("conflict") is not None or tree.args.get("alternative"):
            raise NotSupportedError(f"conflict clauses on {NAME} are not supported")
        names = list(COLUMNS)
        if isinstance(tree.this, exp.Schema):
            names = [identifier.name.lower() for identifier in tree.this.expressions]
            unknown = [name for name in names if name not in COLUMNS]
            if unknown:
                raise OperationalError(f"table {NAME} has no column named {unknown[0]}")
        self.names = names
        source = tree.args.get("expression")
        if source is None:
            raise NotSupportedError(f"INSERT INTO {NAME} needs VALUES or a SELECT")
        planned = database.planner.plan_query(source, parameters)
        if planned.width != len(names):
            raise OperationalError(f"table {NAME} has {len(COLUMNS)} columns but {planned.width} values were supplied"
                                   if len(names) == len(COLUMNS) else
                                   f"{planned.width} values for {len(names)} columns")
        self.rows = planned.plan

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        rows = self.rows.execute(env, outer)
        for row in rows:
            values = dict(zip(self.names, row, strict=True))
            _set_mark(database, values.get("name"), values.get("seq"), new_row=True)
        return len(rows)


class _Update:
    def __init__(self, database: Database, tree: exp.Update, parameters: ParameterMap) -> None:
        if tree.args.get("from_") is not None:
            raise NotSupportedError(f"UPDATE {NAME} ... FROM is not supported")
        values = []
        for assignment in tree.expressions:
            column = assignment.this.name.lower() if isinstance(assignment.this, exp.Column) else None
            if column != "seq":
                raise NotSupportedError(f"only {NAME}.seq can be updated")
            values.append(assignment.expression)
        self.rows = _selected(database, [exp.column("name"), *values], tree.args.get("where"), parameters)

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        rows = self.rows.execute(env, outer)
        for name, *values in rows:
            _set_mark(database, name, values[-1])
        return len(rows)


class _Delete:
    def __init__(self, database: Database, tree: exp.Delete, parameters: ParameterMap) -> None:
        self.rows = _selected(database, [exp.column("name")], tree.args.get("where"), parameters)

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        rows = self.rows.execute(env, outer)
        for (name,) in rows:
            _set_mark(database, name, 0)
        return len(rows)

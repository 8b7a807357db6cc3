"""INSERT, UPDATE and DELETE: row changes with SQLite's constraint and trigger semantics.

Each statement first computes every affected row (so it never reads its own writes,
as SQLite's one-pass statements do not either), then applies the rows one by one:
affinity, NOT NULL, CHECK, UNIQUE/PRIMARY KEY with the statement's conflict policy
(ABORT, FAIL, IGNORE, REPLACE, ROLLBACK), FOREIGN KEY checks and actions, and
BEFORE/AFTER triggers. A violation raises `IntegrityError` naming the constraint;
the dispatcher (`engine.statements.dispatch`) then undoes the whole statement.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

from sqlglot import exp

from engine.errors import Error, IntegrityError, NotSupportedError, OperationalError, TriggerIgnore
from engine.query.codegen import Code, compile_function
from engine.query.compiler import ParameterMap
from engine.query.executor import Env, SelectCore, SelectSpec, index_scan
from engine.query.join_planner import plan_loops
from engine.query.resolvers import RowResolver
from engine.query.scope import ROWID_NAMES, OuterContext, Scope, Segment, Source
from engine.query.sources import add_from_items, with_clause_ctes
from engine.query.syntax import conjuncts, contains_aggregate, flatten_joins
from engine.query.table_functions import is_table_function
from engine.semantics.datetime_functions import statement_clock
from engine.semantics.values import BLOB, INTEGER, TEXT, apply_affinity, is_true, spells_a_number
from engine.sql.dialect import UNARY_PLUS, UPSERT_CLAUSES
from engine.sql.literal_rows import LiteralInsert
from engine.statements.compiled import CompiledStatement, Result
from engine.statements.database import Database
from engine.statements.returning import Returning
from engine.store.catalog import ForeignKey, TableSchema, TriggerSchema
from engine.store.storage import Table

ABORT, FAIL, IGNORE, REPLACE, ROLLBACK = "ABORT", "FAIL", "IGNORE", "REPLACE", "ROLLBACK"


_STORAGE_CLASS_NAMES = {int: "INT", float: "REAL", str: "TEXT", bytes: "BLOB"}


def _violation(message: str, policy: str) -> IntegrityError:
    """A constraint failed: an OR FAIL statement stops but keeps the rows it already changed."""
    error = IntegrityError(message)
    error.keep_statement_changes = policy == FAIL
    return error


def _datatype_error(message: str, database: Database) -> IntegrityError:
    """A STRICT column given a value of another type, or a rowid alias a value that is no integer: an ABORT
    whatever the statement's policy (OR ROLLBACK does not end the transaction). Inside a transaction, a
    statement SQLite 3.40 runs without a statement journal keeps its earlier changes, as sqlite3's does
    (the type check asks for no journal; only constraints that may abort do); in autocommit SQLite rolls
    the whole statement back."""
    error = IntegrityError(message)
    error.datatype_error = True
    error.keep_statement_changes = database.undo.in_transaction and not database.statement_may_abort
    return error


def _start_statement(database: Database, table: Table, policy: str, event: str, writes_rowid: bool = False) -> None:
    """At the top level, note whether the statement has a journal to undo a type error with (a STRICT
    column's, or a rowid alias given a value that is no integer); `engine.statements.dispatch` assumes one
    before each statement."""
    if database.trigger_depth == 0:
        database.statement_may_abort = ((writes_rowid and policy == ABORT)  # the new rowid may be taken
                                        or _may_abort(database, table, policy, event, set()))


def _may_abort(database: Database, table: Table, policy: str, event: str, seen: set) -> bool:
    """Whether some constraint this write may check can abort it (SQLite's sqlite3MayAbort): a NOT
    NULL, CHECK, UNIQUE or rowid key under ABORT, a NOT NULL or CHECK under REPLACE (which replaces the row
    holding a key, but aborts for those), a foreign key of the table, one referencing it where a row may go
    (not a plain INSERT), or the same in a table a trigger of this event writes."""
    key = (table.name.lower(), policy, event)
    if key in seen:
        return False
    seen.add(key)
    schema = table.schema
    if event != "DELETE" and policy in (ABORT, REPLACE) and (schema.not_null_positions or schema.checks or (
            policy == ABORT and (schema.rowid_column is not None
                                 or any(index.unique for index in table.indexes.values())))):
        return True
    if database.foreign_keys and (schema.foreign_keys or (
            (event != "INSERT" or policy == REPLACE) and is_referenced(database, table))):
        return True
    for timing in ("BEFORE", "AFTER"):
        for trigger in database.triggers_for(table.name, event, timing):
            for statement in trigger.body:
                kinds = {exp.Insert: "INSERT", exp.Update: "UPDATE", exp.Delete: "DELETE"}
                kind = kinds.get(type(statement))
                target = statement.this.this if isinstance(statement.this, exp.Schema) else statement.this
                written = database.find_table(target.name) if kind is not None else None
                if written is not None and _may_abort(database, written, _policy(statement), kind, seen):
                    return True
    return False


# --- shared compilation helpers ---------------------------------------------------------------------


def _table_scope(database: Database, table: Table, parameters: ParameterMap, outer: OuterContext | None,
                 ctes: dict | None = None) -> Scope:
    """A scope whose one source is ``table`` (loop variable r0, rowid i0)."""
    scope = Scope(database.planner, outer, ctes or {}, parameters, itertools.count())
    schema = table.schema
    segment = Segment(schema.name, schema.column_names, list(schema.affinities),
                      [c.collation for c in schema.columns], [c.declared_type for c in schema.columns])
    scope.sources.append(Source(scope.next_number(), [segment], len(schema.columns), table=table))
    return scope


def _empty_scope(database: Database, parameters: ParameterMap, outer: OuterContext | None) -> Scope:
    return Scope(database.planner, outer, {}, parameters, itertools.count())


class Constraints:
    """The compiled per-row checks of one table (CHECK expressions, column defaults)."""

    def __init__(self, database: Database, table: Table) -> None:
        schema = table.schema
        scope = _table_scope(database, table, ParameterMap(), None)
        compiler = RowResolver(scope).compiler
        self.checks = []
        for node, text in schema.checks:
            code = compiler.value(node)
            function = compile_function(scope.gen, f"_check{len(self.checks)}",
                                        f"lambda r0, _env: {code.src}")
            self.checks.append((function, text))
        empty = _empty_scope(database, ParameterMap(), None)
        empty_compiler = RowResolver(empty).compiler
        self.defaults = []
        for position, column in enumerate(schema.columns):
            if column.default is None or position == schema.rowid_column:
                self.defaults.append(None)  # an omitted rowid alias takes the next rowid: SQLite ignores its DEFAULT
                continue
            code = empty_compiler.value(column.default)
            if code.constant:
                self.defaults.append(lambda _env, value=code.value: value)
            else:
                self.defaults.append(compile_function(empty.gen, f"_default{position}",
                                                      f"lambda _env: {code.src}"))

        compiled = {position: (function, reads) for position, function, reads in
                    compile_generated(database, table, schema.generated_positions)}
        self.generated = [(p, compiled[p][0], schema.affinities[p]) for p in schema.generation_order]
        # the ordinary columns each generated column reads, through the generated ones it reads
        reads = {position: set(columns) for position, (_, columns) in compiled.items()}
        for position in schema.generation_order:
            for read in list(reads[position]):
                reads[position] |= reads.get(read, set())
        self._reads = {position: {p for p in columns if p not in reads} for position, columns in reads.items()}

    def untouched_generated(self, changed: set[int]) -> list[int]:
        """The generated columns that read none of the ``changed`` columns."""
        return [p for p, reads in self._reads.items() if not reads & changed]

    def fill_generated(self, row: list, env: Env) -> None:
        """Compute the generated columns of a row, each after those it reads, with its column's affinity."""
        for position, function, affinity in self.generated:
            row[position] = apply_affinity(function(row, env), affinity)

    def default(self, position: int, env: Env) -> object:
        function = self.defaults[position]
        return None if function is None else function(env)


def row_predicate(database: Database, table: Table, node: exp.Expression) -> Callable[[tuple], bool]:
    """A test of one row of ``table`` for a condition that reads only that row (a partial index's WHERE)."""
    scope = _table_scope(database, table, ParameterMap(), None)
    predicate = RowResolver(scope).compiler.predicate(node)
    function = compile_function(scope.gen, "_member", f"lambda r0, _env: bool({predicate})")
    env = Env(())
    return lambda row: function(row, env)


def compile_generated(database: Database, table: Table, positions) -> list[tuple[int, object, set[int]]]:
    """(position, function of (row, env), positions it reads) for each generated column."""
    schema = table.schema
    scope = _table_scope(database, table, ParameterMap(), None)
    scope.sources[0].computes_generated = True
    compiler = RowResolver(scope).compiler
    compiled = []
    for position in positions:
        node = schema.columns[position].generated
        code = compiler.value(node)
        function = compile_function(scope.gen, f"_generated{position}", f"lambda r0, _env: {code.src}")
        compiled.append((position, function, {schema.column_position(c.name) for c in node.find_all(exp.Column)}))
    return compiled


def refuse_generation_loop(schema: TableSchema) -> None:
    """A write to a table whose generated columns need each other fails when compiled, as in sqlite3."""
    if schema.generation_loops:
        raise OperationalError(f'generated column loop on "{next(iter(schema.generation_loops.values()))}"')


def constraints_of(database: Database, table: Table) -> Constraints:
    key = (id(table), database.schema_version)
    cache = database.__dict__.setdefault("_constraint_cache", {})
    found = cache.get(key)
    if found is None:
        if len(cache) > 256:
            cache.clear()
        found = cache[key] = Constraints(database, table)
    return found


def _qualified(schema: TableSchema, positions) -> str:
    return ", ".join(f"{schema.name}.{schema.columns[p].name}" for p in positions)


# --- row changes with constraints ------------------------------------------------------------------


@dataclass
class RowWriter:
    """Applies row changes to one table under a conflict policy."""

    database: object
    table: Table
    policy: str
    env: Env
    returning: Returning | None = None  # the statement's RETURNING list, fed each row it writes
    upsert: Upsert | None = None  # an INSERT's ON CONFLICT clauses
    outer: tuple = ()  # the values a trigger body reads from its NEW and OLD rows

    def __post_init__(self) -> None:
        self.schema = self.table.schema
        self.constraints = constraints_of(self.database, self.table)
        self.affinities = self.schema.affinities
        # SQLite checks the newest index first (each new index goes to the front of its table's list)
        self.unique_indexes = [index for index in reversed(self.table.indexes.values()) if index.unique]
        self.partial_indexes = [index for index in self.table.indexes.values() if index.member is not None]
        # Deferred keys (a dump being loaded) still run their ON DELETE/UPDATE actions, as in SQLite;
        # only the check that a child's parent exists waits for the end.
        self.fk_actions = self.database.foreign_keys
        self.fk_deferred = getattr(self.database, "defer_foreign_keys", False)
        self.fk_checks = self.fk_actions and not self.fk_deferred
        self.triggers_on = bool(self.database.triggers)
        # a NULL rowid alias is given the next rowid on INSERT (and is a datatype mismatch on UPDATE)
        self.not_null_positions = [p for p in self.schema.not_null_positions if p != self.schema.rowid_column]
        self.late_types = bool(self.schema.type_checks) and not self.constraints.generated  # else _generate
        self.upserted = 0  # rows an ON CONFLICT DO UPDATE changed instead of inserting
        self.written = 0  # rows inserted or updated, counted at the write as SQLite counts: an OR FAIL
        # statement that stops in a row's AFTER trigger keeps, and counts, that row
        if self.upsert is not None:
            self.upsert_order = self.upsert.check_order(self.table)
            self.upsert_writer = RowWriter(self.database, self.table, ABORT, self.env, self.returning)

    # -- checks --

    def _not_null(self, row: list) -> bool:
        """Fill or reject NULLs in NOT NULL columns; False when the row is to be skipped."""
        if None not in row:
            return True
        for position in self.not_null_positions:
            if row[position] is None:
                if self.policy == IGNORE:
                    return False
                if self.policy == REPLACE and self.constraints.defaults[position] is not None:
                    value = apply_affinity(self.constraints.default(position, self.env), self.affinities[position])
                    if value is not None:
                        row[position] = value
                        continue
                raise _violation(f"NOT NULL constraint failed: {_qualified(self.schema, [position])}", self.policy)
        return True

    def _new_before_insert(self, row: list) -> tuple:
        """NEW as a BEFORE INSERT trigger sees it in sqlite3: a rowid alias not yet chosen reads -1, and the
        generated columns are computed from that."""
        new = list(row)
        alias = self.schema.rowid_column
        if alias is not None and new[alias] is None:
            new[alias] = -1
        if self.constraints.generated:
            self.constraints.fill_generated(new, self.env)
        return tuple(new)

    def _new_before_update(self, row: list, changed: set[int]) -> tuple:
        """NEW as a BEFORE UPDATE trigger sees it in sqlite3: a generated column that reads none of the
        assigned columns is not computed yet (NULL)."""
        if not self.constraints.generated:
            return tuple(row)
        new = list(row)
        for position in self.constraints.untouched_generated(changed):
            new[position] = None
        return tuple(new)

    def _generate(self, row: list, inserting: bool = True) -> None:
        """Fill the generated columns; a NULL rowid alias first gets its rowid (on INSERT), which they may
        read. Then a
        STRICT table's types are checked, before its NOT NULL constraints (sqlite3 3.40's order for a
        table with generated columns)."""
        alias = self.schema.rowid_column
        if alias is not None and row[alias] is None and inserting:
            row[alias] = self.table.new_rowid()
        elif alias is not None and row[alias].__class__ is not int:
            raise _datatype_error("datatype mismatch", self.database)
        self.constraints.fill_generated(row, self.env)
        if self.schema.type_checks:
            self._types(row)

    def _types(self, row: tuple) -> None:
        """A STRICT table's values must be of their column's type (after affinity), whatever the policy."""
        for position, classes, type_name in self.schema.type_checks:
            value = row[position]
            if value is not None and value.__class__ not in classes:
                stored = _STORAGE_CLASS_NAMES[value.__class__]
                raise _datatype_error(f"cannot store {stored} value in {type_name} column "
                                      f"{_qualified(self.schema, [position])}", self.database)

    def _checks(self, row: tuple) -> bool:
        for function, text in self.constraints.checks:
            value = function(row, self.env)
            if value is not None and not is_true(value):
                if self.policy == IGNORE:
                    return False
                raise _violation(f"CHECK constraint failed: {text}", self.policy)
        for index in self.partial_indexes:  # its WHERE may raise (abs overflow): before anything is written
            index.member(row)
        return True

    def _unique(self, rowid: int, row: tuple, old_rowid: int | None) -> bool:
        """Resolve UNIQUE and PRIMARY KEY conflicts; False when the row is to be skipped."""
        if self.upsert is not None and old_rowid is None:
            return self._unique_upsert(rowid, row)
        table = self.table
        if rowid != old_rowid and rowid in table.rows:
            if self.policy == IGNORE:
                return False
            if self.policy != REPLACE:
                position = self.schema.rowid_column
                name = _qualified(self.schema, [position]) if position is not None else f"{self.schema.name}.rowid"
                raise _violation(f"UNIQUE constraint failed: {name}", self.policy)
            self.delete(rowid, replacing=True)
        for index in self.unique_indexes:
            conflict = index.conflict(row)
            if conflict is None or conflict == old_rowid:
                continue
            if self.policy == IGNORE:
                return False
            if self.policy != REPLACE:
                raise _violation(f"UNIQUE constraint failed: {_qualified(self.schema, index.positions)}", self.policy)
            self.delete(conflict, replacing=True)
        return True

    def _unique_upsert(self, rowid: int, row: tuple) -> bool:
        """Conflicts of a row an INSERT ... ON CONFLICT inserts, checked in SQLite's order (the targets of the
        clauses first): the first clause naming the constraint (or naming none) decides, DO NOTHING skips the
        row, DO UPDATE updates the row in the way instead; other constraints follow the statement's policy."""
        table = self.table
        for key in self.upsert_order:
            if key is UPSERT_ROWID:
                conflict = rowid if rowid in table.rows else None
            else:
                conflict = table.indexes[key].conflict(row)
            if conflict is None:
                continue
            clause = self.upsert.clause_for(key)
            if clause is not None:
                if clause.update:
                    self._do_update(clause, conflict, rowid, row)
                return False
            if self.policy == IGNORE:
                return False
            if self.policy != REPLACE:
                if key is UPSERT_ROWID:
                    position = self.schema.rowid_column
                    name = (_qualified(self.schema, [position]) if position is not None
                            else f"{self.schema.name}.rowid")
                else:
                    name = _qualified(self.schema, table.indexes[key].positions)
                raise _violation(f"UNIQUE constraint failed: {name}", self.policy)
            self.delete(conflict, replacing=True)
        return True

    def _do_update(self, clause: UpsertClause, rowid: int, excluded_rowid: int, excluded: tuple) -> None:
        """DO UPDATE: the row already holding the key, updated as an UPDATE (under ABORT) would, unless the
        clause's WHERE rejects it."""
        old = self.table.rows[rowid]
        arguments = (old, rowid, excluded, excluded_rowid, self.env, self.env.params, self.outer)
        if clause.where is not None and not is_true(clause.where(*arguments)):
            return
        row = assigned_row(old, rowid, clause.positions, clause.values(*arguments), writer_affinities(self.schema))
        try:
            updated = self.upsert_writer.update(rowid, old, row, set(clause.positions))
        except IntegrityError as error:
            error.upsert_update = True  # SQLite runs DO UPDATE under ABORT, whatever the INSERT's policy
            raise
        if updated:
            self.upserted += 1

    def _rowid_of(self, row: list, given: int | None = None) -> int:
        """The row's rowid: its alias column's, else ``given`` (named as an INSERT column), else the next one."""
        position = self.schema.rowid_column
        if position is None:
            return self.table.new_rowid() if given is None else given
        value = self._alias_value(row)
        if value is None:
            value = row[position] = self.table.new_rowid()
        return value

    def _alias_value(self, row: list) -> int | None:
        """The rowid alias column's value, NULL or an integer: anything else is SQLite's datatype mismatch."""
        value = row[self.schema.rowid_column]
        if value is not None and value.__class__ is not int:
            raise _datatype_error("datatype mismatch", self.database)
        return value

    # -- the three changes --

    def insert_unlogged(self, row: list, given: int | None = None) -> int:
        """Insert without triggers, foreign keys or an undo record (the caller records the batch)."""
        if self.constraints.generated:
            self._generate(row)
        self._not_null(row)
        rowid = self._rowid_of(row, given)
        final = tuple(row)
        if self.late_types:
            self._types(final)
        self._checks(final)
        self._unique(rowid, final, None)
        self.table.insert(rowid, final)
        return rowid

    def append_unlogged(self, rows: list[tuple]) -> range | None:
        """Insert rows of every column in one step, as `insert_unlogged` would one by one, when the table
        checks nothing per row but NOT NULL (a results table being loaded); None, with nothing written,
        for any other table or when a row breaks a rule: the caller then goes row by row and raises the
        error."""
        schema, affinities = self.schema, self.affinities
        if (self.constraints.generated or self.late_types or self.constraints.checks or self.table.indexes
                or schema.rowid_column is not None or schema.without_rowid or not rows
                or set(map(len, rows)) != {len(affinities)}):
            return None
        columns = list(zip(*rows, strict=True))
        converted = False
        for position, (column, affinity) in enumerate(zip(columns, affinities, strict=True)):
            classes = set(map(type, column)) - {type(None)}
            if affinity == BLOB or classes <= {_UNCHANGED_BY_AFFINITY.get(affinity)}:
                continue
            if classes == {str} and affinity != TEXT and not spells_a_number(filter(None, column)):
                continue  # timestamps in a TIMESTAMP (NUMERIC) column
            columns[position] = tuple(map(apply_affinity, column, itertools.repeat(affinity)))
            converted = True
        if any(None in columns[position] for position in self.not_null_positions):
            return None
        return self.table.append(list(zip(*columns, strict=True)) if converted else rows)

    def insert(self, row: list, given: int | None = None) -> int | None:
        """Insert a full row (affinity applied), with the rowid ``given`` if any; returns its rowid, or None
        when skipped."""
        if self.triggers_on:
            if self.schema.rowid_column is not None:  # SQLite makes NEW's rowid an integer before BEFORE triggers
                self._alias_value(row)
            # a rowid not chosen yet reads -1, as the rowid alias's does
            if not fire_triggers(self.database, self.table, "INSERT", "BEFORE", None, self._new_before_insert(row),
                                 self.env, policy=self.policy, rowids=(None, -1 if given is None else given)):
                return None
        if self.constraints.generated:
            self._generate(row)
        if not self._not_null(row):
            return None
        rowid = self._rowid_of(row, given)
        final = tuple(row)
        if self.late_types:
            self._types(final)
        if not self._checks(final) or not self._unique(rowid, final, None):
            return None
        self.database.insert_row(self.table, rowid, final)
        self.written += 1
        if self.fk_checks and self.schema.foreign_keys:
            check_child_keys(self.database, self.table, final, self.policy)
        if self.returning is not None:
            self.returning.add(rowid, final, self.env)
        if self.triggers_on:
            fire_triggers(self.database, self.table, "INSERT", "AFTER", None, final, self.env, policy=self.policy,
                          rowids=(None, rowid))
        return rowid

    def update(self, rowid: int, old: tuple, row: list, changed: set[int]) -> bool:
        """Update the row at ``rowid`` to ``row``, which may end with a new rowid (`assigned_row`); whether
        it was (a conflict or a trigger may skip it)."""
        new_rowid = rowid
        if len(row) > len(old):
            new_rowid = row.pop()
            if new_rowid.__class__ is not int:  # INTEGER affinity made every integer one already
                raise _datatype_error("datatype mismatch", self.database)
        if self.constraints.generated:
            self._generate(row, inserting=False)
        if self.triggers_on:
            if not fire_triggers(self.database, self.table, "UPDATE", "BEFORE", old,
                                 self._new_before_update(row, changed), self.env, changed, policy=self.policy,
                                 rowids=(rowid, new_rowid)):
                return False
            if rowid not in self.table.rows:
                return False
        if not self._not_null(row):
            return False
        position = self.schema.rowid_column
        if position is not None and position in changed:
            if row[position] is None:
                raise _datatype_error("datatype mismatch", self.database)
            new_rowid = self._rowid_of(row)
        final = tuple(row)
        if self.late_types:
            self._types(final)
        if not self._checks(final) or not self._unique(new_rowid, final, rowid):
            return False
        if new_rowid != rowid:
            self.database.delete_row(self.table, rowid)
            self.database.insert_row(self.table, new_rowid, final)
        else:
            self.database.replace_row(self.table, rowid, final)
        self.written += 1
        if self.fk_actions:  # after the write, so cascaded child rows find their new parent key
            apply_parent_key_change(self.database, self.table, old, final, self.env, self.fk_deferred)
        if self.fk_checks and self.schema.foreign_keys:
            check_child_keys(self.database, self.table, final, self.policy)
        if self.returning is not None:
            self.returning.add(new_rowid, final, self.env)
        if self.triggers_on:
            fire_triggers(self.database, self.table, "UPDATE", "AFTER", old, final, self.env, changed,
                          policy=self.policy, rowids=(rowid, new_rowid))
        return True

    def delete(self, rowid: int, replacing: bool = False) -> bool:
        """Delete the row if it is still there (a trigger or a cascade may have taken it); whether it was."""
        old = self.table.rows.get(rowid)
        if old is None:
            return False
        if self.triggers_on and not replacing:
            if not fire_triggers(self.database, self.table, "DELETE", "BEFORE", old, None, self.env,
                                 policy=self.policy, rowids=(rowid, None)):
                return False
            old = self.table.rows.get(rowid)
            if old is None:
                return False
        if self.fk_actions:
            apply_parent_delete(self.database, self.table, old, self.env, self.fk_deferred)
        self.database.delete_row(self.table, rowid)
        if self.returning is not None and not replacing:
            self.returning.add(rowid, old, self.env)
        if self.triggers_on and not replacing:
            fire_triggers(self.database, self.table, "DELETE", "AFTER", old, None, self.env, policy=self.policy,
                          rowids=(rowid, None))
        return True


# --- foreign keys -----------------------------------------------------------------------------------


def _parent_key_positions(database: Database, key: ForeignKey) -> tuple[Table, tuple[int, ...]]:
    parent = database.find_table(key.parent)
    if parent is None:
        raise OperationalError(f"foreign key mismatch - referenced table \"{key.parent}\" does not exist")
    schema = parent.schema
    if key.parent_columns:
        positions = []
        for name in key.parent_columns:
            position = schema.column_position(name)
            if position is None:
                raise OperationalError(f"foreign key mismatch - \"{key.parent}\" has no column \"{name}\"")
            positions.append(position)
        return parent, tuple(positions)
    if not schema.primary_key:
        return parent, ()  # references the rowid
    return parent, schema.primary_key


def _parent_has(database: Database, parent: Table, positions: tuple[int, ...], values: tuple) -> bool:
    schema = parent.schema
    if not positions or positions == (schema.rowid_column,):
        value = apply_affinity(values[0], "INTEGER")
        return value in parent.rows
    converted = tuple(apply_affinity(v, schema.affinities[p]) for v, p in zip(values, positions, strict=True))
    for index in parent.indexes.values():
        if index.unique and index.member is None and tuple(sorted(index.positions)) == tuple(sorted(positions)):
            order = [positions.index(p) for p in index.positions]
            key = tuple(converted[i] for i in order)
            return bool(list(index.lookup(key if len(key) > 1 else key[0])))
    raise OperationalError(f"foreign key mismatch - \"{parent.name}\" has no unique key on the referenced columns")


def check_child_keys(database: Database, table: Table, row: tuple, policy: str = ABORT) -> None:
    """A row's foreign keys must each match a parent row (or contain a NULL)."""
    for key in table.schema.foreign_keys:
        values = tuple(row[p] for p in key.columns)
        if None in values:
            continue
        parent, positions = _parent_key_positions(database, key)
        if not _parent_has(database, parent, positions, values):
            raise _violation("FOREIGN KEY constraint failed", policy)


def is_referenced(database: Database, parent: Table) -> bool:
    """Whether some foreign key (its own table's included) names ``parent``."""
    return any(True for _ in _children(database, parent))


def _children(database: Database, parent: Table):
    """(child table, foreign key) pairs that reference ``parent``."""
    name = parent.name.lower()
    for child in database.tables.values():
        for key in child.schema.foreign_keys:
            if key.parent.lower() == name:
                yield child, key


def _referencing_rowids(database: Database, parent: Table, key: ForeignKey, child: Table, old: tuple) -> list[int]:
    _, positions = _parent_key_positions(database, key)
    if not positions:
        return []
    values = tuple(old[p] for p in positions)
    if None in values:
        return []
    found = []
    for rowid, row in child.rows.items():
        child_values = tuple(apply_affinity(row[c], parent.schema.affinities[p])
                             for c, p in zip(key.columns, positions, strict=True))
        if child_values == values:
            found.append(rowid)
    return found


def _dependent_rows(database: Database, table: Table, old: tuple, env: Env, new: tuple | None = None,
                    deferred: bool = False):
    """(child row writer, foreign key, parent key positions, rowid, row, action) for every row that
    references ``old`` (deleted, or updated to ``new``: then only keys whose referenced values change);
    raises for RESTRICT keys, which forbid the change, and for NO ACTION keys unless checks are
    ``deferred`` to the end (where an orphan left behind fails)."""
    for child, key in list(_children(database, table)):
        _, positions = _parent_key_positions(database, key)
        if new is not None and (not positions or all(old[p] == new[p] for p in positions)):
            continue
        rowids = _referencing_rowids(database, table, key, child, old)
        if not rowids:
            continue
        action = key.on_update if new is not None else key.on_delete
        if action == "NO ACTION" and deferred:
            continue
        if action in ("NO ACTION", "RESTRICT"):
            raise IntegrityError("FOREIGN KEY constraint failed")
        writer = RowWriter(database, child, ABORT, env)
        for rowid in rowids:
            current = child.rows.get(rowid)
            if current is not None:
                yield writer, key, positions, rowid, current, action


def _set_child_key(writer: RowWriter, key: ForeignKey, rowid: int, current: tuple, values, env: Env) -> bool:
    """Give a child row's foreign key columns new values (affinity applied) and write it."""
    row = list(current)
    affinities = writer.table.schema.affinities
    for column, value in zip(key.columns, values, strict=True):
        row[column] = apply_affinity(writer.constraints.default(column, env) if value is _DEFAULT else value,
                                     affinities[column])
    return writer.update(rowid, current, row, set(key.columns))


_DEFAULT = object()  # SET DEFAULT: the child column's default value


def apply_parent_delete(database: Database, table: Table, old: tuple, env: Env, deferred: bool = False) -> None:
    """ON DELETE actions for rows referencing a parent row about to be deleted."""
    for writer, key, _, rowid, current, action in _dependent_rows(database, table, old, env, deferred=deferred):
        if action == "CASCADE":
            changed = writer.delete(rowid)
        else:
            fill = None if action == "SET NULL" else _DEFAULT
            changed = _set_child_key(writer, key, rowid, current, [fill] * len(key.columns), env)
        database.total_changes += changed  # SQLite runs an action as a trigger program, whose changes count


def apply_parent_key_change(database: Database, table: Table, old: tuple, new: tuple, env: Env,
                            deferred: bool = False) -> None:
    """ON UPDATE actions when a referenced key of a parent row changes."""
    for writer, key, positions, rowid, current, action in _dependent_rows(database, table, old, env, new,
                                                                          deferred):
        if action == "CASCADE":
            values = [new[p] for p in positions]
        else:
            values = [None if action == "SET NULL" else _DEFAULT] * len(key.columns)
        database.total_changes += _set_child_key(writer, key, rowid, current, values, env)


def check_all_foreign_keys(database: Database) -> None:
    """Verify every foreign key of every row (after loading a dump with checks deferred).

    The error names the table and rowid of the first orphan row (as ``table`` and ``rowid``).
    """
    for table in database.tables.values():
        if not table.schema.foreign_keys:
            continue
        for rowid, row in table.rows.items():
            try:
                check_child_keys(database, table, row)
            except IntegrityError:
                error = IntegrityError(f"FOREIGN KEY constraint failed: a row of {table.name} (rowid {rowid}) "
                                       f"references a parent row that does not exist")
                error.table, error.rowid = table.name, rowid
                raise error from None


def delete_all_rows(database: Database, table: Table) -> int:
    """DROP TABLE's implicit DELETE FROM: foreign key actions run (and the tables they change fire their
    triggers), the table's own triggers do not, as in SQLite. Returns the rows it deleted itself."""
    writer = RowWriter(database, table, ABORT, Env((), database))
    writer.triggers_on = False
    return sum(writer.delete(rowid) for rowid in list(table.rows))


# --- triggers -------------------------------------------------------------------------------------------


class TriggerProgram:
    """A trigger compiled against NEW and OLD, which its body reads as outer values."""

    def __init__(self, database: Database, trigger: TriggerSchema, table: Table) -> None:
        parameters = ParameterMap()
        scope = Scope(database.planner, None, {}, parameters, itertools.count())
        schema = table.schema
        # NEW.x and OLD.x keep their column's collation but, in SQLite, not its affinity, but for the rowid
        # alias (an INTEGER PRIMARY KEY): that one reads the rowid, which has INTEGER affinity
        affinities = [INTEGER if position == schema.rowid_column else BLOB for position in range(len(schema.columns))]
        for alias in ("new", "old"):
            segment = Segment(alias, schema.column_names, affinities,
                              [c.collation for c in schema.columns], [c.declared_type for c in schema.columns])
            scope.sources.append(Source(scope.next_number(), [segment], len(schema.columns)))
        scope.no_from = True  # an aggregate of NEW's or OLD's columns in a subquery stays the subquery's
        resolver = _TriggerResolver(scope, _TRIGGER_ROWS.get(trigger.event.upper(), ("new", "old")), schema)
        outer = OuterContext(scope, resolver)
        self.when = None
        if trigger.when is not None:
            code = resolver.compiler.value(trigger.when)
            self.when = compile_function(scope.gen, "_when", f"lambda r0, r1, _env: {code.src}")
        self.statements = [compile_body_statement(database, statement, parameters, outer)
                           for statement in trigger.body]
        refs = ", ".join(outer.refs)
        self.absent_row = (None,) * (len(schema.columns) + 1)  # a row that is not there: NULLs
        self.outer_values = compile_function(scope.gen, "_outer", f"lambda r0, r1: ({refs}{',' if refs else ''})")

    def run(self, database: Database, new: tuple | None, old: tuple | None, rowids: tuple[int | None, int | None],
            env: Env) -> None:
        """Run the body for one row change; ``rowids`` are OLD's and NEW's rowids, which the body reads after
        each row's columns (NEW.rowid)."""
        old_rowid, new_rowid = rowids
        new = (*new, new_rowid) if new is not None else self.absent_row
        old = (*old, old_rowid) if old is not None else self.absent_row
        if self.when is not None and not is_true(self.when(new, old, env)):
            return
        outer = self.outer_values(new, old)
        for statement in self.statements:
            changed = statement.execute(database, Env((), database), outer)  # nested triggers add theirs first
            database.total_changes += changed  # as SQLite adds a trigger program's changes when it ends


_TRIGGER_ROWS = {"INSERT": ("new",), "DELETE": ("old",)}  # the rows a trigger of the event has (UPDATE: both)


class _TriggerResolver(RowResolver):
    """Inside a trigger body only NEW.x and OLD.x refer to the triggering row, and only the rows its event
    has: OLD.x in an INSERT trigger is SQLite's "no such column", as NEW.x in a DELETE trigger is. NEW.rowid
    (oid, _rowid_) reads the rowid, kept after each row's columns, unless a column has that name."""

    trigger_program = True  # the compiler lets RAISE() run in what it resolves for

    def __init__(self, scope: Scope, rows: tuple[str, ...], schema: TableSchema) -> None:
        super().__init__(scope)
        self.rows, self.schema = rows, schema

    def column(self, node: exp.Column) -> Code:
        qualifier = (node.table or "").lower()
        if qualifier not in self.rows:
            raise OperationalError(f"no such column: {node.sql(dialect='sqlite')}")
        schema = self.schema
        if (node.name.lower() in ROWID_NAMES and schema.column_position(node.name) is None
                and not schema.without_rowid):
            position = schema.rowid_column if schema.rowid_column is not None else len(schema.columns)
            return Code(f"r{0 if qualifier == 'new' else 1}[{position}]", affinity=INTEGER, collation="BINARY")
        return super().column(node)


def fire_triggers(database: Database, table: Table, event: str, timing: str, old: tuple | None,
                  new: tuple | None, env: Env, changed: set[int] | None = None, policy: str = ABORT,
                  rowids: tuple[int | None, int | None] = (None, None)) -> bool:
    """Run the table's triggers for a row change made under ``policy``, which overrides their bodies' own;
    ``rowids`` are OLD's and NEW's. False when one ran RAISE(IGNORE): the rest are skipped, and so is the
    row's change (before it is made)."""
    triggers = database.triggers_for(table.name, event, timing)
    if not triggers:
        return True
    outer_override = database.conflict_override
    database.conflict_override = policy if policy != ABORT else None
    try:
        _run_triggers(database, table, triggers, event, old, new, env, changed, rowids)
    except TriggerIgnore:
        return False
    finally:
        database.conflict_override = outer_override
    return True


def _run_triggers(database: Database, table: Table, triggers: list, event: str, old: tuple | None,
                  new: tuple | None, env: Env, changed: set[int] | None,
                  rowids: tuple[int | None, int | None]) -> None:
    if database.trigger_depth > 32:
        raise OperationalError("too many levels of trigger recursion")
    cache = database.__dict__.setdefault("_trigger_cache", {})
    for trigger in triggers:
        if event == "UPDATE" and trigger.update_columns and changed is not None:
            wanted = {table.schema.column_position(name) for name in trigger.update_columns}
            if not wanted & changed:
                continue
        key = (trigger.name.lower(), database.schema_version)
        program = cache.get(key)
        if program is None:
            program = cache[key] = TriggerProgram(database, trigger, table)
        database.trigger_depth += 1
        try:
            program.run(database, new, old, rowids, env)
        finally:
            database.trigger_depth -= 1


# --- statements ----------------------------------------------------------------------------------------


def compile_body_statement(database: Database, statement: object, parameters: ParameterMap, outer: OuterContext):
    if isinstance(statement, exp.Insert):
        return InsertStatement(database, statement, parameters, outer)
    if isinstance(statement, exp.Update):
        return UpdateStatement(database, statement, parameters, outer)
    if isinstance(statement, exp.Delete):
        return DeleteStatement(database, statement, parameters, outer)
    if isinstance(statement, exp.Query):
        return QueryInTrigger(database.planner.plan_query(statement, parameters, outer).plan)
    raise NotSupportedError("only INSERT, UPDATE, DELETE and SELECT are allowed in a trigger body")


class QueryInTrigger:
    def __init__(self, plan) -> None:
        self.plan = plan

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        self.plan.execute(env, outer)
        return 0


def _returning(database: Database, table: Table, tree: exp.Expression, parameters: ParameterMap,
               outer: OuterContext | None) -> Returning | None:
    """The RETURNING list, which sees the target table alone and by its name: SQLite 3.40 resolves it
    against neither an alias of the target nor the tables of UPDATE ... FROM."""
    node = tree.args.get("returning")
    if node is None:
        return None
    return Returning(_table_scope(database, table, parameters, outer), table, node)


def _policy(tree: exp.Expression) -> str:
    return (tree.args.get("alternative") or ABORT).upper()


class InsertStatement:
    def __init__(self, database: Database, tree: exp.Insert, parameters: ParameterMap,
                 outer: OuterContext | None) -> None:
        target = tree.this
        names = None
        if isinstance(target, exp.Schema):
            names = [identifier.name for identifier in target.expressions]
            target = target.this
        self._target(database, target.name, names, _policy(tree))
        self.returning = _returning(database, self.table, tree, parameters, outer)
        source = tree.args.get("expression")
        ctes = with_clause_ctes(tree, None)  # WITH ... INSERT: its rows may read the CTEs
        if tree.args.get("default") or source is None:
            self.rows_constant = [()]
            self.positions = []
        elif isinstance(source, exp.Values):
            self._compile_values(database, source, parameters, outer, ctes)
        elif isinstance(source, exp.Query):
            planned = database.planner.plan_query(source, parameters, outer, ctes)
            self.rows_plan = planned.plan
            self._check_width(planned.width)
        else:
            raise OperationalError("INSERT needs VALUES or a SELECT")
        conflict = tree.args.get("conflict")
        if conflict is not None:
            clauses = tree.args.get(UPSERT_CLAUSES) or [conflict]
            self.upsert = Upsert(database, self.table, target.alias or None, clauses, parameters, outer, ctes)

    @classmethod
    def of_literals(cls, database, literal: LiteralInsert) -> InsertStatement:
        """An INSERT whose rows were read without the SQL parser (see engine.literal_rows)."""
        statement = cls.__new__(cls)
        statement._target(database, literal.table, literal.columns, literal.policy)
        for row in literal.rows:
            statement._check_width(len(row))
        statement.rows_constant = literal.rows
        return statement

    def _target(self, database: Database, table: str, names: list[str] | None, policy: str) -> None:
        self.table = database.table(table)
        schema = self.table.schema
        refuse_generation_loop(schema)
        if names is None:
            self.positions = list(schema.insertable_positions)
        else:
            self.positions = []
            for name in names:
                position = schema.column_position(name)
                if position is None:
                    if name.lower() in ("rowid", "oid", "_rowid_") and not schema.without_rowid:
                        position = schema.rowid_column if schema.rowid_column is not None else ROWID
                        if position == ROWID:
                            self.positions.append(ROWID)
                            continue
                    else:
                        raise OperationalError(f"table {schema.name} has no column named {name}")
                if schema.columns[position].generated is not None:
                    raise OperationalError(f'cannot INSERT into generated column "{schema.columns[position].name}"')
                self.positions.append(position)
        self.policy = policy
        self.rows_constant: list[tuple] | None = None
        self.rows_plan = None
        self.returning = None
        self.upsert: Upsert | None = None

    def _check_width(self, count: int) -> None:
        if count != len(self.positions):
            schema = self.table.schema
            if self.positions == schema.insertable_positions:
                raise OperationalError(f"table {schema.name} has {len(self.positions)} columns but {count} values "
                                       f"were supplied")
            raise OperationalError(f"{count} values for {len(self.positions)} columns")

    def _compile_values(self, database: Database, values: exp.Values, parameters: ParameterMap,
                        outer: OuterContext | None, ctes: dict) -> None:
        scope = Scope(database.planner, outer, ctes, parameters, itertools.count())
        compiler = RowResolver(scope).compiler
        compiled = []
        for row in values.expressions:
            terms = row.expressions if isinstance(row, exp.Tuple) else [row]
            self._check_width(len(terms))
            compiled.append([compiler.value(term) for term in terms])
        if all(code.constant for row in compiled for code in row):
            self.rows_constant = [tuple(code.value for code in row) for row in compiled]
        else:
            body = ", ".join("(" + "".join(c.src + ", " for c in row) + ")" for row in compiled)
            self.rows_function = compile_function(scope.gen, "_rows", f"lambda _env, _p, _o: [{body}]")

    def rows(self, env: Env, outer: tuple) -> list[tuple]:
        if self.rows_constant is not None:
            return self.rows_constant
        if self.rows_plan is not None:
            return self.rows_plan.execute(env, outer)
        return self.rows_function(env, env.params, outer)

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        policy = database.conflict_override or self.policy
        return insert_rows(database, self.table, self.positions, self.rows(env, outer), policy, env,
                           returning=self.returning, upsert=self.upsert, outer=outer)


def insert_rows(database: Database, table: Table, positions: list[int] | None, rows, policy: str = ABORT,
                env: Env | None = None, rowids: list | None = None, returning: Returning | None = None,
                upsert: Upsert | None = None, outer: tuple = ()) -> int:
    """Insert rows of values for ``positions`` (None: every column) with all of SQLite's checks.

    Tables without triggers and foreign keys to check take a fast path that records one
    undo entry for the whole batch instead of one per row; that is what makes loading
    hundreds of thousands of rows from a dump affordable. ``rowids``, when given, receives
    each row's rowid (None for a row the policy skipped); an error raised for a row
    carries its position in ``rows`` as ``row_index``, so callers can say where it was.
    """
    env = env or Env((), database)
    writer = RowWriter(database, table, policy, env, returning, upsert, outer)
    affinities = table.schema.affinities
    width = len(affinities)
    if positions is None or positions == list(range(width)):
        positions = None
    missing = [] if positions is None else [p for p in range(width) if p not in positions]
    unchanged = [_UNCHANGED_BY_AFFINITY.get(a) for a in affinities]  # values of this class need no conversion
    fast = (not writer.triggers_on and not (writer.fk_checks and table.schema.foreign_keys)
            and policy in (ABORT, ROLLBACK) and returning is None and upsert is None)
    explicit = None
    if positions is not None and ROWID in positions:  # the rowid named as a column (the last one named wins)
        explicit = len(positions) - 1 - positions[::-1].index(ROWID)
        kept = [i for i, p in enumerate(positions) if p != ROWID]
        positions = [positions[i] for i in kept]
    if table.schema.type_checks or table.schema.rowid_column is not None or explicit is not None or database.triggers:
        _start_statement(database, table, policy, "INSERT", explicit is not None)
    if fast and positions is None and explicit is None and isinstance(rows, list) and len(rows) >= _BULK_ROWS:
        appended = writer.append_unlogged(rows)
        if appended is not None:
            _record_batch(database, table, appended)
            if rowids is not None:
                rowids.extend(appended)
            if appended:
                database.last_insert_rowid = appended[-1]
            return len(appended)
    inserted: list[int] = []
    count = 0
    index = -1
    try:
        for index, values in enumerate(rows):  # noqa: B007 - index is reported with an error
            rowid = None
            if explicit is not None:
                rowid = _given_rowid(values[explicit], database)
                values = [values[i] for i in kept]
            if positions is None:
                if len(values) != width:
                    raise OperationalError(f"table {table.name} has {width} columns but {len(values)} values were "
                                           f"supplied")
                row = [v if v.__class__ is kept else apply_affinity(v, a)
                       for v, a, kept in zip(values, affinities, unchanged, strict=True)]
            else:
                row = [None] * width
                for position in missing:
                    row[position] = apply_affinity(writer.constraints.default(position, env), affinities[position])
                for position, value in zip(positions, values, strict=True):
                    row[position] = apply_affinity(value, affinities[position])
            if fast:
                rowid = writer.insert_unlogged(row, rowid)
                inserted.append(rowid)
            else:
                rowid = writer.insert(row, rowid)
            if rowids is not None:
                rowids.append(rowid)
            if rowid is not None:
                count += 1
                database.last_insert_rowid = rowid
    except Error as error:
        error.row_index = index
        error.changes_made = writer.written
        if (policy == ROLLBACK and isinstance(error, IntegrityError) and not error.datatype_error
                and not getattr(error, "upsert_update", False)):
            _record_batch(database, table, inserted)
            inserted = []
            database.undo.rollback(explicit=False)
        raise
    finally:
        _record_batch(database, table, inserted)
    return count + writer.upserted


_BULK_ROWS = 8  # from about this many rows, inserting them in one step costs less than one by one (measured)
_UNCHANGED_BY_AFFINITY = {"INTEGER": int, "TEXT": str}  # a REAL float may be -0.0
ROWID = -1  # an INSERT column position: the rowid of a table that has no INTEGER PRIMARY KEY alias


def _given_rowid(value, database: Database) -> int | None:
    """A rowid given as an INSERT column: INTEGER affinity, then it must be an integer (NULL: the next one)."""
    value = apply_affinity(value, "INTEGER")
    if value is not None and value.__class__ is not int:
        raise _datatype_error("datatype mismatch", database)
    return value


def _record_batch(database: Database, table: Table, rowids: list[int] | range) -> None:
    """One undo record that removes a whole batch of inserted rows."""
    if not rowids:
        return
    sequence = min(table.sequence, min(rowids) - 1) if table.schema.autoincrement else table.sequence

    def undo() -> None:
        for rowid in reversed(rowids):
            if rowid in table.rows:
                table.delete(rowid)
        table.sequence = sequence

    database.undo.record(undo)


@dataclass(frozen=True)
class RowSubquery:
    """``SET (a, b) = (SELECT ...)``: the first row of the subquery gives ``width`` values (NULLs if none)."""

    query: exp.Subquery
    width: int


class _TargetRows:
    """The rows of one table an UPDATE or DELETE affects, with values computed per row.

    UPDATE ... FROM joins the target (the first source) with the FROM list as SQLite does, in one loop nest
    whose WHERE and SET see every source; a target row the join matches several times is updated once.
    """

    def __init__(self, database: Database, tree: exp.Expression, parameters: ParameterMap, outer: OuterContext | None,
                 value_nodes: list[exp.Expression]) -> None:
        target = tree.this
        if not isinstance(target, exp.Table):
            raise OperationalError("expected a table name")
        statement = "UPDATE" if isinstance(tree, exp.Update) else "DELETE"
        for clause, name in (("order", "ORDER BY"), ("limit", "LIMIT"), ("using", "USING")):
            if tree.args.get(clause):  # SQLite's optional UPDATE/DELETE ... LIMIT, not implemented here
                raise NotSupportedError(f"{statement} ... {name} is not supported")
        self.table = database.table(target.name)
        ctes = with_clause_ctes(tree, None)
        scope = _table_scope(database, self.table, parameters, outer, ctes)
        if target.alias:
            scope.sources[0].segments[0].alias = target.alias
        self.returning = _returning(database, self.table, tree, parameters, outer)
        scope.sources[0].needs_rowid = True
        from_clause = tree.args.get("from_") if statement == "UPDATE" else None
        self.joined = from_clause is not None
        conditions = _add_from_list(database, scope, from_clause, value_nodes) if self.joined else []
        compiler = RowResolver(scope).compiler
        where = tree.args.get("where")
        scope.clause = "set_from" if self.joined else ""
        values = "(" + "".join(part + ", " for part in _value_sources(compiler, value_nodes)) + ")"
        scope.clause = ""
        if self.joined and _target_in_from(self.table, target, from_clause, ctes):
            if where is not None:  # SQLite resolves the names of SET and WHERE first, not those of ON/USING
                RowResolver(scope).compiler.predicate(where.this)
            raise OperationalError("target object/alias may not appear in FROM clause: "
                                   f"{target.alias or self.table.schema.name}")
        # Without FROM, SET values are computed when a row is updated, from the row as it is then and the
        # table as earlier updates left it (a correlated subquery in SET sees them), as SQLite does; with
        # FROM they come from the join, which SQLite computes before the first update
        self.values = None
        if not self.joined:
            source = f"def _set_values(i0, r0, _env, _p, _o):\n    return {values}"
            self.values = scope.gen.define(source)["_set_values"]
        self.values_read_subqueries = any(isinstance(node, RowSubquery) or node.find(exp.Query) is not None
                                          for node in value_nodes)
        # The join planner reads the target as a query would: an indexed column or the rowid is probed
        loop = plan_loops(scope, RowResolver(scope).compiler,
                          conditions + conjuncts(where.this if where is not None else None))
        outputs = ("i0", "r0", values) if self.joined else ("i0", "r0")
        self.rows = SelectCore(scope.gen, SelectSpec(loop, outputs=outputs))
        self.unfiltered = where is None and not self.joined
        # the index the WHERE loop reads the target by, if any (a join updates in rowid or key order)
        self.index = loop.steps[0].index if loop.steps and not self.joined else None
        self.subquery = where is not None and where.find(exp.Query) is not None

    def compute(self, env: Env, outer: tuple) -> list[tuple]:
        rows = self.rows.execute(env, outer)
        if self.joined:  # one change per target row; like SQLite's rowid-keyed table, the last match wins
            rows = list({row[0]: row for row in rows}.values())
        return rows


def _value_sources(compiler, value_nodes: list) -> list[str]:
    """The source of each value a statement computes per row; a row-valued subquery gives several."""
    parts = []
    for node in value_nodes:
        if isinstance(node, RowSubquery):
            handle = compiler.resolver.subquery(node.query.this)
            if handle.column_count != node.width:
                raise OperationalError(f"{node.width} columns assigned {handle.column_count} values")
            rows = handle.rows_src()
            parts.extend(f"(({rows}) or ((None,) * {node.width},))[0][{i}]" for i in range(node.width))
        else:
            parts.append(compiler.value(node).src)
    return parts


def _from_items(from_clause: exp.From) -> tuple[exp.Expression, list[exp.Join]]:
    """UPDATE ... FROM's first item and its joins (the parser hangs the joins on the first item)."""
    first = from_clause.this
    joins = list(first.args.get("joins") or [])
    if joins:
        first = first.copy()
        first.set("joins", None)
    return first, joins


def _add_from_list(database: Database, scope: Scope, from_clause: exp.From, value_nodes: list) -> list[exp.Expression]:
    """Join UPDATE ... FROM's list to the target in ``scope``; returns the inner-join conditions."""
    for join in from_clause.find_all(exp.Join):
        side = (join.side or "").upper()
        if side in ("RIGHT", "FULL") and join.find_ancestor(exp.Select) is None:
            # SQLite skips the rows where the target is NULL; ours would fold the target into the join
            raise NotSupportedError(f"UPDATE ... FROM with a {side} JOIN is not supported")
    if any(not isinstance(node, RowSubquery) and contains_aggregate(node) for node in value_nodes):
        # SQLite makes the whole join one aggregate row that updates one arbitrary target row
        raise NotSupportedError("aggregate functions in the SET of UPDATE ... FROM are not supported")
    first, joins = _from_items(from_clause)
    return add_from_items(database.planner, scope, first, joins)


def _target_in_from(table: Table, target: exp.Table, from_clause: exp.From, ctes: dict) -> bool:
    """Whether the target table is in FROM under the target's alias (or with none where the target has none),
    which SQLite refuses."""
    first, joins = _from_items(from_clause)
    alias = (target.alias or "").lower()
    return any(isinstance(item, exp.Table) and not is_table_function(item) and item.name.lower() not in ctes
               and isinstance(item.this, exp.Identifier) and item.name.lower() == table.name.lower()
               and (item.alias or "").lower() == alias
               for item, _ in flatten_joins([(first, None)] + [(join.this, join) for join in joins]))


def _assignment(assignment: exp.Expression) -> tuple[list[exp.Column], list]:
    """The columns one SET term assigns and their values: ``a = x`` or ``(a, b) = (x, y) | (SELECT ...)``."""
    target = assignment.this
    value = assignment.expression
    while isinstance(target, exp.Paren):
        target = target.this
    columns = list(target.expressions) if isinstance(target, exp.Tuple) else [target]
    if not all(isinstance(column, exp.Column) for column in columns):
        raise NotSupportedError("only column = value assignments are supported in UPDATE")
    if not isinstance(target, exp.Tuple):
        if isinstance(value, exp.Tuple) and len(value.expressions) > 1:
            raise OperationalError("row value misused")
        return columns, [value]
    if isinstance(value, exp.Tuple):
        values = list(value.expressions)
    elif isinstance(value, exp.Subquery) and len(columns) > 1:
        return columns, [RowSubquery(value, len(columns))]
    else:
        values = [value]
    if len(values) != len(columns):
        raise OperationalError(f"{len(columns)} columns assigned {len(values)} values")
    return columns, values


def _assigned_position(schema: TableSchema, column: exp.Column) -> int:
    """The position SET writes ``column`` to: a column's, the rowid alias's for rowid, oid and _rowid_, or
    in a table without one the slot after its columns (`assigned_row`)."""
    position = schema.column_position(column.name)
    if position is None:
        if column.name.lower() not in ROWID_NAMES or schema.without_rowid:
            raise OperationalError(f"no such column: {column.name}")
        if schema.rowid_column is None:
            return len(schema.columns)
        position = schema.rowid_column
    if schema.columns[position].generated is not None:
        raise OperationalError(f'cannot UPDATE generated column "{schema.columns[position].name}"')
    return position


def writer_affinities(schema: TableSchema) -> list[str]:
    """The affinity of each position SET may write: the columns', then INTEGER for the rowid's slot."""
    return [*schema.affinities, INTEGER]


def assigned_row(current: tuple, rowid: int, positions: list[int], values, affinities: list[str]) -> list:
    """The row SET makes of ``current``: each assigned value with its column's affinity, and when SET names
    the rowid of a table without a rowid alias, the new rowid after the columns (RowWriter.update moves the
    row there; the last of several assignments wins)."""
    row = list(current)
    width = len(row)
    if width in positions:
        row.append(rowid)
    for position, value in zip(positions, values, strict=True):
        row[position] = apply_affinity(value, affinities[position])
    return row


class UpdateStatement:
    def __init__(self, database: Database, tree: exp.Update, parameters: ParameterMap,
                 outer: OuterContext | None) -> None:
        table = database.table(tree.this.name)
        schema = table.schema
        refuse_generation_loop(schema)
        self.positions = []
        nodes: list = []
        for assignment in tree.expressions:
            columns, values = _assignment(assignment)
            for column in columns:
                self.positions.append(_assigned_position(schema, column))
            nodes.extend(values)
        self.targets = _TargetRows(database, tree, parameters, outer, nodes)
        self.returning = self.targets.returning
        self.policy = _policy(tree)

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        table = self.targets.table
        affinities = writer_affinities(table.schema)
        policy = database.conflict_override or self.policy
        writer = RowWriter(database, table, policy, env, self.returning)
        if (table.schema.type_checks or table.schema.rowid_column is not None or database.triggers
                or len(table.schema.columns) in self.positions):
            _start_statement(database, table, policy, "UPDATE", len(table.schema.columns) in self.positions)
        changed = set(self.positions)
        count = 0
        targets = self.targets
        # Each collected row is looked up again by its key, as SQLite does: a row an earlier OR REPLACE
        # deleted is skipped, and a row that an earlier update moved onto the key is updated again
        key_index = table.indexes[table.primary_key_index()] if table.schema.without_rowid else None
        try:
            for target in self._in_update_order(writer, policy, targets.compute(env, outer)):
                rowid = target[0]
                if key_index is not None:
                    rowid = key_index.entries.get(key_index.key(target[1]))
                current = table.rows.get(rowid)
                if current is None:
                    continue
                if targets.values is None:
                    values = target[2]
                else:
                    if targets.values_read_subqueries:
                        env.forget_correlated_subqueries()
                    values = targets.values(rowid, current, env, env.params, outer)
                row = assigned_row(current, rowid, self.positions, values, affinities)
                if writer.update(rowid, current, row, changed):
                    count += 1
        except IntegrityError as error:
            error.changes_made = writer.written
            if policy == ROLLBACK and not error.datatype_error:
                database.undo.rollback(explicit=False)
            raise
        return count


    def _in_update_order(self, writer: RowWriter, policy: str, targets: list[tuple]) -> list[tuple]:
        """The rows in the order SQLite updates them, which decides the survivors of OR IGNORE and OR
        REPLACE. SQLite updates in one pass, in the WHERE loop's order (an index lookup's index order),
        unless the statement may disturb that loop: REPLACE, triggers, foreign keys, a changed rowid or
        primary key, a subquery in WHERE, or a change to the index the loop reads. Then it first collects
        the rowids (a sorted RowSet) or the WITHOUT ROWID keys (an index in key order), as a full scan
        of the table gives them too."""
        table = self.targets.table
        schema = table.schema
        index = self.targets.index
        keys = {schema.rowid_column, len(schema.columns)} if not schema.without_rowid else set(schema.primary_key)
        if index and not (policy == REPLACE or writer.triggers_on or self.targets.subquery
                          or (writer.fk_checks and (schema.foreign_keys or is_referenced(writer.database, table)))
                          or keys & set(self.positions) or set(table.indexes[index].positions) & set(self.positions)):
            return _in_index_order(table, index, targets)
        if not schema.without_rowid:
            return sorted(targets, key=lambda target: target[0])
        return _in_index_order(table, table.primary_key_index(), targets)


def _in_index_order(table: Table, index: str, targets: list[tuple]) -> list[tuple]:
    """``targets`` (rowid first) in the order a scan of ``index`` walks the table's rows."""
    rank = {rowid: place for place, (rowid, _) in enumerate(index_scan(table, index, True))}
    return sorted(targets, key=lambda target: rank[target[0]])


class DeleteStatement:
    def __init__(self, database: Database, tree: exp.Delete, parameters: ParameterMap,
                 outer: OuterContext | None) -> None:
        self.targets = _TargetRows(database, tree, parameters, outer, [])
        self.returning = self.targets.returning

    def execute(self, database: Database, env: Env, outer: tuple) -> int:
        table = self.targets.table
        writer = RowWriter(database, table, ABORT, env, self.returning)
        if database.triggers:
            _start_statement(database, table, ABORT, "DELETE")
        targets = self.targets.compute(env, outer)
        actions = writer.fk_actions and is_referenced(database, table)
        if not writer.triggers_on and not actions and self.returning is None:
            for rowid, _ in targets:
                database.delete_row(table, rowid)
            return len(targets)
        if actions or self.returning is not None or any(
                database.triggers_for(table.name, "DELETE", timing) for timing in ("BEFORE", "AFTER")):
            # what may act on other rows makes SQLite collect the rowids first (a sorted RowSet), or a
            # WITHOUT ROWID table's keys (an index in key order), and delete in that order: it decides
            # which rows an OR FAIL in a trigger leaves deleted
            targets = (_in_index_order(table, table.primary_key_index(), targets) if table.schema.without_rowid
                       else sorted(targets, key=itemgetter(0)))
        return sum(writer.delete(rowid) for rowid, _ in targets)  # a row a trigger took or kept counts not


def _top_level(statement_class):
    def compile_statement(database: Database, tree):
        parameters = ParameterMap(tree)
        statement = statement_class(database, tree, parameters, None)
        return runnable(statement, parameters, statement.returning)

    return compile_statement


def compile_literal_insert(database: Database, literal: LiteralInsert):
    """A runnable INSERT of literal rows that skipped the SQL parser."""
    return runnable(InsertStatement.of_literals(database, literal), ParameterMap())


def runnable(statement, parameters: ParameterMap, returning: Returning | None = None):
    """Wrap a DML statement as the database's CompiledStatement, counting its changes (and returning the rows
    of its RETURNING list, when it has one)."""
    def run(db: Database, params: tuple, session) -> Result:
        if returning is not None:
            returning.rows = []  # a statement that failed halfway left its rows behind
        try:
            with statement_clock():
                count = statement.execute(db, Env(params, db), ())
        except BaseException as error:
            # SQLite counts the rows an OR FAIL statement keeps, and nothing for any other failure
            kept = getattr(error, "changes_made", 0) if _stops_but_keeps(error) else 0
            db.changes = kept
            db.total_changes += kept
            raise
        db.changes = count
        db.total_changes += count
        return Result(None, [], count) if returning is None else returning.result(count)

    return CompiledStatement(run, parameters)


def _stops_but_keeps(error: BaseException) -> bool:
    """An OR FAIL violation: the statement ends like a success (a STRICT type error kept only for want of
    a journal ends like a failure)."""
    return getattr(error, "keep_statement_changes", False) and not getattr(error, "datatype_error", False)


compile_insert = _top_level(InsertStatement)
compile_update = _top_level(UpdateStatement)
compile_delete = _top_level(DeleteStatement)


# --- UPSERT -----------------------------------------------------------------------------------------


UPSERT_ROWID = object()  # a conflict target: the rowid (an INTEGER PRIMARY KEY); other targets are index names


@dataclass
class UpsertClause:
    """One ON CONFLICT clause compiled: its target (None: any constraint), and for DO UPDATE the assigned
    positions with functions of (row, rowid, excluded row, excluded rowid, env, parameters, outer values)."""

    target: object
    update: bool
    positions: list[int]
    values: object = None
    where: object = None


class Upsert:
    """An INSERT's ON CONFLICT clauses, analysed as SQLite does (sqlite3UpsertAnalyzeTarget): every target
    must name the rowid or match a UNIQUE or PRIMARY KEY index, column for column, in any order, each term
    with the index's collation if it names one."""

    def __init__(self, database: Database, table: Table, alias: str | None, clauses: list[exp.OnConflict],
                 parameters: ParameterMap, outer: OuterContext | None, ctes: dict) -> None:
        self.table = table
        self.clauses: list[UpsertClause] = []
        for clause in clauses:
            if clause.args.get("duplicate") or clause.args.get("constraint") is not None:
                raise NotSupportedError("ON DUPLICATE KEY / ON CONFLICT ON CONSTRAINT are not supported")
            target = None
            if clause.args.get("conflict_keys"):
                target = self._target(database, table, alias, clause, parameters, outer)
            self.clauses.append(UpsertClause(target, "UPDATE" in clause.args["action"].name.upper(), []))
        for compiled, clause in zip(self.clauses, clauses, strict=True):
            if compiled.update:
                self._compile_update(database, table, alias, compiled, clause, parameters, outer, ctes)

    @staticmethod
    def _target(database: Database, table: Table, alias: str | None, clause: exp.OnConflict,
                parameters: ParameterMap, outer: OuterContext | None) -> object:
        schema = table.schema
        scope = _table_scope(database, table, parameters, outer)
        if alias:
            scope.sources[0].segments[0].alias = alias
        compiler = RowResolver(scope).compiler
        terms = []
        for key in clause.args["conflict_keys"]:
            node = key.this if isinstance(key, exp.Ordered) else key
            compiler.value(node)  # names resolve, or "no such column"
            collation = None
            if isinstance(node, exp.Collate):
                collation, node = node.expression.name.upper(), node.this
            while isinstance(node, exp.Paren):
                node = node.this
            position = None
            if isinstance(node, exp.Column) and not node.args.get(UNARY_PLUS):
                position = schema.column_position(node.name)
                if position is None and node.name.lower() in ROWID_NAMES:
                    position = ROWID
            terms.append((position, collation))
        predicate = clause.args.get("index_predicate")
        if predicate is not None:
            compiler.value(predicate.this)  # resolved; a full index matches any WHERE, a partial one its own
        written = predicate.this.sql(dialect="sqlite") if predicate is not None else None
        if len(terms) == 1 and terms[0][1] is None and not schema.without_rowid and terms[0][0] is not None and (
                terms[0][0] == ROWID or terms[0][0] == schema.rowid_column):
            return UPSERT_ROWID
        for name, index in table.indexes.items():
            if not index.unique or len(index.positions) != len(terms):
                continue
            if index.member is not None and written != index.schema.where_sql:
                continue
            if all(any(position == p and collation in (None, (schema.columns[p].collation or "BINARY").upper())
                       for position, collation in terms) for p in index.positions):
                return name
        raise OperationalError("ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint")

    @staticmethod
    def _compile_update(database: Database, table: Table, alias: str | None, compiled: UpsertClause,
                        clause: exp.OnConflict, parameters: ParameterMap, outer: OuterContext | None,
                        ctes: dict) -> None:
        schema = table.schema
        refuse_generation_loop(schema)
        nodes = []
        for assignment in clause.expressions:
            written = assignment.this.expressions if isinstance(assignment.this, exp.Tuple) else [assignment.this]
            if any(isinstance(column, exp.Column) and column.table for column in written):
                raise OperationalError('near ".": syntax error')  # SET excluded.c = ...: SQLite takes names only
            columns, values = _assignment(assignment)
            compiled.positions.extend(_assigned_position(schema, column) for column in columns)
            nodes.extend(values)
        scope = _table_scope(database, table, parameters, outer, ctes)
        if alias:
            scope.sources[0].segments[0].alias = alias
        scope.sources[0].needs_rowid = True
        compiler = _ExcludedResolver(scope, table, alias).compiler
        body = "(" + "".join(part + ", " for part in _value_sources(compiler, nodes)) + ")"
        where = clause.args.get("where")
        condition = compiler.value(where.this).src if where is not None else None
        arguments = "lambda r0, i0, r1, i1, _env, _p, _o: "
        compiled.values = compile_function(scope.gen, "_upsert_set", arguments + body)
        if condition is not None:
            compiled.where = compile_function(scope.gen, "_upsert_where", arguments + condition)

    def clause_for(self, key: object) -> UpsertClause | None:
        """The first clause whose target is ``key`` (an index name or the rowid) or that names no target."""
        for clause in self.clauses:
            if clause.target is None or clause.target is key or clause.target == key:
                return clause
        return None

    def check_order(self, table: Table) -> list:
        """The constraints in the order SQLite checks them for an upsert: the clauses' target indexes first
        (in clause order), then the others; the rowid first, unless the first clause targets an index,
        whose check then comes before it."""
        unique = [name for name, index in reversed(table.indexes.items()) if index.unique]  # newest first
        targets = []
        for clause in self.clauses:
            if clause.target is not None and clause.target is not UPSERT_ROWID and clause.target not in targets:
                targets.append(clause.target)
        order = targets + [name for name in unique if name not in targets]
        first = self.clauses[0].target
        place = 1 if first is not None and first is not UPSERT_ROWID else 0
        return [*order[:place], UPSERT_ROWID, *order[place:]]


class _ExcludedResolver(RowResolver):
    """In DO UPDATE, ``excluded.x`` is the row the INSERT would have written (loop variables r1, i1)."""

    def __init__(self, scope: Scope, table: Table, alias: str | None) -> None:
        super().__init__(scope)
        self.table = table
        self.alias = (alias or table.schema.name).lower()

    def column(self, node: exp.Column) -> Code:
        if (node.table or "").lower() != "excluded" or self.alias == "excluded":
            return super().column(node)
        schema = self.table.schema
        position = schema.column_position(node.name)
        if position is not None:
            return Code(f"r1[{position}]", affinity=schema.affinities[position],
                        collation=schema.columns[position].collation or "BINARY")
        if node.name.lower() in ROWID_NAMES and not schema.without_rowid:
            return Code("i1", affinity="INTEGER")
        raise OperationalError(f"no such column: excluded.{node.name}")

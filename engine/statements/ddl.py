"""Schema statements: CREATE/DROP/ALTER of tables, indexes, views, triggers, schemas and roles.

Each statement validates against the catalog first and then changes it through
`Database` methods that record their undo, so DDL rolls back like DML does.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from sqlglot import exp

from engine.errors import Error, IntegrityError, NotSupportedError, OperationalError
from engine.query.compiler import ParameterMap
from engine.query.executor import Env
from engine.query.resolvers import RowResolver
from engine.query.scope import Scope
from engine.semantics.datetime_functions import statement_clock
from engine.semantics.values import apply_affinity
from engine.sql import nodes
from engine.sql.parser import parse_statement
from engine.sql.script import content_text
from engine.statements.compiled import Result
from engine.statements.database import Database
from engine.statements.dml import (
    Constraints,
    compile_generated,
    delete_all_rows,
    is_referenced,
    refuse_generation_loop,
    row_predicate,
)
from engine.statements.renames import (
    Rename,
    edited,
    identifier_edits,
    named_columns,
    references,
    rename_in_tree,
    table_scope,
    written_as,
)
from engine.store.catalog import (
    Column,
    ForeignKey,
    IndexSchema,
    TableSchema,
    TriggerSchema,
    ViewSchema,
    reported_type,
    strict_type,
)
from engine.store.storage import Index, Table


def runner_for(tree: object, sql: str):
    """A function (database, params, session) -> Result for a schema statement, or None."""
    handlers = {
        nodes.CreateTable: create_table,
        nodes.CreateTrigger: create_trigger,
        nodes.DropTrigger: drop_trigger,
        nodes.AlterTable: alter_table,
        nodes.CreateRole: create_role,
        nodes.CreateSchema: create_schema,
        nodes.Reindex: reindex,
        exp.Create: create,
        exp.Drop: drop,
    }
    handler = handlers.get(type(tree))
    if handler is None:
        return None

    def run(database: Database, params, session):
        handler(database, tree, sql)
        return Result()

    return run


def _check_name_free(database: Database, name: str, kind: str) -> None:
    existing = database.name_in_use(name)
    if existing is not None:
        if existing == kind:
            raise OperationalError(f"{kind} {name} already exists")
        raise OperationalError(f"there is already {'an' if existing == 'index' else 'a'} {existing} named {name}")


# --- tables ------------------------------------------------------------------------------------


def create_table(database: Database, statement: nodes.CreateTable, sql: str) -> None:
    if database.name_in_use(statement.name) is not None:
        if statement.if_not_exists and database.find_table(statement.name) is not None:
            return
        _check_name_free(database, statement.name, "table")
    if statement.name.lower().startswith("sqlite_"):
        raise OperationalError(f"object name reserved for internal use: {statement.name}")
    if statement.as_select is not None:
        _create_table_as(database, statement)
        return
    schema = table_schema(statement)
    table = Table(schema)
    check_generated_columns(database, table, schema.generated_positions)
    _add_constraint_indexes(schema, table, statement)
    database.add_table(table)


def table_schema(statement: nodes.CreateTable) -> TableSchema:
    """A catalog schema from a parsed CREATE TABLE, checking that names and constraints are sound."""
    columns = [
        Column(name=c.name, declared_type=c.declared_type, not_null=c.not_null, default=c.default,
               default_sql=c.default_sql, collation=c.collation, primary_key=c.primary_key, check=c.check,
               check_sql=c.check_sql, generated=c.generated, generated_sql=c.generated_sql, stored=c.stored)
        for c in statement.columns
    ]
    positions = {c.name.lower(): i for i, c in enumerate(columns)}

    def position(name: str) -> int:
        if name.lower() not in positions:
            raise OperationalError(f"no such column: {name}")
        return positions[name.lower()]

    primary_key = tuple(position(n) for n in statement.primary_key)
    descending = False
    autoincrement = False
    for index, definition in enumerate(statement.columns):
        if definition.primary_key:
            primary_key = (index,)
            descending = definition.primary_key_desc
        if definition.autoincrement:
            autoincrement = True
    for index in primary_key:
        columns[index].primary_key = True
        if columns[index].generated is not None:
            raise OperationalError("generated columns cannot be part of the PRIMARY KEY")
    if all(column.generated is not None for column in columns):
        raise OperationalError("must have at least one non-generated column")
    uniques = [(positions[c.name.lower()],) for c in statement.columns if c.unique]
    uniques += [tuple(position(n) for n in names) for names in statement.uniques]
    checks = [(c.check, c.check_sql) for c in statement.columns if c.check is not None]
    for column in columns:
        column.check = None
        column.check_sql = None
    checks += list(statement.checks)
    keys = [_foreign_key(positions, definition.references) for definition in statement.columns
            if definition.references is not None]
    keys += [_foreign_key(positions, definition) for definition in statement.foreign_keys]
    if statement.without_rowid and not primary_key:
        raise OperationalError(f"PRIMARY KEY missing on table {statement.name}")
    if statement.strict:
        _check_strict_types(statement.name, columns)
    schema = TableSchema(statement.name, columns, primary_key, descending, autoincrement, uniques, checks, keys,
                         statement.without_rowid, statement.strict)
    if autoincrement and schema.rowid_column is None:
        raise OperationalError("AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY")
    return schema


def check_generated_columns(database: Database, table: Table, positions) -> None:
    """Generated columns read only their own row, deterministically: SQLite's errors for what they may not
    contain, and the expression must compile against the table (unknown columns, misused aggregates)."""
    for position in positions:
        _refuse_in_row_expression(table.schema.columns[position].generated, "generated columns", table, dots=False)
    compile_generated(database, table, positions)


def _refuse_in_row_expression(node: exp.Expression, what: str, table: Table, dots: bool) -> None:
    """SQLite's errors for what an expression of one row (a generated column, a partial index's WHERE) may
    not contain; ``dots``: a column may be qualified by its table's name."""
    for part in node.walk():
        if isinstance(part, exp.Subquery | exp.Exists | exp.Query):
            raise OperationalError(f"subqueries prohibited in {what}")
        if isinstance(part, exp.Placeholder | exp.Parameter):
            raise OperationalError(f"parameters prohibited in {what}")
        if isinstance(part, exp.Column) and part.table and not dots:
            raise OperationalError(f'the "." operator prohibited in {what}')
        if isinstance(part, exp.Rand | exp.CurrentDate | exp.CurrentTime | exp.CurrentTimestamp) or (
                isinstance(part, exp.Anonymous) and part.name.lower() in _NON_DETERMINISTIC):
            raise OperationalError(f"non-deterministic functions prohibited in {what}")
        if isinstance(part, exp.Column) and part.name.lower() in ("rowid", "oid", "_rowid_") and \
                table.schema.column_position(part.name) is None:
            if dots:  # a partial index's test sees the row's values, not its rowid
                raise NotSupportedError(f"rowid in {what} is not supported")
            raise OperationalError(f"no such column: {part.name}")


_NON_DETERMINISTIC = frozenset(("random", "randomblob", "changes", "last_insert_rowid", "total_changes"))


def _check_strict_types(table: str, columns: list[Column]) -> None:
    """A STRICT table's every column names one of the STRICT types."""
    for column in columns:
        if not column.declared_type:
            raise OperationalError(f"missing datatype for {table}.{column.name}")
        if strict_type(column.declared_type) is None:
            spelled = reported_type(column.declared_type)
            raise OperationalError(f'unknown datatype for {table}.{column.name}: "{spelled}"')


def _foreign_key(positions: dict[str, int], definition: nodes.ForeignKeyDefinition) -> ForeignKey:
    columns = []
    for name in definition.columns:
        if name.lower() not in positions:
            raise OperationalError(f"unknown column \"{name}\" in foreign key definition")
        columns.append(positions[name.lower()])
    if definition.ref_columns and len(definition.ref_columns) != len(columns):
        raise OperationalError("number of columns in foreign key does not match the number of columns in the "
                               "referenced table")
    return ForeignKey(tuple(columns), definition.table, definition.ref_columns, definition.on_delete,
                      definition.on_update)


def _add_constraint_indexes(schema: TableSchema, table: Table, statement: nodes.CreateTable) -> None:
    """PRIMARY KEY (unless it is the rowid) and UNIQUE are enforced by automatic unique indexes, made in the
    order the constraints are written, as SQLite makes them: it checks the newest index first, so the order
    decides which constraint a row that breaks several reports, and which one a bare ON CONFLICT takes."""
    counter = 0
    primary = [("primary key", schema.primary_key)] if schema.primary_key and schema.rowid_column is None else []
    column_uniques = sum(1 for definition in statement.columns if definition.unique)
    constraints = []
    for position, definition in enumerate(statement.columns):
        if definition.primary_key:
            constraints += primary
        if definition.unique:
            constraints.append(("unique", (position,)))
    table_uniques = [("unique", columns) for columns in schema.uniques[column_uniques:]]
    if statement.primary_key and primary:
        table_uniques.insert(statement.primary_key_place, primary[0])
    constraints += table_uniques
    seen = {schema.primary_key} if primary else set()  # a UNIQUE on the primary key's columns adds no index
    for origin, columns in constraints:
        if columns in seen and origin != "primary key":
            continue
        seen.add(columns)
        counter += 1
        name = f"sqlite_autoindex_{schema.name}_{counter}"
        # a column's PRIMARY KEY DESC makes its index descending: a WITHOUT ROWID table is stored in that order
        descending = (origin == "primary key" and schema.primary_key_desc,) * len(columns)
        index_schema = IndexSchema(name, schema.name, columns, descending, True, origin)
        table.indexes[name.lower()] = Index(index_schema, table)


def _create_table_as(database: Database, statement: nodes.CreateTable) -> None:
    planned = database.planner.plan_query(statement.as_select, ParameterMap())
    type_names = {"INTEGER": "INT", "REAL": "REAL", "TEXT": "TEXT", "NUMERIC": "NUM"}
    columns = [Column(name, type_names.get(affinity or "", "")) for name, affinity in
               zip(_unique_names(planned.columns), planned.affinities, strict=True)]
    schema = TableSchema(statement.name, columns)
    table = Table(schema)
    database.add_table(table)
    with statement_clock():
        rows = planned.plan.execute(Env((), database), ())
    affinities = schema.affinities
    for rowid, row in enumerate(rows, 1):
        database.insert_row(table, rowid, tuple(apply_affinity(v, a) for v, a in zip(row, affinities, strict=True)))


def _unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for name in names:
        candidate = name
        while candidate.lower() in seen:
            seen[name.lower()] += 1
            candidate = f"{name}:{seen[name.lower()]}"
        seen.setdefault(candidate.lower(), 0)
        result.append(candidate)
    return result


def alter_table(database: Database, statement: nodes.AlterTable, sql: str) -> None:
    table = database.table(statement.table)
    schema = table.schema
    if statement.action == "rename to":
        if database.name_in_use(statement.new_name) is not None and \
                statement.new_name.lower() != schema.name.lower():
            _check_name_free(database, statement.new_name, "table")
        rename = Rename(schema.name.lower(), new_table=statement.new_name)
        views, triggers = _edited_dependents(database, rename)
        checks = _renamed_checks(schema, rename)
        partial = _renamed_partial_indexes(table, rename)
        database.rename_table(table, statement.new_name)
        if checks != schema.checks:
            database.alter_columns(table, replace(_with_columns(schema, schema.columns), checks=checks), table.rows)
        _replace_partial_indexes(database, table, partial)
        _replace_dependents(database, views, triggers)
    elif statement.action == "add column":
        _add_column(database, table, statement.column)
    elif statement.action == "rename column":
        position = schema.column_position(statement.old_name)
        if position is None:
            raise OperationalError(f"no such column: \"{statement.old_name}\"")
        if schema.column_position(statement.new_name) is not None:
            raise OperationalError(f"duplicate column name: {statement.new_name}")
        rename = Rename(schema.name.lower(), column=schema.columns[position].name.lower(),
                        new_column=statement.new_name)
        views, triggers = _edited_dependents(database, rename)
        columns = [Column(**vars(c)) for c in schema.columns]
        columns[position].name = statement.new_name
        for column in columns:
            if column.generated is not None:
                column.generated = _renamed(column.generated, statement.old_name, statement.new_name)
                column.generated_sql = column.generated.sql(dialect="sqlite")
        new_schema = replace(_with_columns(schema, columns), checks=_renamed_checks(schema, rename))
        partial = _renamed_partial_indexes(table, rename)
        for other in list(database.tables.values()):
            keys = [_renamed_parent_columns(key, rename) for key in
                    (new_schema if other is table else other.schema).foreign_keys]
            if other is table:
                new_schema.foreign_keys = keys
            elif keys != other.schema.foreign_keys:
                database.alter_columns(other, replace(_with_columns(other.schema, other.schema.columns),
                                                      foreign_keys=keys), other.rows)
        database.alter_columns(table, new_schema, table.rows)
        _replace_partial_indexes(database, table, partial)
        _replace_dependents(database, views, triggers)
    else:
        position = schema.column_position(statement.old_name)
        if position is None:
            raise OperationalError(f"no such column: \"{statement.old_name}\"")
        if position in schema.primary_key or any(position in u for u in schema.uniques) or \
                any(position in i.positions for i in table.indexes.values()):
            raise OperationalError(f"cannot drop column \"{statement.old_name}\": it is part of a key or index")
        raise NotSupportedError("ALTER TABLE DROP COLUMN is not supported")


def _renamed(node: exp.Expression, old: str, new: str) -> exp.Expression:
    """An expression with its references to column ``old`` made to ``new``."""
    def rename(part: exp.Expression) -> exp.Expression:
        if isinstance(part, exp.Column) and part.name.lower() == old.lower():
            return exp.column(new, quoted=True)
        return part

    return node.copy().transform(rename)


def _edited_dependents(database: Database, rename: Rename) -> tuple[list[ViewSchema], list[TriggerSchema]]:
    """The views and triggers that name what ``rename`` renames, edited in their text and parsed again
    (read before the rename, against the schema as it still is)."""
    def columns_of(name: str) -> list[str] | None:
        table = database.find_table(name)
        if table is not None:
            return table.schema.column_names
        view = database.find_view(name)
        if view is not None:
            return list(view.column_names) or list(named_columns(view.query) or []) or None
        return None

    views = []
    for view in database.views.values():
        found = references(parse_statement(view.sql).args["expression"], rename, columns_of)
        if found:
            text = edited(view.sql, _known(identifier_edits(view.sql, found, rename, lambda _: 0), "view", view.name))
            views.append(_view_schema(parse_statement(text), text))
    triggers = []
    for trigger in database.triggers.values():
        statement = parse_statement(trigger.sql)
        own = trigger.table.lower() == rename.table
        outer = table_scope(trigger.table, columns_of(trigger.table) or (), "new", "old")
        parts = [(statement.when, statement.when_offset)] if statement.when is not None else []
        parts += [(body, offset) for body, offset in zip(statement.body, statement.body_offsets, strict=True)
                  if isinstance(body, exp.Expression)]
        edits: list | None = []
        for part, offset in parts:
            found = identifier_edits(statement.text, references(part, rename, columns_of, outer), rename,
                                     lambda _, offset=offset: offset)
            edits = None if edits is None or found is None else edits + found
        edits = _known(edits, "trigger", trigger.name)
        if own and rename.new_table is not None:
            start, end = statement.table_span
            written = statement.text[start:end]
            name_start = start + written.rfind(".") + 1
            edits.append((name_start, end, written_as(rename.new_table, statement.text[name_start:end], True)))
        if own and rename.column is not None:
            for (start, end), name in zip(statement.update_column_spans, statement.update_columns, strict=True):
                if name.lower() == rename.column:
                    edits.append((start, end, written_as(rename.new_column, statement.text[start:end], False)))
        if edits:
            text = edited(statement.text, edits)
            new = parse_statement(text)
            table_name = rename.new_table if own and rename.new_table is not None else trigger.table
            triggers.append(TriggerSchema(new.name, table_name, new.timing, new.event, new.update_columns,
                                          new.when, new.body, new.text))
    return views, triggers


def _known(edits: list | None, kind: str, name: str) -> list:
    """The edits of a view's or trigger's text; refused when a reference's place in it is not known."""
    if edits is None:
        raise NotSupportedError(f"ALTER TABLE cannot rename the references in {kind} {name}")
    return edits


def _replace_dependents(database: Database, views: list[ViewSchema], triggers: list[TriggerSchema]) -> None:
    for view in views:
        database.set_catalog_entry(database.views, view.name.lower(), view)
    for trigger in triggers:
        database.set_catalog_entry(database.triggers, trigger.name.lower(), trigger)


def _renamed_expression(node: exp.Expression, schema: TableSchema, rename: Rename) -> exp.Expression | None:
    """A copy of an expression over the table's own row (CHECK, a partial index's WHERE) with its references
    to what ``rename`` renames edited; None when it names none of them."""
    copy = node.copy()
    found = references(copy, rename, lambda name: None, table_scope(schema.name, schema.column_names))
    if not found:
        return None
    rename_in_tree(found)
    return copy


def _renamed_checks(schema: TableSchema, rename: Rename) -> list[tuple[exp.Expression, str]]:
    """The table's CHECK constraints with their references to what ``rename`` renames edited."""
    checks = []
    for node, text in schema.checks:
        renamed = _renamed_expression(node, schema, rename)
        checks.append((renamed, renamed.sql(dialect="sqlite")) if renamed is not None else (node, text))
    return checks


def _renamed_partial_indexes(table: Table, rename: Rename) -> dict[str, IndexSchema]:
    """The table's partial indexes whose WHERE names what ``rename`` renames, with it edited."""
    changed = {}
    for key, index in table.indexes.items():
        renamed = _renamed_expression(index.schema.where, table.schema, rename) if index.schema.where else None
        if renamed is not None:
            changed[key] = replace(index.schema, where=renamed, where_sql=renamed.sql(dialect="sqlite"))
    return changed


def _replace_partial_indexes(database: Database, table: Table, changed: dict[str, IndexSchema]) -> None:
    """Give the edited partial indexes their new schemas (on new index objects, so ROLLBACK has the old)."""
    if not changed:
        return
    database.alter_columns(table, table.schema, table.rows)
    for key, schema in changed.items():
        table.indexes[key].schema = replace(schema, table=table.name)


def _renamed_parent_columns(key: ForeignKey, rename: Rename) -> ForeignKey:
    if key.parent.lower() != rename.table or not any(c.lower() == rename.column for c in key.parent_columns):
        return key
    return replace(key, parent_columns=tuple(rename.new_column if c.lower() == rename.column else c
                                             for c in key.parent_columns))


def _with_columns(schema: TableSchema, columns: list[Column]) -> TableSchema:
    return TableSchema(schema.name, columns, schema.primary_key, schema.primary_key_desc, schema.autoincrement,
                       list(schema.uniques), list(schema.checks), list(schema.foreign_keys), schema.without_rowid,
                       schema.strict)


def _add_column(database: Database, table: Table, definition: nodes.ColumnDefinition) -> None:
    schema = table.schema
    if schema.column_position(definition.name) is not None:
        raise OperationalError(f"duplicate column name: {definition.name}")
    if definition.primary_key or definition.unique:
        raise OperationalError("Cannot add a PRIMARY KEY or UNIQUE column")
    if definition.generated is not None and definition.stored:
        raise OperationalError("cannot add a STORED column")
    default_value = None
    if definition.default is not None:
        if isinstance(definition.default, exp.CurrentDate | exp.CurrentTime | exp.CurrentTimestamp) or \
                definition.default.find(exp.Column, exp.Anonymous, exp.Func) is not None:
            raise OperationalError("Cannot add a column with non-constant default")
        default_value = constant_value(database, definition.default)
    if definition.not_null and default_value is None and definition.generated is None:
        raise OperationalError("Cannot add a NOT NULL column with default value NULL")
    column = Column(definition.name, definition.declared_type, definition.not_null, definition.default,
                    definition.default_sql, definition.collation, False, generated=definition.generated,
                    generated_sql=definition.generated_sql)
    if schema.strict:
        try:
            _check_strict_types(schema.name, [column])
        except OperationalError as error:
            raise OperationalError(f"error in table {schema.name} after add column: {error}") from None
    new_schema = _with_columns(schema, [*schema.columns, column])
    if definition.check is not None:
        new_schema.checks.append((definition.check, definition.check_sql))
    if definition.references is not None:
        new_schema.foreign_keys.append(_foreign_key({c.name.lower(): i for i, c in enumerate(new_schema.columns)},
                                                    definition.references))
    value = apply_affinity(default_value, new_schema.affinities[-1])
    rows = {rowid: (*row, value) for rowid, row in table.rows.items()}
    if column.generated is not None:  # computed for the rows already there
        try:
            check_generated_columns(database, Table(new_schema), [len(new_schema.columns) - 1])
        except OperationalError as error:
            raise OperationalError(f"error in table {schema.name} after add column: {error}") from None
        refuse_generation_loop(new_schema)
        constraints = Constraints(database, Table(new_schema))
        env = Env((), database)
        for rowid, row in rows.items():
            row = list(row)
            constraints.fill_generated(row, env)
            if column.not_null and row[-1] is None:
                raise OperationalError("NOT NULL constraint failed")  # sqlite3's words here: no column named
            rows[rowid] = tuple(row)
    database.alter_columns(table, new_schema, rows)


def constant_value(database: Database, node: exp.Expression) -> object:
    """Evaluate an expression that needs no row (DEFAULT values)."""
    scope = Scope(database.planner, None, {}, ParameterMap(), itertools.count())
    code = RowResolver(scope).compiler.value(node)
    if code.constant:
        return code.value
    return scope.gen.evaluate(code.src.replace("_env", "None"))


# --- indexes -----------------------------------------------------------------------------------


def create(database: Database, statement: exp.Create, sql: str) -> None:
    kind = (statement.args.get("kind") or "").upper()
    if kind == "INDEX":
        create_index(database, statement)
    elif kind == "VIEW":
        create_view(database, statement, sql)
    else:
        raise NotSupportedError(f"CREATE {kind} is not supported")


def create_index(database: Database, statement: exp.Create) -> None:
    index = statement.this
    name = index.name
    table_node = index.args.get("table")
    if table_node is None:
        raise OperationalError("CREATE INDEX needs ON table")
    if database.name_in_use(name) is not None:
        if statement.args.get("exists") and database.name_in_use(name) == "index":
            return
        _check_name_free(database, name, "index")
    table = database.table(table_node.name)
    where = index.args["params"].args.get("where")
    member = None
    if where is not None:
        where = where.this
        _refuse_in_row_expression(where, "partial index WHERE clauses", table, dots=True)
        member = row_predicate(database, table, where)
    positions, descending, spelling = [], [], []
    for term in index.args["params"].args.get("columns") or []:
        desc = bool(term.args.get("desc")) if isinstance(term, exp.Ordered) else False
        node = term.this if isinstance(term, exp.Ordered) else term
        if isinstance(node, exp.Opclass):
            direction = node.expression.name.upper()
            if direction not in ("ASCENDING", "DESCENDING"):
                raise OperationalError(f"unknown index option: {node.expression.name}")
            desc = direction == "DESCENDING"
            node = node.this
        collation = None
        if isinstance(node, exp.Collate):
            collation = node.expression.name.upper()
            node = node.this
        if not isinstance(node, exp.Column):
            raise NotSupportedError("indexes on expressions are not supported")
        position = table.schema.column_position(node.name)
        if position is None:
            raise OperationalError(f"no such column: {node.name}")
        if collation is not None and collation != (table.schema.columns[position].collation or "BINARY"):
            # the index would order and compare by it, UNIQUE included: refused rather than ignored
            raise NotSupportedError("an index COLLATE other than its column's is not supported")
        positions.append(position)
        descending.append(desc)
        spelling.append(node.name)
    unique = bool(statement.args.get("unique"))
    schema = IndexSchema(name, table.name, tuple(positions), tuple(descending), unique, "index", tuple(spelling),
                         where, where.sql(dialect="sqlite") if where is not None else None)
    created = database.add_index(table, schema, member)
    keys = list(map(created.key, table.rows.values())) if unique else []
    if unique and len(created.entries) != len(keys) - keys.count(None):
        names = ", ".join(f"{table.name}.{table.schema.columns[p].name}" for p in positions)
        raise IntegrityError(f"UNIQUE constraint failed: {names}")


# --- views and triggers ------------------------------------------------------------------------


def create_view(database: Database, statement: exp.Create, sql: str) -> None:
    target = statement.this
    name = target.this.name if isinstance(target, exp.Schema) else target.name
    existing = database.name_in_use(name)
    if existing is not None:
        if existing == "view" and statement.args.get("replace"):
            pass
        elif existing == "view" and statement.args.get("exists"):
            return
        else:
            _check_name_free(database, name, "view")
    # Like SQLite, the view's query is checked when it is used, not now: it may read tables and
    # views created later (dumps and scripts create objects in any order).
    database.set_catalog_entry(database.views, name.lower(), _view_schema(statement, sql))


def _view_schema(statement: exp.Create, sql: str) -> ViewSchema:
    target = statement.this
    column_names = tuple(e.name for e in target.expressions) if isinstance(target, exp.Schema) else ()
    name = target.this.name if isinstance(target, exp.Schema) else target.name
    return ViewSchema(name, statement.args["expression"], column_names, content_text(sql))


def create_trigger(database: Database, statement: nodes.CreateTrigger, sql: str) -> None:
    key = statement.name.lower()
    if key in database.triggers:
        if statement.if_not_exists:
            return
        raise OperationalError(f"trigger {statement.name} already exists")
    table = database.find_table(statement.table)
    if table is None:
        if database.find_view(statement.table) is not None and statement.timing == "INSTEAD OF":
            raise NotSupportedError("INSTEAD OF triggers on views are not supported")
        raise OperationalError(f"no such table: {statement.table}")
    if statement.timing == "INSTEAD OF":
        raise OperationalError(f"cannot create INSTEAD OF trigger on table: {statement.table}")
    if any(body.args.get("returning") is not None for body in statement.body):
        raise OperationalError("cannot use RETURNING in a trigger")
    trigger = TriggerSchema(statement.name, table.name, statement.timing, statement.event, statement.update_columns,
                            statement.when, statement.body, statement.text)
    database.set_catalog_entry(database.triggers, key, trigger)


def drop_trigger(database: Database, statement: nodes.DropTrigger, sql: str) -> None:
    key = statement.name.lower()
    if key not in database.triggers:
        if statement.if_exists:
            return
        raise OperationalError(f"no such trigger: {statement.name}")
    database.set_catalog_entry(database.triggers, key, None)


# --- DROP, schemas, roles, REINDEX ------------------------------------------------------------------


def drop(database: Database, statement: exp.Drop, sql: str) -> None:
    kind = (statement.args.get("kind") or "").upper()
    if_exists = bool(statement.args.get("exists"))
    for target in statement.args.get("tables") or [statement.this]:
        name = target.name if target.name else (target.args.get("db").name if target.args.get("db") else "")
        if kind == "TABLE":
            _drop_table(database, name, if_exists)
        elif kind == "VIEW":
            _drop_view(database, name, if_exists)
        elif kind == "INDEX":
            _drop_index(database, name, if_exists)
        elif kind == "SCHEMA":
            if name.lower() not in database.schemas:
                if not if_exists:
                    raise OperationalError(f"no such schema: {name}")
                continue
            database.set_catalog_entry(database.schemas, name.lower(), None)
        else:
            raise NotSupportedError(f"DROP {kind} is not supported")


def _drop_table(database: Database, name: str, if_exists: bool) -> None:
    table = database.find_table(name)
    if table is None:
        if database.find_view(name) is not None:
            raise OperationalError(f"use DROP VIEW to delete view {name}")
        if database.find_external_table(name) is not None:
            raise OperationalError(f"table {name} may not be dropped")
        if if_exists:
            return
        raise OperationalError(f"no such table: {name}")
    if database.foreign_keys and is_referenced(database, table):
        # SQLite deletes a referenced table's rows first, with their actions, and counts it as a DELETE
        try:
            deleted = delete_all_rows(database, table)
        except Error:
            database.changes = 0
            raise
        database.changes = deleted
        database.total_changes += deleted
    database.remove_table(table)


def _drop_view(database: Database, name: str, if_exists: bool) -> None:
    if database.find_view(name) is None:
        if database.find_table(name) is not None:
            raise OperationalError(f"use DROP TABLE to delete table {name}")
        if if_exists:
            return
        raise OperationalError(f"no such view: {name}")
    database.set_catalog_entry(database.views, name.lower(), None)


def _drop_index(database: Database, name: str, if_exists: bool) -> None:
    key = name.lower()
    if key not in database.index_tables:
        if if_exists:
            return
        raise OperationalError(f"no such index: {name}")
    table = database.tables[database.index_tables[key]]
    if table.indexes[key].schema.origin != "index":
        raise OperationalError("index associated with UNIQUE or PRIMARY KEY constraint cannot be dropped")
    database.remove_index(name)


def create_schema(database: Database, statement: nodes.CreateSchema, sql: str) -> None:
    key = statement.name.lower()
    if key in database.schemas:
        if statement.if_not_exists:
            return
        raise OperationalError(f"schema {statement.name} already exists")
    database.set_catalog_entry(database.schemas, key, statement.text)


def create_role(database: Database, statement: nodes.CreateRole, sql: str) -> None:
    key = statement.name.lower()
    if key in database.roles:
        raise OperationalError(f"role {statement.name} already exists")
    database.set_catalog_entry(database.roles, key, statement.text)


def reindex(database: Database, statement: nodes.Reindex, sql: str) -> None:
    """Indexes are always current here; REINDEX only checks that its target exists."""
    name = statement.name
    if name is None or name.upper() in ("BINARY", "NOCASE", "RTRIM"):
        return
    if database.find_table(name) is None and name.lower() not in database.index_tables:
        raise OperationalError("unable to identify the object to be reindexed")

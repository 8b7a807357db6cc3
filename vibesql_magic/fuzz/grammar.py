"""Random SQL scripts: a schema, rows, then queries, all from one seed so a failure can be replayed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

TYPE_NAMES = ["INTEGER", "INT", "REAL", "TEXT", "BLOB", "NUMERIC", "", "STRING", "DATE", "VARCHAR(5)",
              "FLOATING POINT", "DOUBLE", "BOOLEAN", "DECIMAL(4,2)"]
COLLATIONS = ["", "", "", " COLLATE NOCASE", " COLLATE RTRIM", " COLLATE BINARY"]
LITERALS = ["0", "1", "-1", "2", "0.0", "-0.0", "1.0", "2.5", "-3.25", "'a'", "'A'", "'b '", "''", "'1'", "' 12'",
            "'12 '", "'1.5'", "'abc'", "NULL", "NULL", "x'00'", "x'41'", "9223372036854775807",
            "-9223372036854775808", "1e100", "5e-324", "'0x10'", "'1e3'", "4503599627370497"]
UNARY_FUNCTIONS = ["abs", "length", "lower", "upper", "typeof", "hex", "quote", "trim", "sign", "round", "unicode",
                   "ceil", "floor", "likely", "zeroblob"]
BINARY_FUNCTIONS = ["coalesce", "ifnull", "nullif", "max", "min", "instr", "round", "mod", "substr", "printf"]
BINARY_OPERATORS = ["+", "-", "*", "/", "%", "||", "=", "==", "!=", "<>", "<", "<=", ">", ">=", "AND", "OR", "IS",
                    "IS NOT", "IS DISTINCT FROM", "IS NOT DISTINCT FROM", "&", "|", "<<", ">>", "LIKE", "GLOB"]
CASTS = ["INTEGER", "REAL", "TEXT", "NUMERIC", "BLOB", "STRING", "DATE"]
AGGREGATES = ["count(*)", "count({e})", "min({e})", "max({e})", "total({e})", "sum({e})", "count(DISTINCT {e})"]
WINDOW_FUNCTIONS = ["row_number()", "rank()", "dense_rank()", "count(*)", "min({e})", "max({e})",
                    "first_value({e})", "last_value({e})", "nth_value({e}, 2)", "lag({e})", "lead({e}, 1, 0)",
                    "ntile(2)", "count({e})"]
JOINS = ["JOIN", "LEFT JOIN", "CROSS JOIN", "RIGHT JOIN", "FULL JOIN", "INNER JOIN", "LEFT OUTER JOIN"]


@dataclass
class Table:
    name: str
    columns: list[str]
    without_rowid: bool = False


@dataclass
class Script:
    """A seed's statements; the setup runs before the queries and must succeed on sqlite3."""

    seed: int
    setup: list[str] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)

    @property
    def statements(self) -> list[str]:
        return self.setup + self.queries


class Grammar:
    """Writes one script from a seed: tables, indexes, triggers, rows and queries over them."""

    def __init__(self, seed: int, queries: int = 20) -> None:
        self.random = random.Random(seed)
        # the later features (partial indexes, UPSERT) draw from a stream of their own, so every seed
        # still writes the statements it wrote before they were added
        self.extra = random.Random(seed ^ 0x5EED5)
        self.long_insert_written = False
        self.guards = random.Random(seed ^ 0x7A15E)  # RAISE triggers, added later still: a stream of their own
        self.seed = seed
        self.query_count = queries
        self.tables: list[Table] = []

    def script(self) -> Script:
        script = Script(self.seed)
        for number in range(self.random.randint(1, 3)):
            script.setup.append(self._create_table(f"t{number}"))
        for _ in range(self.random.randint(0, 2)):
            table = self.random.choice(self.tables)
            unique = self.random.choice(["", "UNIQUE "]) if not table.without_rowid else ""
            columns = ", ".join(self.random.sample(table.columns, self.random.randint(1, len(table.columns))))
            where = f" WHERE {self._extra_expression(table.columns)}" if self.extra.random() < 0.3 else ""
            script.setup.append(f"CREATE {unique}INDEX IF NOT EXISTS i{len(script.setup)} ON {table.name}({columns})"
                                + where)
        if len(self.tables) > 1 and self.random.random() < 0.3:
            script.setup.append(self._trigger())
        for _ in range(self.guards.choice([0, 0, 0, 1, 2])):
            script.setup.append(self._raise_trigger(len(script.setup)))
        for _ in range(self.random.randint(1, 12)):
            script.setup.append(self._insert())
        for _ in range(self.random.choice([0, 0, 1, 2])):
            script.setup.append(self._update_or_delete())
        script.queries = [self.query() for _ in range(self.query_count)]
        return script

    # -- schema --

    def _create_table(self, name: str) -> str:
        count = self.random.randint(1, 4)
        columns = [f"c{i}" for i in range(count)]
        definitions = []
        key = self.random.choice([None, None, 0, "composite"])
        without_rowid = key is not None and self.random.random() < 0.4
        for i, column in enumerate(columns):
            text = f"{column} {self.random.choice(TYPE_NAMES)}".rstrip()
            if key == 0 and i == 0:
                text += " PRIMARY KEY" + self.random.choice(["", " DESC", " ASC"])
            if self.random.random() < 0.1:
                text += " NOT NULL"
            if self.random.random() < 0.1 and key is None:
                text += " UNIQUE"
            if self.random.random() < 0.15:
                text += " DEFAULT " + self.random.choice(LITERALS)
            text += self.random.choice(COLLATIONS)
            definitions.append(text)
        if key == "composite":
            definitions.append(f"PRIMARY KEY({', '.join(columns[: self.random.randint(1, count)])})")
        self.tables.append(Table(name, columns, without_rowid))
        return f"CREATE TABLE {name}({', '.join(definitions)})" + (" WITHOUT ROWID" if without_rowid else "")

    def _trigger(self) -> str:
        source, target = self.random.sample(self.tables, 2)
        values = ", ".join(f"new.{c}" if c in source.columns else self.random.choice(LITERALS)
                           for c in target.columns)
        verb = self.random.choice(["INSERT", "INSERT OR IGNORE", "INSERT OR REPLACE"])
        return (f"CREATE TRIGGER tr AFTER INSERT ON {source.name} BEGIN {verb} INTO {target.name} "
                f"VALUES({values}); END")

    def _raise_trigger(self, number: int) -> str:
        """A trigger that RAISEs for some rows: IGNORE skips a row's change, ABORT and FAIL stop the statement
        (FAIL keeping its earlier rows); beside another trigger of the same event it also tests their order."""
        stream = self.guards
        table = stream.choice(self.tables)
        event = stream.choice(["INSERT", "UPDATE", "DELETE"])
        row = "old" if event == "DELETE" else "new"
        names = [f"{row}.{column}" for column in table.columns] + ([] if table.without_rowid else [f"{row}.rowid"])
        condition = self._expression_from(stream, names)
        action = stream.choice(["RAISE(IGNORE)", "RAISE(ABORT, 'stopped')", "RAISE(FAIL, 'failed')"])
        timing = stream.choice(["BEFORE", "AFTER"])
        return f"CREATE TRIGGER g{number} {timing} {event} ON {table.name} BEGIN SELECT {action} WHERE {condition}; END"

    def _insert(self) -> str:
        table = self.random.choice(self.tables)
        verb = self.random.choice(["INSERT", "INSERT", "INSERT OR IGNORE", "INSERT OR REPLACE", "REPLACE"])
        if self.random.random() < 0.1:
            return f"{verb} INTO {table.name} DEFAULT VALUES"
        rows = ["(" + ", ".join(self.random.choice(LITERALS) for _ in table.columns) + ")"
                for _ in range(self.random.randint(1, 4))]
        if not self.long_insert_written and self.extra.random() < 0.3:
            # once a script, enough rows that the engine may write them in one step (more would make
            # sqlite3's joins of several tables run for hours)
            self.long_insert_written = True
            rows += ["(" + ", ".join(self.extra.choice(LITERALS) for _ in table.columns) + ")"
                     for _ in range(self.extra.randint(5, 9))]
        return f"{verb} INTO {table.name} VALUES {', '.join(rows)}" + self._upsert(table)

    def _upsert(self, table: Table) -> str:
        """Sometimes an ON CONFLICT clause without a target (it applies to every uniqueness conflict)."""
        if self.extra.random() >= 0.2:
            return ""
        if self.extra.random() < 0.4:
            return " ON CONFLICT DO NOTHING"
        column = self.extra.choice(table.columns)
        value = self.extra.choice([f"excluded.{column}", f"excluded.{self.extra.choice(table.columns)}",
                                   self._extra_expression(table.columns)])
        return f" ON CONFLICT DO UPDATE SET {column} = {value}"

    def _extra_expression(self, columns: list[str]) -> str:
        """An expression drawn from the extra stream."""
        return self._expression_from(self.extra, columns)

    def _expression_from(self, stream: random.Random, columns: list[str]) -> str:
        """An expression drawn from ``stream``, so the main stream's later choices stay as they were."""
        main, self.random = self.random, stream
        try:
            return self.expression(columns, 1)
        finally:
            self.random = main

    def _update_or_delete(self) -> str:
        table = self.random.choice(self.tables)
        columns = table.columns
        where = f" WHERE {self.expression(columns, 1)}" if self.random.random() < 0.8 else ""
        if self.random.random() < 0.3:
            return f"DELETE FROM {table.name}{where}"
        verb = self.random.choice(["UPDATE", "UPDATE", "UPDATE OR IGNORE", "UPDATE OR REPLACE"])
        targets = self.random.sample(columns, self.random.randint(1, len(columns)))
        if not table.without_rowid and self.guards.random() < 0.15:  # the row moves (a stream of its own too)
            targets.append("rowid")
        if len(self.tables) > 1 and self.random.random() < 0.3:
            return self._update_from(verb, table, targets)
        sets = ", ".join(f"{column} = {self.expression(columns, 1)}" for column in targets)
        return f"{verb} {table.name} SET {sets}{where}"

    def _update_from(self, verb: str, table: Table, targets: list[str]) -> str:
        """UPDATE ... FROM another table. The FROM columns appear in WHERE only: the SET values of a target row
        the join matches twice come from an arbitrary match in SQLite, so they read the target alone."""
        other = self.random.choice([t for t in self.tables if t is not table])
        own = [f"{table.name}.{c}" for c in table.columns]
        sets = ", ".join(f"{column} = {self.expression(own, 1)}" for column in targets)
        where = self.expression(own + [f"s.{c}" for c in other.columns], 1)
        return f"{verb} {table.name} SET {sets} FROM {other.name} s WHERE {where}"

    # -- expressions --

    def expression(self, columns: list[str], depth: int = 0) -> str:
        choice = self.random.random()
        if depth > 2 or choice < 0.3:
            return self.random.choice(columns) if columns and self.random.random() < 0.6 else \
                self.random.choice(LITERALS)
        sub = lambda: self.expression(columns, depth + 1)  # noqa: E731 - a local shorthand
        if choice < 0.55:
            return f"({sub()} {self.random.choice(BINARY_OPERATORS)} {sub()})"
        if choice < 0.62:
            return f"{self.random.choice(UNARY_FUNCTIONS)}({sub()})"
        if choice < 0.69:
            function = self.random.choice(BINARY_FUNCTIONS)
            first = "'%d.%s'" if function == "printf" else sub()
            return f"{function}({first}, {sub()})"
        if choice < 0.74:
            return f"CAST({sub()} AS {self.random.choice(CASTS)})"
        if choice < 0.79:
            return f"({sub()} {self.random.choice(['', 'NOT '])}BETWEEN {sub()} AND {sub()})"
        if choice < 0.84:
            return f"({sub()} {self.random.choice(['', 'NOT '])}IN ({sub()}, {sub()}))"
        if choice < 0.86:
            return f"CASE WHEN {sub()} THEN {sub()} ELSE {sub()} END"
        if choice < 0.88:
            test = self.random.choice([" IS NULL", " NOTNULL", " IS NOT NULL", ""])
            if test:
                return f"({sub()}{test})"
            return f"CASE {sub()} WHEN {sub()} THEN {sub()} WHEN {sub()} THEN {sub()} END"
        if choice < 0.91:
            return f"({sub()}{self.random.choice(COLLATIONS[3:])})"
        if choice < 0.95 and self.tables:
            table = self.random.choice(self.tables)
            inner = [f"s.{c}" for c in table.columns]
            where = self.expression(inner + columns, depth + 2)
            form = self.random.choice(["EXISTS (SELECT 1 FROM {t} s WHERE {w})",
                                       "(SELECT {c} FROM {t} s WHERE {w} ORDER BY 1 LIMIT 1)",
                                       "({e} IN (SELECT {c} FROM {t} s WHERE {w}))",
                                       "(SELECT count(*) FROM {t} s WHERE {w})"])
            return form.format(t=table.name, w=where, c=self.random.choice(inner), e=sub())
        return f"(NOT {sub()})"

    # -- queries --

    def _from(self) -> tuple[str, list[str]]:
        first = self.random.choice(self.tables)
        text, columns = f"{first.name} a0", [f"a0.{c}" for c in first.columns]
        for number in range(1, self.random.choice([1, 1, 2, 2, 3])):
            table = self.random.choice(self.tables)
            alias = f"a{number}"
            join = self.random.choice(JOINS)
            own = [f"{alias}.{c}" for c in table.columns]
            condition = "" if join == "CROSS JOIN" else f" ON {self.expression(columns + own, 1)}"
            text += f" {join} {table.name} {alias}{condition}"
            columns += own
        return text, columns

    def predicate(self, columns: list[str]) -> str:
        return self.expression(columns)

    def select(self) -> tuple[str, str, list[str]]:
        """A SELECT's result list and FROM clause (for the oracles to add WHERE clauses to)."""
        source, columns = self._from()
        items = ", ".join(self.expression(columns) for _ in range(self.random.randint(1, 3)))
        return items, source, columns

    def query(self) -> str:
        kind = self.random.random()
        items, source, columns = self.select()
        where = f" WHERE {self.predicate(columns)}" if self.random.random() < 0.6 else ""
        if kind < 0.45:
            distinct = "DISTINCT " if self.random.random() < 0.15 else ""
            return f"SELECT {distinct}{items} FROM {source}{where}"
        if kind < 0.6:
            group = self.expression(columns, 2)
            aggregate = self.random.choice(AGGREGATES).format(e=self.expression(columns, 2))
            having = f" HAVING {self.expression([aggregate], 2)}" if self.random.random() < 0.3 else ""
            return f"SELECT {group}, {aggregate} FROM {source}{where} GROUP BY 1{having}"
        if kind < 0.75:
            return f"SELECT {items}, {self._window(columns)} FROM {source}{where}"
        if kind < 0.85:
            other_source, other_columns = self._from()
            operator = self.random.choice(["UNION", "UNION ALL", "INTERSECT", "EXCEPT"])
            right = ", ".join(self.expression(other_columns) for _ in range(len(self._split(items))))
            order = " ORDER BY 1" if self.random.random() < 0.3 else ""
            return f"SELECT {items} FROM {source}{where} {operator} SELECT {right} FROM {other_source}{order}"
        if kind < 0.93:
            cte_items = self.expression(columns)
            return (f"WITH w(x) AS (SELECT {cte_items} FROM {source}{where}) "
                    f"SELECT x, {self.expression(['w.x'])} FROM w")
        step = self.random.choice(["n + 1", "n * 2 + 1", "n + 0.5"])  # each grows: the recursion ends
        limit = self.random.choice(["", " LIMIT 3", " LIMIT 2 OFFSET 1"])
        return (f"WITH RECURSIVE r(n) AS (SELECT {self.random.choice(['1', '0', '1.0', chr(39) + '1' + chr(39)])} "
                f"UNION{self.random.choice(['', ' ALL'])} SELECT {step} FROM r WHERE n < 6{limit}) "
                f"SELECT n, {self.expression(['r.n'])} FROM r")

    def _split(self, items: str) -> list[str]:
        """The result list's items, counted at depth 0 of parentheses."""
        depth, parts, current = 0, [], ""
        for character in items:
            depth += character == "("
            depth -= character == ")"
            if character == "," and depth == 0:
                parts.append(current)
                current = ""
            else:
                current += character
        return [*parts, current]

    def _window(self, columns: list[str]) -> str:
        function = self.random.choice(WINDOW_FUNCTIONS).format(e=self.expression(columns, 2))
        partition = f"PARTITION BY {self.expression(columns, 2)} " if self.random.random() < 0.3 else ""
        direction = self.random.choice(["", " DESC", " NULLS FIRST", " DESC NULLS LAST"])
        order = f"ORDER BY {', '.join(columns)}{direction} "
        unit = self.random.choice(["ROWS", "RANGE", "GROUPS"])
        start = self.random.choice(["UNBOUNDED PRECEDING", "1 PRECEDING", "CURRENT ROW"])
        end = self.random.choice(["CURRENT ROW", "1 FOLLOWING", "UNBOUNDED FOLLOWING"])
        exclude = self.random.choice(["", "", " EXCLUDE CURRENT ROW", " EXCLUDE GROUP", " EXCLUDE TIES"])
        frame = f"{unit} BETWEEN {start} AND {end}{exclude}" if self.random.random() < 0.6 else ""
        return f"{function} OVER ({partition}{order}{frame})"

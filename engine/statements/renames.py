"""ALTER TABLE … RENAME: the references to the renamed table or column in the schema's other objects.

SQLite (3.26 on) edits every view, trigger, CHECK constraint and foreign key that names what was
renamed, so they keep working and a dump keeps them. The references are found as a query resolves
names: a qualified column by the source its qualifier names, an unqualified one by the innermost
query whose sources have a column of that name, ``new.``/``old.`` by the trigger's table; a table by
its name where no CTE of that name hides it. Views and triggers are edited in their text, identifier
by identifier, as SQLite does, and parsed again from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlglot import exp

from engine.semantics.sql_text import quote_identifier


@dataclass
class Rename:
    """What is renamed: table ``table`` (lower case) to ``new_table``, or its column ``column`` to ``new_column``."""

    table: str
    new_table: str | None = None
    column: str | None = None
    new_column: str | None = None


@dataclass
class _Source:
    alias: str  # the name a qualifier uses, lower case
    table: str | None  # the base table it reads (lower case), None for a subquery, CTE or function
    columns: frozenset[str] | None  # its column names, lower case; None when not known
    aliased: bool = False  # whether the query names the table by an alias of its own


ColumnsOf = Callable[[str], Iterable[str] | None]  # a base table's column names, None if no such table


class _Finder:
    """Collects the identifiers of one statement or expression that name what ``rename`` renames."""

    def __init__(self, rename: Rename, columns_of: ColumnsOf) -> None:
        self.rename = rename
        self.columns_of = columns_of
        self.found: list[tuple[exp.Identifier, str]] = []  # (identifier, its new name)

    def table_source(self, table: exp.Table, ctes: dict[str, frozenset[str] | None]) -> _Source:
        name = table.name.lower()
        alias = table.alias
        if name in ctes:
            return _Source((alias or name).lower(), None, ctes[name], bool(alias))
        if name == self.rename.table and self.rename.new_table is not None:
            self.found.append((table.this, self.rename.new_table))
        columns = self.columns_of(name)
        known = frozenset(c.lower() for c in columns) if columns is not None else None
        return _Source((alias or name).lower(), name if columns is not None else None, known, bool(alias))

    def column(self, column: exp.Column, scopes: list[list[_Source]]) -> None:
        name = column.name.lower()
        qualifier = column.table.lower() if column.table else None
        source = self._resolve(name, qualifier, scopes)
        if source is None or source.table != self.rename.table:
            return
        if self.rename.column is not None and name == self.rename.column:
            self.found.append((column.this, self.rename.new_column))
        if self.rename.new_table is not None and qualifier is not None and not source.aliased \
                and qualifier == self.rename.table:
            self.found.append((column.args["table"], self.rename.new_table))

    @staticmethod
    def _resolve(name: str, qualifier: str | None, scopes: list[list[_Source]]) -> _Source | None:
        for sources in reversed(scopes):
            if qualifier is not None:
                matches = [s for s in sources if s.alias == qualifier]
            else:
                matches = [s for s in sources if s.columns is not None and name in s.columns]
            if matches:
                return matches[0]
        return None

    # --- walking ---------------------------------------------------------------------------------

    def walk(self, node: exp.Expression, scopes: list[list[_Source]], ctes: dict[str, frozenset[str] | None],
             aliases: frozenset[str] = frozenset()) -> None:
        """Find the references in ``node``, seen from inside ``scopes`` (outermost first)."""
        if isinstance(node, exp.Select):
            self._select(node, scopes, ctes)
        elif isinstance(node, exp.Update | exp.Delete):
            self._write(node, scopes, ctes)
        elif isinstance(node, exp.Insert):
            self._insert(node, scopes, ctes)
        elif isinstance(node, exp.Column):
            if not (aliases and not node.table and node.name.lower() in aliases):
                self.column(node, scopes)
        elif isinstance(node, exp.Table):
            self.table_source(node, ctes)
        else:
            ctes = self._with(node, scopes, ctes)
            for child in _children(node, skip=("with_",)):
                self.walk(child, scopes, ctes, aliases)

    def _with(self, node: exp.Expression, scopes, ctes):
        with_ = node.args.get("with_")
        if with_ is None:
            return ctes
        ctes = dict(ctes)
        for cte in with_.expressions:
            name = cte.alias.lower()
            listed = cte.args.get("alias") and cte.args["alias"].columns
            if with_.args.get("recursive"):
                ctes[name] = frozenset(c.name.lower() for c in listed) if listed else named_columns(cte.this)
            self.walk(cte.this, scopes, ctes)
            ctes[name] = frozenset(c.name.lower() for c in listed) if listed else named_columns(cte.this)
        return ctes

    def _sources(self, items: list[exp.Expression], scopes, ctes) -> list[_Source]:
        sources = []
        for item in items:
            if isinstance(item, exp.Table) and not isinstance(item.this, exp.Func):
                sources.append(self.table_source(item, ctes))
            elif isinstance(item, exp.Subquery | exp.Table):
                inner = item.this
                self.walk(inner, scopes, ctes)
                sources.append(_Source(item.alias_or_name.lower(), None,
                                       named_columns(inner) if isinstance(inner, exp.Query) else None))
            else:
                self.walk(item, scopes, ctes)
        return sources

    def _from_items(self, node: exp.Expression) -> tuple[list[exp.Expression], list[exp.Join]]:
        from_ = node.args.get("from_")
        joins = list(node.args.get("joins") or [])
        items = [from_.this] if from_ is not None else []
        return items + [join.this for join in joins], joins

    def _select(self, select: exp.Select, scopes, ctes) -> None:
        ctes = self._with(select, scopes, ctes)
        items, joins = self._from_items(select)
        sources = self._sources(items, scopes, ctes)
        inner = [*scopes, sources]
        aliases = frozenset(e.alias.lower() for e in select.expressions if isinstance(e, exp.Alias))
        for join in joins:
            for key in ("on", "using"):
                if join.args.get(key) is not None:
                    for part in join.args[key] if isinstance(join.args[key], list) else [join.args[key]]:
                        self.walk(part, inner, ctes)
        for key, value in select.args.items():
            if key in ("with_", "from_", "joins") or value is None:
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, exp.Expression):
                    self.walk(child, inner, ctes, aliases if key == "order" else frozenset())

    def _write(self, node: exp.Update | exp.Delete, scopes, ctes) -> None:
        ctes = self._with(node, scopes, ctes)
        target = node.this
        sources = [self.table_source(target, ctes)] if isinstance(target, exp.Table) else []
        items, _ = self._from_items(node)
        sources += self._sources(items, scopes, ctes)
        inner = [*scopes, sources]
        for key, value in node.args.items():
            if key in ("this", "with_", "from_", "joins") or value is None:
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, exp.Expression):
                    self.walk(child, inner, ctes)

    def _insert(self, node: exp.Insert, scopes, ctes) -> None:
        ctes = self._with(node, scopes, ctes)
        target = node.this
        table = target.this if isinstance(target, exp.Schema) else target
        if isinstance(table, exp.Table):
            self.table_source(table, ctes)
            if isinstance(target, exp.Schema) and table.name.lower() == self.rename.table \
                    and self.rename.column is not None:
                for identifier in target.expressions:
                    if isinstance(identifier, exp.Identifier) and identifier.name.lower() == self.rename.column:
                        self.found.append((identifier, self.rename.new_column))
        for key, value in node.args.items():
            if key in ("this", "with_") or value is None:
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, exp.Expression):
                    self.walk(child, scopes, ctes)


def _children(node: exp.Expression, skip: tuple[str, ...] = ()) -> Iterable[exp.Expression]:
    for key, value in node.args.items():
        if key in skip:
            continue
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, exp.Expression):
                yield child


def named_columns(query: exp.Expression) -> frozenset[str] | None:
    """The column names a subquery gives, None when a ``*`` leaves them unknown here."""
    names = query.named_selects if isinstance(query, exp.Query) else []
    if not names or any(n == "*" for n in names):
        return None
    return frozenset(n.lower() for n in names)


def references(node: exp.Expression, rename: Rename, columns_of: ColumnsOf,
               outer: list[_Source] | None = None) -> list[tuple[exp.Identifier, str]]:
    """The identifiers in ``node`` that name the renamed table or column, each with its new name."""
    finder = _Finder(rename, columns_of)
    finder.walk(node, [outer] if outer else [], {})
    return finder.found


def table_scope(table: str, columns: Iterable[str], *aliases: str) -> list[_Source]:
    """The one table an expression of a table's own reads (CHECK), or a trigger's ``new`` and ``old``."""
    known = frozenset(c.lower() for c in columns)
    names = aliases or (table,)
    return [_Source(alias.lower(), table.lower(), known, alias.lower() != table.lower()) for alias in names]


def rename_in_tree(found: list[tuple[exp.Identifier, str]]) -> None:
    """Rename the identifiers in place (for objects kept as trees, whose text is generated)."""
    for identifier, new in found:
        identifier.set("this", new)
        identifier.set("quoted", True)


Edit = tuple[int, int, str]  # replace text[start:end] by the string


def written_as(new: str, written: str, table: bool) -> str:
    """A new name as SQLite writes it in an edited text: a table's quoted, a column's bare unless it
    needs quotes or the old name was quoted."""
    if table or written[:1] in ('"', "`", "["):
        return '"' + new.replace('"', '""') + '"'
    return quote_identifier(new)


def identifier_edits(text: str, found: list[tuple[exp.Identifier, str]], rename: Rename,
                     offset_of: Callable[[exp.Identifier], int]) -> list[Edit] | None:
    """The edits that give each found identifier its new name in ``text``; None when an identifier's
    place in the text is not known."""
    edits = []
    for identifier, new in found:
        start, end = identifier.meta.get("start"), identifier.meta.get("end")
        if start is None or end is None:
            return None
        start, end = offset_of(identifier) + start, offset_of(identifier) + end + 1
        written = text[start:end]
        if written.strip('"`[]').lower() != identifier.name.lower():
            return None
        edits.append((start, end, written_as(new, written, new == rename.new_table)))
    return edits


def edited(text: str, edits: Iterable[Edit]) -> str:
    for start, end, replacement in sorted(set(edits), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text

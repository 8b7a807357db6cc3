"""The SQL features a record uses, read from its sqlglot tree: what ``record_features`` tags it with.

Failures grouped by feature say which parts of SQL an engine gets wrong (``subquery:correlated``
fails 80% of the time, ``join:left`` never). Tags are plain strings: ``join:<kind>``,
``subquery:scalar|in|exists|correlated``, ``aggregate``, ``window``, ``case``, ``cast``,
``null test``, ``in list``, ``compound:<kind>``, ``order by``, ``limit``, ``distinct`` and
``function:<name>`` for every function called. SQL that sqlglot cannot parse gets
``unparsed``.
"""

from __future__ import annotations

import functools

from sqlglot import exp, parse
from sqlglot.errors import SqlglotError

_COMPOUNDS = {exp.Union: "union", exp.Intersect: "intersect", exp.Except: "except"}
# sqlglot models these as functions; SQL does not call them.
_NOT_CALLS = (exp.Cast, exp.Case, exp.If, exp.Exists, exp.Connector, exp.Binary, exp.Predicate)


def _subquery_tags(select: exp.Expression) -> set[str]:
    tags: set[str] = set()
    parent = select.parent
    if isinstance(parent, exp.Subquery):
        parent = parent.parent
    if isinstance(parent, exp.Exists):
        tags.add("subquery:exists")
    elif isinstance(parent, exp.In):
        tags.add("subquery:in")
    elif not isinstance(parent, exp.From | exp.Join | exp.Union | exp.Intersect | exp.Except | None):
        tags.add("subquery:scalar")
    inner = {table.alias_or_name.lower() for table in select.find_all(exp.Table)}
    for column in select.find_all(exp.Column):
        if column.table and column.table.lower() not in inner:
            tags.add("subquery:correlated")
            break
    return tags


@functools.lru_cache(maxsize=65536)
def features(sql: str) -> frozenset[str]:
    """The feature tags of a record's SQL (cached: corpus files repeat their statements)."""
    try:
        trees = [tree for tree in parse(sql, dialect="sqlite") if tree is not None]
    except SqlglotError:
        return frozenset({"unparsed"})
    tags: set[str] = set()
    for tree in trees:
        selects = list(tree.find_all(exp.Select))
        for select in selects:
            if select is not tree and select.parent is not None and not isinstance(select.parent, exp.Union):
                tags |= _subquery_tags(select)
            if select.args.get("distinct") is not None:
                tags.add("distinct")
        for node in tree.walk():
            if isinstance(node, exp.Join):
                kind = " ".join(part for part in (node.args.get("side"), node.args.get("kind")) if part).lower()
                tags.add(f"join:{kind or ('cross' if node.args.get('on') is None else 'inner')}")
            elif isinstance(node, exp.Window):
                tags.add("window")
            elif isinstance(node, exp.AggFunc):
                tags.add("aggregate")
                tags.add(f"function:{node.sql_name().lower()}")
            elif isinstance(node, exp.Case):
                tags.add("case")
            elif isinstance(node, exp.Cast):
                tags.add("cast")
            elif isinstance(node, exp.Is) and isinstance(node.expression, exp.Null):
                tags.add("null test")
            elif isinstance(node, exp.In) and node.args.get("expressions"):
                tags.add("in list")
            elif type(node) in _COMPOUNDS:
                tags.add(f"compound:{_COMPOUNDS[type(node)]}{'' if node.args.get('distinct') else ' all'}")
            elif isinstance(node, exp.Order):
                tags.add("order by")
            elif isinstance(node, exp.Limit):
                tags.add("limit")
            elif isinstance(node, exp.Anonymous):
                tags.add(f"function:{node.name.lower()}")
            elif isinstance(node, exp.Func) and not isinstance(node, _NOT_CALLS):
                tags.add(f"function:{node.sql_name().lower()}")
    return frozenset(tags)

"""One parse for statements that differ only in the tables they name.

Conformance suites run each query against several tables of one shape: ``SELECT pk FROM tab0
WHERE ...``, then the same text on tab1, tab2, ... (SQLLogicTest's index/ files do it for
every query), and parsing is about half of such a query's cost. Here a statement's text with
the catalog's table names blanked out is the key of a tree; a later statement with the same
key gets that tree, its table names set to the ones it wrote. That is the tree parsing it
would give: the blanked words are plain names (letters, digits and ``_``, with a digit: no SQL
keyword, no word sqlglot's grammar looks for, no function has one) at the same places, so the
tokens are the same but for those names' text.

A tree is kept only when it was parsed from the text as written (REPLACE INTO and ``?NNN`` are
parsed from a rewritten text), and handed out again only when every blanked word is, in it, the
name of a table or the table of a column (not a string, an alias, a parameter, or gone by a
rewrite); that walk waits for a second statement of the shape, as most statements have none.
Kept trees are renamed in place, not copied: copying a tree costs about as much as parsing it.
A tree handed out serves one compile; compiled statements keep no tree (tests/engine/
test_cached_statements.py).
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Iterable

from sqlglot import exp
from sqlglot.tokens import TokenType

from engine.semantics.functions import BUILTIN_NAMES
from engine.sql.dialect import SOURCE_KEY, SQLGLOT_FUNCTIONS, sqlite_dialect
from engine.sql.parser import parse_statement

SHARED_TREE = "shared_tree"  # a kept tree's meta entry: what is kept with its nodes serves several statements
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*[0-9][A-Za-z0-9_]*")
_BLANK = "\0"
# SQLLogicTest interleaves a few variants of each query over five tables: 16 trees miss 0.7% more than 64 on
# index/ files, and a tree let go that much sooner is freed while still in the cache (random/ files, which
# share no tree, ran 5% faster)
_KEPT_TREES = 16
# queries and row changes, whose compiled statements keep no tree (a schema statement may keep parts of its
# own); the other statements are parsed once, through the parser's cache by text
_SHAREABLE = (exp.Query, exp.Values, exp.Insert, exp.Update, exp.Delete)
_SHAREABLE_START = re.compile(r"\s*(?:SELECT|WITH|VALUES|INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def is_plain_name(name: str) -> bool:
    """Whether writing another plain name in place of ``name`` leaves the tokens the same but for its text.

    Memoised: the names pattern is rebuilt after every schema change, and SQLLogicTest's index/delete
    files drop and create the same five tables thousands of times (tokenizing the names was 3.6% of them)."""
    if _PLAIN_NAME.fullmatch(name) is None or name.upper() in SQLGLOT_FUNCTIONS or name.lower() in BUILTIN_NAMES:
        return False
    tokens = sqlite_dialect().tokenize(name)
    return len(tokens) == 1 and tokens[0].token_type == TokenType.VAR


def names_pattern(names: Iterable[str]) -> re.Pattern | None:
    """A pattern finding the plain ones of ``names`` as whole words, ASCII letters in any case; None if none is."""
    plain = tuple(sorted({name.lower() for name in names if is_plain_name(name)}, key=lambda name: (-len(name), name)))
    return _pattern_of(plain) if plain else None


@functools.lru_cache(maxsize=256)
def _pattern_of(plain: tuple[str, ...]) -> re.Pattern:
    """Memoised past re's own cache, which the engine's other patterns push these out of: index/delete files
    create the same five tables and their indexes a thousand times (compiling was 0.5% of the corpus)."""
    return re.compile(r"(?<![\w$])(?ai:" + "|".join(map(re.escape, plain)) + r")(?![\w$])")


class SharedTrees:
    """Parsed statements by their text with table names blanked, renamed for each statement that asks."""

    def __init__(self) -> None:
        # a tree, and the identifiers its table names are in, or until it is asked for again its text
        self._trees: OrderedDict[tuple, tuple[exp.Expression, list[exp.Identifier] | str]] = OrderedDict()

    def parse(self, sql: str, names: re.Pattern | None) -> object:
        """The syntax tree of ``sql``, a kept one renamed when a statement of its shape was parsed before."""
        spans = (tuple(found.span() for found in names.finditer(sql))
                 if names is not None and _SHAREABLE_START.match(sql) is not None else ())
        if not spans:
            return parse_statement(sql)
        key = (_blanked(sql, spans), spans)
        kept = self._trees.get(key)
        if kept is not None:
            tree, identifiers = kept
            if identifiers.__class__ is str:  # looked for at the first reuse: most statements never have one
                identifiers = _table_names_at(tree, identifiers, spans)
                if identifiers is None:
                    del self._trees[key]
                    return parse_statement.__wrapped__(sql)
                self._trees[key] = (tree, identifiers)
            self._trees.move_to_end(key)
            for identifier, (start, end) in zip(identifiers, spans, strict=True):
                identifier.set("this", sql[start:end])  # set() forgets the hashes sqlglot's equality uses
            tree.meta[SOURCE_KEY] = sql
            return tree
        tree = parse_statement.__wrapped__(sql)  # a tree of its own: the text cache's trees are never renamed
        if isinstance(tree, _SHAREABLE) and tree.meta.get(SOURCE_KEY) == sql:
            tree.meta[SHARED_TREE] = True
            self._trees[key] = (tree, sql)  # the text its table names are found in, when it is asked for again
            if len(self._trees) > _KEPT_TREES:
                _release(self._trees.popitem(last=False)[1][0])
        return tree


def _release(tree: exp.Expression) -> None:
    """Let a tree no statement will be given again be freed by reference counting: each node's parent
    points back at it, a cycle only the collector would free, long after, out of the cache (a random/
    query's tree is about 140 objects; collecting such trees was a tenth of those files' time)."""
    stack = [tree]
    while stack:  # cheaper than tree.walk(), which keeps each node's parent and key for its caller
        node = stack.pop()
        node.parent = None
        stack.extend(node.iter_expressions())


def _blanked(sql: str, spans: tuple[tuple[int, int], ...]) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts.append(sql[last:start])
        parts.append(_BLANK * (end - start))
        last = end
    parts.append(sql[last:])
    return "".join(parts)


def _table_names_at(tree: object, sql: str, spans: tuple[tuple[int, int], ...]) -> list[exp.Identifier] | None:
    """The identifiers naming a table (or a column's table) written at each of ``spans``; None unless every
    span is one."""
    at: dict[tuple[int, int], exp.Identifier] = {}
    for node in tree.walk():
        if node.__class__ is not exp.Identifier:
            continue
        parent, key = node.parent, node.arg_key
        if not ((parent.__class__ is exp.Table and key == "this") or (parent.__class__ is exp.Column
                                                                       and key == "table")):
            continue
        start, end = node.meta.get("start"), node.meta.get("end")
        if start is None or end is None:
            continue
        span = (start + 1, end) if node.quoted else (start, end + 1)
        at[span] = node
    identifiers = [at.get(span) for span in spans]
    if any(identifier is None or identifier.this != sql[span[0]:span[1]]
           for identifier, span in zip(identifiers, spans, strict=True)):
        return None
    return identifiers

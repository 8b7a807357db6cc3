"""How the engine uses sqlglot's SQLite dialect: one dialect instance, and the marks our parser leaves.

`engine.sql.parser` records on each tree what sqlglot drops but SQLite's semantics need:
the statement's text and its tokens (result columns are named after the text,
`engine.sql.result_names`), the columns written ``+column`` (which have no affinity), and whether
it may have an aggregate, plain call or window (the planner looks for them in every SELECT core).
"""

from __future__ import annotations

from functools import lru_cache

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

DIALECT = "sqlite"
SOURCE_KEY = "source_sql"  # the root node's meta entry holding the statement text
TOKENS_KEY = "source_tokens"  # ... and the sqlglot tokens it was parsed from
PLACEHOLDERS_KEY = "has_placeholders"  # ... and whether any of them is a placeholder ("?", ":name")
UPSERT_CLAUSES = "upsert_clauses"  # an Insert arg: all its ON CONFLICT clauses, when there are several
UNARY_PLUS = "unary_plus"  # a Column arg: the column was written "+column"
# ... and whether the tree may have an aggregate, a plain call or a window (a node of SPECIAL_NODES)
MAY_BE_SPECIAL_KEY = "may_be_special"
SPECIAL_NODES = (exp.AggFunc, exp.Anonymous, exp.Window)
# appended to a call's name so that sqlglot reads it as a plain call, not with a grammar of its own
# (json_object); the compiler reads function names without it
PLAIN_CALL_MARK = "\u2060"


@lru_cache(maxsize=1)
def sqlite_dialect() -> Dialect:
    """One dialect instance for every parse (sqlglot.parse would build one per call)."""
    return Dialect.get_or_raise(DIALECT)


_PARSER = Dialect.get_or_raise(DIALECT).parser_class
# names sqlglot reads as a function of its own (from any dialect), and those it reads with a grammar of its own
SQLGLOT_FUNCTIONS = frozenset(_PARSER.FUNCTIONS) | frozenset(_PARSER.FUNCTION_PARSERS)
SQLGLOT_FUNCTION_GRAMMARS = frozenset(_PARSER.FUNCTION_PARSERS)

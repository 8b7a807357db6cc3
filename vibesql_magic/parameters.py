"""``:name`` parameters: Python values from the notebook bound as engine parameters, never pasted into SQL.

A parameter is a colon immediately followed by a name, found among a statement's tokens, so colons in
strings, comments and quoted names (``'a:b'``, ``[:2]``), the ``::`` cast, ``$1`` and ``{}`` are all left
alone. Each one becomes a qmark ``?`` padded with spaces to the length of ``:name``, which keeps every
error position the engine reports valid in the user's own text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from sqlglot.tokens import TokenType

from vibesql_magic.errors import VibeSQLError
from vibesql_magic.statements import Statement
from vibesql_magic.values import plain_value


@dataclass(frozen=True)
class BoundStatement:
    """A statement ready for ``cursor.execute(sql, values)``."""

    statement: Statement
    sql: str
    values: tuple[object, ...]


def parameter_names(statement: Statement) -> list[tuple[str, int]]:
    """The ``:name`` parameters of a statement in order, with their offsets in the statement text."""
    found = []
    for colon, following in pairwise(statement.tokens):
        if colon.token_type is not TokenType.COLON or following.start != colon.end + 1:
            continue
        name = statement.text[following.start - statement.start:following.end + 1 - statement.start]
        if name.isidentifier():
            found.append((name, colon.start - statement.start))
    return found


def bind_parameters(statement: Statement, namespace: Mapping[str, object], source: str,
                    first_line: int) -> BoundStatement:
    """Rewrite ``:name`` to ``?`` and collect the values; a name the notebook lacks is an error at its place."""
    text = statement.text
    pieces: list[str] = []
    values: list[object] = []
    position = 0
    for name, offset in parameter_names(statement):
        if name not in namespace:
            raise VibeSQLError.at("NameError", f"parameter :{name} is not defined in the notebook", source,
                                  statement.start + offset, first_line)
        values.append(plain_value(namespace[name]))
        pieces += [text[position:offset], "?".ljust(len(name) + 1)]
        position = offset + len(name) + 1
    pieces.append(text[position:])
    return BoundStatement(statement, "".join(pieces), tuple(values))

"""The values a column may take, as far as its CHECK constraints say so.

A CHECK is read (sqlglot) into per-column facts: ``col IN (...)`` is an enumeration;
comparisons and BETWEEN against constants are bounds; ``col <> ''`` and ``length(col) > n``
ask for non-empty text. Conjunctions are split. Anything else is *not understood*: it is
listed so that seeding can say which CHECK rejected a row and which TOML key overrides
the column, rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import sqlglot
from sqlglot import exp


@dataclass(frozen=True)
class Domain:
    """What the CHECKs allow one column to hold (None: no bound)."""

    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int = 0

    def narrowed(self, other: Domain) -> Domain:
        """Both domains at once."""
        choices = self.choices if other.choices is None else (
            other.choices if self.choices is None else tuple(v for v in self.choices if v in other.choices))
        return Domain(choices, _tighter(self.minimum, other.minimum, max), _tighter(self.maximum, other.maximum, min),
                      max(self.min_length, other.min_length))


def _tighter(a: float | None, b: float | None, pick: Any) -> float | None:
    if a is None:
        return b
    return a if b is None else pick(a, b)


@dataclass
class CheckFacts:
    """Every column's domain from a table's CHECKs, and the CHECKs that were not understood."""

    domains: dict[str, Domain] = field(default_factory=dict)
    not_understood: list[str] = field(default_factory=list)

    def add(self, column: str, domain: Domain) -> None:
        key = column.lower()
        self.domains[key] = self.domains.get(key, Domain()).narrowed(domain)

    def domain(self, column: str) -> Domain:
        """The column's domain (unbounded when no CHECK mentions it)."""
        return self.domains.get(column.lower(), Domain())


def _constant(node: exp.Expression) -> tuple[bool, Any]:
    """``(True, value)`` for a literal (signed numbers too), else ``(False, None)``."""
    if isinstance(node, exp.Paren):
        return _constant(node.this)
    if isinstance(node, exp.Neg):
        known, value = _constant(node.this)
        return (known and isinstance(value, int | float)), (-value if known else None)
    if isinstance(node, exp.Literal):
        if node.is_string:
            return True, node.this
        text = node.this
        try:
            return True, int(text)
        except ValueError:
            return True, float(text)
    if isinstance(node, exp.Boolean):
        return True, int(node.this)
    return False, None


def _column(node: exp.Expression) -> str | None:
    while isinstance(node, exp.Paren):
        node = node.this
    return node.name if isinstance(node, exp.Column) else None


_FLIPPED = {exp.GT: exp.LT, exp.GTE: exp.LTE, exp.LT: exp.GT, exp.LTE: exp.GTE, exp.EQ: exp.EQ, exp.NEQ: exp.NEQ}


def _comparison(node: exp.Expression) -> tuple[str, type, Any] | None:
    """``(column, operator, constant)`` of ``col OP constant`` or ``constant OP col``."""
    left, right = node.this, node.expression
    column, (known, value) = _column(left), _constant(right)
    kind: type = type(node)
    if column is None or not known:
        column, (known, value) = _column(right), _constant(left)
        kind = _FLIPPED[type(node)]
    if column is None or not known:
        return None
    return column, kind, value


def _read(node: exp.Expression, facts: CheckFacts) -> bool:
    """Record what ``node`` says; False when it is not understood."""
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.And):
        return _read(node.this, facts) & _read(node.expression, facts)
    if isinstance(node, exp.In) and _column(node.this) and not node.args.get("query"):
        values = [_constant(item) for item in node.expressions]
        if all(known for known, _ in values):
            facts.add(_column(node.this), Domain(choices=tuple(value for _, value in values)))
            return True
        return False
    if isinstance(node, exp.Between) and _column(node.this):
        (low_known, low), (high_known, high) = _constant(node.args["low"]), _constant(node.args["high"])
        if low_known and high_known:
            facts.add(_column(node.this), Domain(minimum=low, maximum=high))
            return True
        return False
    if isinstance(node, exp.Not) and isinstance(node.this, exp.Is) and _column(node.this.this):
        return isinstance(node.this.expression, exp.Null)  # IS NOT NULL: every generated value has one
    if isinstance(node, tuple(_FLIPPED)):
        return _read_comparison(node, facts)
    return False


def _read_comparison(node: exp.Expression, facts: CheckFacts) -> bool:
    measured = node.this if isinstance(node.this, exp.Length) else None
    if measured is not None and _column(measured.this):
        known, value = _constant(node.expression)
        if known and isinstance(value, int) and isinstance(node, exp.GT | exp.GTE | exp.NEQ):
            length = value + 1 if isinstance(node, exp.GT | exp.NEQ) else value
            facts.add(_column(measured.this), Domain(min_length=max(0, length)))
            return True
        return False
    found = _comparison(node)
    if found is None:
        return False
    column, kind, value = found
    if kind is exp.NEQ and value == "":
        facts.add(column, Domain(min_length=1))
        return True
    if not isinstance(value, int | float):
        return kind is exp.NEQ  # col <> 'x': a generated value almost never is 'x'; the engine checks
    bounds = {exp.GT: Domain(minimum=value + (1 if isinstance(value, int) else 1e-9)),
              exp.GTE: Domain(minimum=value), exp.LT: Domain(maximum=value - (1 if isinstance(value, int) else 1e-9)),
              exp.LTE: Domain(maximum=value), exp.EQ: Domain(choices=(value,))}
    if kind not in bounds:
        return False
    facts.add(column, bounds[kind])
    return True


def read_checks(checks: Iterable[str], dialect: str = "sqlite") -> CheckFacts:
    """The per-column facts of a table's CHECK expressions."""
    facts = CheckFacts()
    for sql in checks:
        try:
            tree = sqlglot.parse_one(sql, read=dialect)
        except sqlglot.errors.ParseError:
            facts.not_understood.append(sql)
            continue
        if not _read(tree, facts):
            facts.not_understood.append(sql)
    return facts


def with_choices(domain: Domain, choices: Iterable[Any]) -> Domain:
    """A domain restricted to configured values."""
    return replace(domain, choices=tuple(choices))

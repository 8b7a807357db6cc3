"""Generated code: what a compiled expression is, the namespace it runs in, and the helpers it calls.

`engine.query.compiler` turns expressions into `Code` (Python source plus what is known
about its value); the planner and executor splice that source into functions defined in a
`CodeGen`'s namespace. The namespace's builtins are Python's plus the runtime helpers
below, SQLite's rules from `engine.semantics` under short names.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

from engine.query import executor
from engine.semantics import functions
from engine.semantics import values as V

# Static knowledge about the Python class of a compiled value.
KIND_ANY = "any"
KIND_INT = "int"
KIND_REAL = "real"
KIND_NUM = "num"  # int or float
KIND_TEXT = "text"
KIND_BLOB = "blob"
KIND_NULL = "null"
KIND_BOOL = "bool"  # the ints 1 and 0, or None
NUMERIC_KINDS = frozenset((KIND_INT, KIND_REAL, KIND_NUM, KIND_BOOL))


@dataclass(slots=True, unsafe_hash=True)
class Code:
    """A compiled expression: Python source plus what is statically known about its value.

    Never changed once made (`dataclasses.replace` makes another): one Code is shared by every use of a
    column or a constant. Not frozen only because a frozen dataclass is built 3.5 times slower, and a long
    WHERE builds hundreds."""

    src: str
    affinity: str | None = None  # a column's (or CAST's) affinity; None: the expression has none
    collation: str | None = None
    explicit_collation: bool = False
    kind: str = KIND_ANY
    constant: bool = False
    value: object = None

    @property
    def simple(self) -> bool:
        """Cheap and side-effect free to evaluate twice (a name, a subscript, a literal)."""
        if self.constant:
            return True
        src = self.src  # a name needs no pattern: asked of every operand of every comparison
        return (src.isascii() and src.isidentifier()) or (src[-1:] == "]" and _SIMPLE_SRC.match(src) is not None)


_SIMPLE_SRC = re.compile(r"[A-Za-z_][A-Za-z_0-9]*(?:\[\d+\])?\Z")


def kind_of(value: object) -> str:
    cls = value.__class__
    if value is None:
        return KIND_NULL
    if cls is int:
        return KIND_INT
    if cls is float:
        return KIND_REAL
    if cls is str:
        return KIND_TEXT
    return KIND_BLOB


@dataclass(slots=True)
class Bindings:
    """What a code generator had bound at a mark, and what it bound after it."""

    counter_before: int
    constants_before: dict[tuple[type, object], str]
    names_before: int
    counter_after: int = 0
    constants: list[tuple[tuple[type, object], str]] = field(default_factory=list)
    names: list[tuple[str, object]] = field(default_factory=list)


class CodeGen:
    """The state one generated function shares: the names its source refers to, and temporaries."""

    def __init__(self, helpers: dict[str, object]) -> None:
        # The helpers live in the namespace's __builtins__: one shared dict instead of a copy per
        # statement, which keeps plans small for the garbage collector.
        self.namespace: dict[str, object] = {"__builtins__": helpers}
        self._constants: dict[tuple[type, object], str] = {}
        self._counter = 0

    def temp(self) -> str:
        self._counter += 1
        return f"_t{self._counter}"

    def bind(self, value: object, prefix: str = "_k") -> str:
        """A name in the generated code's namespace that holds ``value``."""
        try:
            key = (value.__class__, value)
            name = self._constants.get(key)
        except TypeError:
            key, name = None, None
        if name is None:
            name = self.bind_new(value, prefix)
            if key is not None:
                self._constants[key] = name
        return name

    def bind_new(self, value: object, prefix: str) -> str:
        """A new name for an object made for this statement alone (a subquery's runtime): kept out of the
        constants, where its identity would set this generator apart from one compiling the same source."""
        self._counter += 1
        name = f"{prefix}{self._counter}"
        self.namespace[name] = value
        return name

    def literal(self, value: object) -> str:
        """Python source for a SQL value."""
        cls = value.__class__
        if value is None:
            return "None"
        if cls is float and value == 0.0:
            return repr(value)  # 0.0 and -0.0 are one constant's key: bound, one would stand for the other
        # a name, not the value: statements that differ only in their literals then generate
        # the same source, and compiled_code's cache compiles it once
        return self.bind(value)

    def bindings_from_here(self) -> Bindings:
        """A mark of what is bound now; `bound_since` then says what was bound after it."""
        return Bindings(self._counter, dict(self._constants), len(self.namespace))

    def bound_since(self, mark: Bindings) -> Bindings:
        """``mark`` completed with the state now and the names bound since it."""
        mark.counter_after = self._counter
        mark.constants = list(islice(self._constants.items(), len(mark.constants_before), None))
        mark.names = list(islice(self.namespace.items(), mark.names_before, None))
        return mark

    def is_at(self, mark: Bindings) -> bool:
        """Whether this generator has bound exactly what another had at ``mark``: the same source
        compiled from here would bind the same names."""
        return self._counter == mark.counter_before and self._constants == mark.constants_before

    def rebind(self, bindings: Bindings) -> None:
        """Bind what another generator bound after ``bindings``'s mark (this one being at it)."""
        self._counter = bindings.counter_after
        self._constants.update(bindings.constants)
        self.namespace.update(bindings.names)

    def evaluate(self, src: str) -> object:
        """Run constant source now (constant folding)."""
        return eval(src, self.namespace)

    def define(self, source: str) -> dict[str, object]:
        """Execute generated definitions against this namespace and return what they define. The functions
        read the namespace as their globals but are not put in it: a namespace holding functions whose
        globals it is would be a cycle, and every plan the statement cache lets go garbage for the collector."""
        defined: dict[str, object] = {}
        exec(compiled_code(source), self.namespace, defined)
        return defined


_CODE_CACHE: dict[str, object] = {}
_CODE_CACHE_SIZE = 2048  # about 3 KB each with its source: a few MB


def compiled_code(source: str):
    """Python's compile(), memoised: statements that differ only in the table they read often
    generate the same source (names bound to objects stay names), and compiling is costly."""
    code = _CODE_CACHE.get(source)
    if code is None:
        if len(_CODE_CACHE) >= _CODE_CACHE_SIZE:
            _CODE_CACHE.pop(next(iter(_CODE_CACHE)))
        code = _CODE_CACHE[source] = compile(source, "<generated>", "exec")
    return code


def _helpers() -> dict[str, object]:
    return {
        "_add": V.add, "_sub": V.subtract, "_mul": V.multiply, "_div": V.divide, "_mod": V.remainder,
        "_neg": V.negate, "_concat": V.concat, "_band": V.bit_and, "_bor": V.bit_or, "_bnot": V.bit_not,
        "_shl": V.shift_left, "_shr": V.shift_right, "_is_true": V.is_true, "_truth": truth01,
        "_compare": V.compare, "_numaff": V.numeric_affinity_for_compare,
        "_realaff": V.real_affinity_for_probe, "_textaff": text_affinity,
        "_fold": V.collate_key, "_RANK": V._RANK, "_NUM": (int, float), "_STR": str, "_BYTES": bytes,
        "_to_integer": V.to_integer, "_to_real": V.to_real, "_to_text": V.to_text, "_cast": V.cast,
        "_like": functions.like, "_glob": functions.glob, "_is": _is_same, "_nullif": _nullif,
        "_scalar": _scalar_of, "_in_set": _in_set, "_rows_by_key": rows_by_key,
        "_index_equal": executor.index_equal, "_index_scan": executor.index_scan, "_index_range": executor.index_range,
    }


HELPERS: dict[str, object] = {}


def helpers() -> dict[str, object]:
    """Python's builtins plus the runtime helpers generated code calls."""
    if not HELPERS:
        HELPERS.update(vars(builtins))
        HELPERS.update(_helpers())
    return HELPERS


# --- runtime helpers referenced by generated code -------------------------------------------


def truth01(value: object) -> int | None:
    truth = V.truth(value)
    return None if truth is None else (1 if truth else 0)


def text_affinity(value: object) -> object:
    cls = value.__class__
    if cls is int or cls is float:
        return V.to_text(value)
    return value


def _is_same(a: object, b: object, collation: str | None) -> int:
    if a is None or b is None:
        return 1 if a is b else 0
    return 1 if V.compare(a, b, collation) == 0 else 0


def _nullif(a: object, b: object, collation: str | None = None) -> object:
    if a is None or b is None:
        return a
    return None if V.compare(a, b, collation) == 0 else a


def rows_by_key(rows: Iterable[tuple], position: int) -> dict[object, list[tuple]]:
    """A hash join's table: the rows by their value at ``position``, without NULLs (they equal nothing)."""
    table: dict[object, list[tuple]] = {}
    add = table.setdefault
    for row in rows:
        key = row[position]
        if key is not None:
            add(key, []).append(row)
    return table


def _scalar_of(rows: list[tuple]) -> object:
    return rows[0][0] if rows else None


def _in_set(rows: list[tuple], convert, collation: str | None) -> tuple[frozenset, bool]:
    """The values of a one-column subquery as a set for IN, and whether a NULL was among them."""
    members = set()
    has_null = False
    for row in rows:
        value = row[0]
        if value is None:
            has_null = True
            continue
        if convert is not None:
            value = convert(value)
        if collation is not None and value.__class__ is str:
            value = V.collate_key(value, collation)
        members.add(value)
    return frozenset(members), has_null


def compile_function(gen: CodeGen, name: str, source: str):
    """Compile ``name = <source>`` into the generated namespace and return it."""
    return gen.define(f"{name} = {source}")[name]


def collated(src: str, collation: str | None) -> str:
    """Source for a value folded by a collation when it is text."""
    if collation is None:
        return src
    return f"(_fold({src}, {collation!r}) if ({src}).__class__ is _STR else {src})"


def folded_source(code: Code) -> str:
    """Source of a value as a key under its collation (text folded for NOCASE and RTRIM)."""
    return collated(code.src, code.collation if code.collation != "BINARY" else None)

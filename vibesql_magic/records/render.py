"""Render, sort and hash query results exactly as SQLite's reference runner (slt_sqlite.c) does.

The runner asks SQLite for each column as the type letter says: ``I`` through
``sqlite3_column_int64``, ``R`` through ``sqlite3_column_double`` printed with
``%.3f``, ``T`` through ``sqlite3_column_text``. A DB-API driver hands us Python
values instead, so each renderer reproduces SQLite's conversion of every storage
class. NULL is ``NULL`` whatever the type; an empty ``T`` value is ``(empty)``;
every byte of a ``T`` value outside ``' '..'~'`` becomes ``@`` (so a two-byte UTF-8
character becomes ``@@``, as C's byte loop makes it).

This is the runner's hot path: the common values (int for ``I``, printable ASCII str
for ``T``) take one type check each.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Context, Decimal
from itertools import chain

import numpy as np

INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1

# sqlite3Atoi64: optional whitespace and sign, then the digits that follow.
_INT_PREFIX = re.compile(r"[ \t\n\v\f\r]*([+-]?\d+)", re.ASCII)
# sqlite3AtoF: the longest prefix that reads as a decimal number.
_REAL_PREFIX = re.compile(r"[ \t\n\v\f\r]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)", re.ASCII)
# Bytes the runner keeps; every other byte becomes '@'.
_AT_TABLE = bytes(b if 0x20 <= b <= 0x7E else 0x40 for b in range(256))
_THREE_PLACES = Decimal("0.001")
_WIDE = Context(prec=400)


def _clamp(value: int) -> int:
    return INT64_MIN if value < INT64_MIN else INT64_MAX if value > INT64_MAX else value


def _text_of(value: object) -> str | bytes:
    """The text a non-NULL value shows to the C runner before the '@' rule."""
    cls = value.__class__
    if cls is str or cls is bytes:
        return value  # type: ignore[return-value]
    if cls is float:
        return real_as_text(value)  # type: ignore[arg-type]
    if cls is bool:
        return "1" if value else "0"
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    return str(value)


def real_as_text(value: float) -> str:
    """``sqlite3_column_text`` of a REAL: SQLite 3.40's ``%!.15g``, computed as its printf computes it.

    SQLite scales the value to one digit before the point in C's ``long double``, adds a rounding
    constant and peels the digits off one by one; numpy's ``longdouble`` is that same C type, so
    the digits come out as the reference runner sees them (not always Python's correctly rounded ones).
    """
    if value != value:
        return "NaN"
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    if value == 0:
        return "0.0"
    real, exponent = _scaled_to_one_digit(np.longdouble(abs(value)))
    real += np.longdouble(5.0e-05 * 1.0e-10)  # half a unit of the 15th significant digit
    if real >= np.longdouble(10.0):
        real *= np.longdouble(0.1)
        exponent += 1
    scientific = exponent < -4 or exponent > 14
    whole_digits = 0 if scientific else exponent
    precision = 14 if scientific else 14 - exponent
    significant = [26]  # digits SQLite's %! produces before it writes only zeros

    def digit() -> str:
        nonlocal real
        if significant[0] <= 0:
            return "0"
        significant[0] -= 1
        whole = int(real)
        real = (real - np.longdouble(whole)) * np.longdouble(10.0)
        return chr(48 + whole)

    head = "0" if whole_digits < 0 else "".join(digit() for _ in range(whole_digits + 1))
    zeros = min(-whole_digits - 1, precision) if whole_digits < 0 else 0
    tail = "0" * zeros + "".join(digit() for _ in range(precision - zeros))
    body = head + "." + (tail.rstrip("0") or "0")
    if scientific:
        body += ("e-" if exponent < 0 else "e+") + f"{abs(exponent):02d}"
    return ("-" if value < 0 else "") + body


def _scaled_to_one_digit(real: np.longdouble) -> tuple[np.longdouble, int]:
    """The value divided by a power of ten into [1, 10), and that power, by SQLite's steps."""
    exponent = 0
    scale = np.longdouble(1.0)
    for step, power in ((1e100, 100), (1e10, 10), (10.0, 1)):
        while real >= np.longdouble(step) * scale and exponent <= 350:
            scale *= np.longdouble(step)
            exponent += power
    real /= scale
    while real < np.longdouble(1e-8):
        real *= np.longdouble(1e8)
        exponent -= 8
    while real < np.longdouble(1.0):
        real *= np.longdouble(10.0)
        exponent -= 1
    return real, exponent


def _as_str(value: object) -> str | None:
    """TEXT and BLOB values as str (bytes byte for byte); None for every other driver type."""
    cls = value.__class__
    if cls is str:
        return value  # type: ignore[return-value]
    if cls is bytes or isinstance(value, (bytearray, memoryview)):
        return bytes(value).decode("latin-1")  # type: ignore[arg-type]
    return None


def render_int(value: object) -> str:
    """``sqlite3_column_int64`` printed with ``%lld``."""
    cls = value.__class__
    if cls is int:
        return str(value)
    if value is None:
        return "NULL"
    if cls is float:
        if value != value:  # NaN
            return "0"
        if value <= -9.223372036854775808e18:
            return str(INT64_MIN)
        if value >= 9.223372036854775808e18:
            return str(INT64_MAX)
        return str(int(value))  # type: ignore[call-overload]
    text = _as_str(value)
    if text is None:  # bool, Decimal and other driver types: their numeric value
        try:
            return str(_clamp(int(value)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            text = str(value)
    match = _INT_PREFIX.match(text)
    return str(_clamp(int(match.group(1)))) if match else "0"


def format_real(number: float) -> str:
    """SQLite's ``printf('%.3f')``: 16 significant digits, then rounded half up to three places."""
    if math.isinf(number):
        return "Inf" if number > 0 else "-Inf"
    if number != number:
        return "NaN"
    if number == 0:
        return "0.000"  # SQLite prints -0.0 without its sign
    rounded = Decimal(f"{number:.15e}").quantize(_THREE_PLACES, rounding=ROUND_HALF_UP, context=_WIDE)
    return f"{rounded:f}"


def render_real(value: object) -> str:
    """``sqlite3_column_double`` printed with ``%.3f``."""
    if value.__class__ is float:
        return format_real(value)  # type: ignore[arg-type]
    if value is None:
        return "NULL"
    text = _as_str(value)
    if text is None:  # int, bool, Decimal and other driver types: their numeric value
        try:
            return format_real(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            text = str(value)
    match = _REAL_PREFIX.match(text)
    return format_real(float(match.group(1))) if match else "0.000"


def render_text(value: object) -> str:
    """``sqlite3_column_text`` with the runner's ``(empty)`` and ``@`` rules."""
    if value.__class__ is str and value.isascii() and value.isprintable():
        return value or "(empty)"  # type: ignore[return-value]
    if value is None:
        return "NULL"
    text = _text_of(value)
    raw = text if isinstance(text, bytes) else text.encode("utf-8", errors="surrogatepass")
    raw = raw.split(b"\0", 1)[0]  # C strings end at the first NUL
    if not raw:
        return "(empty)"
    return raw.translate(_AT_TABLE).decode("ascii")


def _render_column(values: Sequence[object], letter: str) -> list[str]:
    if letter == "I":
        return [str(value) if value.__class__ is int else render_int(value) for value in values]
    if letter == "T":
        return [render_text(value) for value in values]
    return [render_real(value) for value in values]


def render_rows(rows: Sequence[Sequence[object]], types: str) -> list[str]:
    """Render every value of every row, row by row, one string per value.

    Columns are rendered one at a time (fewer calls per value), then interleaved back into rows.
    An empty result has no columns at all, hence the lenient outer zip.
    """
    columns = [_render_column(column, letter)
               for letter, column in zip(types, zip(*rows, strict=True), strict=False)]
    if len(columns) == 1:
        return columns[0]
    return list(chain.from_iterable(zip(*columns, strict=True)))


def sort_values(values: list[str], sort: str, columns: int) -> list[str]:
    """Apply a sort mode: ``rowsort`` orders rows by their rendered values, ``valuesort`` every value.

    Rendered values are ASCII, so Python's string order is the C runner's ``strcmp`` order.
    """
    if sort == "rowsort" and columns > 1:
        rows = list(zip(*[iter(values)] * columns, strict=False))  # values come in whole rows
        rows.sort()
        return list(chain.from_iterable(rows))
    if sort in ("rowsort", "valuesort"):
        return sorted(values)
    return values


def hash_values(values: list[str]) -> str:
    """MD5 of the rendered values, each followed by a newline (the runner's ``md5_add``)."""
    if not values:
        return hashlib.md5(b"").hexdigest()
    return hashlib.md5(("\n".join(values) + "\n").encode("utf-8")).hexdigest()

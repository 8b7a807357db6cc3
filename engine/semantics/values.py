"""SQLite's value model: storage classes, type affinity, conversions, comparison and arithmetic.

Every SQL value is a plain Python object: ``None`` (NULL), ``int`` (INTEGER, 64-bit),
``float`` (REAL), ``str`` (TEXT) or ``bytes`` (BLOB). The functions here implement the
rules of SQLite's documentation ("Datatypes In SQLite", "CAST expressions", the
arithmetic operators) so that every other module can stay ignorant of them. Generated
query code calls these helpers on its slow paths; keep them small and allocation-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.semantics.limits import INT64_MAX, INT64_MIN
from engine.semantics.real_text import real_to_text, text_to_real

# Affinities, by the names SQLite's documentation uses.
INTEGER = "INTEGER"
REAL = "REAL"
NUMERIC = "NUMERIC"
TEXT = "TEXT"
BLOB = "BLOB"  # also "no affinity"

NUMERIC_TYPES = (int, float, bool)

# Sort rank of each storage class: NULL < numbers < TEXT < BLOB.
_RANK = {type(None): 0, bool: 1, int: 1, float: 1, str: 2, bytes: 3}


def storage_class(value: object) -> str:
    """The name ``typeof()`` returns for ``value``."""
    if value is None:
        return "null"
    if isinstance(value, (bool, int)):
        return "integer"
    if isinstance(value, float):
        return "real"
    if isinstance(value, str):
        return "text"
    return "blob"


def affinity_of_type(declared: str | None) -> str:
    """Column affinity of a declared type, by SQLite's five ordered rules."""
    if not declared:
        return BLOB
    name = declared.upper()
    if "INT" in name:
        return INTEGER
    if "CHAR" in name or "CLOB" in name or "TEXT" in name:
        return TEXT
    if "BLOB" in name:
        return BLOB
    if "REAL" in name or "FLOA" in name or "DOUB" in name:
        return REAL
    return NUMERIC


# A whole string that is a decimal number, with optional surrounding spaces.
_NUMBER_RE = re.compile(
    r"\s*([+-]?)(?:(\d+)(\.\d*)?|(\.\d+))([eE][+-]?\d+)?\s*\Z", re.ASCII
)
# The longest prefix that reads as a number (what arithmetic on text uses).
_PREFIX_RE = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_INT_PREFIX_RE = re.compile(r"\s*[+-]?\d+", re.ASCII)


def fitting_integer(text: str) -> int | None:
    """The value of a decimal integer text (sign, digits, spaces around) where it fits 64 bits, else None.
    Past 19 significant digits none fits, and Python's int() refuses texts of more than 4,300 digits
    (zeroblob(4096)'s hex() is 8,192 zeros)."""
    stripped = text.strip()
    digits = stripped.lstrip("+-").lstrip("0")
    if len(digits) > 19:
        return None
    value = int(("-" if stripped.startswith("-") else "") + (digits or "0"))
    return value if INT64_MIN <= value <= INT64_MAX else None


def integer_or_real(text: str) -> int | float:
    """An integer text's value: INTEGER where it fits 64 bits, else the REAL it reads as (inf past
    DBL_MAX, as SQLite's sqlite3AtoF gives it)."""
    value = fitting_integer(text)
    return value if value is not None else text_to_real(text.strip())


def parse_number(text: str) -> int | float | None:
    """The number a whole string spells, or None when it is not a well-formed number."""
    match = _NUMBER_RE.match(text)
    if match is None:
        return None
    sign, whole, fraction, bare_fraction, exponent = match.groups()
    if fraction is None and bare_fraction is None and exponent is None:
        return integer_or_real(sign + whole)
    return text_to_real(text.strip())


def spells_a_number(texts: Iterable[str]) -> bool:
    """Whether any of the strings is a well-formed number (which a numeric affinity would convert)."""
    return any(map(_NUMBER_RE.match, texts))


def number_prefix(text: str) -> int | float:
    """The number at the start of a string, 0 when there is none (SQLite's text-to-number)."""
    match = _PREFIX_RE.match(text)
    if match is None:
        return 0
    literal = match.group()
    stripped = literal.strip()
    if "." in stripped or "e" in stripped or "E" in stripped:
        return text_to_real(stripped)
    return integer_or_real(stripped)


def _real_to_integer_if_exact(value: float) -> int | float:
    if value.is_integer() and -9.223372036854775e18 <= value <= 9.223372036854775e18:
        return int(value)
    return value


def apply_affinity(value: object, affinity: str) -> object:
    """Convert a value as storing it in a column of ``affinity`` would."""
    if value is None or affinity == BLOB:
        return value
    cls = value.__class__
    if affinity == TEXT:
        if cls is int or cls is float:
            return to_text(value)
        return value
    if cls is str:
        number = parse_number(value)
        if number is None:
            return value
        value = number
        cls = value.__class__
    elif cls is bool:
        return int(value)
    if affinity == REAL:
        if cls is int:
            return float(value)
        # SQLite writes an integral REAL as an integer and reads it back as a real: -0.0 comes back 0.0
        return 0.0 if value == 0.0 and cls is float else value
    if cls is float:
        return _real_to_integer_if_exact(value)
    return value


def numeric_affinity_for_compare(value: object) -> object:
    """NUMERIC affinity as comparisons apply it: text that spells a number becomes one."""
    if value.__class__ is str:
        number = parse_number(value)
        if number is not None:
            return number
    return value


def real_affinity_for_probe(value: object) -> object:
    """REAL affinity as SQLite's OP_Affinity applies it to a value looked up in an index or an IN set:
    numeric text becomes a number and an integer a REAL (9223372036854775807 finds 9.223372036854776e18)."""
    value = numeric_affinity_for_compare(value)
    return float(value) if value.__class__ is int else value


def to_text(value: object) -> str | None:
    """TEXT conversion of any value (CAST AS TEXT, ``||``, text functions)."""
    if value is None:
        return None
    cls = value.__class__
    if cls is str:
        return value
    if cls is int:
        return str(value)
    if cls is float:
        return real_to_text(value)
    if cls is bool:
        return "1" if value else "0"
    return bytes(value).decode("utf-8", errors="replace")


def to_number(value: object) -> int | float | None:
    """The numeric value arithmetic uses: text and blobs read their numeric prefix."""
    cls = value.__class__
    if cls is int or cls is float or value is None:
        return value
    if cls is bool:
        return int(value)
    if cls is bytes:
        value = value.decode("utf-8", errors="replace")
    return number_prefix(value)


def to_integer(value: object) -> int | None:
    """CAST(value AS INTEGER)."""
    if value is None:
        return None
    cls = value.__class__
    if cls is int:
        return value
    if cls is float:
        return float_to_integer(value)
    if cls is bool:
        return int(value)
    if cls is bytes:
        value = value.decode("utf-8", errors="replace")
    match = _INT_PREFIX_RE.match(value)
    if match is None:
        return 0
    text = match.group()
    number = fitting_integer(text)
    if number is None:  # saturates, as SQLite's CAST does
        return INT64_MIN if text.lstrip().startswith("-") else INT64_MAX
    return number


def float_to_integer(value: float) -> int:
    """Truncate toward zero, saturating at the 64-bit limits (NaN becomes 0)."""
    if value != value:
        return 0
    if value >= 9.223372036854775807e18:
        return INT64_MAX
    if value <= -9.223372036854775808e18:
        return INT64_MIN
    return int(value)


def to_real(value: object) -> float | None:
    """CAST(value AS REAL)."""
    number = to_number(value)
    return None if number is None else float(number)


def cast(value: object, type_name: str) -> object:
    """CAST(value AS type_name) with the affinity the type name implies."""
    affinity = affinity_of_type(type_name)
    if value is None:
        return None
    if affinity == INTEGER:
        return to_integer(value)
    if affinity == REAL:
        return to_real(value)
    if affinity == TEXT:
        return to_text(value)
    if affinity == BLOB:
        if value.__class__ is bytes:
            return value
        return to_text(value).encode("utf-8")
    return to_numeric(value)


def to_numeric(value: object) -> int | float:
    """CAST(value AS NUMERIC), as sqlite3VdbeMemNumerify: a text's numeric prefix (0 when it has none) is
    INTEGER when written as an integer that fits 64 bits; otherwise it is REAL, and becomes INTEGER only when
    zero or integral within +-2**51 (sqlite3RealSameAsInt): '2251799813685249.0' stays REAL."""
    cls = value.__class__
    if cls is int or cls is float:
        return value
    if cls is bool:
        return int(value)
    if cls is bytes:
        value = value.decode("utf-8", errors="replace")
    number = number_prefix(value)
    if number.__class__ is float and (number == 0 or (number.is_integer() and -_TWO_TO_51 <= number < _TWO_TO_51)):
        return int(number)
    return number


_TWO_TO_51 = 2251799813685248


def truth(value: object) -> bool | None:
    """The truth of a value as WHERE, CASE and the logical operators see it (None is unknown)."""
    if value is None:
        return None
    cls = value.__class__
    if cls is int or cls is float or cls is bool:
        return value != 0
    return to_number(value) != 0


def is_true(value: object) -> bool:
    """True only for a value that is true (NULL and false both fail a WHERE)."""
    cls = value.__class__
    if cls is int or cls is float or cls is bool:
        return value != 0
    if value is None:
        return False
    return to_number(value) != 0


def compare(a: object, b: object, collation: str | None = None) -> int:
    """Three-way comparison of two non-NULL values: numbers < TEXT < BLOB."""
    rank_a = _RANK[a.__class__]
    rank_b = _RANK[b.__class__]
    if rank_a != rank_b:
        return -1 if rank_a < rank_b else 1
    if rank_a == 2 and collation is not None and collation != "BINARY":
        a, b = collate_key(a, collation), collate_key(b, collation)
    return -1 if a < b else (1 if a > b else 0)


def collate_key(text: str, collation: str) -> str:
    """The string that compares like ``text`` under a built-in collation."""
    if collation == "NOCASE":
        folded = text.translate(_ASCII_LOWER)
        nul = folded.find("\0")
        if nul < 0:
            return folded
        # SQLite's NOCASE (sqlite3StrNICmp) stops at a NUL, and texts equal up to there order by their
        # length in bytes: the key keeps the text before the NUL and pads the rest with NULs to the same
        # byte length ('a\0b' = 'a\0c' < 'a\0bb'); folding a key again gives the same key.
        return folded[:nul] + "\0" * (len(folded[nul:].encode("utf-8", "surrogatepass")))
    if collation == "RTRIM":
        return text.rstrip(" ")
    return text


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, as SQLite's sqlite3UpperToLower (it has no Unicode tables)."""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def sort_key(value: object) -> tuple:
    """A key that orders values as SQLite's ORDER BY does (NULLs first)."""
    return (_RANK[value.__class__], 0 if value is None else value)


def sort_key_collated(collation: str):
    """A sort-key function for ORDER BY under a collation."""

    def key(value: object) -> tuple:
        if value.__class__ is str:
            return (2, collate_key(value, collation))
        return (_RANK[value.__class__], 0 if value is None else value)

    return key


# --- arithmetic -----------------------------------------------------------------------


def _checked(result: int, fallback: float) -> int | float:
    if INT64_MIN <= result <= INT64_MAX:
        return result
    return fallback


def _finite(result: float) -> float | None:
    return None if result != result else result


def add(a: object, b: object) -> int | float | None:
    if a is None or b is None:
        return None
    if a.__class__ is not int or b.__class__ is not int:
        a, b = to_number(a), to_number(b)
        if a.__class__ is not int or b.__class__ is not int:
            return _finite(float(a) + float(b))
    return _checked(a + b, float(a) + float(b))


def subtract(a: object, b: object) -> int | float | None:
    if a is None or b is None:
        return None
    if a.__class__ is not int or b.__class__ is not int:
        a, b = to_number(a), to_number(b)
        if a.__class__ is not int or b.__class__ is not int:
            return _finite(float(a) - float(b))
    return _checked(a - b, float(a) - float(b))


def multiply(a: object, b: object) -> int | float | None:
    if a is None or b is None:
        return None
    if a.__class__ is not int or b.__class__ is not int:
        a, b = to_number(a), to_number(b)
        if a.__class__ is not int or b.__class__ is not int:
            return _finite(float(a) * float(b))
    return _checked(a * b, float(a) * float(b))


def divide(a: object, b: object) -> int | float | None:
    if a is None or b is None:
        return None
    if a.__class__ is not int or b.__class__ is not int:
        a, b = to_number(a), to_number(b)
        if a.__class__ is not int or b.__class__ is not int:
            if b == 0:
                return None
            return _finite(float(a) / float(b))
    if b == 0:
        return None
    if a == INT64_MIN and b == -1:
        return float(a) / float(b)
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def remainder(a: object, b: object) -> int | float | None:
    """SQLite's ``%``: REAL if either operand reads as REAL, computed on both operands as integers (a
    text's integer prefix, as sqlite3VdbeIntValue), with the sign of the dividend."""
    if a is None or b is None:
        return None
    real = to_number(a).__class__ is float or to_number(b).__class__ is float
    ia, ib = to_integer(a), to_integer(b)
    if ib == 0:
        return None
    result = abs(ia) % abs(ib)
    if ia < 0:
        result = -result
    return float(result) if real else result


def negate(a: object) -> int | float | None:
    if a is None:
        return None
    if a.__class__ is not int:
        a = to_number(a)
        if a.__class__ is float:
            return -a
    if a == INT64_MIN:
        return -float(a)
    return -a


def _to_int64(value: object) -> int | None:
    """A bitwise operator's operand: a real truncated, a text's integer prefix (sqlite3VdbeIntValue)."""
    return to_integer(value)


def _wrap64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


def bit_and(a: object, b: object) -> int | None:
    a, b = _to_int64(a), _to_int64(b)
    return None if a is None or b is None else a & b


def bit_or(a: object, b: object) -> int | None:
    a, b = _to_int64(a), _to_int64(b)
    return None if a is None or b is None else a | b


def bit_not(a: object) -> int | None:
    a = _to_int64(a)
    return None if a is None else ~a


def shift_left(a: object, b: object) -> int | None:
    a, b = _to_int64(a), _to_int64(b)
    if a is None or b is None:
        return None
    if b < 0:
        return shift_right(a, -b)
    if b >= 64:
        return 0
    return _wrap64(a << b)


def shift_right(a: object, b: object) -> int | None:
    a, b = _to_int64(a), _to_int64(b)
    if a is None or b is None:
        return None
    if b < 0:
        return shift_left(a, -b)
    if b >= 64:
        return -1 if a < 0 else 0
    return a >> b


def concat(a: object, b: object) -> str | None:
    if a is None or b is None:
        return None
    return to_text(a) + to_text(b)

"""SQLite's built-in scalar functions, as the registry the query compiler calls.

Every implementation takes SQL values positionally and returns a SQL value.  Arguments
are converted the way the C accessors sqlite3_value_text/int64/double convert them
(see engine.printf), so results match SQLite 3.40.1 in value and in storage class:
``abs('12')`` is REAL 12.0, ``replace(123, '', 'x')`` is INTEGER 123.  C routines see a
text only up to its first NUL, and several of these functions inherit that.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from engine.errors import DataError, OperationalError
from engine.semantics import json_functions
from engine.semantics.datetime_functions import (
    sql_date,
    sql_datetime,
    sql_julianday,
    sql_strftime,
    sql_time,
    sql_unixepoch,
)
from engine.semantics.limits import INT64_MAX, INT64_MIN, MAX_LENGTH
from engine.semantics.printf import (
    c_string,
    sql_printf,
    sqlite_atof,
    value_double,
    value_int,
    value_int64,
)
from engine.semantics.values import ascii_lower, compare, parse_number, storage_class, to_text

SQLITE_VERSION = "3.40.1"
_MAX_LIKE_PATTERN = 50_000  # SQLITE_MAX_LIKE_PATTERN_LENGTH, in bytes


@dataclass(frozen=True, slots=True)
class ScalarFunction:
    """A SQL scalar function: its implementation and the argument counts it accepts."""

    name: str
    impl: Callable[..., object]
    min_args: int
    max_args: int | None
    deterministic: bool = True


def lookup(name: str, nargs: int) -> ScalarFunction:
    """The function ``name`` called with ``nargs`` arguments, or SQLite's error for the call."""
    function = FUNCTIONS.get(name.lower())
    if function is None:
        raise OperationalError(f"no such function: {name}")
    if nargs < function.min_args or (function.max_args is not None and nargs > function.max_args):
        raise OperationalError(f"wrong number of arguments to function {name}()")
    return function


# --- LIKE and GLOB -------------------------------------------------------------------------
# Patterns compile once into a matcher taking the candidate text.  The common shapes
# (exact, prefix, suffix, infix) avoid regular expressions; the rest become one.


def _never(text: str) -> int:
    return 0


def _always(text: str) -> int:
    return 1


_RUN = object()  # '%' or '*'
_ONE = object()  # '_' or '?'


def _matcher(tokens: list, fold: bool) -> Callable[[str], int]:
    """A matcher for a pattern split into literal strings, _RUN, _ONE and regex classes."""
    shape = tuple("lit" if token.__class__ is str else token for token in tokens)
    literals = [token for token in tokens if token.__class__ is str]
    if fold and not any(c.isascii() and c.isalpha() for text in literals for c in text):
        fold = False  # no letter in the pattern, so case cannot matter
    prepare = ascii_lower if fold else str
    if shape == ("lit",):
        literal = prepare(tokens[0])
        return lambda text: int(prepare(text) == literal)
    if shape == (_RUN,):
        return _always
    if shape == ("lit", _RUN):
        literal = prepare(tokens[0])
        return lambda text: int(prepare(text).startswith(literal))
    if shape == (_RUN, "lit"):
        literal = prepare(tokens[1])
        return lambda text: int(prepare(text).endswith(literal))
    if shape == (_RUN, "lit", _RUN):
        literal = prepare(tokens[1])
        return lambda text: int(literal in prepare(text))
    parts = []
    for token in tokens:
        if token is _RUN:
            parts.append(".*")
        elif token is _ONE:
            parts.append(".")
        elif token.__class__ is str:
            parts.append(re.escape(token))
        else:
            parts.append(token.pattern)
    flags = re.DOTALL | (re.IGNORECASE | re.ASCII if fold else 0)
    fullmatch = re.compile("".join(parts), flags).fullmatch
    return lambda text: int(fullmatch(text) is not None)


def _literal(tokens: list, character: str) -> None:
    if tokens and tokens[-1].__class__ is str:
        tokens[-1] += character
    else:
        tokens.append(character)


def _check_pattern(pattern: str) -> None:
    """SQLite refuses patterns longer than SQLITE_MAX_LIKE_PATTERN_LENGTH bytes."""
    if len(pattern) * 4 <= _MAX_LIKE_PATTERN:  # cannot be too long, whatever its characters
        return
    if len(pattern.encode("utf-8", "surrogatepass")) > _MAX_LIKE_PATTERN:
        raise OperationalError("LIKE or GLOB pattern too complex")


@lru_cache(maxsize=1024)
def _like_matcher(pattern: str, escape: str) -> Callable[[str], int]:
    """LIKE: '%' and '_' (unless one is the escape), ASCII-only case folding."""
    _check_pattern(pattern)
    tokens: list = []
    characters = iter(c_string(pattern))
    for c in characters:
        if c == escape:
            escaped = next(characters, None)
            if escaped is None:  # a trailing escape character never matches
                return _never
            _literal(tokens, escaped)
        elif c == "%":
            if not tokens or tokens[-1] is not _RUN:
                tokens.append(_RUN)
        elif c == "_":
            tokens.append(_ONE)
        else:
            _literal(tokens, c)
    return _matcher(tokens, fold=True)


def _glob_class(pattern: str, start: int) -> tuple[re.Pattern | None, int]:
    """The '[...]' at ``start`` as a one-character regex, and the index after it."""
    i = start + 1
    n = len(pattern)
    invert = i < n and pattern[i] == "^"
    if invert:
        i += 1
    members: list[str] = []
    if i < n and pattern[i] == "]":
        members.append(re.escape("]"))
        i += 1
    prior = ""
    while i < n and pattern[i] != "]":
        c = pattern[i]
        if c == "-" and prior and i + 1 < n and pattern[i + 1] != "]":
            high = pattern[i + 1]
            if prior <= high:
                members.append(f"{re.escape(prior)}-{re.escape(high)}")
            prior = ""
            i += 2
            continue
        members.append(re.escape(c))
        prior = c
        i += 1
    if i >= n:
        return None, i  # unterminated: the pattern can never match
    if not members:  # nothing can match, or with '^' anything can
        return re.compile("." if invert else "(?!)", re.DOTALL), i + 1
    return re.compile(f"[{'^' if invert else ''}{''.join(members)}]", re.DOTALL), i + 1


@lru_cache(maxsize=1024)
def _glob_matcher(pattern: str) -> Callable[[str], int]:
    """GLOB: '*', '?' and '[...]' classes with ranges and '^', case-sensitive."""
    _check_pattern(pattern)
    pattern = c_string(pattern)
    tokens: list = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            if not tokens or tokens[-1] is not _RUN:
                tokens.append(_RUN)
        elif c == "?":
            tokens.append(_ONE)
        elif c == "[":
            member, i = _glob_class(pattern, i)
            if member is None:
                return _never
            tokens.append(member)
            continue
        else:
            _literal(tokens, c)
        i += 1
    return _matcher(tokens, fold=False)


def _escape_character(escape: object) -> str:
    text = c_string(to_text(escape))
    if len(text) != 1:
        raise OperationalError("ESCAPE expression must be a single character")
    return text


NO_ESCAPE = object()
"""The ``escape`` of a LIKE without an ESCAPE clause (an ESCAPE operand that is NULL gives NULL)."""


def like(pattern: object, value: object, escape: object = NO_ESCAPE) -> int | None:
    """``value LIKE pattern [ESCAPE escape]``: 1, 0, or None when an operand is NULL.

    A BLOB operand never matches (SQLite is built with SQLITE_LIKE_DOESNT_MATCH_BLOBS).
    """
    if pattern.__class__ is str and value.__class__ is str and escape is NO_ESCAPE:
        text = value if "\0" not in value else c_string(value)
        return _like_matcher(pattern, "")(text)
    if pattern.__class__ is bytes or value.__class__ is bytes:
        return 0
    pattern_text = None if pattern is None else to_text(pattern)
    if pattern_text is not None:
        _check_pattern(pattern_text)
    if escape is NO_ESCAPE:
        escape_text = ""
    elif escape is None:
        return None
    else:
        escape_text = _escape_character(escape)
    if pattern_text is None or value is None:
        return None
    return _like_matcher(pattern_text, escape_text)(c_string(to_text(value)))


def glob(pattern: object, value: object) -> int | None:
    """``value GLOB pattern``: 1, 0, or None when an operand is NULL; BLOBs never match."""
    if pattern.__class__ is str and value.__class__ is str:
        text = value if "\0" not in value else c_string(value)
        return _glob_matcher(pattern)(text)
    if pattern.__class__ is bytes or value.__class__ is bytes:
        return 0
    if pattern is None:
        return None
    matcher = _glob_matcher(to_text(pattern))
    return None if value is None else matcher(c_string(to_text(value)))


# --- text ----------------------------------------------------------------------------------

_ASCII_UPPER = {c: c - 32 for c in range(ord("a"), ord("z") + 1)}


def _lower(value: object) -> str | None:
    if value is None:
        return None
    return ascii_lower(to_text(value))


def _upper(value: object) -> str | None:
    if value is None:
        return None
    text = to_text(value)
    return text.upper() if text.isascii() else text.translate(_ASCII_UPPER)


def _length(value: object) -> int | None:
    """Characters of a text (up to a NUL), bytes of a blob, characters of a number's text."""
    cls = value.__class__
    if cls is str:
        nul = value.find("\0")
        return len(value) if nul < 0 else nul
    if cls is bytes:
        return len(value)
    if value is None:
        return None
    return len(to_text(value))


def _utf8(value: object) -> bytes:
    """The bytes a C routine sees for a value: a blob's own, otherwise UTF-8 text."""
    if value.__class__ is bytes:
        return value
    return to_text(value).encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _trim_bytes(data: bytes, characters: bytes, left: bool, right: bool) -> bytes:
    """trim() as SQLite does it, on bytes, for blobs that need not be valid UTF-8."""
    units = []  # the "characters" of the set: a lead byte and its continuation bytes
    i = 0
    while i < len(characters) and characters[i]:
        j = i + 1
        if characters[i] >= 0xC0:
            while j < len(characters) and _is_continuation(characters[j]):
                j += 1
        units.append(characters[i:j])
        i = j
    start, end = 0, len(data)
    while left and start < end:
        unit = next((u for u in units if data.startswith(u, start, end)), None)
        if unit is None:
            break
        start += len(unit)
    while right and start < end:
        unit = next((u for u in units if data.endswith(u, start, end)), None)
        if unit is None:
            break
        end -= len(unit)
    return data[start:end]


def _make_trim(left: bool, right: bool) -> Callable[..., str | None]:
    strip = str.strip if left and right else (str.lstrip if left else str.rstrip)

    def trim(value: object, characters: object = " ") -> str | None:
        if value is None or characters is None:
            return None
        if value.__class__ is bytes or characters.__class__ is bytes:
            return _decode(_trim_bytes(_utf8(value), _utf8(characters), left, right))
        return strip(to_text(value), c_string(to_text(characters)))

    return trim


def _substr(value: object, start: object, length: object = MAX_LENGTH) -> str | bytes | None:
    """substr(X, Y[, Z]): 1-based, negative Y counts from the end, negative Z takes chars before Y."""
    if start is None or length is None or value is None:
        return None
    begin = value_int(start)
    if value.__class__ is bytes:
        if not value:  # an empty blob reads as a NULL pointer in C
            return None
        data = value
    else:
        data = c_string(to_text(value))
    size = len(data)
    count = value_int(length)
    before = count < 0
    if before:
        count = -count
    if begin < 0:
        begin += size
        if begin < 0:
            count = max(count + begin, 0)
            begin = 0
    elif begin > 0:
        begin -= 1
    elif count > 0:
        count -= 1
    if before:
        begin -= count
        if begin < 0:
            count += begin
            begin = 0
    return data[begin:begin + count]


def _is_continuation(byte: int) -> bool:
    return byte & 0xC0 == 0x80


def _instr(haystack: object, needle: object) -> int | None:
    """instr(X, Y): 1-based character position of Y in X (bytes when both are blobs), 0 if absent."""
    if haystack is None or needle is None:
        return None
    hay_blob = haystack.__class__ is bytes
    needle_blob = needle.__class__ is bytes
    if hay_blob == needle_blob:
        if hay_blob:
            return haystack.find(needle) + 1
        return to_text(haystack).find(to_text(needle)) + 1
    # one blob, one text: SQLite compares the bytes and counts UTF-8 characters
    hay = _utf8(haystack)
    sought = _utf8(needle)
    position = hay.find(sought)
    while position > 0 and _is_continuation(hay[position]):
        position = hay.find(sought, position + 1)
    if position < 0:
        return 0
    return 1 + sum(1 for byte in hay[1:position + 1] if not _is_continuation(byte))


def _replace(value: object, pattern: object, replacement: object) -> object:
    """replace(X, Y, Z); an empty Y returns X itself, whatever its type."""
    if value is None or pattern is None:
        return None
    sought = to_text(pattern)
    if not sought or sought[0] == "\0":  # X comes back as is, but a BLOB as TEXT
        return to_text(value) if value.__class__ is bytes else value
    if replacement is None:
        return None
    if value.__class__ is bytes or pattern.__class__ is bytes or replacement.__class__ is bytes:
        return _decode(_utf8(value).replace(_utf8(pattern), _utf8(replacement)))
    return to_text(value).replace(sought, to_text(replacement))


def _char(*codes: object) -> str:
    return "".join(chr(code) if 0 <= code <= 0x10FFFF else "\ufffd" for code in map(value_int64, codes))


# sqlite3Utf8Trans1: the payload bits of a UTF-8 lead byte 0xC0..0xFF
_UTF8_LEAD = bytes(list(range(32)) + list(range(16)) + list(range(8)) + [0, 1, 2, 3, 0, 1, 0, 0])


def _unicode(value: object) -> int | None:
    """unicode(X): the code point of the first character; a blob is decoded as leniently as SQLite does."""
    if value is None:
        return None
    if value.__class__ is not bytes:
        text = to_text(value)
        return ord(text[0]) if text and text[0] != "\0" else None
    if not value or value[0] == 0:
        return None
    code = value[0]
    if code < 0xC0:
        return code
    code = _UTF8_LEAD[code - 0xC0]
    for byte in value[1:]:
        if not _is_continuation(byte):
            break
        code = ((code << 6) + (byte & 0x3F)) & 0xFFFFFFFF
    if code < 0x80 or code & 0xFFFFF800 == 0xD800 or code & 0xFFFFFFFE == 0xFFFE:
        return 0xFFFD
    return code


def _hex(value: object) -> str:
    return "" if value is None else _utf8(value).hex().upper()


def _quote(value: object) -> str:
    """quote(X): X as an SQL literal; a REAL keeps 15 digits only when they read back exactly."""
    cls = value.__class__
    if cls is str:
        return "'" + c_string(value).replace("'", "''") + "'"
    if cls is int:
        return str(value)
    if cls is float:
        text = sql_printf("%!.15g", value)
        if sqlite_atof(text) != value:
            text = sql_printf("%!.20e", value)
        return text
    if cls is bytes:
        return "X'" + value.hex().upper() + "'"
    return "NULL"


_SOUNDEX_GROUPS = ("AEHIOUWY", "BFPV", "CGJKQSXZ", "DT", "L", "MN", "R")  # code = position
# the code of each 7-bit byte: 0 for vowels, H, W, Y and anything that is not a letter
_SOUNDEX_CODE = bytes(
    next((code for code, group in enumerate(_SOUNDEX_GROUPS) if chr(byte).upper() in group), 0)
    if chr(byte).isalpha() else 0
    for byte in range(128)
)


def _soundex(value: object) -> str:
    """soundex(X) over the UTF-8 bytes, which SQLite masks to 7 bits."""
    data = b"" if value is None else _utf8(value)
    nul = data.find(0)
    if nul >= 0:
        data = data[:nul]
    first = next((i for i, byte in enumerate(data) if 65 <= byte <= 90 or 97 <= byte <= 122), None)
    if first is None:
        return "?000"
    result = [chr(data[first]).upper()]
    previous = _SOUNDEX_CODE[data[first]]
    for byte in data[first:]:
        if len(result) == 4:
            break
        code = _SOUNDEX_CODE[byte & 0x7F]
        if code == 0:
            previous = 0
        elif code != previous:
            previous = code
            result.append(chr(48 + code))
    return "".join(result).ljust(4, "0")


# --- numbers -------------------------------------------------------------------------------


def _abs(value: object) -> int | float | None:
    """abs(X): INTEGER stays INTEGER (INT64_MIN overflows); anything else becomes REAL."""
    if value.__class__ is int:
        if value >= 0:
            return value
        if value == INT64_MIN:
            raise OperationalError("integer overflow")
        return -value
    if value is None:
        return None
    real = value_double(value)
    return -real if real < 0 else real


_POWERS_OF_TEN = tuple(10.0**places for places in range(31))


def _round(value: object, digits: object = 0) -> float | None:
    """round(X[, Y]): REAL always; rounds through printf('%.*f') and back, like SQLite."""
    if digits is None:
        return None
    places = min(max(value_int(digits), 0), 30)
    if value is None:
        return None
    real = value_double(value) + 0.0  # SQLite's printf writes -0.0 unsigned, so it rounds to 0.0
    if real < -4503599627370496.0 or real > 4503599627370496.0:
        return real  # no fractional part
    if places == 0:
        return float(int(real + (-0.5 if real < 0 else 0.5)))
    scaled = abs(real) * _POWERS_OF_TEN[places]
    if scaled < 1e9 and abs(scaled - math.floor(scaled) - 0.5) > 1e-6:
        # Few digits and far from a decimal tie: Python's correctly rounded digits are the ones
        # SQLite's printf produces (near a tie its 16-digit decimal may round the other way).
        return sqlite_atof(f"{real:.{places}f}")
    return sqlite_atof(sql_printf("%.*f", places, real))


def _numeric(value: object) -> int | float | None:
    """sqlite3_value_numeric_type(): a number, text that wholly spells one, otherwise None."""
    cls = value.__class__
    if cls is int or cls is float:
        return value
    if cls is str:
        return parse_number(value)
    return None


def _sign(value: object) -> int | None:
    number = _numeric(value)
    if number is None:
        return None
    return (number > 0) - (number < 0)


def _random() -> int:
    """random(): a signed 64-bit integer; negative values exclude INT64_MIN as SQLite does."""
    number = random.getrandbits(64) - (1 << 63)
    return -(number & INT64_MAX) if number < 0 else number


def _blob_size(value: object, minimum: int) -> int:
    size = max(value_int64(value), minimum)
    if size > MAX_LENGTH:
        raise DataError("string or blob too big")
    return size


# The SQLite whose semantics the engine follows (tools test sqlite_version() before using a feature).
SQLITE_VERSION = "3.40.1"


def _sqlite_version() -> str:
    return SQLITE_VERSION


def _randomblob(size: object) -> bytes:
    return random.randbytes(_blob_size(size, 1))


def _zeroblob(size: object) -> bytes:
    return bytes(_blob_size(size, 0))


def _minimum(*values: object, collation: str | None = None) -> object:
    """Scalar min(): NULL if any argument is NULL; on ties the later argument wins."""
    best = values[0]
    for value in values:
        if value is None:
            return None
        if compare(value, best, collation) <= 0:
            best = value
    return best


def _maximum(*values: object, collation: str | None = None) -> object:
    """Scalar max(): NULL if any argument is NULL; on ties the earlier argument wins."""
    best = values[0]
    for value in values:
        if value is None:
            return None
        if compare(value, best, collation) > 0:
            best = value
    return best


def _likelihood(value: object, probability: object) -> object:
    # SQLite insists on a floating-point literal; a REAL argument is the closest check here.
    if probability.__class__ is not float or not 0.0 <= probability <= 1.0:
        raise OperationalError("second argument to likelihood() must be a constant between 0.0 and 1.0")
    return value


def _identity(value: object) -> object:
    return value


# --- math (SQLITE_ENABLE_MATH_FUNCTIONS) -------------------------------------------------
# C's libm returns NaN or an infinity where Python raises; SQLite turns a NaN result into NULL.


def _real(result: float | None) -> float | None:
    return None if result != result else result


def _math1(function: Callable[[float], float], overflow: Callable[[float], float] | None = None,
           ) -> Callable[[object], float | None]:
    def call(value: object) -> float | None:
        number = _numeric(value)
        if number is None:
            return None
        x = float(number)
        try:
            return _real(function(x))
        except ValueError:
            return None
        except OverflowError:
            return overflow(x) if overflow else None

    return call


def _positive_infinity(x: float) -> float:
    return math.inf


def _same_sign_infinity(x: float) -> float:
    return math.copysign(math.inf, x)


def _atanh(x: float) -> float:
    if x == 1.0 or x == -1.0:  # a pole error in C, not a domain error
        return math.copysign(math.inf, x)
    return math.atanh(x)


def _integral(function: Callable[[float], int]) -> Callable[[object], int | float | None]:
    """ceil/floor/trunc: integers pass through unchanged, reals stay REAL (keeping -0.0)."""

    def call(value: object) -> int | float | None:
        number = _numeric(value)
        if number.__class__ is not float:
            return number
        if not math.isfinite(number):
            return number
        result = float(function(number))
        return math.copysign(0.0, number) if result == 0 else result

    return call


def _odd_integer(y: float) -> bool:
    return y.is_integer() and math.fmod(y, 2.0) != 0


def _pow(x: float, y: float) -> float | None:
    try:
        return math.pow(x, y)
    except ValueError:
        if x == 0 and y < 0:  # pole: C returns an infinity
            return math.copysign(math.inf, x) if _odd_integer(y) else math.inf
        return None
    except OverflowError:
        return -math.inf if x < 0 and _odd_integer(y) else math.inf


def _fmod(x: float, y: float) -> float | None:
    try:
        return math.fmod(x, y)
    except ValueError:
        return None


def _math2(function: Callable[[float, float], float | None]) -> Callable[[object, object], float | None]:
    def call(a: object, b: object) -> float | None:
        x = _numeric(a)
        if x is None:
            return None
        y = _numeric(b)
        if y is None:
            return None
        return _real(function(float(x), float(y)))

    return call


def _make_log(divisor: float) -> Callable[[object], float | None]:
    """ln, log10, log2: SQLite divides the natural logarithm by ln(base)."""

    def call(value: object) -> float | None:
        number = _numeric(value)
        if number is None or number <= 0:
            return None
        return _real(math.log(float(number)) / divisor)

    return call


def _log(*args: object) -> float | None:
    """log(X) is log10(X); log(B, X) is the base-B logarithm."""
    if len(args) == 1:
        return _log10(args[0])
    base = _numeric(args[0])
    if base is None or base <= 0:
        return None
    denominator = math.log(float(base))
    if denominator <= 0.0:
        return None
    x = value_double(args[1])  # SQLite does not check the type of X here
    if x <= 0.0:
        return None
    return _real(math.log(x) / denominator)


_log10 = _make_log(math.log(10.0))

_DEGREES_PER_RADIAN = 180.0 / math.pi
_RADIANS_PER_DEGREE = math.pi / 180.0


# --- the registry --------------------------------------------------------------------------

AGGREGATE_FUNCTIONS = frozenset(("count", "sum", "total", "avg", "min", "max", "group_concat", "string_agg")) | \
    json_functions.AGGREGATE_NAMES
WINDOW_ONLY_FUNCTIONS = frozenset((
    "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
    "first_value", "last_value", "nth_value",
))
# compiled by the query compiler itself: they short-circuit or read the connection
SPECIAL_FUNCTIONS = frozenset(("coalesce", "ifnull", "nullif", "iif", "last_insert_rowid", "changes",
                               "total_changes"))

_ANY = None

FUNCTIONS: dict[str, ScalarFunction] = {
    function.name: function
    for function in (
        ScalarFunction("abs", _abs, 1, 1),
        ScalarFunction("char", _char, 0, _ANY),
        ScalarFunction("glob", glob, 2, 2),
        ScalarFunction("hex", _hex, 1, 1),
        ScalarFunction("instr", _instr, 2, 2),
        ScalarFunction("length", _length, 1, 1),
        ScalarFunction("like", like, 2, 3),
        ScalarFunction("likelihood", _likelihood, 2, 2),
        ScalarFunction("likely", _identity, 1, 1),
        ScalarFunction("unlikely", _identity, 1, 1),
        ScalarFunction("lower", _lower, 1, 1),
        ScalarFunction("upper", _upper, 1, 1),
        ScalarFunction("ltrim", _make_trim(left=True, right=False), 1, 2),
        ScalarFunction("rtrim", _make_trim(left=False, right=True), 1, 2),
        ScalarFunction("trim", _make_trim(left=True, right=True), 1, 2),
        ScalarFunction("max", _maximum, 2, _ANY),
        ScalarFunction("min", _minimum, 2, _ANY),
        ScalarFunction("printf", sql_printf, 0, _ANY),
        ScalarFunction("format", sql_printf, 0, _ANY),
        ScalarFunction("quote", _quote, 1, 1),
        ScalarFunction("random", _random, 0, 0, deterministic=False),
        ScalarFunction("randomblob", _randomblob, 1, 1, deterministic=False),
        ScalarFunction("replace", _replace, 3, 3),
        ScalarFunction("round", _round, 1, 2),
        ScalarFunction("sign", _sign, 1, 1),
        ScalarFunction("soundex", _soundex, 1, 1),
        ScalarFunction("sqlite_version", _sqlite_version, 0, 0),
        ScalarFunction("substr", _substr, 2, 3),
        ScalarFunction("substring", _substr, 2, 3),
        ScalarFunction("typeof", storage_class, 1, 1),
        ScalarFunction("unicode", _unicode, 1, 1),
        ScalarFunction("zeroblob", _zeroblob, 1, 1),
        ScalarFunction("sqlite_version", lambda: SQLITE_VERSION, 0, 0),
        # date and time; 'now' is pinned per statement, see engine.datetime_functions
        ScalarFunction("date", sql_date, 0, _ANY),
        ScalarFunction("time", sql_time, 0, _ANY),
        ScalarFunction("datetime", sql_datetime, 0, _ANY),
        ScalarFunction("julianday", sql_julianday, 0, _ANY),
        ScalarFunction("unixepoch", sql_unixepoch, 0, _ANY),
        ScalarFunction("strftime", sql_strftime, 0, _ANY),
        # math
        ScalarFunction("acos", _math1(math.acos), 1, 1),
        ScalarFunction("acosh", _math1(math.acosh), 1, 1),
        ScalarFunction("asin", _math1(math.asin), 1, 1),
        ScalarFunction("asinh", _math1(math.asinh), 1, 1),
        ScalarFunction("atan", _math1(math.atan), 1, 1),
        ScalarFunction("atan2", _math2(math.atan2), 2, 2),
        ScalarFunction("atanh", _math1(_atanh), 1, 1),
        ScalarFunction("ceil", _integral(math.ceil), 1, 1),
        ScalarFunction("ceiling", _integral(math.ceil), 1, 1),
        ScalarFunction("cos", _math1(math.cos), 1, 1),
        ScalarFunction("cosh", _math1(math.cosh, _positive_infinity), 1, 1),
        ScalarFunction("degrees", _math1(lambda x: x * _DEGREES_PER_RADIAN), 1, 1),
        ScalarFunction("exp", _math1(math.exp, _positive_infinity), 1, 1),
        ScalarFunction("floor", _integral(math.floor), 1, 1),
        ScalarFunction("ln", _make_log(1.0), 1, 1),
        ScalarFunction("log", _log, 1, 2),
        ScalarFunction("log10", _log10, 1, 1),
        ScalarFunction("log2", _make_log(math.log(2.0)), 1, 1),
        ScalarFunction("mod", _math2(_fmod), 2, 2),
        ScalarFunction("pi", lambda: math.pi, 0, 0),
        ScalarFunction("pow", _math2(_pow), 2, 2),
        ScalarFunction("power", _math2(_pow), 2, 2),
        ScalarFunction("radians", _math1(lambda x: x * _RADIANS_PER_DEGREE), 1, 1),
        ScalarFunction("sin", _math1(math.sin), 1, 1),
        ScalarFunction("sinh", _math1(math.sinh, _same_sign_infinity), 1, 1),
        ScalarFunction("sqrt", _math1(math.sqrt), 1, 1),
        ScalarFunction("tan", _math1(math.tan), 1, 1),
        ScalarFunction("tanh", _math1(math.tanh), 1, 1),
        ScalarFunction("trunc", _integral(math.trunc), 1, 1),
        # JSON1
        *(ScalarFunction(name, impl, low, high) for name, (impl, low, high) in json_functions.FUNCTIONS.items()),
    )
}

# Every function name SQLite 3.40 has that the compiler knows; any other name is "no such function".
BUILTIN_NAMES = frozenset(FUNCTIONS) | AGGREGATE_FUNCTIONS | WINDOW_ONLY_FUNCTIONS | SPECIAL_FUNCTIONS

# SQLite functions sqlglot has nodes of its own for, which the parser keeps as plain calls:
# sqlglot's JSON nodes read paths their own way (and json_object with a grammar of its own).
PLAIN_CALLS = frozenset(json_functions.FUNCTIONS) | json_functions.AGGREGATE_NAMES

"""SQLite's printf()/format(): the formatter behind ``sqlite3_str_vappendf``, rebuilt exactly.

The format string is parsed once per text and cached; each conversion renders its
argument as SQLite does, with SQLite's flags (``!`` for 16+ digits, ``,`` for
thousands), its SQL-specific conversions (%q, %Q, %w) and its length limit. The
floating-point conversions are `engine.semantics.real_text`'s exact emulation.
"""

from __future__ import annotations

from functools import lru_cache

from engine.semantics.limits import MAX_LENGTH
from engine.semantics.real_text import format_real, sqlite_atof
from engine.semantics.values import float_to_integer, to_integer, to_text

# --- the format string -------------------------------------------------------------------

_STAR = -2  # width or precision taken from the argument list
_UNSIGNED_64 = (1 << 64) - 1  # %x, %o, %u of a negative integer show its two's complement


class _Spec:
    """One parsed %-conversion."""

    __slots__ = ("alternate", "alternate2", "conversion", "left", "plus", "precision",
                 "thousands", "width", "zero")

    def __init__(self) -> None:
        self.left = self.alternate = self.alternate2 = self.zero = self.thousands = False
        self.plus = ""
        self.width = 0
        self.precision = -1
        self.conversion = ""


_STOP = None  # an invalid or internal-only conversion ends the output there
_FLAGS = {"-": "left", "#": "alternate", "!": "alternate2", "0": "zero", ",": "thousands"}


@lru_cache(maxsize=512)
def _parse(fmt: str) -> tuple:
    """Split a format into literal strings and _Spec objects, as sqlite3_str_vappendf reads it."""
    items: list = []
    n = len(fmt)
    i = 0
    while i < n:
        percent = fmt.find("%", i)
        if percent < 0:
            items.append(fmt[i:])
            break
        if percent > i:
            items.append(fmt[i:percent])
        i = percent + 1
        if i >= n:
            items.append("%")
            break
        spec = _Spec()
        c = fmt[i]
        while True:  # flags, width and precision; c ends on the conversion character
            if c in _FLAGS:
                setattr(spec, _FLAGS[c], True)
            elif c in "+ ":
                spec.plus = c
            elif c == "l":
                i += 1
                c = fmt[i] if i < n else ""
                if c == "l":
                    i += 1
                    c = fmt[i] if i < n else ""
                break
            elif "1" <= c <= "9":
                width = 0
                while i < n and "0" <= fmt[i] <= "9":
                    width = (width * 10 + ord(fmt[i]) - 48) & 0xFFFFFFFF
                    i += 1
                spec.width = width & 0x7FFFFFFF
                c = fmt[i] if i < n else ""
                if c not in (".", "l"):
                    break
                continue
            elif c == "*":
                spec.width = _STAR
                following = fmt[i + 1] if i + 1 < n else ""
                if following not in (".", "l"):
                    i += 1
                    c = following
                    break
            elif c == ".":
                i += 1
                c = fmt[i] if i < n else ""
                if c == "*":
                    spec.precision = _STAR
                    i += 1
                else:
                    precision = 0
                    while i < n and "0" <= fmt[i] <= "9":
                        precision = (precision * 10 + ord(fmt[i]) - 48) & 0xFFFFFFFF
                        i += 1
                    spec.precision = precision & 0x7FFFFFFF
                c = fmt[i] if i < n else ""
                if c != "l":
                    break
                continue
            else:
                break
            i += 1
            if i >= n:
                c = ""
                break
            c = fmt[i]
        if c == "" or c not in _CONVERSIONS:
            items.append(_STOP)
            break
        spec.conversion = c
        items.append(spec)
        i += 1
    return tuple(items)


_CONVERSIONS = frozenset("dsgzqQwcouxXfeEGinp%r")
_RADIX = {"x": ("x", "0x"), "X": ("X", "0X"), "o": ("o", "0"), "p": ("X", "0x")}
_ORDINAL = ("th", "st", "nd", "rd")
_FP_PRECISION_LIMIT = 100_000_000


# --- how SQLite's C code sees a value ----------------------------------------------------


def value_int64(value: object) -> int:
    """sqlite3_value_int64(): NULL is 0, REAL truncates and saturates, text reads its integer prefix."""
    cls = value.__class__
    if cls is int:
        return value
    if value is None:
        return 0
    if cls is float:
        return float_to_integer(value)
    return to_integer(value)


def value_int(value: object) -> int:
    """sqlite3_value_int(): the 64-bit value truncated to a C int (it wraps around)."""
    number = value_int64(value) & 0xFFFFFFFF
    return number - (1 << 32) if number >= 1 << 31 else number


def value_double(value: object) -> float:
    """sqlite3_value_double(): NULL is 0.0, text reads its numeric prefix with sqlite3AtoF()."""
    cls = value.__class__
    if cls is float:
        return value
    if cls is int:
        return float(value)
    return 0.0 if value is None else sqlite_atof(to_text(value))


def c_string(text: str) -> str:
    """The text up to its first NUL, which is all a C routine reading a string sees."""
    nul = text.find("\0")
    return text if nul < 0 else text[:nul]


class _Arguments:
    """The SQL arguments as getIntArg/getDoubleArg/getTextArg hand them out (missing ones as NULL)."""

    __slots__ = ("index", "values")

    def __init__(self, values: tuple) -> None:
        self.values = values
        self.index = 0

    def _next(self) -> object:
        index = self.index
        if index >= len(self.values):
            return None
        self.index = index + 1
        return self.values[index]

    def integer(self) -> int:
        return value_int64(self._next())

    def c_int(self) -> int:
        return value_int(self._next())

    def real(self) -> float:
        return value_double(self._next())

    def text(self) -> str | None:
        value = self._next()
        return None if value is None else c_string(to_text(value))


def _utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _cut(text: str, count: int, characters: bool) -> tuple[str, int]:
    """The first ``count`` characters ('!' flag) or UTF-8 bytes of a text, and its byte length.

    A cut through a character leaves bytes that are not UTF-8; they read as U+FFFD here,
    but field widths still count the bytes SQLite kept.  The length is -1 when it is just
    that of the returned text.
    """
    if characters or text.isascii():
        return text[:count], -1
    data = text.encode("utf-8", "surrogatepass")[:count]
    return data.decode("utf-8", errors="replace"), len(data)


def _integer_field(spec: _Spec, value: int, width: int, precision: int) -> str:
    conversion = spec.conversion
    prefix = ""
    if conversion in "dir":
        if value < 0:
            value = -value
            prefix = "-"
        else:
            prefix = spec.plus
    else:
        value &= _UNSIGNED_64
    if conversion in _RADIX:
        digit_format, alternate_prefix = _RADIX[conversion]
        digits = format(value, digit_format)
    else:
        digits = str(value)
        alternate_prefix = ""
    if conversion == "r":
        last = value % 10
        digits += _ORDINAL[0 if last >= 4 or (value // 10) % 10 == 1 else last]
    if spec.zero and precision < width - (prefix != ""):
        precision = width - (prefix != "")
    if precision > len(digits):
        digits = digits.rjust(precision, "0")
    if spec.thousands and conversion in "diu":
        head = (len(digits) - 1) % 3 + 1
        digits = ",".join([digits[:head]] + [digits[k:k + 3] for k in range(head, len(digits), 3)])
    if spec.alternate and value != 0:
        return alternate_prefix + prefix + digits
    return prefix + digits


def _quoted_field(spec: _Spec, text: str | None, precision: int) -> tuple[str, int]:
    """%q, %Q and %w: double the quote character, %Q also wraps and spells NULL (see _cut)."""
    quote = '"' if spec.conversion == "w" else "'"
    if text is None:
        text = "NULL" if spec.conversion == "Q" else "(NULL)"
        wrap = False
    else:
        wrap = spec.conversion == "Q"
    size = -1
    if precision >= 0:
        text, size = _cut(text, precision, spec.alternate2)
    doubled = text.replace(quote, quote + quote)
    if wrap:
        doubled = quote + doubled + quote
    return doubled, size if size < 0 else size + len(doubled) - len(text)


def sql_printf(fmt: object = None, *args: object) -> str | None:
    """printf(FORMAT, ...) / format(): missing arguments read as NULL.

    The result is NULL for a NULL format and, as in SQLite, whenever nothing at all was
    written (an empty format, or one that starts with an invalid conversion).
    """
    if fmt is None:
        return None
    fmt = c_string(to_text(fmt))
    arguments = _Arguments(args)
    out: list[str] = []
    size = 0
    for item in _parse(fmt):
        if item.__class__ is str:
            out.append(item)
            size += len(item)
            continue
        if item is _STOP:
            break
        spec: _Spec = item
        width = spec.width
        left = spec.left
        if width == _STAR:
            width = arguments.c_int()
            if width < 0:
                left = True
                width = -width if width >= -2147483647 else 0
        precision = spec.precision
        if precision == _STAR:
            precision = arguments.c_int()
            if precision < 0:
                precision = -precision if precision >= -2147483647 else -1
        conversion = spec.conversion
        if conversion in "feEgG":
            precision = min(precision, _FP_PRECISION_LIMIT)
        if width >= MAX_LENGTH or (precision >= MAX_LENGTH and conversion in "diuxXoprc"):
            return None
        chars_width = False  # width counts characters, not UTF-8 bytes
        length = -1  # the field's length in bytes, when not that of its UTF-8 form
        if conversion in "feEgG":
            field = format_real(arguments.real(), conversion.lower(), precision, spec.plus,
                                 spec.alternate, spec.alternate2, conversion.isupper())
            if spec.zero and not left and len(field) < width and not field.endswith("Inf"):
                sign = 1 if field[0] in "+- " else 0
                field = field[:sign] + "0" * (width - len(field)) + field[sign:]
        elif conversion in "sz":
            field = arguments.text() or ""
            if precision >= 0:
                field, length = _cut(field, precision, spec.alternate2)
            chars_width = spec.alternate2
        elif conversion in "diuxXopr":
            field = _integer_field(spec, arguments.integer(), width, precision)
        elif conversion in "qQw":
            field, length = _quoted_field(spec, arguments.text(), precision)
            chars_width = spec.alternate2
        elif conversion == "c":
            text = arguments.text()
            character = text[0] if text else "\0"
            if precision > 1:
                width -= precision - 1
                if width > 1 and not left:
                    out.append(" " * (width - 1))
                    width = 0
                out.append(character * (precision - 1))
            field = character
            chars_width = True
        elif conversion == "%":
            field = "%"
        else:  # %n stores the output length through a pointer in C; it prints nothing
            field = ""
            width = 0
        if chars_width:
            length = len(field)
        elif length < 0:
            length = _utf8_length(field)
        if width > length:
            padding = " " * (width - length)
            field = field + padding if left else padding + field
        out.append(field)
        size += len(field)
        if size >= MAX_LENGTH:
            return None
    return "".join(out) if out else None

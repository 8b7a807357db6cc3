"""SQLite's printf()/format(): the formatter behind ``sqlite3_str_vappendf``, rebuilt exactly.

Floating-point conversions reproduce SQLite 3.40's own algorithm, which works in the x87
80-bit ``long double`` type: the value is normalised by powers of ten, a rounding constant
is added, and digits are peeled off one at a time.  That is not correct rounding, so
Python's formatting differs from it now and then (``%.2f`` of 2.675 is ``2.68`` in
SQLite).  We emulate the 64-bit-significand arithmetic with Python integers.  It stays
cheap because after the first few digits the emulated steps become exact, and the
remaining digits then come out of one big-integer multiplication.

``sqlite_atof`` is the matching emulation of SQLite's text-to-double routine; ``round()``
and ``quote()`` feed printf output back through it, as SQLite does.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from engine.semantics.values import INT64_MAX, collate_key, float_to_integer, to_integer, to_text

# --- x87 extended precision ----------------------------------------------------------
# A long double is a pair (mantissa, exponent) worth mantissa * 2**exponent, with the
# mantissa below 2**64.  Only non-negative values occur: signs are handled by callers.

LongDouble = tuple[int, int]
_MASK64 = (1 << 64) - 1


def _ld_round(mant: int, exp: int) -> LongDouble:
    """Round mant * 2**exp to a 64-bit significand, ties to even (the x87 default)."""
    extra = mant.bit_length() - 64
    if extra <= 0:
        return mant, exp
    kept = mant >> extra
    rest = mant & ((1 << extra) - 1)
    half = 1 << (extra - 1)
    if rest > half or (rest == half and kept & 1):
        kept += 1
        if kept >> 64:
            kept >>= 1
            extra += 1
    return kept, exp + extra


def _ld(value: float) -> LongDouble:
    """A non-negative finite double, exactly."""
    if value == 0:
        return 0, 0
    numerator, denominator = value.as_integer_ratio()
    return numerator, 1 - denominator.bit_length()


def _ld_add(a: LongDouble, b: LongDouble) -> LongDouble:
    (ma, ea), (mb, eb) = a, b
    if not ma:
        return b
    if not mb:
        return a
    if ea < eb:
        return _ld_round(ma + (mb << (eb - ea)), ea)
    return _ld_round((ma << (ea - eb)) + mb, eb)


def _ld_mul(a: LongDouble, b: LongDouble) -> LongDouble:
    return _ld_round(a[0] * b[0], a[1] + b[1])


def _ld_div(a: LongDouble, b: LongDouble) -> LongDouble:
    (ma, ea), (mb, eb) = a, b
    if not ma:
        return a
    shift = max(0, 66 + mb.bit_length() - ma.bit_length())
    quotient, remainder = divmod(ma << shift, mb)
    # one sticky bit below the quotient makes the rounding of the true quotient exact
    return _ld_round((quotient << 1) | (remainder != 0), ea - eb - shift - 1)


def _ld_ge(a: LongDouble, b: LongDouble) -> bool:
    (ma, ea), (mb, eb) = a, b
    if ea >= eb:
        return (ma << (ea - eb)) >= mb
    return ma >= (mb << (eb - ea))


def _ld_to_float(a: LongDouble) -> float:
    """Store a long double into a double (correctly rounded, as the FPU does)."""
    mant, exp = a
    if exp < 0:
        return mant / (1 << -exp)
    try:
        return float(mant << exp)
    except OverflowError:
        return math.inf


@cache
def _ld_pow10(power: int) -> LongDouble:
    """sqlite3Pow10(): ten to a power by repeated squaring, rounding every product."""
    result, square = _LD_ONE, _LD_TEN
    while True:
        if power & 1:
            result = _ld_mul(result, square)
        power >>= 1
        if power == 0:
            return result
        square = _ld_mul(square, square)


_LD_ONE = _ld(1.0)
_LD_TEN = _ld(10.0)
_LD_1E8 = _ld(1e8)
_LD_1EM8 = _ld(1e-8)
_LD_1E10 = _ld(1e10)
_LD_1E100 = _ld(1e100)
_LD_TENTH = _ld(0.1)
_LD_3EM16 = _ld(3e-16)
_EXACT_SCALE_LIMIT = 10**27  # powers of ten below this fit a 64-bit significand exactly
_POWERS_OF_FIVE = [5**k for k in range(27)]
_ROUNDERS = (5.0e-01, 5.0e-02, 5.0e-03, 5.0e-04, 5.0e-05, 5.0e-06, 5.0e-07, 5.0e-08, 5.0e-09, 5.0e-10)


# --- text to double --------------------------------------------------------------------

_ATOF_LIMIT = (INT64_MAX - 9) // 10


def sqlite_atof(text: str) -> float:
    """The double sqlite3AtoF() reads from the numeric prefix of ``text`` (0.0 if none).

    SQLite keeps at most 18 significant digits and scales by a long-double power of ten,
    so in rare last-bit cases it disagrees with Python's correctly rounded ``float()``.
    """
    n = len(text)
    i = 0
    while i < n and text[i] in " \t\n\v\f\r":
        i += 1
    negative = False
    if i < n and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    significand = 0
    shift = 0
    while i < n and "0" <= text[i] <= "9":
        significand = significand * 10 + ord(text[i]) - 48
        i += 1
        if significand >= _ATOF_LIMIT:
            while i < n and "0" <= text[i] <= "9":
                i += 1
                shift += 1
    if i < n and text[i] == ".":
        i += 1
        while i < n and "0" <= text[i] <= "9":
            if significand < _ATOF_LIMIT:
                significand = significand * 10 + ord(text[i]) - 48
                shift -= 1
            i += 1
    exponent = 0
    if i + 1 < n and text[i] in "eE":
        j = i + 1
        exponent_negative = text[j] == "-"
        if text[j] in "+-":
            j += 1
        while j < n and "0" <= text[j] <= "9":
            exponent = exponent * 10 + ord(text[j]) - 48 if exponent < 10000 else 10000
            j += 1
        if exponent_negative:
            exponent = -exponent
    if significand == 0:
        return -0.0 if negative else 0.0
    exponent += shift
    scale_down = exponent < 0
    exponent = abs(exponent)
    while exponent > 0:  # move powers of ten into the significand while that is exact
        if scale_down:
            if significand % 10:
                break
            significand //= 10
        else:
            if significand >= INT64_MAX // 10:
                break
            significand *= 10
        exponent -= 1
    if exponent == 0:
        result = float(significand)
    elif exponent > 307:
        if exponent >= 342:
            result = 0.0 if scale_down else math.inf
        else:
            scaled = _ld_pow10(exponent - 308)
            if scale_down:
                result = _ld_to_float(_ld_div((significand, 0), scaled)) / 1.0e308
            else:
                result = _ld_to_float(_ld_mul((significand, 0), scaled)) * 1.0e308
    else:
        scaled = _ld_pow10(exponent)
        value = _ld_div((significand, 0), scaled) if scale_down else _ld_mul((significand, 0), scaled)
        result = _ld_to_float(value)
    return -result if negative else result


# --- floating-point conversions ----------------------------------------------------------

_FIXED, _EXPONENT, _GENERIC = "f", "e", "g"


def _next_digits(value: LongDouble, count: int, significant: int) -> str:
    """The next ``count`` digits et_getdigit() peels off ``value`` (< 10).

    After ``significant`` digits SQLite emits only zeros.  Each step is d = int(v);
    v = (v - d) * 10 in long double; once the value's lowest bit is at 2**-60 or above
    the products fit in 64 bits, the steps are exact and the rest is plain arithmetic.
    """
    real = min(count, significant)
    digits = []
    mant, exp = value
    while real > 0 and exp < -60:
        whole = mant >> -exp
        digits.append(chr(48 + whole))
        mant, exp = _ld_round((mant - (whole << -exp)) * 10, exp)
        real -= 1
    text = "".join(digits)
    if real > 0:
        if exp >= 0:
            text += str(mant << exp) + "0" * (real - 1)
        else:
            text += str((mant * 10 ** (real - 1)) >> -exp).zfill(real)
    return text + "0" * (count - min(count, significant))


def _binary_exponent(value: float) -> int:
    """The unbiased exponent field of a double (-1023 for zero and subnormals)."""
    if value < 2.2250738585072014e-308:
        return -1023
    return math.frexp(value)[1] - 1


def _format_float(value: float, conversion: str, precision: int, prefix: str,
                 alternate: bool, alternate2: bool, upper: bool) -> str:
    """One %f/%e/%g conversion without padding; ``prefix`` is '', '+' or ' '."""
    if precision < 0:
        precision = 6
    if value < 0:
        value = -value
        prefix = "-"
    if value == math.inf:
        return prefix + "Inf"
    kind = _FIXED if conversion == "f" else (_EXPONENT if conversion == "e" else _GENERIC)
    if kind is _GENERIC and precision > 0:
        precision -= 1
    index = precision & 0xFFF
    rounder = _ROUNDERS[index % 10]
    while index >= 10:
        rounder *= 1.0e-10
        index -= 10
    real = _ld(value)
    if kind is _FIXED:
        binary_exponent = _binary_exponent(value)
        third = -(-binary_exponent // 3) if binary_exponent < 0 else binary_exponent // 3
        if precision + third < 15:
            rounder = _ld_to_float(_ld_add(_ld_mul(real, _LD_3EM16), _ld(rounder)))
        real = _ld_add(real, _ld(rounder))
    exp10 = 0
    whole = real[0] >> -real[1] if real[1] < 0 else real[0] << real[1]
    if 1 <= whole < _EXACT_SCALE_LIMIT:
        # scale would be an exact power of ten, found by comparing the integer part
        exp10 = len(str(whole)) - 1
        if exp10:
            real = _ld_div(real, (_POWERS_OF_FIVE[exp10], exp10))
    elif real[0]:
        scale = _LD_ONE
        while _ld_ge(real, _ld_mul(_LD_1E100, scale)) and exp10 <= 350:
            scale = _ld_mul(scale, _LD_1E100)
            exp10 += 100
        while _ld_ge(real, _ld_mul(_LD_1E10, scale)) and exp10 <= 350:
            scale = _ld_mul(scale, _LD_1E10)
            exp10 += 10
        while _ld_ge(real, _ld_mul(_LD_TEN, scale)) and exp10 <= 350:
            scale = _ld_mul(scale, _LD_TEN)
            exp10 += 1
        if scale != _LD_ONE:
            real = _ld_div(real, scale)
        while not _ld_ge(real, _LD_1EM8):
            real = _ld_mul(real, _LD_1E8)
            exp10 -= 8
        while not _ld_ge(real, _LD_ONE):
            real = _ld_mul(real, _LD_TEN)
            exp10 -= 1
    if kind is not _FIXED:
        real = _ld_add(real, _ld(rounder))
        if _ld_ge(real, _LD_TEN):
            real = _ld_mul(real, _LD_TENTH)
            exp10 += 1
    if kind is _GENERIC:
        strip_zeros = not alternate
        if exp10 < -4 or exp10 > precision:
            kind = _EXPONENT
        else:
            precision -= exp10
            kind = _FIXED
    else:
        strip_zeros = alternate2
    whole_digits = 0 if kind is _EXPONENT else exp10
    point = precision > 0 or alternate or alternate2
    significant = 26 if alternate2 else 16
    if whole_digits >= 0:
        digits = _next_digits(real, whole_digits + 1 + precision, significant)
        head, tail = digits[:whole_digits + 1], digits[whole_digits + 1:]
    else:  # zeros between the point and the first digit, then the digits
        zeros = -whole_digits - 1
        head = "0"
        tail = "0" * zeros + _next_digits(real, max(precision - zeros, 0), significant)
    body = head + "." + tail if point else head + tail
    if strip_zeros and point:
        body = body.rstrip("0")
        if body.endswith("."):
            body = body + "0" if alternate2 else body[:-1]
    if kind is _EXPONENT:
        sign = "-" if exp10 < 0 else "+"
        body += ("E" if upper else "e") + sign + f"{abs(exp10):02d}"
    return prefix + body


# --- the format string -------------------------------------------------------------------

_STAR = -2  # width or precision taken from the argument list


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
_TOO_BIG = 1_000_000_000  # SQLITE_MAX_LENGTH: longer results become NULL
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


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, as SQLite's sqlite3UpperToLower (it has no Unicode tables)."""
    return text.lower() if text.isascii() else collate_key(text, "NOCASE")


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
        value &= _MASK64
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
        if width >= _TOO_BIG or (precision >= _TOO_BIG and conversion in "diuxXoprc"):
            return None
        chars_width = False  # width counts characters, not UTF-8 bytes
        length = -1  # the field's length in bytes, when not that of its UTF-8 form
        if conversion in "feEgG":
            field = _format_float(arguments.real(), conversion.lower(), precision, spec.plus,
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
        if size >= _TOO_BIG:
            return None
    return "".join(out) if out else None

"""REAL values as text and back, exactly as SQLite 3.40 converts them.

SQLite's floating-point conversions work in the x87 80-bit ``long double`` type: to
print, the value is normalised by powers of ten, a rounding constant is added, and
digits are peeled off one at a time; to read, at most 18 significant digits are scaled
by a long-double power of ten. Neither is correctly rounded, so Python's own routines
differ from them now and then (``%.2f`` of 2.675 is ``2.68`` in SQLite). We emulate the
64-bit-significand arithmetic with Python integers. It stays cheap because after the
first few digits the emulated steps become exact, and the remaining digits then come out
of one big-integer multiplication.

`format_real` is the %f/%e/%g conversion behind printf(); `real_to_text` is how a REAL
becomes TEXT (``%!.15g``); `text_to_real` and `sqlite_atof` read decimal text.
"""

from __future__ import annotations

import math
from functools import cache

from engine.semantics.limits import INT64_MAX

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


def format_real(value: float, conversion: str, precision: int, prefix: str,
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


# --- a REAL as TEXT and TEXT as a REAL -------------------------------------------------------


def text_to_real(text: str) -> float:
    """The REAL SQLite reads from decimal text.

    SQLite converts with its own long-double routine, which agrees with Python's correctly
    rounded float() up to 15 significant digits but not always beyond; longer mantissas go
    through an exact emulation of that routine.
    """
    mantissa = text.split("e")[0].split("E")[0]
    if sum(c.isdigit() for c in mantissa.lstrip(" +-0.")) <= 15:
        return float(text)
    return sqlite_atof(text)


_SMALLEST_NORMAL = 2.2250738585072014e-308


def real_to_text(value: float) -> str:
    """Render a REAL the way SQLite does (``%!.15g``: 15 significant digits, always a dot)."""
    if value != value or value in (math.inf, -math.inf):
        return "Inf" if value > 0 else ("-Inf" if value < 0 else "NaN")
    if value == 0:
        return "0.0"
    digits, exponent = _shortest_digits(value)
    if len(digits) > 15 or abs(value) < _SMALLEST_NORMAL:
        # a subnormal's shortest repr has few digits, but %.15g shows its exact value (1e-320 is 9.99988...e-321)
        return format_real(value, "g", 15, "", alternate=False, alternate2=True, upper=False)
    sign = "-" if value < 0 else ""
    if exponent < -4 or exponent >= 15:
        return f"{sign}{digits[0]}.{digits[1:] or '0'}e{'+' if exponent >= 0 else '-'}{abs(exponent):02d}"
    if exponent < 0:
        return f"{sign}0.{'0' * (-exponent - 1)}{digits}"
    whole = digits[: exponent + 1].ljust(exponent + 1, "0")
    return f"{sign}{whole}.{digits[exponent + 1:] or '0'}"


def _shortest_digits(value: float) -> tuple[str, int]:
    """The significant digits of repr(value) (no trailing zeros) and the decimal exponent of the first."""
    text = repr(abs(value))
    mantissa, _, power = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    exponent = int(power) if power else 0
    stripped = whole.lstrip("0")
    if stripped:
        exponent += len(stripped) - 1
        digits = stripped + fraction
    else:
        significant = fraction.lstrip("0")
        exponent -= len(fraction) - len(significant) + 1
        digits = significant
    return digits.rstrip("0") or "0", exponent

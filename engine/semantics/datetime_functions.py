"""SQLite's date and time functions: date, time, datetime, julianday, unixepoch, strftime.

SQLite 3.40.1 keeps a point in time as ``iJD``, integer milliseconds since the julian
epoch, next to broken-down Y-M-D and h:m:s fields with validity flags, and every
modifier moves between those representations.  Its results (fractional-second rounding,
out-of-range months, which modifier combinations are errors) fall out of exactly when
each conversion happens, so this module follows the same state machine, including C's
truncating integer division, rather than Python's ``datetime`` type.

'now' is read once per statement: the executor wraps each statement in
``statement_clock()``, which pins the ``statement_now`` context variable.
"""

from __future__ import annotations

import re
import struct
import time as _time
from collections.abc import Callable
from contextvars import ContextVar

from engine.semantics.printf import c_string, sql_printf, value_int
from engine.semantics.values import ascii_lower, parse_number, to_text

statement_now: ContextVar[int | None] = ContextVar("statement_now", default=None)

_UNIX_EPOCH_JD = 210866760000000  # iJD of 1970-01-01 00:00:00
_MAX_JD = 464269060799999  # iJD of 9999-12-31 23:59:59.999
_DAY = 86400000
_SPACE = " \t\n\v\f\r"


def _clock() -> int:
    """The current time as iJD, like the unix VFS's xCurrentTimeInt64 (milliseconds, truncated)."""
    return _UNIX_EPOCH_JD + _time.time_ns() // 1_000_000


class statement_clock:
    """Pin 'now' for the duration of one statement, as SQLite does per sqlite3_step(). A class, not a
    generator context manager: every statement enters it, and a generator costs a microsecond more."""

    __slots__ = ("_token",)

    def __enter__(self) -> int:
        now = _clock()
        self._token = statement_now.set(now)
        return now

    def __exit__(self, *exc_info: object) -> None:
        statement_now.reset(self._token)


def mentions_now(value: object) -> bool:
    """Whether a constant time-value argument is 'now' (any case), so a call must not be folded.

    Calls with no time value at all (``date()``, ``strftime('%s')``) read the clock too.
    """
    cls = value.__class__
    if cls is not str and cls is not bytes:
        return False
    return ascii_lower(c_string(to_text(value))) == "now"


def _cdiv(a: int, b: int) -> int:
    """C's integer division, which truncates toward zero."""
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def _cmod(a: int, b: int) -> int:
    return a - b * _cdiv(a, b)


class _DateTime:
    """SQLite's struct DateTime: a time in one or more representations, with validity flags."""

    __slots__ = ("D", "M", "Y", "error", "h", "ijd", "m", "raw", "s", "tz", "tz_set",
                 "valid_hms", "valid_jd", "valid_tz", "valid_ymd")

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """memset(p, 0, sizeof(*p))"""
        self.ijd = self.Y = self.M = self.D = self.h = self.m = self.tz = 0
        self.s = 0.0
        self.valid_jd = self.raw = self.valid_ymd = self.valid_hms = False
        self.valid_tz = self.tz_set = self.error = False

    def copy(self) -> _DateTime:
        other = _DateTime.__new__(_DateTime)
        for name in _DateTime.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def set_error(self) -> None:
        self.clear()
        self.error = True

    def clear_fields(self) -> None:
        """clearYMD_HMS_TZ(): only iJD remains valid."""
        self.valid_ymd = self.valid_hms = self.valid_tz = False

    def set_raw(self, number: float) -> None:
        """A bare number: a julian day if in range, otherwise a candidate unix time."""
        self.s = number
        self.raw = True
        if 0.0 <= number < 5373484.5:
            self.ijd = int(number * 86400000.0 + 0.5)
            self.valid_jd = True

    def set_now(self) -> None:
        now = statement_now.get()
        self.ijd = _clock() if now is None else now
        self.valid_jd = True

    def compute_jd(self) -> None:
        if self.valid_jd:
            return
        if self.valid_ymd:
            year, month, day = self.Y, self.M, self.D
        else:
            year, month, day = 2000, 1, 1
        if year < -4713 or year > 9999 or self.raw:
            self.set_error()
            return
        if month <= 2:
            year -= 1
            month += 12
        a = _cdiv(year, 100)
        b = 2 - a + _cdiv(a, 4)
        x1 = 36525 * (year + 4716) // 100
        x2 = 306001 * (month + 1) // 10000
        self.ijd = (x1 + x2 + day + b) * _DAY - 131716800000  # (.. - 1524.5) * 86400000
        self.valid_jd = True
        if self.valid_hms:
            self.ijd += self.h * 3600000 + self.m * 60000 + int(self.s * 1000 + 0.5)
            if self.valid_tz:
                self.ijd -= self.tz * 60000
                self.valid_ymd = self.valid_hms = self.valid_tz = False

    def compute_ymd(self) -> None:
        if self.valid_ymd:
            return
        if not self.valid_jd:
            self.Y, self.M, self.D = 2000, 1, 1
        elif not 0 <= self.ijd <= _MAX_JD:
            self.set_error()
            return
        else:
            z = (self.ijd + 43200000) // _DAY
            a = int((z - 1867216.25) / 36524.25)
            a = z + 1 + a - _cdiv(a, 4)
            b = a + 1524
            c = int((b - 122.1) / 365.25)
            d = 36525 * (c & 32767) // 100
            e = int((b - d) / 30.6001)
            self.D = b - d - int(30.6001 * e)
            self.M = e - 1 if e < 14 else e - 13
            self.Y = c - 4716 if self.M > 2 else c - 4715
        self.valid_ymd = True

    def compute_hms(self) -> None:
        if self.valid_hms:
            return
        self.compute_jd()
        day_ms = _cmod(self.ijd + 43200000, _DAY)
        self.s = _cmod(day_ms, 60000) / 1000.0
        day_minute = _cdiv(day_ms, 60000)
        self.m = _cmod(day_minute, 60)
        self.h = _cdiv(day_minute, 60)
        self.raw = False
        self.valid_hms = True

    def compute_all(self) -> None:
        self.compute_ymd()
        self.compute_hms()


# --- parsing time values --------------------------------------------------------------

_YMD_RE = re.compile(r"(-?)(\d\d\d\d)-(\d\d)-(\d\d)", re.ASCII)
_HMS_RE = re.compile(r"(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?", re.ASCII)
_ZONE_RE = re.compile(r"([-+])(\d\d):(\d\d)", re.ASCII)


def _parse_timezone(text: str, p: _DateTime) -> bool:
    """An optional trailing '[+-]HH:MM' or 'Z', then nothing but spaces."""
    text = text.lstrip(_SPACE)
    p.tz = 0
    if not text:
        return True
    if text[0] in "Zz":
        text = text[1:]
    else:
        match = _ZONE_RE.match(text)
        if match is None:
            return False
        hours, minutes = int(match[2]), int(match[3])
        if hours > 14 or minutes > 59:
            return False
        p.tz = (minutes + hours * 60) * (-1 if match[1] == "-" else 1)
        text = text[6:]
    p.tz_set = True
    return not text.lstrip(_SPACE)


def _fraction(digits: str) -> float:
    """The fractional seconds as SQLite accumulates them, one double operation per digit."""
    if len(digits) <= 15:  # every intermediate is an exact integer below 2**53
        return float(int(digits)) / 10.0 ** len(digits)
    value, scale = 0.0, 1.0
    for digit in digits:
        value = (value * 10.0 + ord(digit)) - 48.0
        scale *= 10.0
    return value / scale


def _parse_hms(text: str, p: _DateTime) -> bool:
    """HH:MM[:SS[.FFF]] with an optional timezone."""
    match = _HMS_RE.match(text)
    if match is None:
        return False
    hour, minute = int(match[1]), int(match[2])
    second = int(match[3]) if match[3] else 0
    if hour > 24 or minute > 59 or second > 59:
        return False
    p.valid_jd = p.raw = False
    p.valid_hms = True
    p.h, p.m = hour, minute
    p.s = second + _fraction(match[4]) if match[4] else float(second)
    if not _parse_timezone(text[match.end():], p):
        return False
    p.valid_tz = p.tz != 0
    return True


def _parse_ymd(text: str, p: _DateTime) -> bool:
    """[-]YYYY-MM-DD, optionally followed (after spaces or 'T') by a time."""
    match = _YMD_RE.match(text)
    if match is None:
        return False
    year, month, day = int(match[2]), int(match[3]), int(match[4])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    rest = text[match.end():].lstrip(_SPACE + "T")
    if not _parse_hms(rest, p):
        if rest:
            return False
        p.valid_hms = False
    p.valid_jd = False
    p.valid_ymd = True
    p.Y = -year if match[1] else year
    p.M, p.D = month, day
    if p.valid_tz:
        p.compute_jd()
    return True


def _parse_time_value(text: str, p: _DateTime) -> bool:
    if _parse_ymd(text, p) or _parse_hms(text, p):
        return True
    if ascii_lower(text) == "now":
        p.set_now()
        return True
    number = parse_number(text)
    if number is None:
        return False
    p.set_raw(float(number))
    return True


# --- modifiers ---------------------------------------------------------------------------


def _float32(value: float) -> float:
    return struct.unpack("f", struct.pack("f", value))[0]


# 'NNN units': name, limit on NNN and seconds per unit (single-precision in SQLite)
_UNITS = tuple((name, _float32(limit), seconds) for name, limit, seconds in (
    ("second", 4.6427e14, 1.0), ("minute", 7.7379e12, 60.0), ("hour", 1.2897e11, 3600.0),
    ("day", 5373485.0, 86400.0), ("month", 176546.0, 2592000.0), ("year", 14713.0, 31536000.0),
))


def _to_localtime(p: _DateTime) -> None:
    """Shift a UTC time to local time with the C library, mapping years outside 1970-2037."""
    p.compute_jd()
    if p.ijd < _UNIX_EPOCH_JD or p.ijd > 213014145600000:
        x = p.copy()
        x.compute_all()
        year_shift = (2000 + _cmod(x.Y, 4)) - x.Y
        x.Y += year_shift
        x.valid_jd = False
        x.compute_jd()
        seconds = _cdiv(x.ijd, 1000) - 210866760000
    else:
        year_shift = 0
        seconds = _cdiv(p.ijd, 1000) - 210866760000
    local = _time.localtime(seconds)
    p.Y = local.tm_year - year_shift
    p.M, p.D, p.h, p.m = local.tm_mon, local.tm_mday, local.tm_hour, local.tm_min
    p.s = local.tm_sec + _cmod(p.ijd, 1000) * 0.001
    p.valid_ymd = p.valid_hms = True
    p.valid_jd = p.raw = p.valid_tz = p.error = False


def _to_utc(p: _DateTime) -> None:
    """Invert localtime by iteration (at most four guesses), unless a zone was given."""
    if p.tz_set:
        return
    p.compute_jd()
    guess = original = p.ijd
    error = 0
    tries = 0
    while True:
        guess -= error
        local = _DateTime()
        local.ijd = guess
        local.valid_jd = True
        _to_localtime(local)
        local.compute_jd()
        error = value_int(local.ijd - original)  # SQLite 3.40 keeps this in a C int
        if not error or tries >= 3:
            break
        tries += 1
    p.clear()
    p.ijd = guess
    p.valid_jd = True
    p.tz_set = True


def _add_units(text: str, p: _DateTime) -> bool:
    """'[+-]NNN units' and '[+-]HH:MM[:SS[.FFF]]'."""
    n = 1
    while n < len(text) and text[n] != ":" and text[n] not in _SPACE:
        n += 1
    number = parse_number(text[:n])
    if number is None:
        return False
    amount = float(number)
    if text[n:n + 1] == ":":
        offset = _DateTime()
        if not _parse_hms(text if text[0].isdigit() else text[1:], offset):
            return False
        offset.compute_jd()
        offset.ijd -= 43200000
        offset.ijd -= _cdiv(offset.ijd, _DAY) * _DAY
        p.compute_jd()
        p.clear_fields()
        p.ijd += -offset.ijd if text[0] == "-" else offset.ijd
        return True
    unit = text[n:].lstrip(_SPACE)
    length = len(unit)
    if length > 10 or length < 3:
        return False
    if unit[-1] in "sS":
        length -= 1
    unit = ascii_lower(unit[:length])
    p.compute_jd()
    ok = False
    rounder = -0.5 if amount < 0 else 0.5
    for name, limit, seconds in _UNITS:
        if name != unit or not -limit < amount < limit:
            continue
        if name == "month":
            p.compute_all()
            p.M += int(amount)
            carry = _cdiv(p.M - 1, 12) if p.M > 0 else _cdiv(p.M - 12, 12)
            p.Y += carry
            p.M -= carry * 12
            p.valid_jd = False
            amount -= int(amount)
        elif name == "year":
            years = int(amount)
            p.compute_all()
            p.Y += years
            p.valid_jd = False
            amount -= years
        p.compute_jd()
        p.ijd += int(amount * 1000.0 * seconds + rounder)
        ok = True
        break
    p.clear_fields()
    return ok


def _apply_modifier(text: str, p: _DateTime, index: int) -> bool:
    """One modifier; False means the whole call yields NULL."""
    lowered = ascii_lower(text)
    first = lowered[:1]
    if first == "a":
        if lowered != "auto":
            return False
        if index > 1:
            return False
        if not p.raw or p.valid_jd:
            p.raw = False
            return True
        if -210866760000 <= p.s <= 253402300799:  # -4713-11-24 12:00:00 .. 9999-12-31 23:59:59
            real = p.s * 1000.0 + 210866760000000.0
            p.clear_fields()
            p.ijd = int(real + 0.5)
            p.valid_jd = True
            p.raw = False
            return True
        return False
    if first == "j":
        if lowered != "julianday" or index > 1 or not (p.valid_jd and p.raw):
            return False
        p.raw = False
        return True
    if first == "l":
        if lowered != "localtime":
            return False
        _to_localtime(p)
        return True
    if first == "u":
        if lowered == "unixepoch" and p.raw:
            if index > 1:
                return False
            real = p.s * 1000.0 + 210866760000000.0
            if not 0.0 <= real < 464269060800000.0:
                return False
            p.clear_fields()
            p.ijd = int(real + 0.5)
            p.valid_jd = True
            p.raw = False
            return True
        if lowered != "utc":
            return False
        _to_utc(p)
        return True
    if first == "w":
        if not lowered.startswith("weekday "):
            return False
        number = parse_number(text[8:])
        if number is None or not 0.0 <= number < 7.0 or int(number) != number:
            return False
        weekday = int(number)
        p.compute_all()
        p.valid_tz = p.valid_jd = False
        p.compute_jd()
        current = _cmod(_cdiv(p.ijd + 129600000, _DAY), 7)
        if current > weekday:
            current -= 7
        p.ijd += (weekday - current) * _DAY
        p.clear_fields()
        return True
    if first == "s":
        if not lowered.startswith("start of ") or not (p.valid_jd or p.valid_ymd or p.valid_hms):
            return False
        p.compute_ymd()
        p.valid_hms = True
        p.h = p.m = 0
        p.s = 0.0
        p.raw = p.valid_tz = p.valid_jd = False
        what = lowered[9:]
        if what == "month":
            p.D = 1
        elif what == "year":
            p.M = p.D = 1
        elif what != "day":
            return False
        return True
    if first and first in "+-0123456789":
        return _add_units(text, p)
    return False


def _evaluate(args: tuple) -> _DateTime | None:
    """isDate(): the time value and its modifiers, or None when the result is NULL."""
    p = _DateTime()
    if not args:
        p.set_now()
        return p
    value = args[0]
    cls = value.__class__
    if cls is int or cls is float:
        p.set_raw(float(value))
    elif value is None or not _parse_time_value(c_string(to_text(value)), p):
        return None
    for index in range(1, len(args)):
        modifier = args[index]
        if modifier is None or not _apply_modifier(c_string(to_text(modifier)), p, index):
            return None
    p.compute_jd()
    if p.error or not 0 <= p.ijd <= _MAX_JD:
        return None
    return p


def _date_text(p: _DateTime) -> str:
    return f"{'-' if p.Y < 0 else ''}{abs(p.Y):04d}-{p.M:02d}-{p.D:02d}"


def _time_text(p: _DateTime) -> str:
    return f"{p.h:02d}:{p.m:02d}:{int(p.s):02d}"


def sql_julianday(*args: object) -> float | None:
    """julianday(TIMEVALUE, MODIFIER...)"""
    p = _evaluate(args)
    return None if p is None else p.ijd / 86400000.0


def sql_unixepoch(*args: object) -> int | None:
    """unixepoch(TIMEVALUE, MODIFIER...): whole seconds since 1970."""
    p = _evaluate(args)
    return None if p is None else p.ijd // 1000 - 210866760000


def sql_date(*args: object) -> str | None:
    """date(TIMEVALUE, MODIFIER...): YYYY-MM-DD"""
    p = _evaluate(args)
    if p is None:
        return None
    p.compute_ymd()
    return _date_text(p)


def sql_time(*args: object) -> str | None:
    """time(TIMEVALUE, MODIFIER...): HH:MM:SS"""
    p = _evaluate(args)
    if p is None:
        return None
    p.compute_hms()
    return _time_text(p)


def sql_datetime(*args: object) -> str | None:
    """datetime(TIMEVALUE, MODIFIER...): YYYY-MM-DD HH:MM:SS"""
    p = _evaluate(args)
    if p is None:
        return None
    p.compute_all()
    return _date_text(p) + " " + _time_text(p)


def current_value_function(name: str) -> Callable[[], str | None]:
    """The function behind CURRENT_DATE, CURRENT_TIME or CURRENT_TIMESTAMP ('date', 'time', 'datetime')."""
    return {"date": sql_date, "time": sql_time, "datetime": sql_datetime}[name]


def _day_of_year(p: _DateTime) -> int:
    """Days since January 1st of p's year."""
    start = p.copy()
    start.valid_jd = False
    start.M = start.D = 1
    start.compute_jd()
    return _cdiv(p.ijd - start.ijd + 43200000, _DAY)


def _strftime_field(p: _DateTime, code: str) -> str | None:
    """One %-conversion of strftime(); None for a code SQLite 3.40.1 does not know."""
    if code == "Y":
        return f"{p.Y:04d}"
    if code == "m":
        return f"{p.M:02d}"
    if code == "d":
        return f"{p.D:02d}"
    if code == "H":
        return f"{p.h:02d}"
    if code == "M":
        return f"{p.m:02d}"
    if code == "S":
        return f"{int(p.s):02d}"
    if code == "f":
        return sql_printf("%06.3f", min(p.s, 59.999))
    if code == "s":
        return str(p.ijd // 1000 - 210866760000)
    if code == "J":
        return sql_printf("%.16g", p.ijd / 86400000.0)
    if code == "j":
        return f"{_day_of_year(p) + 1:03d}"
    if code == "W":
        monday_based = _cmod(_cdiv(p.ijd + 43200000, _DAY), 7)
        return f"{_cdiv(_day_of_year(p) + 7 - monday_based, 7):02d}"
    if code == "w":
        return str(_cmod(_cdiv(p.ijd + 129600000, _DAY), 7))
    if code == "%":
        return "%"
    return None


def sql_strftime(*args: object) -> str | None:
    """strftime(FORMAT, TIMEVALUE, MODIFIER...) with the conversions of SQLite 3.40.1."""
    if not args or args[0] is None:
        return None
    fmt = c_string(to_text(args[0]))
    p = _evaluate(args[1:])
    if p is None:
        return None
    p.compute_jd()
    p.compute_all()
    out = []
    start = 0
    while True:
        percent = fmt.find("%", start)
        if percent < 0:
            out.append(fmt[start:])
            return "".join(out)
        out.append(fmt[start:percent])
        field = _strftime_field(p, fmt[percent + 1:percent + 2])
        if field is None:
            return None
        out.append(field)
        start = percent + 2

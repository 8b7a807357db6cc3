"""Differential tests of engine.printf (printf/format and sqlite3AtoF) against sqlite3 3.40.1."""

from __future__ import annotations

import math
import sqlite3

import apsw
import pytest
from hypothesis import HealthCheck, assume, given, reject, settings
from hypothesis import strategies as st

from engine.semantics.functions import FUNCTIONS
from engine.semantics.limits import INT64_MAX, INT64_MIN
from engine.semantics.printf import sql_printf
from engine.semantics.real_text import real_to_text, sqlite_atof, text_to_real

SETTINGS = settings(max_examples=300, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
SQLITE = sqlite3.connect(":memory:")
CURRENT_SQLITE = apsw.Connection(":memory:")  # SQLite 3.54


def sqlite_printf(fmt: object, *args: object) -> object:
    try:
        return SQLITE.execute(f"SELECT printf({', '.join('?' * (1 + len(args)))})", (fmt, *args)).fetchone()[0]
    except sqlite3.OperationalError as error:
        if "Could not decode to UTF-8" not in str(error):
            raise
        # SQLite's %.Ns counts bytes and can cut a character in two; no Python str holds that text
        reject()


def assert_printf(fmt: object, *args: object) -> None:
    expected = sqlite_printf(fmt, *args)
    assert sql_printf(fmt, *args) == expected, (fmt, args, expected)


@pytest.mark.parametrize("value", [0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 2.675, 1e15 + 0.5, 0.1, 0.3, 1 / 3,
                                   123456789.987654321, 1e-5, 5e-324, 1e308, 9.999999999999999e22, 0.0, -0.0])
@pytest.mark.parametrize("fmt", ["%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.15f", "%.20f", "%!.20f", "%e",
                                 "%.0e", "%.10E", "%g", "%.0g", "%.3g", "%G", "%#g", "%!g", "%!.15g",
                                 "%!.20e", "%+.3f", "% .3f", "%012.3f", "%-12.3e|", "%#.0f", "%,f"])
def test_float_rounding_examples(fmt: str, value: float) -> None:
    assert_printf(fmt, value)


@pytest.mark.parametrize(("fmt", "args"), [
    ("%d", (5,)), ("%d", ("12abc",)), ("%d", (3.99,)), ("%d", (-3.99,)), ("%d", (1e300,)), ("%i", (INT64_MIN,)),
    ("%u", (-1,)), ("%x", (-1,)), ("%X", (255,)), ("%#x", (255,)), ("%#o", (8,)), ("%#x", (0,)), ("%p", (255,)),
    ("%,d", (-1234567,)), ("%,010d", (1234,)), ("%#010x", (255,)), ("%05d", (-42,)), ("%-05d|", (42,)),
    ("%+d % d", (5, 5)), ("%.3d", (5,)), ("%08.3d", (5,)), ("%lld %ld %l", (1, 2)), ("%r %r %r %r", (1, 2, 13, 22)),
    ("%5.1r|", (3,)), ("%*d|", (5, 42)), ("%-*d|", (5, 42)), ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)),
    ("%.*f", (-2, 3.14159)), ("%*.*f|", ("8", 2.9, 3.14159)), ("%*d|", (4294967301, 1)),
    ("%s", (None,)), ("%s|%s", ("a",)), ("%10s|", ("abc",)), ("%-10s|", ("abc",)), ("%.2s", ("abcdef",)),
    ("%5s|", ("é",)), ("%!5s|", ("é",)), ("%!.1s|", ("éa",)), ("%s", ("a\x00b",)), ("%z", ("z",)),
    ("%s", (1.5,)), ("%s", (b"blob",)), ("%q", ("it's",)), ("%Q", ("it's",)), ("%Q", (None,)), ("%q", (None,)),
    ("%w", ('a"b',)), ("%w", (None,)), ("%.3q", ("a'b'c",)), ("%8Q|", ("x",)), ("%c", ("hello",)),
    ("%c", (None,)), ("%c", ("",)), ("%5c|", ("é",)), ("%5.3c|", ("x",)), ("%-5.3c|", ("x",)), ("%.3c", ("é",)),
    ("%5%|", ()), ("%n|", ()), ("%5n|", ()), ("abc%", ()), ("abc%5", ()), ("ab%Tcd", ()), ("ab%ycd", ()),
    ("%5-d", (1,)), ("%.2.3f", (1.0,)), ("%**d", (1, 2)), ("", ()), ("%T", ()), ("%S", ()), ("%F", (1.0,)),
    ("%d%%", ()), ("%s %d %f", ()), (None, ()), (42, ()), ("a\x00b%d", (1,)), ("%f", (math.inf,)),
    ("%e", (-math.inf,)), ("%010f|", (math.inf,)), ("%+g", (math.inf,)), ("%2000000000d", (1,)),
    ("%.2000000000s", ("a",)), ("%.*f", (4096, 1.0)), ("%.4106g", (1.0,)),
])
def test_examples(fmt: object, args: tuple) -> None:
    assert_printf(fmt, *args)


def test_format_is_printf() -> None:
    assert FUNCTIONS["format"].impl is sql_printf
    assert FUNCTIONS["printf"].impl() is None
    assert SQLITE.execute("SELECT format('%d-%s', 1, 'x')").fetchone()[0] == sql_printf("%d-%s", 1, "x")


# '*' takes widths and precisions from the arguments; those stay small (a huge one makes both
# engines build strings of up to a gigabyte), so the star test draws its own arguments.
SPEC = st.builds(
    lambda flags, width, precision, length, conversion: f"%{flags}{width}{precision}{length}{conversion}",
    st.text(alphabet="-+ #!0,", max_size=3),
    st.sampled_from(["", "1", "5", "12"]),
    st.sampled_from(["", ".", ".0", ".2", ".15"]),
    st.sampled_from(["", "l", "ll"]),
    st.sampled_from("dsgzqQwcouxXfeEGinp%rTy"),
)
FORMATS = st.lists(st.one_of(SPEC, st.sampled_from(["ab", "é", " ", "%%", "|"])), min_size=1, max_size=4).map("".join)
FLOATS = st.floats(allow_nan=False) | st.sampled_from([0.5, 2.5, 1.005, 1e15 + 0.5, -0.0, math.inf, 123.456])
ARGUMENTS = st.one_of(
    st.none(),
    st.integers(-300, 300) | st.integers(INT64_MIN, INT64_MAX),
    FLOATS,
    st.text(max_size=8) | st.sampled_from(["12abc", " 3.5", "-", "it's", 'say "hi"', "日本語"]),
    st.text(max_size=6).map(lambda text: text.encode("utf-8")),
)


def text_form_is_exact(value: object) -> bool:
    """Skip REALs whose %s rendering would expose values.real_to_text's rounding (reported separately)."""
    if value.__class__ is not float:
        return True
    return SQLITE.execute("SELECT CAST(? AS TEXT)", (value,)).fetchone()[0] == real_to_text(value)


@SETTINGS
@given(fmt=FORMATS, args=st.lists(ARGUMENTS, max_size=5))
def test_random_formats_match_sqlite(fmt: str, args: list) -> None:
    assume(all(text_form_is_exact(value) for value in args))
    assert_printf(fmt, *args)


@SETTINGS
@given(flags=st.text(alphabet="-+ #!0,", max_size=2), width=st.sampled_from(["", "5", "*"]),
       precision=st.sampled_from(["", ".*", ".3"]), conversion=st.sampled_from("dxsqfgec%"),
       stars=st.lists(st.integers(-30, 30) | st.sampled_from([INT64_MIN, INT64_MAX, 2**32 + 5, "7x", None, 2.9]),
                      min_size=2, max_size=2),
       value=ARGUMENTS)
def test_star_widths_and_precisions(flags: str, width: str, precision: str, conversion: str, stars: list,
                                    value: object) -> None:
    fmt = f"%{flags}{width}{precision}{conversion}|"
    assume(text_form_is_exact(value))
    assert_printf(fmt, *stars[:fmt.count("*")], value)


@SETTINGS
@given(value=FLOATS | st.integers(INT64_MIN, INT64_MAX).map(float),
       flags=st.text(alphabet="-+ #!0", max_size=2), width=st.sampled_from(["", "8", "25"]),
       precision=st.sampled_from(["", ".0", ".1", ".2", ".5", ".10", ".15", ".17", ".20", ".30"]),
       conversion=st.sampled_from("feEgG"))
def test_float_conversions_match_sqlite(value: float, flags: str, width: str, precision: str,
                                        conversion: str) -> None:
    assert_printf(f"%{flags}{width}{precision}{conversion}", value)


@SETTINGS
@given(value=FLOATS)
def test_text_rendering_of_reals_matches_sqlite(value: float) -> None:
    """%!.15g is how SQLite turns a REAL into TEXT."""
    assert sql_printf("%!.15g", value) == SQLITE.execute("SELECT CAST(? AS TEXT)", (value,)).fetchone()[0]


NUMBER_TEXT = st.one_of(
    st.from_regex(r"\A\s?[+-]?\d{0,25}(\.\d{0,25})?([eE][+-]?\d{1,3})?[a-z ]?\Z"),
    st.sampled_from(["", "-", "+", ".", "1e", "1e+", " .5", "5.", "0e999", "1e400", "-1e400", "1e-400",
                     "123456789012345678901234567890", "0.000000000000000000000000000001", "4.9e-324"]),
    FLOATS.map(repr),
)


@SETTINGS
@given(text=NUMBER_TEXT)
def test_atof_matches_sqlite(text: str) -> None:
    expected = SQLITE.execute("SELECT CAST(? AS REAL)", (text,)).fetchone()[0]
    actual = sqlite_atof(text)
    assert actual == expected and math.copysign(1, actual) == math.copysign(1, expected), text


SHORT_DECIMALS = st.builds(lambda digits, exponent: f"{digits[0]}.{digits[1:] or '0'}e{exponent}",
                           st.integers(1, 10**15 - 1).map(str), st.integers(-330, 308))


@SETTINGS
@given(text=SHORT_DECIMALS)
def test_decimals_of_up_to_15_digits_read_as_sqlite_3_54_reads_them(text: str) -> None:
    """The nearest double, as SQLite 3.54 reads them; 3.40's long-double scaling misses it in the last bit
    now and then (README, "Differences"), and longer decimals are read as 3.40 reads them (above)."""
    [(current,)] = CURRENT_SQLITE.execute(f"SELECT {text}").fetchall()
    assert text_to_real(text) == current == float(text), text


def test_a_short_decimal_3_40_misreads() -> None:
    text = "3.77928322678619e-300"
    assert text_to_real(text) == float(text) == 3.77928322678619e-300
    assert SQLITE.execute(f"SELECT {text}").fetchone()[0] == 3.7792832267861904e-300

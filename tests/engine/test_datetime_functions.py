"""Differential tests of engine.datetime_functions against sqlite3 3.40.1.

Local-time modifiers are compared under several time zones: setting TZ and calling
time.tzset() changes the C library's localtime_r() for SQLite and for Python alike.
"""

from __future__ import annotations

import math
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.semantics import datetime_functions
from engine.semantics.datetime_functions import (
    current_value_function,
    mentions_now,
    sql_date,
    sql_datetime,
    sql_julianday,
    sql_strftime,
    sql_time,
    sql_unixepoch,
    statement_clock,
    statement_now,
)
from engine.semantics.functions import FUNCTIONS

SETTINGS = settings(max_examples=600, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SQLITE = sqlite3.connect(":memory:")
NAMES = ("date", "time", "datetime", "julianday", "unixepoch", "strftime")


def sqlite_call(name: str, args: tuple) -> object:
    return SQLITE.execute(f"SELECT {name}({', '.join('?' * len(args))})", args).fetchone()[0]


def assert_same(name: str, args: tuple) -> None:
    expected = sqlite_call(name, args)
    actual = FUNCTIONS[name].impl(*args)
    assert actual.__class__ is expected.__class__ and actual == expected, (name, args, expected, actual)


@contextmanager
def time_zone(name: str) -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


# --- strategies -------------------------------------------------------------------------------

DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=20)
TIMES = st.builds(
    lambda hour, minute, seconds, zone: f"{hour:02d}:{minute:02d}{seconds}{zone}",
    st.integers(0, 25), st.integers(0, 60),
    st.one_of(st.just(""), st.integers(0, 60).map(":{:02d}".format),
              st.tuples(st.integers(0, 59), DIGITS).map(lambda t: f":{t[0]:02d}.{t[1]}"),
              st.just(":5"), st.just(":30.")),
    st.sampled_from(["", "", "Z", "z", " Z", "+05:30", "-08:00", "+14:00", "+15:00", "-00:00", " +01:00 ",
                     "+1:00", "x", " "]),
)
DATES = st.builds(
    lambda sign, year, month, day, separator, clock: f"{sign}{year:04d}-{month:02d}-{day:02d}{separator}{clock}",
    st.sampled_from(["", "", "", "-"]),
    st.one_of(st.integers(0, 9999), st.integers(1950, 2050), st.sampled_from([0, 1582, 1970, 2000, 2038, 9999])),
    st.integers(0, 13), st.integers(0, 32),
    st.sampled_from(["", " ", "T", "  ", "\t", " T", "t", "x"]),
    st.one_of(st.just(""), TIMES),
)
NUMBERS = st.one_of(
    st.floats(0, 5373484.5), st.integers(0, 5373484), st.floats(-2.2e11, 2.6e11, allow_nan=False),
    st.integers(-(10**12), 10**12),
    st.sampled_from([2460000.5, 0, -1, 0.5, 1.5, 5373484.4999999, 5373484.5, 1700000000, 1e15, 1e300, math.inf]),
)
TIME_VALUES = st.one_of(
    DATES, TIMES, NUMBERS, NUMBERS.map(str), st.none(),
    st.sampled_from(["2025-11-19 08:34:36.842944", "2024-02-29 12:34:56.789", "1969-12-31 23:59:59.999",
                     "0000-01-01", "9999-12-31 23:59:59.999", "-4713-11-24 12:00:00", "2000-01-01 00:00:00.9995",
                     " 2451545.0 ", "1e6", "abc", "", "now ", b"2024-01-01", "2024-01-01T10:00:00.5Z"]),
)
AMOUNTS = st.one_of(st.integers(-1000, 1000).map(str), st.integers(-(10**6), 10**6).map(str),
                    st.floats(-100, 100).map(lambda x: f"{x:.3f}"),
                    st.sampled_from(["+1", "-1", "1.5", "+0.5", "-2.25", "1e2", "+14713", "176545", "-0", "+"]))
UNITS = st.sampled_from(["day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "month",
                         "months", "year", "years", "DAYS", "Day", "daysx", "weeks", "ms", "yearss"])
MODIFIERS = st.one_of(
    st.builds(lambda amount, space, unit: amount + space + unit, AMOUNTS, st.sampled_from([" ", "  ", "", " \t"]),
              UNITS),
    st.builds(lambda sign, clock: sign + clock, st.sampled_from(["+", "-", ""]),
              st.sampled_from(["05:30", "00:00", "24:00", "23:59:59", "01:02:03.456", "5:30", "12:60"])),
    st.sampled_from(["start of month", "start of year", "start of day", "START OF MONTH", "start of week",
                     "start of", "weekday 0", "weekday 1", "weekday 6", "weekday 7", "weekday 3.0", "weekday 3.5",
                     "weekday -1", "Weekday 2", " weekday 2", "unixepoch", "julianday", "auto", "UNIXEPOCH",
                     "Auto", "subsec", "ceiling", "floor", "localtime", "utc", "LOCALTIME", "UTC", "", "x"]),
    st.sampled_from([None, 5, 1.5, b"+1 day"]),
)
FORMATS = st.sampled_from(["%Y-%m-%d %H:%M:%S", "%f", "%J", "%j %W %w %s", "%S.%f", "%%", "%Y", "%e", "abc",
                           "%", "%d/%m", "%H%M", "%u", "%s%", "", None, "%Y\x00%m"])
CALLS = st.tuples(st.sampled_from(NAMES), TIME_VALUES, st.lists(MODIFIERS, max_size=3), FORMATS)


def run(call: tuple) -> None:
    name, value, modifiers, fmt = call
    args = (value, *modifiers)
    assert_same(name, (fmt, *args) if name == "strftime" else args)


@SETTINGS
@given(call=CALLS)
def test_date_functions_match_sqlite(call: tuple) -> None:
    run(call)


@pytest.mark.parametrize("zone", ["America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Europe/London"])
@settings(SETTINGS, max_examples=120)
@given(call=CALLS, local=st.sampled_from([["localtime"], ["utc"], ["localtime", "utc"], ["utc", "localtime"],
                                          ["localtime", "localtime"], ["utc", "utc"]]))
def test_localtime_and_utc_match_sqlite(zone: str, call: tuple, local: list) -> None:
    name, value, modifiers, fmt = call
    with time_zone(zone):
        run((name, value, modifiers[:1] + local, fmt))


@pytest.mark.parametrize(("name", "args"), [
    ("datetime", ("2025-11-19 08:34:36.842944",)), ("strftime", ("%f", "2025-11-19 08:34:36.842944")),
    ("julianday", ("2025-11-19 08:34:36.842944",)), ("datetime", ("2024-01-01 00:00:00.9999",)),
    ("strftime", ("%f", "2024-01-01 00:00:59.9999")), ("strftime", ("%S %f", 2460000.4999999)),
    ("datetime", ("2024-01-01T10:00:00Z",)), ("datetime", ("2024-01-01t10:00:00z",)),
    ("datetime", ("2024-01-01 10:00+05:30",)), ("datetime", ("2024-01-01+05:30",)), ("datetime", ("10:00+05:30",)),
    ("time", ("24:00",)), ("datetime", ("2024-02-30",)), ("date", ("2024-02-30", "+0 days")),
    ("datetime", ("2024-01-31", "+1 month")), ("datetime", ("2024-01-31", "+1.5 month")),
    ("datetime", ("2024-02-29", "+1 year")), ("datetime", ("2024-01-01", "-13 months")),
    ("datetime", ("2024-01-01 10:00", "+05:30")), ("datetime", ("2024-01-01 10:00", "-05:30:15.5")),
    ("datetime", (1700000000, "unixepoch")), ("datetime", ("1700000000", "unixepoch")),
    ("datetime", (1000, "+1 day", "unixepoch")), ("datetime", (1700000000, "auto")), ("datetime", (2460000.5, "auto")),
    ("datetime", (2460000.5, "julianday")), ("datetime", (2460000, "+1 day", "julianday")),
    ("strftime", ("%f", 0.0005, "unixepoch")), ("strftime", ("%f", -0.0005, "unixepoch")),
    ("datetime", (1700000000, "start of day")), ("datetime", ("2024-01-01", "unixepoch")),
    ("datetime", ("2024-03-05", "weekday 0")), ("datetime", ("2024-03-05", "start of year", "weekday 1")),
    ("datetime", ("-0001-01-01 00:00:00",)), ("strftime", ("%Y", "-0001-01-01")), ("datetime", (0,)),
    ("datetime", (0.5,)), ("datetime", (-1,)), ("date", ("9999-12-31", "+1 day")), ("unixepoch", ("2024-01-01",)),
    ("unixepoch", ("2024-01-01 00:00:00.9",)), ("julianday", (0, "start of day", "utc")),
    ("datetime", (1.5, "-2.25 day", "utc")), ("datetime", (1700000000, "localtime")),
    ("strftime", ("%d %f %H %j %J %m %M %s %S %w %W %Y %%", "2024-03-05 14:07:09.123")),
    ("strftime", ("%e", "2024-03-05")), ("strftime", ("%W %j", "2023-01-01")), ("strftime", ("%W", "2024-12-31")),
    ("strftime", ("", "2024-03-05")), ("strftime", ("x%", "2024-03-05")), ("date", (b"",)), ("date", ("",)),
])
def test_examples(name: str, args: tuple) -> None:
    assert_same(name, args)


# --- the clock ------------------------------------------------------------------------------------


def test_now_is_fixed_for_a_statement() -> None:
    assert statement_now.get() is None
    with statement_clock() as now:
        assert statement_now.get() == now
        time.sleep(0.002)
        assert sql_julianday("now") == now / 86400000.0 == sql_julianday()
        assert sql_datetime("now") == sql_datetime() == sql_datetime("NOW") == sql_datetime(b"Now")
        assert sql_date() == sql_date("now") and sql_time() == sql_time("now")
        assert sql_unixepoch() == now // 1000 - 210866760000
        assert sql_strftime("%s") == str(sql_unixepoch("now"))
        with statement_clock() as inner:
            assert statement_now.get() == inner >= now
        assert statement_now.get() == now
    assert statement_now.get() is None


def test_now_follows_the_clock_outside_a_statement() -> None:
    before = SQLITE.execute("SELECT julianday('now')").fetchone()[0]
    ours = sql_julianday("now")
    after = SQLITE.execute("SELECT julianday('now')").fetchone()[0]
    assert before - 1e-7 <= ours <= after + 1e-7
    assert sql_date("now", "start of day") == SQLITE.execute("SELECT date('now')").fetchone()[0]


def test_mentions_now() -> None:
    assert all(mentions_now(value) for value in ("now", "NOW", "nOw", b"now", "now\x00later"))
    assert not any(mentions_now(value) for value in ("now ", " now", "today", "2024-01-01", 5, 1.5, None))


def test_current_value_functions_read_now() -> None:
    with statement_clock():
        assert current_value_function("date")() == sql_date("now")
        assert current_value_function("time")() == sql_time("now")
        assert current_value_function("datetime")() == sql_datetime("now")


def test_registered_as_deterministic_with_any_arity() -> None:
    for name in NAMES:
        function = FUNCTIONS[name]
        assert function.deterministic and function.min_args == 0 and function.max_args is None
        assert function.impl is getattr(datetime_functions, f"sql_{name}")

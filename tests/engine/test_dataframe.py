"""engine.dataframe.to_dataframe: the dtypes a pandas user expects, the values pandas.read_sql gives."""

from __future__ import annotations

import datetime
import math
import sqlite3

import pandas as pd
import pytest

import engine
from engine.dataframe import TEXT_DTYPE, to_dataframe

TEXT = pd.Series(["x"], dtype=TEXT_DTYPE).dtype  # 'str' on pandas 3, 'string' on pandas 2
ROWS = [(1, 1.5, "a", 7, None), (2, None, None, None, None), (3, 2.0, "c", 9, None)]


def sqlite_frame(sql: str) -> pd.DataFrame:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n INTEGER, z)")
    connection.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", ROWS)
    return pd.read_sql(sql, connection)


def test_plain_columns_hold_what_read_sql_gives_with_nullable_dtypes() -> None:
    frame = to_dataframe(["i", "r", "s", "n", "z"], ["INTEGER", "REAL", "TEXT", "INTEGER", None], ROWS)
    assert frame.dtypes.tolist() == ["Int64", "float64", TEXT, "Int64", object]
    expected = sqlite_frame("SELECT * FROM t")
    # read_sql turns an integer column with NULL into floats; ours stays integral with <NA>
    pd.testing.assert_frame_equal(frame.astype({"i": "float64", "n": "float64"}),
                                  expected.astype({"i": "float64", "n": "float64"}), check_dtype=False)
    assert frame["n"].tolist()[:2] == [7, pd.NA]


def test_text_uses_pandas_default_string_dtype() -> None:
    frame = to_dataframe(["s"], ["VARCHAR(10)"], [("x",), (None,)])
    assert frame["s"].dtype == TEXT
    assert frame["s"].isna().tolist() == [False, True]


def test_integers_mixed_with_reals_are_floats_and_null_is_nan() -> None:
    frame = to_dataframe(["x"], [None], [(1,), (2.5,), (None,)])
    assert frame["x"].dtype == "float64"
    assert frame["x"].iloc[0] == 1.0 and math.isnan(frame["x"].iloc[2])


def test_blobs_and_mixed_columns_are_objects() -> None:
    frame = to_dataframe(["b", "m"], ["BLOB", None], [(b"\x00", 1), (None, "one")])
    assert frame.dtypes.tolist() == [object, object]
    assert frame["b"].tolist() == [b"\x00", None] and frame["m"].tolist() == [1, "one"]


@pytest.mark.parametrize(("decltype", "dtype"), [
    ("INTEGER", "Int64"), ("REAL", "float64"), ("TEXT", TEXT_DTYPE), ("TIMESTAMP", "datetime64[ns]"),
    ("BOOLEAN", "boolean"), (None, "object"), ("BLOB", "object"),
])
def test_all_null_and_empty_columns_follow_the_declared_type(decltype: str | None, dtype: str) -> None:
    for rows in ([(None,), (None,)], []):
        frame = to_dataframe(["c"], [decltype], rows)
        assert frame["c"].dtype == pd.Series([], dtype=dtype).dtype, (decltype, rows)
        assert len(frame) == len(rows)


@pytest.mark.parametrize("decltype", ["DATE", "DATETIME", "TIMESTAMP", "timestamp(6)"])
def test_iso_text_in_date_columns_becomes_nanosecond_datetimes(decltype: str) -> None:
    frame = to_dataframe(["t"], [decltype], [("2025-11-19 08:34:36.842944",), (None,), ("2025-11-20",),
                                             ("2025-11-21T01:02:03",)])
    assert frame["t"].dtype == "datetime64[ns]"
    assert frame["t"].tolist()[0] == pd.Timestamp("2025-11-19 08:34:36.842944")
    assert frame["t"].isna().tolist() == [False, True, False, False]


def test_date_columns_with_text_that_is_not_iso_stay_as_they_are() -> None:
    frame = to_dataframe(["t"], ["TIMESTAMP"], [("2025-11-19",), ("yesterday",)])
    assert frame["t"].dtype == TEXT
    assert frame["t"].tolist() == ["2025-11-19", "yesterday"]
    numbers = to_dataframe(["d"], ["DATE"], [(2460000.5,), (None,)])
    assert numbers["d"].dtype == "float64"


def test_time_columns_stay_text_and_undeclared_dates_are_not_guessed() -> None:
    frame = to_dataframe(["t", "u"], ["TIME", None], [("08:00:00", "2025-11-19")])
    assert frame.dtypes.tolist() == [TEXT, TEXT]


def test_time_zones_are_kept() -> None:
    same = to_dataframe(["t"], ["TIMESTAMP WITH TIME ZONE"], [("2025-11-19 08:00:00+02:00",)])
    assert same["t"].iloc[0] == pd.Timestamp("2025-11-19 06:00:00", tz="UTC")
    mixed = to_dataframe(["t"], ["TIMESTAMP WITH TIME ZONE"],
                         [("2025-11-19 08:00:00+02:00",), ("2025-11-19 08:00:00+00:00",)])
    assert str(mixed["t"].dtype) == "datetime64[ns, UTC]"
    assert mixed["t"].tolist() == [pd.Timestamp("2025-11-19 06:00", tz="UTC"), pd.Timestamp("2025-11-19 08:00",
                                                                                            tz="UTC")]


def test_date_objects_from_other_drivers_convert_too() -> None:
    frame = to_dataframe(["d"], ["DATE"], [(datetime.date(2025, 1, 2),), (None,)])
    assert frame["d"].dtype == "datetime64[ns]"


def test_dates_beyond_the_nanosecond_range_stay_as_they_are() -> None:
    frame = to_dataframe(["d"], ["DATE"], [("0001-01-01",)])
    assert frame["d"].tolist() == ["0001-01-01"]


def test_booleans() -> None:
    frame = to_dataframe(["flag", "count", "py"], ["BOOLEAN", "BOOLEAN", None], [(1, 2, True), (0, 0, False),
                                                                                  (None, 1, None)])
    assert frame["flag"].dtype == "boolean" and frame["flag"].tolist() == [True, False, pd.NA]
    assert frame["count"].dtype == "Int64"  # not only 0 and 1: a number after all
    assert frame["py"].dtype == "boolean"


def test_duplicate_names_are_kept_and_integers_beyond_64_bits_stay_exact() -> None:
    frame = to_dataframe(["a", "a", "big"], [None, None, None], [(1, "x", 2**70)])
    assert frame.columns.tolist() == ["a", "a", "big"]
    assert frame.iloc[0].tolist() == [1, "x", 2**70]


def test_fetchdf_of_the_engine_uses_declared_types() -> None:
    connection = engine.connect(None)
    connection.execute("CREATE TABLE t (id INTEGER, at TIMESTAMP, ok BOOLEAN)")
    connection.execute("INSERT INTO t VALUES (1, '2025-11-19 08:00:00', 1), (2, NULL, 0)")
    frame = connection.execute("SELECT id, at, ok, id AS id FROM t").fetchdf()
    assert frame.columns.tolist() == ["id", "at", "ok", "id"]
    assert frame.dtypes.tolist()[:3] == ["Int64", "datetime64[ns]", "boolean"]
    assert frame["at"].isna().tolist() == [False, True]

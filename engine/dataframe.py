"""Result rows as a pandas DataFrame with the dtypes a pandas user expects.

SQLite's values carry no column type, so each column's dtype comes from the values it holds;
the declared type only decides what pandas cannot guess from values: date/time text that should
become datetimes, 0/1 flags that are booleans, and the dtype of a column with no values at all.
``Cursor.fetchdf()`` and the Jupyter magic both use this one conversion.
"""

from __future__ import annotations

import datetime as _datetime
from collections.abc import Sequence

import pandas as pd

# "string" is pandas' NA-backed text dtype on pandas 2 and 3 alike: a NULL is pd.NA (shown <NA>), never NaN
# as in pandas 3's default "str" dtype, which would make a missing name look like a number.
TEXT_DTYPE = "string"

_DATETIME_TYPES = frozenset(("DATE", "DATETIME", "TIMESTAMP", "TIMESTAMPTZ"))
_BOOLEAN_TYPES = frozenset(("BOOLEAN", "BOOL"))


def to_dataframe(names: list[str], decltypes: list[str | None], rows: list[tuple]) -> pd.DataFrame:
    """A DataFrame of ``rows`` with one column per name (duplicates kept), typed as the module explains."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    series = [_column(list(values), decltype) for values, decltype in zip(columns, decltypes, strict=True)]
    frame = pd.concat(series, axis=1, ignore_index=True) if series else pd.DataFrame(index=range(len(rows)))
    frame.columns = list(names)
    return frame


def _type_word(decltype: str | None) -> str:
    """The first word of a declared type, upper-cased: 'TIMESTAMP WITH TIME ZONE' -> 'TIMESTAMP'."""
    if not decltype:
        return ""
    words = decltype.split("(")[0].upper().split()
    return words[0] if words else ""


def _column(values: list, decltype: str | None) -> pd.Series:
    present = [value for value in values if value is not None]
    word = _type_word(decltype)
    if not present:
        return pd.Series(values, dtype=_declared_dtype(decltype), copy=False)
    if word in _DATETIME_TYPES:
        parsed = _datetimes(values, present)
        if parsed is not None:
            return parsed
    kinds = {value.__class__ for value in present}
    if kinds == {bool} or (word in _BOOLEAN_TYPES and kinds <= {int, bool} and set(present) <= {0, 1}):
        return pd.Series(pd.array([None if v is None else bool(v) for v in values], dtype="boolean"))
    if kinds <= {int, bool}:
        try:
            return pd.Series(pd.array(values, dtype="Int64"))
        except (OverflowError, TypeError, ValueError):  # beyond 64 bits: keep Python ints
            return pd.Series(values, dtype=object)
    if kinds <= {int, float}:
        return pd.Series([float("nan") if v is None else v for v in values], dtype="float64")
    if kinds == {str}:
        return pd.Series(values, dtype=TEXT_DTYPE)
    return pd.Series(values, dtype=object)


def _declared_dtype(decltype: str | None) -> str:
    """The dtype of a column without values, from SQLite's affinity rules on the declared type."""
    word = _type_word(decltype)
    if word in _DATETIME_TYPES:
        return "datetime64[ns]"
    if word in _BOOLEAN_TYPES:
        return "boolean"
    upper = (decltype or "").upper()
    if "INT" in upper:
        return "Int64"
    if any(part in upper for part in ("CHAR", "CLOB", "TEXT")):
        return TEXT_DTYPE
    if any(part in upper for part in ("REAL", "FLOA", "DOUB")):
        return "float64"
    return "object"


def _datetimes(values: list, present: Sequence) -> pd.Series | None:
    """Nanosecond datetimes when every value is ISO 8601 text (or a date), else None."""
    if not all(isinstance(value, str | _datetime.date) for value in present):
        return None
    for utc in (False, True):  # mixed offsets only convert to a common zone
        try:
            parsed = pd.to_datetime(pd.Series(values, dtype=object), format="ISO8601", utc=utc)
            return parsed.dt.as_unit("ns")
        except (ValueError, TypeError, OverflowError):  # OutOfBoundsDatetime is a ValueError
            continue
    return None

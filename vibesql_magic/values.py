"""Python and pandas values as the plain values every DB-API driver binds (parameters, DataFrame rows)."""

from __future__ import annotations

import datetime
import decimal
import math

import numpy as np
import pandas as pd

SQL_TYPES = (str, int, float, bytes, type(None))


def plain_value(value: object) -> object:
    """``value`` as None, int, float, str or bytes where it has such a meaning; other values unchanged.

    pandas' missing markers (NaN, NaT, NA) are NULL, numpy scalars become Python ones, timestamps and
    dates become ISO 8601 text (SQLite's date functions read it), timedeltas their text.
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.datetime64 | np.timedelta64):
        value = pd.Timestamp(value) if isinstance(value, np.datetime64) else pd.Timedelta(value)
        if value is pd.NaT:
            return None
    elif isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    return value

"""SQLite's limits that change answers: the 64-bit integer range and the longest text or blob.

A result past ``MAX_LENGTH`` bytes (SQLITE_MAX_LENGTH) fails with "string or blob too big"
in SQLite (printf() gives NULL instead), so functions that grow text or blobs check it
before they build anything.
"""

INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1
MAX_LENGTH = 1_000_000_000

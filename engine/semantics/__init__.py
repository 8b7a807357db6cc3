"""SQLite's semantics, the bottom layer: values and affinity, REAL text conversions, printf, the
scalar and date/time functions, limits, and how values are written back as SQL text.

Imports nothing of the engine but `engine.errors`, so every layer above may use it.
"""

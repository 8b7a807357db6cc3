"""Statements: the database's state and what changes it (dispatch, DDL, DML, transactions' undo).

`dispatch` turns SQL text into a compiled statement and runs it atomically; `ddl` and `dml` change
the `database` through methods that record their undo. Imports `engine.query` to plan, and the
layers below it.
"""

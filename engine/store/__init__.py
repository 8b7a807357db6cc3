"""Storage: the catalog's schema objects, tables' rows and indexes, and the undo log.

Independent of `engine.sql` (its sibling); imports only `engine.semantics` and `engine.errors`.
"""

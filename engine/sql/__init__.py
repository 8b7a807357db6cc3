"""SQL text: splitting scripts, parsing with sqlglot's SQLite dialect, our own parsers for what
sqlglot does not read as SQLite means it, and result column names cut from the text.

Knows nothing of the catalog; imports only `engine.semantics` and `engine.errors`.
"""

"""Facts about the results database that both the runner (which writes it) and the magic (which
shows it) need, kept here so that neither imports the other."""

# Tables that keep the database's own bookkeeping, not results: listings leave them out unless asked.
INTERNAL_TABLES = frozenset({"schema_version"})

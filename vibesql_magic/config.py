"""The magic's settings, as a traitlets Configurable so ``%config VibeSQL.…`` and ipython_config.py set them."""

from __future__ import annotations

from traitlets import Bool, Int, Unicode
from traitlets.config import Configurable


class VibeSQL(Configurable):
    """Settings of the %vibesql / %%vibesql magic."""

    displaylimit = Int(
        30,
        help="Rows shown when a result is rendered (0: all). Display only: the returned DataFrame keeps every "
             "fetched row.",
    ).tag(config=True)
    autolimit = Int(
        0,
        help="At most this many rows are fetched when a query has no --limit (0: no cap); a note says when more "
             "rows exist.",
    ).tag(config=True)
    dump = Unicode(
        "",
        help="The dump the first query loads when no database is loaded. Empty: $VIBESQL_DUMP, else the bundled "
             "notebooks/data/conformance.sql.",
    ).tag(config=True)
    connect = Unicode(
        "",
        help="A --connect target (duckdb:///PATH, sqlite:///PATH, postgresql://…, a connection variable) the first "
             "query opens when no database is loaded, instead of a dump. Empty: a dump if VibeSQL.dump names one, else "
             "$VIBESQL_BACKEND (a target), else $VIBESQL_DUMP or the bundled dump.",
    ).tag(config=True)
    feedback = Bool(
        True,
        help="Print one-line summaries: what a load or save did, rows affected by INSERT/UPDATE/DELETE.",
    ).tag(config=True)
    progress = Bool(True, help="Show a progress bar while a large dump loads.").tag(config=True)
    progress_threshold = Int(
        5_000_000, help="Dumps of at least this many bytes get a progress bar while they load."
    ).tag(config=True)

"""The garbage collector paused while a load builds objects that all live on.

Loading a dump or decoding a snapshot's table allocates millions of row tuples, strings and
dicts, none of them garbage: each automatic collection would walk them all for nothing.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside; afterwards the collector is as it was (a caller's gc.disable stays)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""What the console scripts (``vibesql-slt``, ``vibesql-bench``) share: one-line errors and exit codes.

Exit codes: 2 a usage error (one line on stderr), 130 interrupted by Ctrl-C or SIGTERM
(the command keeps what finished), 1 when stdout was closed under it (``| head``).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable
from typing import Any, NoReturn

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class OneLineParser(argparse.ArgumentParser):
    """argparse with a one-line error instead of usage text."""

    def error(self, message: str) -> NoReturn:
        """Exit 2 with one line, as every other usage error does."""
        self.exit(EXIT_USAGE, f"{self.prog.split()[0]}: error: {message}\n")


def positive_float(text: str) -> float:
    """An argparse type: a number above zero."""
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def positive_int(text: str) -> int:
    """An argparse type: a whole number above zero."""
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def run_command(program: str, command: Callable[[], int], usage_errors: tuple[type[Exception], ...]) -> int:
    """Run a command: its usage errors become one line and exit 2, Ctrl-C and SIGTERM exit 130."""
    previous = signal.signal(signal.SIGTERM, _interrupt)  # a terminated run stops as cleanly as Ctrl-C
    try:
        return command()
    except usage_errors as exc:
        print(f"{program}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{program}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)

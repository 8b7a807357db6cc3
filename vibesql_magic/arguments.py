"""Separating a magic line's options from the SQL after them.

IPython's argument parsing splits a line like a shell would, removing quotes, which would damage SQL
(``WHERE status = 'FAIL'``). So only the leading options go through the magic's parser; the first
word that is neither an option nor an option's value starts the SQL, kept exactly as typed.
"""

from __future__ import annotations

import argparse
import re

from IPython.core.error import UsageError

_WORD = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\S+)""")
_OPTION = re.compile(r"--?[A-Za-z]")


def split_options(parser: argparse.ArgumentParser, line: str) -> tuple[str, str]:
    """``line`` as (its leading options, the SQL that follows them)."""
    actions = parser._option_string_actions  # argparse's map from option strings to their actions
    position = 0
    awaiting: str | int | None = None  # the nargs of an option whose value comes next
    while match := _WORD.match(line, position):
        word = match.group(1)
        if awaiting is not None:
            if not (awaiting == "?" and word.startswith("-")):  # an optional value may be absent
                position = match.end()
            awaiting = None
            continue
        if not _OPTION.match(word):
            break
        option, has_value, _ = word.partition("=")
        action = actions.get(option)
        if action is None:
            raise UsageError(f"unrecognized option {option}; %vibesql? lists the options")
        position = match.end()
        if not has_value and action.nargs != 0:
            awaiting = "?" if action.nargs == "?" else 1
    return line[:position], line[position:].strip()

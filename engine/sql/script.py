"""SQL scripts as text: splitting at top-level semicolons, positions, identifiers, comments.

Everything here works on the text alone, before any parser sees it, so the dispatcher,
the dump reader and error messages agree on where a statement starts and where a
line and column are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.errors import OperationalError


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return line, index - start + 1


def offset_of(text: str, line: int, column: int) -> int:
    """Character offset of a 1-based line and column."""
    index = 0
    for _ in range(line - 1):
        index = text.index("\n", index) + 1
    return index + max(column - 1, 0)


# --- splitting scripts ---------------------------------------------------------------------

SCAN = re.compile(
    r"""'(?:[^']|'')*'?|"(?:[^"]|"")*"?|`[^`]*`?|\[[^\]]*\]?|--[^\n]*|/\*.*?(?:\*/|\Z)|;|[A-Za-z_][A-Za-z_0-9$]*|[^'"`\[;A-Za-z_\-/]+|.""",
    re.DOTALL,
)
_TRIGGER_START = re.compile(r"\s*CREATE\s+(?:TEMP\s+|TEMPORARY\s+)?TRIGGER\b", re.IGNORECASE)


@dataclass(frozen=True)
class StatementText:
    """One statement of a script and where it starts in that script."""

    text: str
    start: int


def split_statements(script: str) -> list[StatementText]:
    """Split a script at top-level semicolons, keeping trigger bodies whole.

    Empty statements (only whitespace and comments) are dropped. A statement's text
    excludes its terminating semicolon.
    """
    statements: list[StatementText] = []
    start = 0
    in_trigger: bool | None = None
    case_depth = 0
    saw_begin = False
    previous_word = ""
    for match in SCAN.finditer(script):
        token = match.group()
        first = token[0]
        if first == ";":
            if in_trigger is None:
                in_trigger = bool(_TRIGGER_START.match(script, CONTENT.match(script, start).end()))
            if in_trigger and not (saw_begin and previous_word == "END" and case_depth == 0):
                previous_word = ";"
                continue
            _append_statement(statements, script, start, match.start())
            start = match.end()
            in_trigger, case_depth, saw_begin, previous_word = None, 0, False, ""
        elif first.isalpha() or first == "_":
            word = token.upper()
            if word == "BEGIN":
                saw_begin = True
            elif word == "CASE":
                case_depth += 1
            elif word == "END" and case_depth:
                case_depth -= 1
                word = "END OF CASE"
            previous_word = word
        elif token.strip() and not token.startswith(("--", "/*")):
            previous_word = token
    _append_statement(statements, script, start, len(script))
    return statements


def _append_statement(statements: list[StatementText], script: str, start: int, end: int) -> None:
    text = script[start:end]
    if has_content(text):
        statements.append(StatementText(text, start))


CONTENT = re.compile(r"(?:\s+|--[^\n]*|/\*.*?\*/)*", re.DOTALL)


def has_content(text: str) -> bool:
    """True if the text holds anything but whitespace and comments."""
    return CONTENT.match(text).end() < len(text)


def content_start(text: str) -> int:
    """Offset of the first character that is not whitespace or a comment."""
    return CONTENT.match(text).end()


def content_text(text: str) -> str:
    """The statement without leading comments and surrounding whitespace."""
    return text[content_start(text):].strip()


def unquote_identifier(name: str) -> str:
    """An identifier as written, without SQL quoting."""
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"`'":
        return name[1:-1].replace(name[0] * 2, name[0])
    if len(name) >= 2 and name[0] == "[" and name[-1] == "]":
        return name[1:-1]
    return name


def syntax_error(message: str, sql: str, index: int) -> OperationalError:
    line, column = line_and_column(sql, index)
    return OperationalError(message, line=line, column=column, sql=sql)

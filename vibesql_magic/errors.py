"""Short error display: the error class, its message and the SQL line with a caret, no Python traceback.

``VibeSQLError`` defines ``_render_traceback_``, which IPython uses instead of a traceback; the kernel
still reports the cell as failed, so nbclient, nbval and papermill stop on it like on any exception.
"""

from __future__ import annotations


class VibeSQLError(Exception):
    """A failure of the magic, shown to the user as the few lines in ``lines``."""

    def __init__(self, lines: list[str], message: str) -> None:
        super().__init__(message)
        self.lines = lines
        self.message = message

    def __str__(self) -> str:
        return "\n".join(self.lines)

    def _render_traceback_(self) -> list[str]:
        return list(self.lines)

    @classmethod
    def brief(cls, error: BaseException | str) -> VibeSQLError:
        """One line: ``Class: message`` for an exception, ``VibeSQLError: text`` for a plain text."""
        if isinstance(error, str):
            return cls([f"VibeSQLError: {error}"], error)
        message = getattr(error, "message", None) or str(error)
        return cls([f"{type(error).__name__}: {message}"], message)

    @classmethod
    def at(cls, kind: str, message: str, source: str, offset: int | None, first_line: int,
           caret: bool = True) -> VibeSQLError:
        """An error pointing into ``source`` (whose first line is line ``first_line`` of the cell).

        The line holding ``offset`` is shown, with a caret under the offending character when ``caret``.
        """
        lines = [f"{kind}: {message}"]
        if offset is not None:
            offset = max(0, min(offset, len(source)))
            line_start = source.rfind("\n", 0, offset) + 1
            line_end = source.find("\n", offset)
            text = source[line_start:] if line_end < 0 else source[line_start:line_end]
            label = f"  line {first_line + source.count(chr(10), 0, offset)}: "
            lines.append(label + text)
            if caret:
                # copy tabs so the caret lines up in any tab width
                indent = "".join(c if c == "\t" else " " for c in source[line_start:offset])
                lines.append(" " * len(label) + indent + "^")
        return cls(lines, message)


def database_error(error: BaseException, source: str, statement_start: int, statement_text: str,
                   first_line: int, shift: int = 0) -> VibeSQLError:
    """A driver's error on one statement of ``source``, located from its ``line``/``column`` if it has them.

    ``shift`` is the length of text the magic put before the statement (``EXPLAIN ``). Without a
    position, or with one in other SQL (a view's or trigger's), the statement's first line is shown,
    so the user sees which statement of the cell failed.
    """
    message = getattr(error, "message", None) or str(error)
    line, column = getattr(error, "line", None), getattr(error, "column", None)
    if line is None or getattr(error, "sql", statement_text) not in (None, statement_text):
        return VibeSQLError.at(type(error).__name__, message, source, statement_start, first_line, caret=False)
    offset = _offset_of(statement_text, line, column or 1) - shift
    return VibeSQLError.at(type(error).__name__, message, source, statement_start + max(offset, 0), first_line,
                           caret=column is not None)


def _offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column of ``text``."""
    start = 0
    for _ in range(line - 1):
        newline = text.find("\n", start)
        if newline < 0:
            break
        start = newline + 1
    return start + column - 1

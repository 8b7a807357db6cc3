"""A failing record's short cause, normalised so that like groups with like.

Engines word the same mistake with different table names, column names, literals and
numbers (``no such column: t1.a`` / ``no such column: tab2.col7``); stripping them leaves
the cause (``no such column: ?``), which is what ``failure_class`` holds and ``analyze``
ranks. Pure functions of the failure's kind and message, so a class never depends on
which run or file it came from.
"""

from __future__ import annotations

import re

_LIMIT = 120
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]\n]*\]")
_NUMBER = re.compile(r"(?<![\w.])[-+]?(?:0x[0-9a-f]+|\d+(?:\.\d*)?(?:e[-+]?\d+)?)(?![\w])", re.IGNORECASE)
# Names: dotted (t1.a), with a digit (tab0, col12), or after words that introduce one, unless the
# next word is plain English ("No function matches the given name", "Table with name ...").
_PLAIN_WORDS = ("matches", "with", "the", "does", "do", "is", "are", "was", "not", "of", "in", "for",
                "that", "has", "have", "already", "exists", "must", "cannot", "can", "and", "or", "to",
                "from", "on", "by", "a", "an", "name", "named", "found", "definition", "expression")
_DOTTED = re.compile(r"\b[A-Za-z_][\w$]*(?:\.[A-Za-z_*][\w$]*)+\b")
_WITH_DIGIT = re.compile(r"\b[A-Za-z_]+\d[\w$]*\b")
_AFTER_NAME_WORD = re.compile(
    r"\b(table|column|function|index|view|trigger|collation|no such \w+:?|named|name|near)(\s+)(?!\?)"
    r"(?!(?:" + "|".join(_PLAIN_WORDS) + r")\b)[A-Za-z_][\w$]*",
    re.IGNORECASE)


def normalize_message(message: str) -> str:
    """The message's first line with literals, names and numbers replaced by ``?``, whitespace collapsed."""
    first = next((line for line in message.splitlines() if line.strip()), "")
    text = _QUOTED.sub("?", first)
    text = _DOTTED.sub("?", text)
    text = _WITH_DIGIT.sub("?", text)
    text = _NUMBER.sub("?", text)
    text = _AFTER_NAME_WORD.sub(lambda match: f"{match.group(1)}{match.group(2)}?", text)
    text = " ".join(text.split())
    return text if len(text) <= _LIMIT else text[:_LIMIT - 3] + "..."


def failure_class(kind: str, message: str = "", *, row_count_differs: bool = False) -> str:
    """The class of a failure of ``kind`` (the executor's kinds); ``message`` is the engine's error, if any."""
    if kind in ("statement failed", "query failed"):
        return f"{kind}: {normalize_message(message) or 'no message'}"
    if kind.endswith("but an error was expected"):
        return "expected an error"
    if kind.endswith("error did not match"):
        return f"wrong error: {normalize_message(message) or 'no message'}"
    if kind == "wrong number of result columns":
        return "wrong column count"
    if kind == "query result mismatch":
        return "wrong row count" if row_count_differs else "wrong values"
    return kind  # "timeout" (the record running when its file's time ran out), "invalid record", "label mismatch"

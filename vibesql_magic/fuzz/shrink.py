"""Cut a failing script down: drop statements, rows of multi-row INSERTs, then parts of the failing
statement itself (clauses, result items, joins, parenthesised expressions), while it still fails the same way."""

from __future__ import annotations

import hashlib
import itertools
import re
import time
from collections.abc import Callable, Iterator

_LITERAL = re.compile(r"'(?:[^']|'')*'|x'[0-9a-fA-F]*'|\b\d+(?:\.\d+)?(?:e[-+]?\d+)?\b")
_NAME = re.compile(r"^(?:[tcais]\d*|[wrxn])$")  # the grammar's tables, columns, aliases and CTE names
_SETUP_FEATURES = {"TRIGGER", "WITHOUT", "INDEX", "UNIQUE", "PRIMARY", "DESC", "NOCASE", "RTRIM", "DEFAULT", "NOT",
                   "IGNORE", "REPLACE"}
_CLAUSE_ENDS = {"GROUP", "ORDER", "LIMIT", "UNION", "INTERSECT", "EXCEPT", "WINDOW", "HAVING"}
_JOIN_WORDS = {"JOIN", "LEFT", "RIGHT", "FULL", "INNER", "CROSS"}
_LITERALS = ("NULL", "0", "1")


def signature(kind: str, script: list[str] | str, detail: str) -> str:
    """Findings are one when they share a kind, the words of the (minimized) failing statement other than
    names and literals, a few schema features of the setup, and the error text with names and numbers elided."""
    statements = [script] if isinstance(script, str) else script
    words = {word.upper() for word in re.findall(r"[A-Za-z_]+", _LITERAL.sub(" ", statements[-1]))
             if not _NAME.match(word)}
    setup = {word.upper() for statement in statements[:-1] for word in re.findall(r"[A-Za-z_]+", statement)}
    features = sorted(words) + sorted(setup & _SETUP_FEATURES)
    errors = re.findall(r"error ('[^']*'|\"[^\"]*\")", detail)
    error = " ".join(re.sub(r"\b[tcais]\d+\b|\d+", "?", text) for text in errors)
    return hashlib.sha1(f"{kind}|{' '.join(features)}|{error}".encode()).hexdigest()[:12]


def minimize(statements: list[str], fails: Callable[[list[str]], bool], attempts: int = 400,
             seconds: float = 30.0) -> list[str]:
    """The smallest script found (greedy, at most ``attempts`` replays within ``seconds``) for which
    ``fails`` holds."""
    current = list(statements)
    budget = [attempts]
    deadline = time.monotonic() + seconds

    def still_fails(candidate: list[str]) -> bool:
        budget[0] -= 1
        if time.monotonic() > deadline:
            budget[0] = 0
        return budget[0] >= 0 and fails(candidate)

    changed = True
    while changed and budget[0] > 0:
        changed = False
        for index in range(len(current) - 1, -1, -1):
            candidate = current[:index] + current[index + 1 :]
            if candidate and still_fails(candidate):
                current, changed = candidate, True
        for index, statement in enumerate(current):
            for shorter in _fewer_rows(statement):
                candidate = [*current[:index], shorter, *current[index + 1 :]]
                if still_fails(candidate):
                    current[index], changed = shorter, True
                    break
        while budget[0] > 0:  # the failing statement, one reduction at a time, smallest text first
            for shorter in reductions(current[-1]):
                if still_fails([*current[:-1], shorter]):
                    current[-1], changed = shorter, True
                    break
            else:
                break
    return current


def _fewer_rows(statement: str) -> list[str]:
    """The INSERT with one of its VALUES rows left out, for each row."""
    head, found, tail = statement.partition(" VALUES ")
    if not found or not head.lstrip().upper().startswith(("INSERT", "REPLACE")):
        return []
    rows = [text for text, kind in _tokens(tail) if kind == "group"]
    if len(rows) < 2:
        return []
    return [f"{head} VALUES " + ", ".join(rows[:i] + rows[i + 1 :]) for i in range(len(rows))]


def _tokens(text: str) -> list[tuple[str, str]]:
    """The text at depth 0: strings, parenthesised groups (whole), words, commas and other characters."""
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        character = text[position]
        if character == "'" or (character in "xX" and text[position + 1 : position + 2] == "'"):
            end = text.index("'", position + 1 + (character != "'"))
            while text[end + 1 : end + 2] == "'":
                end = text.index("'", end + 2)
            tokens.append((text[position : end + 1], "string"))
            position = end + 1
        elif character == "(":
            depth, end = 0, position
            while True:
                if text[end] == "'":
                    end = text.index("'", end + 1)
                elif text[end] == "(":
                    depth += 1
                elif text[end] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            tokens.append((text[position : end + 1], "group"))
            position = end + 1
        elif character.isalnum() or character in "_.":
            match = re.match(r"[\w.]+", text[position:])
            tokens.append((match.group(), "word"))
            position += len(match.group())
        else:
            tokens.append((character, "space" if character.isspace() else "other"))
            position += 1
    return tokens


def reductions(statement: str) -> Iterator[str]:
    """Smaller statements, largest cut first: each candidate is shorter than the statement."""
    seen = {statement}
    candidates = sorted({candidate.strip() for candidate in _reduce(statement)}, key=len)
    for candidate in candidates:
        if candidate not in seen and len(candidate) < len(statement):
            seen.add(candidate)
            yield candidate


def _reduce(text: str) -> Iterator[str]:
    tokens = _tokens(text)
    words = [(index, token.upper()) for index, (token, kind) in enumerate(tokens) if kind == "word"]

    def without(start: int, end: int) -> str:
        return "".join(token for token, _ in tokens[:start]).rstrip() + " " + \
            "".join(token for token, _ in tokens[end:]).lstrip()

    def next_stop(after: int, stops: set[str]) -> int:
        return next((index for index, word in words if index > after and word in stops), len(tokens))

    for index, word in words:
        if word in ("WHERE", "HAVING", "ON"):
            yield without(index, next_stop(index, _CLAUSE_ENDS | _JOIN_WORDS | {"WHERE"}))
        if word in ("UNION", "INTERSECT", "EXCEPT"):
            yield without(index, next_stop(index, {"ORDER", "LIMIT"}))
            yield "".join(token for token, _ in tokens[index + 1 :]).lstrip().removeprefix("ALL ")
        if word in _JOIN_WORDS and (index < 2 or tokens[index - 2][1] != "word" or
                                    tokens[index - 2][0].upper() not in _JOIN_WORDS):
            yield without(index, next_stop(index + 2, _CLAUSE_ENDS | {"WHERE", "LEFT", "RIGHT", "FULL", "INNER",
                                                                       "CROSS", "JOIN"}))
        if word in ("ORDER", "GROUP", "LIMIT", "OFFSET", "DISTINCT", "PARTITION"):
            yield without(index, next_stop(index + 1, _CLAUSE_ENDS | {"WHERE", "ROWS", "RANGE", "GROUPS", "OFFSET"}))
    commas = [index for index, (token, _) in enumerate(tokens) if token == ","]
    selects = [index for index, word in words if word == "SELECT"]
    for select in selects[:1]:
        end = next_stop(select, {"FROM"} | _CLAUSE_ENDS)
        items = [select] + [comma for comma in commas if select < comma < end] + [end]
        if len(items) > 2:
            for first, last in itertools.pairwise(items):
                yield without(first + (first == select), last + (first == select and last != end))
    for index, (token, kind) in enumerate(tokens):
        if kind == "word" and "." in token:  # a column: a literal in its place
            for literal in _LITERALS[:2]:
                yield "".join(t for t, _ in tokens[:index]) + literal + "".join(t for t, _ in tokens[index + 1 :])
        if kind != "group":
            continue
        named = index > 0 and tokens[index - 1][1] == "word" and tokens[index - 1][0].upper() not in (
            "IN", "EXISTS", "AS", "VALUES", "OVER", "FROM", "JOIN", "ON", "WHERE", "AND", "OR", "NOT")
        start = index - 1 if named else index
        head = "".join(t for t, _ in tokens[:start])
        tail = "".join(t for t, _ in tokens[index + 1 :])
        inner = token[1:-1]
        for literal in _LITERALS:
            yield head + literal + tail
        for part in _parts(inner):
            yield head + part + tail
        for smaller in _reduce(inner):
            yield head + (tokens[start][0] if named else "") + "(" + smaller.strip() + ")" + tail


def _parts(inner: str) -> Iterator[str]:
    """The operands of a parenthesised expression: its groups, calls, columns and literals at depth 0."""
    tokens = _tokens(inner)
    for index, (token, kind) in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ("", "")
        if kind == "word" and following[1] == "group":
            yield token + following[0]
        elif kind in ("group", "string") or (kind == "word" and ("." in token or token[0].isdigit())):
            yield token

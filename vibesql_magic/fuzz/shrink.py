"""Cut a failing script down: drop statements, then rows of multi-row INSERTs, while it still fails the same way."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

_LITERAL = re.compile(r"'(?:[^']|'')*'|x'[0-9a-fA-F]*'|\b\d+(?:\.\d+)?(?:e[-+]?\d+)?\b")


def signature(kind: str, statement: str, detail: str) -> str:
    """Findings that share a kind, a statement shape (literals elided) and an error text are one."""
    shape = _LITERAL.sub("?", statement)
    words = " ".join(re.findall(r"[A-Za-z_]+", shape)[:12])
    error = re.sub(r"\d+|'[^']*'", "?", detail.split(" ours ")[-1])[:60] if "error" in detail else ""
    return hashlib.sha1(f"{kind}|{words}|{error}".encode()).hexdigest()[:12]


def minimize(statements: list[str], fails: Callable[[list[str]], bool], attempts: int = 300) -> list[str]:
    """The smallest script found (greedy, one statement or row at a time, at most ``attempts`` replays)
    for which ``fails`` holds."""
    current = list(statements)
    budget = [attempts]

    def still_fails(candidate: list[str]) -> bool:
        budget[0] -= 1
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
    return current


def _fewer_rows(statement: str) -> list[str]:
    """The INSERT with one of its VALUES rows left out, for each row."""
    head, found, tail = statement.partition(" VALUES ")
    if not found or not head.lstrip().upper().startswith(("INSERT", "REPLACE")):
        return []
    rows, depth, start = [], 0, 0
    for position, character in enumerate(tail):
        if character == "'":
            depth ^= 1 << 8  # inside a string: parentheses do not count
        elif depth < 1 << 8:
            if character == "(":
                depth += 1
                if depth == 1:
                    start = position
            elif character == ")":
                depth -= 1
                if depth == 0:
                    rows.append(tail[start : position + 1])
    if len(rows) < 2:
        return []
    return [f"{head} VALUES " + ", ".join(rows[:i] + rows[i + 1 :]) for i in range(len(rows))]

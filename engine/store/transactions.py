"""Transactions as an undo log: every change records how to reverse itself.

The database is in memory, so atomicity is all a transaction has to give: ROLLBACK (and
a failing statement, and a failing dump load) replays the undo records newer than its
mark in reverse. Savepoints are named marks in the same log. Outside an explicit
transaction each statement commits when it succeeds, which empties the log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from engine.errors import OperationalError


@dataclass
class Savepoint:
    name: str
    mark: int
    opened_transaction: bool  # a SAVEPOINT outside a transaction starts one


class UndoLog:
    def __init__(self) -> None:
        self._records: list[Callable[[], None]] = []
        self.savepoints: list[Savepoint] = []
        self.in_transaction = False

    def record(self, undo: Callable[[], None]) -> None:
        self._records.append(undo)

    def mark(self) -> int:
        return len(self._records)

    def rollback_to_mark(self, mark: int) -> None:
        records = self._records
        while len(records) > mark:
            records.pop()()

    # -- statement boundaries --

    def statement_succeeded(self) -> None:
        """Outside a transaction a successful statement is committed at once."""
        if not self.in_transaction:
            self._records.clear()

    # -- SQL transaction control --

    def begin(self) -> None:
        if self.in_transaction:
            raise OperationalError("cannot start a transaction within a transaction")
        self.in_transaction = True

    def commit(self, explicit: bool = True) -> None:
        if not self.in_transaction:
            if explicit:
                raise OperationalError("cannot commit - no transaction is active")
            return
        self._records.clear()
        self.savepoints.clear()
        self.in_transaction = False

    def rollback(self, explicit: bool = True) -> None:
        if not self.in_transaction:
            if explicit:
                raise OperationalError("cannot rollback - no transaction is active")
            return
        self.rollback_to_mark(0)
        self.savepoints.clear()
        self.in_transaction = False

    def savepoint(self, name: str) -> None:
        opened = not self.in_transaction
        self.in_transaction = True
        self.savepoints.append(Savepoint(name, self.mark(), opened))

    def _find(self, name: str) -> int:
        for position in range(len(self.savepoints) - 1, -1, -1):
            if self.savepoints[position].name.lower() == name.lower():
                return position
        raise OperationalError(f"no such savepoint: {name}")

    def release(self, name: str) -> None:
        position = self._find(name)
        opened = self.savepoints[position].opened_transaction
        del self.savepoints[position:]
        if opened:
            self.commit()

    def rollback_to(self, name: str) -> None:
        position = self._find(name)
        self.rollback_to_mark(self.savepoints[position].mark)
        del self.savepoints[position + 1:]

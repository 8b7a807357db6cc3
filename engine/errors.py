"""The PEP 249 exception hierarchy, shared by every layer of the engine.

Errors that come from SQL text carry the position they refer to, so tools on top
(the dump loader, the magic) can show ``path:line:column`` and a caret.
"""

from __future__ import annotations


class Warning(Exception):
    """Important warnings, such as data truncation (PEP 249)."""


class Error(Exception):
    """Base class of every error the engine raises (PEP 249)."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None,
                 sql: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.sql = sql

    def __str__(self) -> str:
        return self.message


class InterfaceError(Error):
    """Misuse of the interface: a closed cursor, a wrong number of parameters."""


class DatabaseError(Error):
    """Errors related to the database."""


class DataError(DatabaseError):
    """A value is out of range or cannot be represented (integer overflow in SUM)."""


class OperationalError(DatabaseError):
    """The database cannot do what was asked: unknown table, bad dump, interrupted run."""


class IntegrityError(DatabaseError):
    """A constraint is violated: NOT NULL, UNIQUE, PRIMARY KEY, CHECK, FOREIGN KEY, or a STRICT column's type.
    One class, as sqlite3's: what the statement does about it is said by the flags below."""

    keep_statement_changes = False  # the statement's earlier changes stay (OR FAIL, or no statement journal)
    datatype_error = False  # a STRICT column's type: an ABORT whatever the statement's policy


class InternalError(DatabaseError):
    """The engine reached a state it should never reach."""


class ProgrammingError(DatabaseError):
    """The SQL is wrong: a syntax error, a wrong number of parameters."""


class NotSupportedError(DatabaseError):
    """Valid SQL that this engine does not implement."""


def raised_error(message: str, action: str) -> IntegrityError:
    """RAISE(ABORT | FAIL | ROLLBACK, message) in a trigger program: SQLite's constraint error with the
    trigger's message. FAIL keeps the statement's earlier changes; ROLLBACK ends the transaction."""
    error = IntegrityError(message)
    error.keep_statement_changes = action == "FAIL"
    error.rollback_transaction = action == "ROLLBACK"
    return error


class TriggerIgnore(Exception):
    """RAISE(IGNORE): the trigger program ends and the change of the row that fired it is abandoned."""

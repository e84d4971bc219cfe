"""The typed error hierarchy: each error has a stable `code`, its parameters and an English message.

Front ends map codes to translated text; the CLI maps error classes to exit codes (SPEC §8).
"""

from __future__ import annotations

from typing import Any


class KlaraError(Exception):
    """Base of every expected error. `code` is stable; `params` fill the message template."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None, **params: Any):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationFailed(KlaraError):
    """Input that breaks a rule: a malformed IMEI, a duplicate serial, a price below zero..."""

    code = "validation_failed"


class InvalidTransition(KlaraError):
    """A lifecycle action that the asset's status or a guard does not allow."""

    code = "invalid_transition"


class PermissionDenied(KlaraError):
    """The operator lacks the permission the use case needs."""

    code = "permission_denied"


class NotFound(KlaraError):
    """A tag, person, incident... that does not exist."""

    code = "not_found"
    exit_code = 3


class Conflict(KlaraError):
    """The record was changed by someone else since it was read (optimistic locking)."""

    code = "conflict"


class DatabaseProblem(KlaraError):
    """The database cannot be used: locked, read-only, corrupt, unreachable or from a newer version."""

    code = "database_problem"


class VerificationFailed(KlaraError):
    """A check (activity log chain, certificate) did not pass."""

    code = "verification_failed"


class DatabaseUnavailable(DatabaseProblem):
    """The database cannot be reached now (server down, connection lost, file locked): nothing changed."""

    code = "db_unavailable"
    exit_code = 4

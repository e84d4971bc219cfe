"""`ServiceContext`: what every use case needs, passed in by the composition root (no singletons)."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import peewee

from klara_assets.domain.errors import Conflict, DatabaseProblem, KlaraError, ValidationFailed
from klara_assets.domain.permissions import Operator, Permission
from klara_assets.persistence import eventlog
from klara_assets.persistence.database import describe, is_read_only, mark_write, translated_errors


def utc_now() -> datetime:
    """Naive UTC, the form every time is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class ServiceContext:
    db: peewee.Database
    url: str
    actor: str
    clock: Callable[[], datetime] = field(default=utc_now)
    # Who acts. By default the OS user (`actor`) with every role: a personal SQLite file. The front ends
    # replace it with a logged-in operator account when login is required (always in shared mode).
    operator: Operator | None = None

    def __post_init__(self) -> None:
        if self.operator is None:
            self.operator = Operator.personal(self.actor)

    @property
    def who(self) -> Operator:
        assert self.operator is not None
        return self.operator

    def as_operator(self, operator: Operator) -> ServiceContext:
        """The same database, acting as `operator`: the activity log records its login."""
        return dataclasses.replace(self, actor=operator.login, operator=operator)

    def require(self, permission: Permission) -> None:
        """First line of every mutating service: `PermissionDenied` names the permission and the operator.

        A read-only database (issue 11 §5) refuses here, before any work, with the reason."""
        mark_write()
        if is_read_only(self.db):
            raise DatabaseProblem(
                f"{describe(self.url)} is read-only (a read-only medium or `mode=ro`): nothing can be changed.",
                code="db_read_only",
            )
        self.who.require(permission)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The user's calendar day, from the same clock (stored times are UTC; days are local)."""
        return self.clock().replace(tzinfo=UTC).astimezone().date()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One use case = one transaction; driver errors become readable `KlaraError`s."""
        mark_write()
        with translated_errors(self.url):
            try:
                with self.db.atomic():
                    yield
            except peewee.IntegrityError as exc:
                raise integrity_error(exc) from exc
            except peewee.OperationalError as exc:
                # A full disk makes SQLite roll the transaction back itself; peewee's own rollback then fails
                # ("no such savepoint" in a nested transaction, "no transaction is active" in the outer one). The
                # user is told the real cause, not the failed rollback.
                cause = _real_cause(exc)
                if cause is not exc and isinstance(cause, peewee.DatabaseError | sqlite3.DatabaseError | KlaraError):
                    raise cause from None
                raise

    def log(self, events: Iterable[eventlog.NewEvent]) -> None:
        eventlog.append(self.db, self.now(), self.actor, events)


_FAILED_ROLLBACK = ("no transaction is active", "no such savepoint")


def _real_cause(exc: BaseException) -> BaseException | None:
    """The error that made the rollback fail: down the chain of failed rollbacks (and their translations)."""
    cause: BaseException | None = exc
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen and any(words in str(cause) for words in _FAILED_ROLLBACK):
        seen.add(id(cause))
        cause = cause.__context__
    return cause


def integrity_error(exc: peewee.IntegrityError) -> ValidationFailed | Conflict:
    """The database's own refusal (UNIQUE, CHECK, foreign key), when a service check did not see it first.

    This happens when another seat wrote the same value between our check and our write.
    """
    text = str(exc).lower()
    for column in ("tag", "serial", "imei2", "imei", "email", "number", "name"):
        if column in text and ("unique" in text or "duplicate" in text):
            return Conflict(
                f"Another record already uses this {column} (saved by someone else meanwhile).",
                code=f"duplicate_{column}",
                field=column,
            )
    return ValidationFailed(f"The database refused the change: {exc}", code="integrity")

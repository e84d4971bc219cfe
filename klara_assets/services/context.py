"""`ServiceContext`: what every use case needs, passed in by the composition root (no singletons).

The window may give it the database as an `opener` instead: the models are then bound, and peewee imported,
when a service first uses `ctx.db`, on the worker, after the first page shows (issue 18); the copies made by
`as_operator` share that one database.
"""

from __future__ import annotations

import contextlib
import copy
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from klara_assets.domain.errors import Conflict, DatabaseProblem, KlaraError, ValidationFailed
from klara_assets.domain.permissions import Operator, Permission
from klara_assets.persistence.opening import describe, is_read_only, mark_write

if TYPE_CHECKING:
    import peewee

    from klara_assets.persistence import eventlog


def utc_now() -> datetime:
    """Naive UTC, the form every time is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


class _Database:
    """The context's database, opened by `opener` on first use (once, whichever thread asks first)."""

    def __init__(self, db: peewee.Database | None, opener: Callable[[], peewee.Database] | None, read_only: bool):
        assert db is not None or opener is not None, "a database or its opener"
        self.db, self.opener, self.read_only = db, opener, read_only
        self.lock = threading.Lock()

    def get(self) -> peewee.Database:
        if self.db is None:
            with self.lock:
                if self.db is None:
                    assert self.opener is not None
                    self.db = self.opener()
        return self.db


class ServiceContext:
    """`db` (or `opener`, with `read_only` as the opened database will be), `url`, `actor`, the clock, and who
    acts: by default the OS user (`actor`) with every role, a personal SQLite file. The front ends replace it
    with a logged-in operator account when login is required (always in shared mode)."""

    def __init__(
        self,
        db: peewee.Database | None,
        url: str,
        actor: str,
        clock: Callable[[], datetime] = utc_now,
        operator: Operator | None = None,
        *,
        opener: Callable[[], peewee.Database] | None = None,
        read_only: bool = False,
    ):
        self._database = _Database(db, opener, is_read_only(db) if db is not None else read_only)
        self.url, self.actor, self.clock = url, actor, clock
        self.operator: Operator | None = operator if operator is not None else Operator.personal(actor)

    @property
    def db(self) -> peewee.Database:
        return self._database.get()

    @property
    def opened(self) -> bool:
        """The database was opened (an opener given is called on the first use of `db`)."""
        return self._database.db is not None

    @property
    def read_only(self) -> bool:
        """The database refuses every change (a read-only medium, `mode=ro`): known before it is opened."""
        return is_read_only(self._database.db) if self.opened else self._database.read_only

    @property
    def who(self) -> Operator:
        assert self.operator is not None
        return self.operator

    def as_operator(self, operator: Operator) -> ServiceContext:
        """The same database, acting as `operator`: the activity log records its login."""
        acting = copy.copy(self)
        acting.actor, acting.operator = operator.login, operator
        return acting

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
        import peewee  # loaded with the database (`self.db`)

        from klara_assets.persistence.database import translated_errors

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
        from klara_assets.persistence import eventlog

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

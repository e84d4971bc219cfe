"""The database binding: `connect(url)` opens SQLite or PostgreSQL; `open_database()` also migrates.

SQLite runs in WAL mode with foreign keys on and a busy timeout. Migrations are the numbered scripts of
`db/migrations/` applied with playhouse's runner, each in a transaction; a SQLite file is copied aside
before an upgrade, and a database migrated by a newer program is refused.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlparse

import peewee
from playhouse.migrations import Runner

from klara_assets.domain.errors import DatabaseProblem, DatabaseUnavailable
from klara_assets.paths import migrations_dir
from klara_assets.persistence.models import MODELS

SQLITE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": "normal"}
_MIGRATION_LOCK = 0x4B4C4152  # "KLAR": advisory lock id so two seats never migrate at once


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def describe(url: str) -> str:
    """The database for a status bar or a message, without any password."""
    if is_postgres_url(url):
        parts = urlparse(url)
        return f"PostgreSQL {parts.hostname or 'localhost'}:{parts.port or 5432}/{parts.path.lstrip('/')}"
    return f"SQLite {Path(url).expanduser()}"


def _driver_options(query: str) -> dict[str, Any]:
    """URL query parameters passed to the driver (`options`, `sslmode`, `connect_timeout`...)."""
    return dict(parse_qsl(query))


def connect(url: str) -> peewee.Database:
    """A peewee database for a SQLite path or a PostgreSQL URL, bound to every model, not yet migrated."""
    db = unbound(url)
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db


def unbound(url: str) -> peewee.Database:
    """The database for `url` without binding the models to it (probing another database leaves them be)."""
    db: peewee.Database
    if is_postgres_url(url):
        parts = urlparse(url)
        db = peewee.PostgresqlDatabase(
            unquote(parts.path.lstrip("/")) or "postgres",
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            **_driver_options(parts.query),
        )
    elif url.startswith("file:"):
        # A SQLite URI, e.g. `file:/path/db.sqlite3?mode=ro` to open a file read-only.
        db = peewee.SqliteDatabase(url, pragmas=SQLITE_PRAGMAS, timeout=5, lock_type="IMMEDIATE", uri=True)
    else:
        path = Path(url).expanduser()
        if not path.parent.exists():
            raise DatabaseProblem(f"The folder {path.parent} does not exist.", code="db_folder_missing")
        db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=5, lock_type="IMMEDIATE")
    return db


LOST_CONNECTION = (
    "server closed the connection",
    "terminating connection",
    "connection already closed",
    "connection not open",
    "ssl connection has been closed",
    "could not receive data from server",
    "no connection to the server",
    "cursor already closed",
)


def explain(exc: Exception, url: str) -> DatabaseProblem:
    """A readable `DatabaseProblem` for a driver error met while opening or using the database."""
    text = str(exc).lower()
    where = describe(url)
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseProblem(f"{where} is corrupt or is not a database file.", code="db_corrupt")
    if "readonly" in text or "read-only" in text:
        return DatabaseProblem(f"{where} is read-only: changes cannot be saved.", code="db_read_only")
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(f"{where} is locked by another program; try again.", code="db_locked")
    if any(words in text for words in LOST_CONNECTION):
        return DatabaseUnavailable(f"The connection to {where} was lost; try again.", code="db_connection_lost")
    if "unable to open" in text:
        return DatabaseProblem(f"{where} cannot be opened.", code="db_cannot_open")
    if (
        "password authentication" in text
        or "authentication failed" in text
        or ("role" in text and "does not exist" in text)
    ):
        return DatabaseProblem(f"{where}: authentication failed.", code="db_auth")
    if "does not exist" in text and "database" in text:
        return DatabaseProblem(f"{where}: no such database.", code="db_missing")
    if "could not connect" in text or "connection refused" in text or "could not translate" in text:
        return DatabaseUnavailable(f"{where} is unreachable.", code="db_unreachable")
    return DatabaseProblem(f"{where}: {exc}", code="db_error")


@contextlib.contextmanager
def translated_errors(url: str) -> Iterator[None]:
    """Turn driver errors into `DatabaseProblem` with a readable message."""
    try:
        yield
    except (peewee.OperationalError, peewee.DatabaseError, peewee.InterfaceError, sqlite3.DatabaseError) as exc:
        if isinstance(exc, peewee.IntegrityError):
            raise
        raise explain(exc, url) from exc


def pending_migrations(db: peewee.Database) -> tuple[list[str], list[str]]:
    """(pending names, names applied by a newer program that this one does not have)."""
    runner = Runner(db, str(migrations_dir()))
    status = runner.status()
    pending = [m.name for m in status if m.path is not None and not m.applied]
    unknown = [m.name for m in status if m.path is None]
    return pending, unknown


def _copy_aside(db: peewee.SqliteDatabase, first_pending: str) -> Path:
    path = Path(db.database)
    target = path.with_name(f"{path.name}.before-{first_pending}")
    with contextlib.closing(sqlite3.connect(target)) as dest:
        db.connection().backup(dest)
    return target


def migrate(db: peewee.Database, url: str) -> list[str]:
    """Apply the pending migrations in order; returns their names. Refuses a newer schema."""
    with translated_errors(url):
        if isinstance(db, peewee.PostgresqlDatabase):
            db.execute_sql("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
        try:
            pending, unknown = pending_migrations(db)
            if unknown:
                raise _too_new(url, unknown[-1])
            if not pending:
                return []
            if isinstance(db, peewee.SqliteDatabase) and db.get_tables():
                _copy_aside(db, pending[0])
            return Runner(db, str(migrations_dir())).up()
        finally:
            if isinstance(db, peewee.PostgresqlDatabase):
                db.execute_sql("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))


def probe(url: str) -> list[str]:
    """Check that this program can open `url` (reachable, authenticated, existing, not newer) without binding
    the models or migrating anything; returns the migrations it still needs."""
    db = unbound(url)
    try:
        with translated_errors(url):
            db.connect()
            pending, unknown = pending_migrations(db)
        if unknown:
            raise _too_new(url, unknown[-1])
        return pending
    finally:
        db.close()


def _too_new(url: str, name: str) -> DatabaseProblem:
    return DatabaseProblem(
        f"{describe(url)} was upgraded by a newer version of Klara Assets "
        f"(it has migration {name}, unknown to this version). Install the newer version.",
        code="schema_too_new",
    )


def open_database(url: str, *, upgrade: bool = True) -> peewee.Database:
    """Connect, check the file is a usable database, and migrate it (or refuse when it is newer)."""
    db = connect(url)
    with translated_errors(url):
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT 1 FROM sqlite_master LIMIT 1" if isinstance(db, peewee.SqliteDatabase) else "SELECT 1")
    if upgrade:
        migrate(db, url)
    else:
        pending, unknown = pending_migrations(db)
        if pending or unknown:
            raise DatabaseProblem(
                f"{describe(url)} is not at this program's schema version; run `klara-assets init`.",
                code="schema_mismatch",
            )
    return db

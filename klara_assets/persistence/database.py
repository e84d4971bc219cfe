"""The database binding: `connect(url)` opens SQLite or PostgreSQL; `open_database()` also migrates.

SQLite runs in WAL mode with foreign keys on and a busy timeout. Migrations are the numbered scripts of
`db/migrations/` applied with playhouse's runner, each in a transaction; a SQLite file is copied aside
before an upgrade, and a database migrated by a newer program is refused.

A SQLite file is looked at read-only before anything touches it (issue 11 §5): another program's file, or
an existing empty file other than for `init`, is refused as "not a Klara Assets database" and never written
to. A file on a read-only medium (or `file:…?mode=ro`) opens read-only: `is_read_only(db)` tells, and the
connection refuses every write (`query_only`).

`lost_connection(exc)` tells a lost or unreachable server from other errors; the window's task runner
uses `begin_task()` / `mark_write()` / `task_wrote()` to know whether an interrupted task may be run again
(a read) or must be reported (a write: nothing was saved).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlparse

import peewee

from klara_assets.domain.errors import DatabaseProblem
from klara_assets.paths import migrations_dir
from klara_assets.persistence.drivers import postgres_driver, server_drivers_hidden
from klara_assets.persistence.models import MODELS
from klara_assets.persistence.opening import (  # noqa: F401  (the helpers that need no peewee, re-exported)
    LOST_CONNECTION,
    OUR_TABLES,
    _read_only_uri,
    begin_task,
    check_ours,
    describe,
    explain,
    is_postgres_url,
    is_read_only,
    lost_connection,
    mark_write,
    read_only_wanted,
    sqlite_path,
    task_wrote,
)


def _runner(db: peewee.Database) -> Any:
    """playhouse's migration runner, imported when migrations are looked at (a window started on a current
    file never does: `opening.first_look`)."""
    with server_drivers_hidden():  # playhouse.migrate imports postgres_ext, hence psycopg2: see drivers.py
        from playhouse.migrations import Runner

    return Runner(db, str(migrations_dir()))


SQLITE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": "normal"}
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}
_MIGRATION_LOCK = 0x4B4C4152  # "KLAR": advisory lock id so two seats never migrate at once


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
        postgres_driver()  # peewee was imported without it (persistence/drivers.py)
        parts = urlparse(url)
        db = peewee.PostgresqlDatabase(
            unquote(parts.path.lstrip("/")) or "postgres",
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            **_driver_options(parts.query),
        )
    else:
        path = sqlite_path(url)
        if not path.parent.exists():
            raise DatabaseProblem(f"The folder {path.parent} does not exist.", code="db_folder_missing")
        if read_only_wanted(url):
            db = peewee.SqliteDatabase(_read_only_uri(path), pragmas=READ_ONLY_PRAGMAS, timeout=5, uri=True)
            db.klara_read_only = True  # type: ignore[attr-defined]
        elif url.startswith("file:"):
            db = peewee.SqliteDatabase(url, pragmas=SQLITE_PRAGMAS, timeout=5, lock_type="IMMEDIATE", uri=True)
        else:
            db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=5, lock_type="IMMEDIATE")
    return db


def driver_problem(exc: BaseException, url: str) -> DatabaseProblem | None:
    """A driver error met outside a transaction (a read), as a readable problem when it is a known one
    (locked, lost, read-only, corrupt...); None for anything else, which stays a bug to report."""
    if not isinstance(exc, peewee.OperationalError | peewee.InterfaceError | sqlite3.OperationalError):
        return None
    problem = explain(exc, url)
    return None if problem.code == "db_error" else problem


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
    """(pending names, names applied by a newer program that this one does not have).

    A history with a hole (a migration missing although a later one is recorded, or Klara's tables with no
    history at all) is refused: running the missing one again would fail half-way or damage the data."""
    runner = _runner(db)
    status = runner.status()
    pending = [m.name for m in status if m.path is not None and not m.applied]
    unknown = [m.name for m in status if m.path is None]
    applied = sorted(m.name for m in status if m.applied)
    holes = [name for name in pending if applied and name < applied[-1]]
    if holes or (not applied and _has_table(db, "asset")):
        where = describe(str(db.database)) if isinstance(db, peewee.SqliteDatabase) else "The database"
        missing = ", ".join(holes) if holes else "every migration"
        raise DatabaseProblem(
            f"{where}: its migration history is damaged ({missing} not recorded although the tables exist); "
            "nothing was changed. Restore a backup, or re-add the missing row if you removed it.",
            code="db_history_damaged",
        )
    return pending, unknown


def _has_table(db: peewee.Database, name: str) -> bool:
    """In the schema the connection uses (PostgreSQL: its search_path, not always `public`)."""
    if isinstance(db, peewee.PostgresqlDatabase):
        return db.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()[0]
    return bool(db.table_exists(name))


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
            if is_read_only(db):
                raise DatabaseProblem(
                    f"{describe(url)} is read-only and needs an upgrade to this version ({pending[-1]}): "
                    "copy it to a writable folder first.",
                    code="db_read_only_old",
                )
            if isinstance(db, peewee.SqliteDatabase) and db.get_tables():
                _copy_aside(db, pending[0])
            return list(_runner(db).up())
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


def open_database(url: str, *, upgrade: bool = True, adopt_empty: bool = False) -> peewee.Database:
    """Check the file is ours (`check_ours`), connect, and migrate it (or refuse when it is newer)."""
    check_ours(url, adopt_empty=adopt_empty)
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

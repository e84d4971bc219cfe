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
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlparse

import peewee

from klara_assets.domain.errors import DatabaseProblem, DatabaseUnavailable
from klara_assets.paths import migrations_dir
from klara_assets.persistence.drivers import postgres_driver, server_drivers_hidden
from klara_assets.persistence.models import MODELS

with server_drivers_hidden():  # playhouse.migrate imports postgres_ext, hence psycopg2: see drivers.py
    from playhouse.migrations import Runner

SQLITE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": "normal"}
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}
HISTORY_TABLE = "schema_migration"
OUR_TABLES = frozenset({HISTORY_TABLE, "asset", "event"})  # any of them: the file was made by Klara Assets
_MIGRATION_LOCK = 0x4B4C4152  # "KLAR": advisory lock id so two seats never migrate at once


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def describe(url: str) -> str:
    """The database for a status bar or a message, without any password."""
    if is_postgres_url(url):
        parts = urlparse(url)
        return f"PostgreSQL {parts.hostname or 'localhost'}:{parts.port or 5432}/{parts.path.lstrip('/')}"
    return f"SQLite {sqlite_path(url)}"


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


def sqlite_path(url: str) -> Path:
    """The file of a SQLite path or `file:` URI (`file:/data/k.sqlite3?mode=ro`)."""
    if url.startswith("file:"):
        return Path(unquote(urlparse(url).path)).expanduser()
    return Path(url).expanduser()


def read_only_wanted(url: str) -> bool:
    """`?mode=ro` was asked for, or the file exists on a medium (or with rights) that does not let us write."""
    if is_postgres_url(url):
        return False
    if url.startswith("file:") and dict(parse_qsl(urlparse(url).query)).get("mode") == "ro":
        return True
    path = sqlite_path(url)
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _read_only_uri(path: Path) -> str:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK) and not shm.exists():
        # A WAL file on a read-only medium: SQLite cannot create its -shm file; nothing can change it anyway.
        uri += "&immutable=1"
    return uri


def is_read_only(db: peewee.Database) -> bool:
    """True for a database opened read-only (see `read_only_wanted`)."""
    return bool(getattr(db, "klara_read_only", False))


def _sqlite_tables(path: Path, url: str) -> list[str]:
    """The tables of an existing SQLite file, read without writing a byte (not even the journal mode)."""
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True)) as conn:
            return [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.DatabaseError as exc:
        raise explain(exc, url) from None


def check_ours(url: str, *, adopt_empty: bool = False) -> None:
    """Refuse an existing SQLite file that Klara Assets did not make: another program's tables, or an empty
    file (zero bytes or no table) except for `init` (`adopt_empty`). A file that does not exist yet is fine:
    it is created. Nothing is written while looking."""
    if is_postgres_url(url):
        return
    path = sqlite_path(url)
    if not path.is_file():
        return
    tables = [] if path.stat().st_size == 0 else _sqlite_tables(path, url)
    if not tables:
        if adopt_empty:
            return
        raise DatabaseProblem(
            f"{path} is an empty file, not a Klara Assets database; it was left untouched. "
            f"Run `klara-assets --db {path} init` to make it one.",
            code="db_empty_file",
        )
    if not OUR_TABLES & set(tables):
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise DatabaseProblem(
            f"{path} is not a Klara Assets database (it holds another program's tables: {shown}); "
            "it was left untouched.",
            code="db_not_ours",
        )


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
    if "disk is full" in text or "no space left" in text or "could not extend file" in text:
        return DatabaseProblem(
            f"{where}: the disk is full (database or disk is full); nothing was saved. Free some space and try again.",
            code="disk_full",
        )
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


def lost_connection(exc: BaseException, url: str) -> bool:
    """The server went away or cannot be reached (not a refusal, not a bug): the work may be tried again."""
    if isinstance(exc, DatabaseUnavailable):
        return exc.code in ("db_connection_lost", "db_unreachable")
    if isinstance(exc, peewee.InterfaceError | peewee.OperationalError) and is_postgres_url(url):
        return explain(exc, url).code in ("db_connection_lost", "db_unreachable")
    return False


def driver_problem(exc: BaseException, url: str) -> DatabaseProblem | None:
    """A driver error met outside a transaction (a read), as a readable problem when it is a known one
    (locked, lost, read-only, corrupt...); None for anything else, which stays a bug to report."""
    if not isinstance(exc, peewee.OperationalError | peewee.InterfaceError | sqlite3.OperationalError):
        return None
    problem = explain(exc, url)
    return None if problem.code == "db_error" else problem


_task = threading.local()


def begin_task() -> None:
    """The worker starts a unit of work: nothing written yet (see `task_wrote`)."""
    _task.wrote = False


def mark_write() -> None:
    """The running unit of work is a change (a mutating service started): if the connection is lost now it
    must be reported ("not saved"), never run again behind the user's back."""
    _task.wrote = True


def task_wrote() -> bool:
    return bool(getattr(_task, "wrote", False))


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
    runner = Runner(db, str(migrations_dir()))
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

"""Looking at a database without peewee: what a URL names, whether a SQLite file is ours and current.

The window shows its first page before it imports peewee (issue 18): `first_look(url)` reads an existing
SQLite file with the standard `sqlite3` module, read-only, without writing a byte. When its migration history
is exactly this program's migrations (no pending one, none unknown), it returns what the window needs
before its first page (the organisation settings, whether an operator account exists, whether the file is
read-only) and the models are bound later, by whichever thread first uses the database. Anything else (a new
file, an upgrade to make, a newer or damaged history, PostgreSQL) returns None, and the caller goes through
`database.open_database`, which migrates or refuses. A file another program made, an empty or corrupt one is
refused here just as `open_database` refuses it (`check_ours`).

`persistence.database` re-exports these helpers; they live here so that importing them costs no peewee.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlparse

from klara_assets.domain.defaults import DEFAULT_LANGUAGE
from klara_assets.domain.errors import DatabaseProblem, DatabaseUnavailable
from klara_assets.paths import migrations_dir

HISTORY_TABLE = "schema_migration"
OUR_TABLES = frozenset({HISTORY_TABLE, "asset", "event"})  # any of them: the file was made by Klara Assets


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def describe(url: str) -> str:
    """The database for a status bar or a message, without any password."""
    if is_postgres_url(url):
        parts = urlparse(url)
        return f"PostgreSQL {parts.hostname or 'localhost'}:{parts.port or 5432}/{parts.path.lstrip('/')}"
    return f"SQLite {sqlite_path(url)}"


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


def is_read_only(db: Any) -> bool:
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


def lost_connection(exc: BaseException, url: str) -> bool:
    """The server went away or cannot be reached (not a refusal, not a bug): the work may be tried again."""
    if isinstance(exc, DatabaseUnavailable):
        return exc.code in ("db_connection_lost", "db_unreachable")
    peewee: Any = sys.modules.get("peewee")  # none of its errors can exist before it is imported
    if peewee is not None and isinstance(exc, peewee.InterfaceError | peewee.OperationalError) and is_postgres_url(url):
        return explain(exc, url).code in ("db_connection_lost", "db_unreachable")
    return False


def migration_names() -> set[str]:
    """This program's migrations, named as playhouse's runner names them (`0001_initial`...)."""
    try:
        names = os.listdir(migrations_dir())
    except OSError:
        return set()
    return {name[:-3] for name in names if name[:1].isdigit() and name.endswith(".py")}  # glob's [0-9]*.py


@dataclass(frozen=True)
class FirstLook:
    """What the window needs of a current SQLite file before its first page."""

    settings: dict[str, Any]  # the two below from the `setting` table, as `Settings.from_json` takes them
    has_accounts: bool  # an active operator account exists
    read_only: bool  # the file will be opened read-only (`read_only_wanted`)

    # The two settings the window needs before its first page, as `Settings.from_json` would give them,
    # without importing `domain.settings` (issue 18).
    @property
    def language(self) -> str:
        return str(self.settings.get("language", DEFAULT_LANGUAGE))

    @property
    def login_required(self) -> bool:
        return bool(self.settings.get("login_required", False))


# Each setting is stored as JSON; SQLite's own json_extract reads a scalar as `json.loads` does (true as 1),
# so that the json module waits for the worker too (issue 18). A SQLite without it: the ordinary opening.
FIRST_SETTINGS = "SELECT key, json_extract(value, '$') FROM setting WHERE key IN ('language', 'login_required')"


def first_look(url: str) -> FirstLook | None:
    """An existing SQLite file of ours at this program's schema, read without peewee; None when the database
    must go through `open_database` (PostgreSQL, a new file, migrations to apply or to refuse)."""
    if is_postgres_url(url) or not sqlite_path(url).is_file():
        return None
    check_ours(url)  # refuses another program's file, an empty or a corrupt one, exactly as open_database does
    path = sqlite_path(url)
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True)) as conn:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {HISTORY_TABLE, "setting", "operator"} <= tables:
                return None
            applied = {name for (name,) in conn.execute(f"SELECT name FROM {HISTORY_TABLE}")}
            if not applied or applied != migration_names():
                return None
            settings = dict(conn.execute(FIRST_SETTINGS))
            accounts = conn.execute("SELECT EXISTS (SELECT 1 FROM operator WHERE active)").fetchone()[0]
    except (sqlite3.DatabaseError, ValueError):
        return None  # let open_database say what is wrong, in its own words
    return FirstLook(settings, bool(accounts), read_only_wanted(url))

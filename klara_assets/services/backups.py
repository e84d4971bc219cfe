"""Backups of the SQLite database: on demand, automatic (daily, rotating) and restore.

A backup goes through SQLite's online backup API, so it is a consistent copy even while another
connection writes. `restore` checks the file first (a SQLite database, `PRAGMA integrity_check`, our
tables, a schema version this program knows), keeps a copy of the current database, then copies the
backup into it through the same API, so other connections see either the old or the new content.
A PostgreSQL database is backed up with `pg_dump`: the message says how.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.paths import migrations_dir
from klara_assets.persistence import eventlog
from klara_assets.persistence.database import describe, is_postgres_url
from klara_assets.persistence.models import MODELS
from klara_assets.services.context import ServiceContext
from klara_assets.services.output_files import check_output, output_refusal

REQUIRED_TABLES = frozenset({"asset", "person", "location", "event", "setting", "schema_migration"})
AUTO_NAME = re.compile(r"^klara-assets-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    assets: int


@dataclass(frozen=True)
class RestoreResult:
    assets: int
    previous: Path | None
    migrations: tuple[str, ...]


def _postgres_guidance(url: str) -> ValidationFailed:
    return ValidationFailed(
        f"{describe(url)} is a PostgreSQL database: back it up with PostgreSQL's own tools, e.g. "
        "`pg_dump --format=custom --file=klara.dump DBNAME` (restore with `pg_restore --clean --dbname=DBNAME "
        "klara.dump`), or ask whoever runs the server: it usually has scheduled dumps.",
        code="backup_postgres",
        field="database",
    )


def _sqlite_path(url: str) -> Path:
    if is_postgres_url(url):
        raise _postgres_guidance(url)
    return Path(url.removeprefix("file:").split("?")[0]).expanduser()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` at `target` (written beside it, then renamed into place)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            contextlib.closing(sqlite3.connect(source, timeout=30)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dest,
        ):
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:  # a full disk, a folder gone: no partial file left behind
        partial.unlink(missing_ok=True)
        raise output_refusal(exc, target) from exc


def _count_assets(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM asset").fetchone()[0])


def backup(ctx: ServiceContext, out: str | Path) -> BackupResult:
    """Write a backup of the context's SQLite database to `out`; refuses to overwrite a file."""
    ctx.require(Permission.DATABASE_MANAGE)
    source = _sqlite_path(ctx.url)
    target = Path(out).expanduser()
    if target.exists():
        raise ValidationFailed(f"{target} already exists: choose a new file name.", code="file_exists", field="out")
    check_output(target)
    _check_source(ctx)
    with ctx.transaction():
        eventlog.record_anchor(ctx.db, ctx.now(), "backup", target.name)
    copy_database(source, target)
    try:
        check_backup(target)
    except ValidationFailed as exc:
        target.unlink(missing_ok=True)
        raise ValidationFailed(
            f"The backup written to {target} does not check out, so it was deleted: {exc.message}",
            code="backup_copy_damaged",
            field="out",
        ) from None
    return BackupResult(target, target.stat().st_size, _count_assets(target))


def _check_source(ctx: ServiceContext) -> None:
    """A damaged database is never reported as backed up: its pages and its activity log are checked first."""
    try:
        rows = ctx.db.execute_sql("PRAGMA integrity_check").fetchall()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        rows = [(str(exc),)]
    verdict = "; ".join(str(r[0]) for r in rows[:5])
    if verdict != "ok":
        raise ValidationFailed(
            f"The database is damaged, no backup was written (integrity check: {verdict}). Restore the latest "
            "good backup instead.",
            code="backup_source_damaged",
            field="database",
        )
    report = eventlog.verify_all(ctx.db)
    if not report.ok:
        raise ValidationFailed(
            f"The activity log is damaged, no backup was written: {report.problem}.",
            code="backup_source_damaged",
            field="database",
        )


def _file_log(path: Path) -> eventlog.ChainReport:
    """The activity log of a SQLite file (read only), chain and anchor."""
    db = peewee.SqliteDatabase(f"file:{path}?mode=ro", uri=True)
    try:
        with db.bind_ctx(MODELS):
            return eventlog.verify_all(db)
    finally:
        db.close()


def auto_backup(db_path: str | Path, folder: str | Path, keep: int, now: datetime) -> Path | None:
    """The daily automatic backup: one `klara-assets-YYYY-MM-DD.sqlite3` per day in `folder`.

    Returns the new file, or None when today's backup already exists. Keeps the `keep` newest automatic
    backups and deletes older ones (other files in the folder are never touched).
    """
    if keep < 1:
        raise ValidationFailed("Keep at least one automatic backup.", code="invalid_keep", field="keep")
    source = _sqlite_path(str(db_path))
    target_dir = Path(folder).expanduser()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"klara-assets-{now.date().isoformat()}.sqlite3"
    created = None
    if not target.exists():
        copy_database(source, target)
        created = target
    automatic = sorted((p for p in target_dir.iterdir() if AUTO_NAME.match(p.name)), key=lambda p: p.name)
    for old in automatic[:-keep]:
        old.unlink()
    return created


def _known_migrations() -> list[str]:
    return sorted(p.stem for p in migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.py"))


def check_backup(path: Path) -> tuple[int, tuple[str, ...]]:
    """(assets, applied migrations) of a usable backup; refuses anything else with the reason."""
    if not path.is_file():
        raise ValidationFailed(f"No such file: {path}.", code="file_not_found", field="file")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":  # said before any other read, which a damaged page could make fail
                raise ValidationFailed(
                    f"{path.name} is damaged (integrity check: {verdict}).", code="backup_corrupt", field="file"
                )
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied = tuple(sorted(n for (n,) in conn.execute("SELECT name FROM schema_migration")))
            assets = int(conn.execute("SELECT COUNT(*) FROM asset").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            raise _not_ours(path) from None
        if "malformed" in str(exc):  # a SQLite file whose pages are damaged: the same answer as a failed check
            raise ValidationFailed(
                f"{path.name} is damaged (integrity check: {exc}).", code="backup_corrupt", field="file"
            ) from None
        raise ValidationFailed(
            f"{path.name} is not a Klara Assets backup: it is not a readable SQLite database ({exc}).",
            code="not_a_backup",
            field="file",
        ) from None
    if not tables >= REQUIRED_TABLES:
        raise _not_ours(path)
    if "0001_initial" not in applied:
        raise ValidationFailed(
            f"{path.name} has the tables of Klara Assets but no valid migration history "
            f"({', '.join(applied) or 'none recorded'}): it was not written by Klara Assets, it is not restored.",
            code="backup_no_history",
            field="file",
        )
    unknown = sorted(set(applied) - set(_known_migrations()))
    if unknown:
        raise ValidationFailed(
            f"{path.name} comes from a newer version of Klara Assets (it has migration {unknown[-1]}, "
            "unknown to this version): install the newer version to restore it.",
            code="schema_too_new",
            field="file",
        )
    report = _file_log(path)
    if not report.ok:
        raise ValidationFailed(
            f"{path.name}: its activity log does not verify ({report.problem}), it is not restored.",
            code="backup_log_broken",
            field="file",
        )
    return assets, applied


def _not_ours(path: Path) -> ValidationFailed:
    return ValidationFailed(
        f"{path.name} is a SQLite database but not a Klara Assets one (its tables are missing).",
        code="not_a_backup",
        field="file",
    )


def restore(ctx: ServiceContext, backup_file: str | Path, now: datetime | None = None) -> RestoreResult:
    """Replace the context's database by `backup_file`, after checking it; the current file is kept aside.

    This thread's connection is closed first (the next query opens the restored file). Migrations missing
    from an older backup are applied the next time the database is opened.
    """
    ctx.require(Permission.DATABASE_MANAGE)
    now = now or ctx.now()
    live = _sqlite_path(ctx.url)
    ctx.db.close()
    source = Path(backup_file).expanduser()
    assets, applied = check_backup(source)
    if live.exists() and live.resolve() == source.resolve():
        raise ValidationFailed("The backup is the database itself.", code="same_file", field="file")
    previous = None
    if live.exists():
        previous = live.with_name(f"{live.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}")
        copy_database(live, previous)
    with (
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(live, timeout=30)) as dest,
    ):
        src.backup(dest)
    return RestoreResult(assets, previous, applied)

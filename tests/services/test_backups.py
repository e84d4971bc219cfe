"""Backups (SQLite online backup API), restore with its checks, rotating automatic backups; PostgreSQL guidance."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence.database import open_database
from klara_assets.services import backups, inventory
from klara_assets.services.context import ServiceContext
from tests.helpers import snapshot

NOW = datetime(2026, 11, 26, 9, 30)


def _fill(ctx: ServiceContext, count: int = 3, prefix: str = "B") -> None:
    inventory.register_assets(ctx, [{"tag": f"{prefix}-{i}", "category": "laptop"} for i in range(count)])


def test_backup_then_restore_gives_identical_data(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(sqlite_ctx)
    result = backups.backup(sqlite_ctx, tmp_path / "copy.sqlite3")
    saved = snapshot()  # the backup itself adds one row: the log's anchor (issue 12)
    assert result.assets == 3 and len(saved["log_anchor"]) == 1
    _fill(sqlite_ctx, 2, prefix="LATER")
    sqlite_ctx.db.close()
    restored = backups.restore(sqlite_ctx, result.path, now=NOW)
    assert restored.assets == 3 and restored.previous is not None and restored.previous.exists()
    db = open_database(sqlite_ctx.url)
    assert snapshot() == saved
    db.close()
    # The copy kept aside holds the five assets the restore replaced.
    with sqlite3.connect(restored.previous) as kept:
        assert kept.execute("SELECT COUNT(*) FROM asset").fetchone()[0] == 5


def test_backup_is_consistent_while_another_connection_writes(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(sqlite_ctx, 2000)
    stop = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(sqlite_ctx.url, timeout=30)
        n = 0
        while not stop.is_set():
            with conn:
                conn.execute("UPDATE asset SET notes = ? WHERE tag = 'B-1'", (str(n),))
            n += 1
            # A real seat pauses between changes; a writer that never releases the lock would starve the
            # backup's own anchor write past any busy timeout, which is not what this test is about.
            stop.wait(0.002)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [backups.backup(sqlite_ctx, tmp_path / f"c{i}.sqlite3") for i in range(3)]
    finally:
        stop.set()
        thread.join()
    for copy in copies:
        with sqlite3.connect(copy.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT COUNT(*) FROM asset").fetchone()[0] == 2000


def test_backup_refuses_an_existing_file(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"mine")
    with pytest.raises(ValidationFailed, match="already exists"):
        backups.backup(sqlite_ctx, target)
    assert target.read_bytes() == b"mine"


def _refused_restore(ctx: ServiceContext, path: Path, words: str) -> None:
    _fill(ctx)
    before = snapshot()
    ctx.db.close()
    live_bytes = Path(ctx.url).read_bytes()
    with pytest.raises(ValidationFailed) as err:
        backups.restore(ctx, path, now=NOW)
    assert words in err.value.message, err.value.message
    assert Path(ctx.url).read_bytes() == live_bytes
    assert not list(Path(ctx.url).parent.glob("*.before-restore-*"))
    ctx.db.connect()
    assert snapshot() == before


def test_restore_refuses_a_file_that_is_not_a_database(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 200)
    _refused_restore(sqlite_ctx, path, "is not a Klara Assets backup")


def test_restore_refuses_another_programs_database(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    _refused_restore(sqlite_ctx, path, "not a Klara Assets one")


def test_restore_refuses_a_backup_from_a_newer_version(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    backups.backup(sqlite_ctx, path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    _refused_restore(sqlite_ctx, path, "newer version of Klara Assets (it has migration 9999_future")


def test_restore_refuses_a_damaged_backup(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(sqlite_ctx, 3000)
    path = tmp_path / "damaged.sqlite3"
    backups.backup(sqlite_ctx, path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\x00" * 4096
    path.write_bytes(bytes(data))
    sqlite_ctx.db.close()
    live_bytes = Path(sqlite_ctx.url).read_bytes()
    with pytest.raises(ValidationFailed) as err:
        backups.restore(sqlite_ctx, path, now=NOW)
    # the file still opens (its first page is intact): the integrity check is what refuses it, and says so
    assert err.value.code == "backup_corrupt", err.value.message
    assert err.value.message.startswith("damaged.sqlite3 is damaged (integrity check:"), err.value.message
    assert Path(sqlite_ctx.url).read_bytes() == live_bytes


def test_auto_backup_is_daily_and_keeps_n(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "keep-me.txt").write_text("not ours")
    made = [backups.auto_backup(sqlite_ctx.url, folder, keep=3, now=NOW + timedelta(days=d)) for d in range(5)]
    assert all(made)
    assert backups.auto_backup(sqlite_ctx.url, folder, keep=3, now=NOW + timedelta(days=4, hours=5)) is None
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "keep-me.txt",
        "klara-assets-2026-11-28.sqlite3",
        "klara-assets-2026-11-29.sqlite3",
        "klara-assets-2026-11-30.sqlite3",
    ]


def test_postgres_gets_pg_dump_guidance(postgres_url: str, tmp_path: Path) -> None:
    db = open_database(postgres_url)
    ctx = ServiceContext(db=db, url=postgres_url, actor="tester")
    with pytest.raises(ValidationFailed) as err:
        backups.backup(ctx, tmp_path / "pg.sqlite3")
    assert "pg_dump" in err.value.message and "PostgreSQL" in err.value.message
    with pytest.raises(ValidationFailed, match="pg_dump"):
        backups.restore(ctx, tmp_path / "pg.sqlite3", now=NOW)
    assert not (tmp_path / "pg.sqlite3").exists()
    db.close()

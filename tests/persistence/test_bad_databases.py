"""A database that is corrupt, read-only, locked or unreachable gets a clear message and no change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from klara_assets.domain.errors import DatabaseProblem
from klara_assets.domain.places import Place
from klara_assets.persistence.database import open_database
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext


def test_not_a_sqlite_file_is_called_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"This is a shopping list, not a database.\n" * 100)
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(path))
    assert err.value.code == "db_corrupt" and "corrupt or is not a database" in err.value.message
    assert path.read_bytes().startswith(b"This is a shopping list")


def test_read_only_database_refuses_changes_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "klara.sqlite3"
    open_database(str(path)).close()
    url = f"file:{path}?mode=ro"
    db = open_database(url)
    ctx = ServiceContext(db=db, url=url, actor="tester")
    with pytest.raises(DatabaseProblem) as err:
        inventory.add_location(ctx, Place.parse("Paris/Stock"))
    assert err.value.code == "db_read_only" and "read-only" in err.value.message
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM location").fetchone() == (0,)


def test_locked_database_is_named_locked(tmp_path: Path) -> None:
    path = tmp_path / "klara.sqlite3"
    db = open_database(str(path))
    db.execute_sql("PRAGMA busy_timeout = 100")
    ctx = ServiceContext(db=db, url=str(path), actor="tester")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as err:
            inventory.add_location(ctx, Place.parse("Paris/Stock"))
        assert err.value.code == "db_locked" and "locked" in err.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert db.execute_sql("SELECT COUNT(*) FROM location").fetchone() == (0,)


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="does not exist"):
        open_database(str(tmp_path / "nowhere" / "klara.sqlite3"))


def test_unreachable_postgres_is_named() -> None:
    with pytest.raises(DatabaseProblem) as err:
        open_database("postgresql://postgres@127.0.0.1:1/test?connect_timeout=2")
    assert err.value.code == "db_unreachable" and "unreachable" in err.value.message

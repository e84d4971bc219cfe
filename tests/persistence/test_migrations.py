"""Migrations: every script applied to an empty database gives the models' schema; upgrades are guarded."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest
from playhouse.schema_diff import diff_models

from klara_assets import paths
from klara_assets.domain.errors import DatabaseProblem
from klara_assets.persistence import database
from klara_assets.persistence.database import open_database, pending_migrations
from klara_assets.persistence.models import MODELS


def test_all_migrations_give_the_models_schema(db_url: str) -> None:
    db = open_database(db_url)
    assert pending_migrations(db) == ([], [])
    diff = diff_models(db, MODELS)
    assert not diff, str(diff)


def _checks(db: peewee.Database) -> dict[str, list[str]]:
    out = {}
    for name, sql in db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        out[name] = sorted(re.findall(r"CHECK \((.*?\))\)", sql or ""))
    return out


def test_check_constraints_match_the_models(tmp_path: Path) -> None:
    migrated = open_database(str(tmp_path / "migrated.sqlite3"))
    expected = _checks(migrated)
    fresh = peewee.SqliteDatabase(str(tmp_path / "models.sqlite3"))
    with fresh.bind_ctx(MODELS):
        fresh.create_tables(MODELS)
        actual = _checks(fresh)
    assert {k: v for k, v in expected.items() if k in actual} == actual
    assert any("status IN ('in_stock'" in c for c in actual["asset"])


def test_check_constraint_refuses_unknown_status(db_url: str) -> None:
    db = open_database(db_url)
    from klara_assets.persistence.models import Asset

    with pytest.raises(peewee.IntegrityError), db.atomic():
        Asset.insert(
            tag="X-1", category="laptop", status="vanished", created_at="2026-01-01", updated_at="2026-01-01"
        ).execute()


def test_newer_schema_is_refused(db_url: str) -> None:
    db = open_database(db_url)
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_from_the_future', '2030-01-01')")
    db.close()
    with pytest.raises(DatabaseProblem) as err:
        open_database(db_url)
    assert err.value.code == "schema_too_new"
    assert "newer version" in err.value.message and "0099_from_the_future" in err.value.message


def test_upgrade_copies_the_sqlite_file_aside_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = str(tmp_path / "klara.sqlite3")
    db = open_database(url)
    db.execute_sql("INSERT INTO location (site, room) VALUES ('Paris', 'Stock')")
    db.close()
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts)
    (scripts / "0999_test_column.py").write_text(
        "from peewee import TextField\n\ndef up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('location', 'note', TextField(default='')))\n"
    )
    monkeypatch.setattr(database, "migrations_dir", lambda: scripts)
    db = open_database(url)
    copy = tmp_path / "klara.sqlite3.before-0999_test_column"
    assert copy.exists()
    with sqlite3.connect(copy) as old:
        assert "note" not in [r[1] for r in old.execute("PRAGMA table_info(location)")]
        assert old.execute("SELECT site FROM location").fetchall() == [("Paris",)]
    assert "note" in [c.name for c in db.get_columns("location")]


def test_failed_migration_leaves_the_database_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = str(tmp_path / "klara.sqlite3")
    open_database(url).close()
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts)
    (scripts / "0999_broken.py").write_text(
        "from peewee import TextField\n\ndef up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('location', 'note', TextField(default='')))\n"
        "    raise RuntimeError('boom')\n"
    )
    monkeypatch.setattr(database, "migrations_dir", lambda: scripts)
    with pytest.raises(RuntimeError):
        open_database(url)
    with sqlite3.connect(url) as conn:
        assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(location)")]
        assert ("0999_broken",) not in conn.execute("SELECT name FROM schema_migration").fetchall()

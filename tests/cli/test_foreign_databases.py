"""Databases that are not ours, read-only media and damaged files (issue 11 §4, §5): a clear refusal with the
reason and the contract's exit code, and the file never written to (bytes and mtime unchanged)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_cli

READING = [["show", "KLA-000001"], ["log", "verify"], ["reminders", "--json"], ["eol", "candidates"]]
WRITING = [
    ["asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "X"],
    ["location", "add", "Lyon/Stock"],
    ["demo", "--assets", "10"],
    ["restore", "nothing.sqlite3"],
]


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """Content, modification time and the files beside it (no -wal, -shm or copy appeared)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def foreign_file(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('Zoé')")
    conn.close()
    return path


def empty_sqlite_file(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")  # a valid SQLite file of one page, no table
    conn.close()
    return path


@pytest.mark.parametrize("args", [*READING, *WRITING, ["init"]])
def test_another_programs_file_is_refused_and_never_written(capsys: Any, tmp_path: Path, args: list[str]) -> None:
    db = foreign_file(tmp_path / "contacts.sqlite3")
    before = fingerprint(db)
    code, out, err = run_cli(capsys, "--db", str(db), *args)
    assert code == 1 and out == ""
    assert "is not a Klara Assets database" in err and "contacts" in err and "left untouched" in err
    assert len(err.strip().splitlines()) == 1
    assert fingerprint(db) == before


@pytest.mark.parametrize("make", [lambda p: p.write_bytes(b""), empty_sqlite_file], ids=["zero-byte", "no-table"])
@pytest.mark.parametrize("args", [*READING, *WRITING])
def test_an_empty_file_is_refused_except_by_init(capsys: Any, tmp_path: Path, args: list[str], make: Any) -> None:
    db = tmp_path / "empty.sqlite3"
    make(db)
    before = fingerprint(db)
    code, _, err = run_cli(capsys, "--db", str(db), *args)
    assert code == 1
    assert "is an empty file, not a Klara Assets database" in err and "init" in err
    assert fingerprint(db) == before


def test_init_makes_an_empty_file_ours(capsys: Any, tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    db.write_bytes(b"")
    assert run_cli(capsys, "--db", str(db), "init")[0] == 0
    assert run_cli(capsys, "--db", str(db), "location", "add", "Lyon/Stock")[0] == 0
    assert run_cli(capsys, "--db", str(db), "log", "verify")[0] == 0


@pytest.fixture
def demo_db(capsys: Any, tmp_path: Path) -> Path:
    db = tmp_path / "klara.sqlite3"
    assert run_cli(capsys, "--db", str(db), "demo", "--assets", "20")[0] == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


@pytest.fixture
def read_only_medium(demo_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The demo database copied onto a real tmpfs, then remounted read-only (as a CD or a locked USB key)."""
    mount = tmp_path / "medium"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs for the read-only test: {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        (mount / "klara.sqlite3").write_bytes(demo_db.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "klara.sqlite3"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_medium_reads_and_refuses_every_change(capsys: Any, read_only_medium: Path) -> None:
    db = str(read_only_medium)
    before = fingerprint(read_only_medium)
    code, out, _ = run_cli(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert code == 0 and '"tag": "KLA-000001"' in out
    assert run_cli(capsys, "--db", db, "log", "verify")[0] == 0
    for args in (
        ["asset", "edit", "KLA-000001", "--model", "Changed"],
        ["location", "add", "Lyon/Nouveau"],
        ["retire", "KLA-000002", "--reason", "old"],
    ):
        code, _, err = run_cli(capsys, "--db", db, *args)
        assert code == 1, err
        assert "is read-only" in err and "nothing can be changed" in err
    assert fingerprint(read_only_medium) == before


def test_mode_ro_uri_reads_and_refuses_changes(capsys: Any, demo_db: Path) -> None:
    before = fingerprint(demo_db)
    uri = f"file:{demo_db}?mode=ro"
    code, out, _ = run_cli(capsys, "--db", uri, "show", "KLA-000003", "--json")
    assert code == 0 and '"tag": "KLA-000003"' in out
    code, _, err = run_cli(capsys, "--db", uri, "checkin", "KLA-000003")
    assert code == 1 and "is read-only" in err
    assert fingerprint(demo_db)[:2] == before[:2]


def test_a_missing_row_in_the_migration_history_is_named(capsys: Any, demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("DELETE FROM schema_migration WHERE name = '0002_asset_search'")
    conn.close()
    before = fingerprint(demo_db)
    for args in (["show", "KLA-000001"], ["init"], ["asset", "edit", "KLA-000001", "--model", "X"]):
        code, _, err = run_cli(capsys, "--db", str(demo_db), *args)
        assert code == 1
        assert "migration history is damaged (0002_asset_search not recorded" in err and "nothing was changed" in err
    assert fingerprint(demo_db) == before


def test_an_emptied_migration_history_is_named(capsys: Any, demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("DELETE FROM schema_migration")
    conn.close()
    before = fingerprint(demo_db)
    code, _, err = run_cli(capsys, "--db", str(demo_db), "init")
    assert code == 1 and "migration history is damaged (every migration not recorded" in err
    assert fingerprint(demo_db) == before


def _event_pages(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        pages = [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'event' AND pagetype = 'leaf'")]
    conn.close()
    return pages


@pytest.mark.parametrize("damage", ["zeros", "garbage"])
def test_log_verify_on_a_damaged_page_answers_clearly(capsys: Any, demo_db: Path, damage: str) -> None:
    page = _event_pages(demo_db)[0]
    with demo_db.open("r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(b"\0" * 4096 if damage == "zeros" else bytes(range(256)) * 16)
    code, out, err = run_cli(capsys, "--db", str(demo_db), "log", "verify")
    assert code == 1 and out == ""
    assert "the activity log cannot be read (damaged database" in err and "Traceback" not in err


def test_a_damaged_first_page_is_named_not_a_traceback(capsys: Any, demo_db: Path) -> None:
    data = bytearray(demo_db.read_bytes())
    data[0:100] = b"\xff" * 100  # the header: no longer a SQLite file
    demo_db.write_bytes(bytes(data))
    before = fingerprint(demo_db)
    code, _, err = run_cli(capsys, "--db", str(demo_db), "log", "verify")
    assert code == 1 and "is corrupt or is not a database file" in err
    assert fingerprint(demo_db) == before


@pytest.mark.parametrize(
    "args",
    [
        ["asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "X", "--location", "Nowhere/9"],
        ["asset", "edit", "KLA-000001", "--location", "Nowhere/9"],
        ["person", "add", "Zoé Martin", "--email", "zoe.new@klara.fr", "--location", "Nowhere/9"],
    ],
)
def test_an_unknown_room_exits_3(capsys: Any, demo_db: Path, args: list[str]) -> None:
    before = fingerprint(demo_db)
    code, _, err = run_cli(capsys, "--db", str(demo_db), *args)
    assert code == 3 and "Unknown location 'Nowhere/9'" in err
    assert fingerprint(demo_db)[0] == before[0]

"""An import that fills the disk (SQLite on a real 2 MiB tmpfs): the command says the disk is full, not that
the rollback failed, and the database is as before (integrity ok, the log verifies)."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import run_cli as run


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB tmpfs, empty: a database fits, an import of 20,000 rows does not."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs for the full-disk test: {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _write(path: Path, header: list[str], rows: Iterator[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _counts(path: Path) -> tuple[str, int, int, int]:
    with sqlite3.connect(path) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return check, *(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("asset", "person", "event"))


@pytest.mark.parametrize("what", ["assets", "people"])
def test_an_import_that_fills_the_disk_says_so_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small_disk: Path, what: str
) -> None:
    db = small_disk / "klara.sqlite3"
    assert run(capsys, "--db", str(db), "init")[0] == 0
    if what == "assets":
        rows = ([f"KLA-{i:06d}", "laptop", "Dell", "Latitude 7440 14 inch", f"SN{i:09d}"] for i in range(20_000))
        source = _write(tmp_path / "assets.csv", ["tag", "category", "manufacturer", "model", "serial"], rows)
    else:
        people = ([f"Person number {i} of the list", f"p{i}@klara.fr"] for i in range(20_000))
        source = _write(tmp_path / "people.csv", ["Name", "Email"], people)
    before = _counts(db)
    code, _, err = run(capsys, "--db", str(db), "import", str(source))
    assert code == 1, err
    assert "disk is full" in err and "rollback" not in err and "savepoint" not in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert _counts(db) == before == ("ok", 0, 0, 0)
    assert run(capsys, "--db", str(db), "log", "verify")[0] == 0

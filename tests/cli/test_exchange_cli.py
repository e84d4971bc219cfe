"""The import, export, report environment, backup and restore commands: names, JSON keys, exit codes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    return db_url


def test_import_export_and_environment_json(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_text("tag;category;model;notes\nA-1;laptop;=cmd|' /C calc'!A0;+33 6 00\nA-2;Écran;P27;\n")
    code, out, _ = run(capsys, "--db", db, "import", str(source), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["dry_run"] is True and json.loads(out)["imported"] == 2
    assert run(capsys, "--db", db, "show", "A-1")[0] == 3
    code, out, _ = run(capsys, "--db", db, "import", str(source))
    assert code == 0 and "imported 2 assets" in out
    code, _, err = run(capsys, "--db", db, "import", str(source))
    assert code == 1 and "row 2, tag: tag 'A-1' is already used by A-1" in err
    xlsx = tmp_path / "out.xlsx"
    assert run(capsys, "--db", db, "export", str(xlsx))[0] == 0
    cells = [c.value for c in next(load_workbook(xlsx).active.iter_rows(min_row=2, max_row=2))]
    assert "'=cmd|' /C calc'!A0" in cells and "'+33 6 00" in cells
    for what in ("people", "incidents", "batches"):
        assert run(capsys, "--db", db, "export", str(tmp_path / f"{what}.csv"), "--what", what)[0] == 0
    assert run(capsys, "--db", db, "export", str(tmp_path / "out.txt"))[0] == 1
    code, out, _ = run(capsys, "--db", db, "report", "environment", "--year", "2026", "--json")
    data = json.loads(out)
    assert code == 0 and data["year"] == 2026 and data["fleet_embodied_kgco2e"] == 181 + 64.7
    for key in ("devices_reused", "reuse_rate", "avoided_kgco2e", "weee_kg"):
        assert key in data
    assert run(capsys, "--db", db, "report", "environment", "--out", str(tmp_path / "env.pdf"))[0] == 0
    assert (tmp_path / "env.pdf").read_bytes().startswith(b"%PDF")


def test_backup_restore_commands(sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", sqlite_url, "init")[0] == 0
    assert (
        run(
            capsys, "--db", sqlite_url, "asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "X"
        )[0]
        == 0
    )
    copy = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", sqlite_url, "backup", str(copy))
    assert code == 0 and "1 assets" in out
    assert run(capsys, "--db", sqlite_url, "backup", str(copy))[0] == 1
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    code, _, err = run(capsys, "--db", sqlite_url, "restore", str(junk))
    assert code == 1 and "not a Klara Assets backup" in err
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "restore", str(copy))
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "show", "KLA-000001", "--json")
    assert code == 0 and json.loads(out)["model"] == "X"


def test_backup_on_postgres_says_pg_dump(postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", postgres_url, "init")[0] == 0
    code, _, err = run(capsys, "--db", postgres_url, "backup", str(tmp_path / "x.sqlite3"))
    assert code == 1 and "pg_dump" in err


def test_kill_9_during_an_import_leaves_no_rows(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", sqlite_url, "init")[0] == 0
    big = tmp_path / "big.csv"
    with big.open("w") as out:
        out.write("tag,category,manufacturer,model,serial\n")
        out.writelines(f"K-{i},laptop,Dell,Latitude,SN-{i}\n" for i in range(150_000))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "klara_assets", "--db", sqlite_url, "import", str(big)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(sqlite_url + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be killed"
    assert wal.stat().st_size >= 2_000_000, "the import never started writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(sqlite_url) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM asset").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == 0

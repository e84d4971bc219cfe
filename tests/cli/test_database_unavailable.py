"""Exit code 4 (SPEC §8): the database is unavailable — one line, nothing changed, try again."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli as run

ONE_LINE = "klara-assets: database unavailable: nothing changed; try again"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_exits_4(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/test?connect_timeout=2"
    code, out, err = run(capsys, "--db", url, "location", "add", "Paris/Stock IT")
    assert code == 4 and out == ""
    assert err.startswith(ONE_LINE) and "unreachable" in err and len(err.strip().splitlines()) == 1, err


def test_a_sqlite_file_locked_past_the_busy_timeout_exits_4(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "--db", sqlite_url, "init")[0] == 0
    holder = sqlite3.connect(sqlite_url, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than the 5 s busy timeout
        code, _, err = run(capsys, "--db", sqlite_url, "location", "add", "Paris/Stock IT")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 4 and err.startswith(ONE_LINE) and "locked" in err and len(err.strip().splitlines()) == 1, err
    with sqlite3.connect(sqlite_url) as check:
        assert check.execute("SELECT COUNT(*) FROM location").fetchone()[0] == 0

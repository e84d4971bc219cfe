"""The command line when its PostgreSQL server dies (kill -9): during a read, during a write, and before it
starts. Each time: exit 4, one line on stderr, and nothing changed once the server is back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg2

from klara_assets.cli import main
from tests.faults.conftest import running, wait_for_blocked
from tests.faults.server import OwnServer

ROOT = Path(__file__).resolve().parents[2]


def cli(url: str, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "klara_assets", "--db", url, *args]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def seeded(url: str, capsys: Any) -> None:
    assert main(["--db", url, "init"]) == 0
    add = ["asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "Latitude 5440"]
    assert main(["--db", url, *add]) == 0
    capsys.readouterr()


def state(url: str) -> tuple[Any, ...]:
    with psycopg2.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT model, version FROM asset ORDER BY id")
        assets = cur.fetchall()
        cur.execute("SELECT count(*), max(hash) FROM event")
        return (assets, cur.fetchone())


def assert_unavailable(proc: subprocess.Popen[str]) -> None:
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 4, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("klara-assets: database unavailable: nothing changed; try again")
    assert "Traceback" not in err


def test_kill_during_a_read(server: OwnServer, own_url: str, capsys: Any) -> None:
    seeded(own_url, capsys)
    before = state(own_url)
    blocker = psycopg2.connect(own_url)
    with blocker.cursor() as cur:
        cur.execute("LOCK TABLE asset IN ACCESS EXCLUSIVE MODE")  # the read waits here
    proc = cli(own_url, "show", "KLA-000001")
    wait_for_blocked(blocker, wrote=False)
    server.kill()
    assert_unavailable(proc)
    running(server)
    assert state(own_url) == before
    assert main(["--db", own_url, "show", "KLA-000001"]) == 0  # works again, no restart of anything


def test_kill_during_a_write_saves_nothing(server: OwnServer, own_url: str, capsys: Any) -> None:
    seeded(own_url, capsys)
    before = state(own_url)
    blocker = psycopg2.connect(own_url)
    with blocker.cursor() as cur:
        cur.execute("LOCK TABLE event IN EXCLUSIVE MODE")  # reads pass; the edit's log entry waits
    proc = cli(own_url, "asset", "edit", "KLA-000001", "--model", "Changed in flight")
    wait_for_blocked(blocker, wrote=True)  # its UPDATE is made, not committed
    server.kill()
    assert_unavailable(proc)
    running(server)
    assert state(own_url) == before
    assert main(["--db", own_url, "log", "verify"]) == 0
    assert main(["--db", own_url, "asset", "edit", "KLA-000001", "--model", "Changed after"]) == 0


def test_every_kind_of_command_exits_4_on_a_dead_server(server: OwnServer, own_url: str, capsys: Any) -> None:
    seeded(own_url, capsys)
    server.kill()
    for args in (
        ["show", "KLA-000001"],
        ["asset", "edit", "KLA-000001", "--model", "X"],
        ["log", "verify"],
        ["init"],
        ["checkout", "KLA-000001", "a@klara.fr"],
        ["reminders", "--json"],
        ["export", str(ROOT / "never-written.csv")],
    ):
        assert_unavailable(cli(own_url, *args))
    assert not (ROOT / "never-written.csv").exists()
    running(server)
    assert state(own_url)[0] == [("Latitude 5440", 1)]

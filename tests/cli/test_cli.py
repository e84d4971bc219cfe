"""The command line contract (SPEC §8): names, JSON keys and exit codes, on both engines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run_cli as run

IMEI = "352099001761481"


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    return db_url


def test_init_add_show_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "location", "add", "Paris/Stock IT")[0] == 0
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "asset",
        "add",
        "--category",
        "smartphone",
        "--manufacturer",
        "Apple",
        "--model",
        "iPhone 15",
        "--serial",
        "F2L001",
        "--imei",
        IMEI,
        "--location",
        "Paris/Stock IT",
        "--encryption",
        "encrypted",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["tag"] == "KLA-000001"
    code, out, _ = run(capsys, "--db", db, "show", "kla-000001", "--json")
    data = json.loads(out)
    assert code == 0
    assert {
        k: data[k]
        for k in (
            "tag",
            "status",
            "category",
            "serial",
            "imei",
            "holder_email",
            "location",
            "encryption_state",
            "version",
        )
    } == {
        "tag": "KLA-000001",
        "status": "in_stock",
        "category": "smartphone",
        "serial": "F2L001",
        "imei": IMEI,
        "holder_email": None,
        "location": "Paris/Stock IT",
        "encryption_state": "encrypted",
        "version": 1,
    }


def test_refusal_exits_1_with_reason_on_stderr(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "--db",
        db,
        "asset",
        "add",
        "--category",
        "smartphone",
        "--manufacturer",
        "A",
        "--model",
        "B",
        "--imei",
        "352099001761482",
    )
    assert (code, out) == (1, "")
    assert "check digit" in err
    assert run(capsys, "--db", db, "show", "KLA-000001")[0] == 3


def test_not_found_exits_3_and_usage_exits_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db, "show", "KLA-424242")
    assert code == 3 and "KLA-424242" in err
    assert run(capsys, "--db", db, "frobnicate")[0] == 2
    assert run(capsys, "--db", db, "asset", "add", "--model", "X")[0] == 2


def test_edit_with_stale_version_exits_1(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "A")
    assert run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--version", "1", "--model", "B")[0] == 0
    code, _, err = run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--version", "1", "--model", "C")
    assert code == 1 and "changed by someone else" in err
    _, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert json.loads(out)["model"] == "B"


def test_demo_fills_an_empty_database_once(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "demo", "--assets", "300", "--seed", "7")
    assert code == 0 and "300 assets" in out
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000300", "--json")
    assert code == 0 and json.loads(out)["status"] == "in_stock"
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "not empty" in err
    assert run(capsys, "--db", db, "log", "verify")[0] == 0


def test_command_on_missing_file_says_run_init(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "none.sqlite3"), "show", "KLA-000001")
    assert code == 1 and "init" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_log_verify_exits_1_naming_the_altered_event(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", sqlite_url, "init")
    run(capsys, "--db", sqlite_url, "location", "add", "Paris/A")
    run(capsys, "--db", sqlite_url, "location", "add", "Paris/B")
    import sqlite3

    with sqlite3.connect(sqlite_url) as conn:
        conn.execute("DROP TRIGGER event_no_update")
        conn.execute("UPDATE event SET data = replace(data, 'Paris', 'Lyon') WHERE id = 2")
    code, _, err = run(capsys, "--db", sqlite_url, "log", "verify")
    assert code == 1 and "event 2 was altered" in err


def test_two_processes_editing_the_same_asset_one_conflict(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Two seats load version 1; the first save wins, the second is refused, nothing is overwritten."""
    run(
        capsys,
        "--db",
        db,
        "asset",
        "add",
        "--category",
        "laptop",
        "--manufacturer",
        "Dell",
        "--model",
        "Original",
    )
    seats = [
        subprocess.run(
            [
                sys.executable,
                "-m",
                "klara_assets",
                "--db",
                db,
                "--actor",
                f"seat{n}",
                "asset",
                "edit",
                "KLA-000001",
                "--version",
                "1",
                "--model",
                f"Seat {n}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        for n in (1, 2)
    ]
    assert [s.returncode for s in seats] == [0, 1]
    assert "changed by someone else" in seats[1].stderr
    _, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert json.loads(out)["model"] == "Seat 1" and json.loads(out)["version"] == 2

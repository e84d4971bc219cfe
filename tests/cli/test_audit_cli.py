"""`audit` commands: open, scan, move, close with the report files, and their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_labels_scan import run


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    for room in ("Paris/Open space", "Paris/Stock IT"):
        assert run(capsys, "--db", db_url, "location", "add", room)[0] == 0
    for room in ("Paris/Open space", "Paris/Open space", "Paris/Stock IT"):
        args = [
            "asset",
            "add",
            "--category",
            "monitor",
            "--manufacturer",
            "Dell",
            "--model",
            "P2723D",
            "--location",
            room,
        ]
        assert run(capsys, "--db", db_url, *args)[0] == 0
    return db_url


def test_audit_round_trip(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "audit", "open", "Paris/Open space", "--json")
    assert code == 0 and json.loads(out)["expected"] == 2
    code, out, _ = run(capsys, "--db", db, "audit", "scan", "1", "KLA-000001", "KLA-000003", "MYSTERY", "--json")
    assert [s["result"] for s in json.loads(out)["scans"]] == ["found", "unexpected", "unknown"]
    assert run(capsys, "--db", db, "audit", "move", "1", "KLA-000003")[0] == 0
    pdf, csv = tmp_path / "audit.pdf", tmp_path / "audit.csv"
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "audit", "close", "1", "--pdf", str(pdf), "--csv", str(csv))
    assert code == 0 and "1 missing" in out and "KLA-000002" in out
    assert "KLA-000002" in PdfReader(pdf).pages[0].extract_text()
    assert csv.read_text(encoding="utf-8-sig").splitlines()[1].startswith("missing,KLA-000002")
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert json.loads(out)["last_audit_at"] is not None


def test_audit_refusals_exit_codes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "audit", "open", "Paris/Open space")[0] == 0
    code, _, err = run(capsys, "--db", db, "audit", "open", "Paris/Open space")
    assert code == 1 and "already open" in err
    assert run(capsys, "--db", db, "audit", "scan", "7", "KLA-000001")[0] == 3
    assert run(capsys, "--db", db, "audit", "close", "1")[0] == 0
    code, _, err = run(capsys, "--db", db, "audit", "close", "1")
    assert code == 1 and "already closed" in err
    code, _, err = run(capsys, "--db", db, "audit", "scan", "1", "KLA-000002")
    assert code == 1 and "closed" in err
    assert run(capsys, "--db", db, "audit", "report", "1", "out.txt")[0] == 2

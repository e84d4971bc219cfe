"""`receipt list [EMAIL]`, `receipt save NUMBER --out F` (exit 3 for an unknown number), `receipt attach`,
and `checkin --note` kept on the return receipt (issue 17 §3), on both engines."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.helpers import run_cli as run


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    run(capsys, "--db", db_url, "person", "add", "Zoé Kovács", "--email", "zoe@klara.fr")
    args = ["asset", "add", "--category", "monitor", "--manufacturer", "Dell", "--model", "P2723", "--serial", "M1"]
    assert run(capsys, "--db", db_url, *args)[0] == 0
    return db_url


def test_receipts_listed_saved_and_scans_attached(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "--db", db, "checkout", "KLA-000001", "zoe@klara.fr")[0] == 0
    code, _, err = run(capsys, "--db", db, "checkin", "KLA-000001", "--note", "Écran rayé")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "receipt", "list", "zoe@klara.fr", "--json")
    listed = json.loads(out)
    ret, rec = (r["number"] for r in listed["receipts"])  # numbered in the real clock's year
    assert code == 0 and re.fullmatch(r"RET-\d{4}-0001", ret) and re.fullmatch(r"REC-\d{4}-0001", rec)
    assert listed["receipts"][0]["remark"] == "Écran rayé"
    pdf = tmp_path / "ret.pdf"
    code, out, _ = run(capsys, "--db", db, "receipt", "save", ret.lower(), "--out", str(pdf))
    assert code == 0 and hashlib.sha256(pdf.read_bytes()).hexdigest() == listed["receipts"][0]["sha256"]
    assert listed["receipts"][0]["sha256"] in out
    code, out, _ = run(capsys, "--db", db, "receipt", "list", "--tag", "KLA-000001")
    assert code == 0 and ret in out and rec in out
    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n....")
    assert run(capsys, "--db", db, "receipt", "attach", rec, str(scan))[0] == 0
    code, out, _ = run(capsys, "--db", db, "receipt", "list")
    assert "1 scan(s)" in out


def test_unknown_receipt_exits_3_and_writes_nothing(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", db, "receipt", "save", "REC-2026-0042", "--out", str(out))
    assert code == 3 and "REC-2026-0042" in err and not out.exists() and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", db, "receipt", "list", "nobody@klara.fr")
    assert code == 3 and "nobody@klara.fr" in err
    code, _, err = run(capsys, "--db", db, "receipt", "save", "REC-2026-0042")
    assert code == 2


def test_reminders_command_json_days_and_snooze(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "checkout", "KLA-000001", "zoe@klara.fr")[0] == 0
    assert run(capsys, "--db", db, "person", "leave", "zoe@klara.fr")[0] == 0
    code, out, _ = run(capsys, "--db", db, "reminders", "--json")
    data = json.loads(out)
    [item] = [i for i in data["items"] if i["kind"] == "left"]
    assert code == 0 and item["urgent"] and item["subject"] == "zoe@klara.fr" and data["urgent"] >= 1
    code, out, _ = run(capsys, "--db", db, "reminders", "--days", "30")
    assert code == 0 and "Zoé Kovács <zoe@klara.fr> left on" in out
    code, _, err = run(capsys, "--db", db, "reminders", "--days", "-1")
    assert code == 1 and "--days" in err
    code, _, err = run(capsys, "--db", db, "snooze", item["key"], "2999-01-01")
    assert code == 0, err
    data = json.loads(run(capsys, "--db", db, "reminders", "--json")[1])
    assert item["key"] not in [i["key"] for i in data["items"]]

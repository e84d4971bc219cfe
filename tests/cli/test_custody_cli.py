"""The custody and incident commands (SPEC §8): names, JSON keys, exit codes and concurrency, on both
engines. Two processes checking out the same device at once: exactly one succeeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from klara_assets.domain.errors import Conflict
from klara_assets.persistence import lookups, queries
from klara_assets.persistence.database import open_database
from klara_assets.services import custody, inventory
from klara_assets.services.context import ServiceContext, utc_now
from tests.helpers import cli_today
from tests.helpers import run_cli as run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    run(capsys, "--db", db_url, "person", "add", "Zoé Kovács", "--email", "zoe@klara.fr")
    run(capsys, "--db", db_url, "person", "add", "Paul Martin", "--email", "paul@klara.fr")
    for serial, state in (("DL1", "encrypted"), ("DL2", "none")):
        args = [
            "asset",
            "add",
            "--category",
            "laptop",
            "--manufacturer",
            "Dell",
            "--model",
            "Latitude",
            "--serial",
            serial,
        ]
        if state == "encrypted":  # checked today by the CLI's own clock: compliant (issue 12, domain.encryption)
            args += ["--encryption-checked", utc_now().date().isoformat()]
        assert run(capsys, "--db", db_url, *args, "--encryption", state)[0] == 0
    return db_url


def test_checkout_and_checkin_with_receipts(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    receipt = tmp_path / "remise.pdf"
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "checkout",
        "KLA-000001",
        "zoe@klara.fr",
        "--due",
        str(cli_today() + timedelta(days=35)),
        "--receipt",
        str(receipt),
        "--json",
    )
    assert code == 0 and json.loads(out)["receipt_no"].startswith("REC-")
    assert receipt.read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert json.loads(out)["holder_email"] == "zoe@klara.fr"
    back = tmp_path / "retour.pdf"
    code, out, _ = run(
        capsys, "--db", db, "--lang", "en", "checkin", "KLA-000001", "--condition", "fair", "--receipt", str(back)
    )
    assert code == 0 and back.read_bytes().startswith(b"%PDF")
    assert json.loads(run(capsys, "--db", db, "show", "KLA-000001", "--json")[1])["status"] == "in_stock"


def test_refusals_exit_codes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db, "checkout", "KLA-000002", "zoe@klara.fr")
    assert code == 1 and "must be encrypted" in err
    code, _, err = run(capsys, "--db", db, "checkout", "KLA-000002", "zoe@klara.fr", "--override", "  ")
    assert code == 1 and "needs a reason" in err
    code, _, err = run(capsys, "--db", db, "checkout", "KLA-000001", "ghost@klara.fr")
    assert code == 3 and "ghost@klara.fr" in err
    code, _, err = run(capsys, "--db", db, "checkin", "KLA-000001")
    assert code == 1 and "not checked out" in err
    assert run(capsys, "--db", db, "checkin", "KLA-000001", "--condition", "shiny")[0] == 2
    code, out, _ = run(
        capsys, "--db", db, "checkout", "KLA-000002", "zoe@klara.fr", "--override", "CEO decision", "--json"
    )
    assert code == 0 and json.loads(out)["overridden"] == ["KLA-000002"]


def test_incident_report_json_and_close(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "--db", db, "checkout", "KLA-000002", "zoe@klara.fr", "--override", "CEO decision")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "incident",
        "report",
        "KLA-000002",
        "--kind",
        "lost",
        "--personal-data",
        "unknown",
        "--description",
        "Train",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["number"].startswith("INC-") and data["status"] == "open"
    assert data["notifiable"] is True and data["deadline"].endswith("Z") and data["mailto"].startswith("mailto:")
    code, out, _ = run(capsys, "--db", db, "incident", "report", "KLA-000001", "--kind", "damaged", "--json")
    assert json.loads(out)["notifiable"] is False and json.loads(out)["deadline"] is None
    number = data["number"]
    assert run(capsys, "--db", db, "incident", "step", number, "police_report", "--ref", "PV-1")[0] == 0
    code, _, err = run(
        capsys, "--db", db, "incident", "report", "KLA-000001", "--kind", "lost", "--discovered", "2099-01-01T00:00Z"
    )
    assert code == 1 and "in the future" in err
    code, _, err = run(capsys, "--db", db, "incident", "close", number, "--outcome", "recovered")
    assert code == 1 and "inspection note" in err
    assert run(capsys, "--db", db, "incident", "close", number, "--outcome", "recovered", "--note", "Intact")[0] == 0
    code, _, err = run(capsys, "--db", db, "incident", "close", number, "--outcome", "recovered", "--note", "x")
    assert code == 1 and "already closed" in err
    assert run(capsys, "--db", db, "incident", "close", "INC-2000-0001", "--outcome", "written_off")[0] == 3
    for name in ("register.csv", "register.pdf", "incident.pdf"):
        out_file = tmp_path / name
        args = (
            ("incident", "pdf", number, str(out_file))
            if name == "incident.pdf"
            else ("incident", "register", str(out_file))
        )
        assert run(capsys, "--db", db, *args)[0] == 0 and out_file.stat().st_size > 200
    assert run(capsys, "--db", db, "incident", "register", str(tmp_path / "r.txt"))[0] == 1


def test_two_processes_checking_out_the_same_device(db: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "klara_assets", "--db", db, "checkout", "KLA-000001"]
    procs = [
        subprocess.Popen([*cmd, email], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        for email in ("zoe@klara.fr", "paul@klara.fr")
    ]
    results = [(p.wait(timeout=60), p.stderr.read() if p.stderr else "") for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 1], results
    loser = next(err for code, err in results if code == 1)
    assert "already assigned" in loser or "changed by someone else" in loser


@pytest.mark.postgres
def test_race_between_read_and_write_is_a_conflict(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seat A has read the device when seat B checks it out: A's versioned update finds nothing, A gets a Conflict."""
    db = open_database(postgres_url)
    ctx = ServiceContext(db=db, url=postgres_url, actor="a")
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.add_person(ctx, "Paul Martin", "paul@klara.fr")
    inventory.register_asset(ctx, category="monitor", manufacturer="LG", model="27UP850")
    original = lookups.asset_by_tag
    fired: list[bool] = []

    def read_then_let_seat_b_in(tag: str) -> Any:
        asset = original(tag)
        if not fired:
            fired.append(True)
            seat_b = ServiceContext(db, postgres_url, "b")
            thread = threading.Thread(target=custody.check_out, args=(seat_b, ["KLA-000001"], "paul@klara.fr"))
            thread.start()
            thread.join(timeout=30)
        return asset

    monkeypatch.setattr(lookups, "asset_by_tag", read_then_let_seat_b_in)
    with pytest.raises(Conflict, match="changed by someone else"):
        custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr")
    monkeypatch.undo()
    assert queries.asset_detail("KLA-000001").holder_email == "paul@klara.fr"
    db.close()

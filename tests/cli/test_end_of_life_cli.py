"""The end-of-life commands (SPEC §8): names, exit codes and JSON keys, on both engines."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from klara_assets.services.context import utc_now
from tests.cli.test_cli import run
from tests.eol_setup import RECYCLER_SIRET, REFURBISHER_SIRET
from tests.helpers import cli_today
from tests.services.test_signing import PASSWORD, make_pkcs12, validate


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    for tag_args in (
        ["--serial", "DL-1", "--purchased", "2017-01-10"],
        ["--serial", "DL-2", "--purchased", str(cli_today() - timedelta(days=2 * 365))],
    ):
        code, _, err = run(
            capsys, "--db", db_url, "asset", "add", "--category", "laptop", "--manufacturer", "Dell",
            "--model", "Latitude 7440", "--storage", "ssd", *tag_args,
        )  # fmt: skip
        assert code == 0, err
    return db_url


def k(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", db, *args)


def year() -> int:
    """The year the command line numbers documents with: its real clock, read when the test runs."""
    return utc_now().year


SANITIZE = ["--technique", "crypto erase", "--tool", "Blancco Drive Eraser 7.12", "--verification", "full"]


def test_recycling_path_from_the_command_line(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = k(capsys, db, "eol", "candidates", "--json")
    assert code == 0 and [c["tag"] for c in json.loads(out)["candidates"]] == ["KLA-000001"]
    assert k(capsys, db, "retire", "KLA-000001", "--reason", "eight years old")[0] == 0
    code, _, err = k(capsys, db, "route", "KLA-000001", "recycle")
    assert code == 1 and "sanitization" in err
    code, out, _ = k(capsys, db, "route", "KLA-000001")
    assert code == 0 and "advice recycle" in out and "sanitize the device before routing" in out
    assert k(capsys, db, "sanitize", "KLA-000001", "--method", "purge", *SANITIZE, "--operator", "Ömer Yılmaz")[0] == 0
    code, out, _ = k(capsys, db, "route", "KLA-000001", "--json")
    advice = json.loads(out)
    assert advice["advice"] == "recycle" and "far_past_lifetime" in [r["code"] for r in advice["reasons"]]
    code, _, err = k(capsys, db, "route", "KLA-000001", "refurbish")
    assert code == 1 and "give a reason" in err
    assert k(capsys, db, "route", "KLA-000001", "recycle")[0] == 0
    code, _, err = k(capsys, db, "partner", "add", "Valorys", "--kind", "recycler", "--siret", "12345678901234")
    assert code == 1 and "Invalid SIRET" in err
    cert = ["--cert", f"WEEELABEX:WLX-1:{cli_today() + timedelta(days=200)}"]
    assert k(capsys, db, "partner", "add", "Valorys", "--kind", "recycler", "--siret", RECYCLER_SIRET, *cert)[0] == 0
    code, out, _ = k(capsys, db, "batch", "create", "--partner", "Valorys", "--json")
    batch = json.loads(out)["number"]
    assert code == 0 and batch == f"LOT-{year()}-001"
    code, _, err = k(capsys, db, "batch", "add", batch, "KLA-000002")
    assert code == 1 and "routed to recycling" in err
    assert k(capsys, db, "batch", "add", batch, "KLA-000001")[0] == 0
    code, _, err = k(capsys, db, "batch", "close", batch, "--out", str(tmp_path / "c.pdf"))
    assert code == 1 and "ship it first" in err and not (tmp_path / "c.pdf").exists()
    manifest = tmp_path / "manifest.pdf"
    assert k(capsys, db, "batch", "ship", batch, "--tracking", "BSD-9", "--manifest", str(manifest))[0] == 0
    assert manifest.read_bytes().startswith(b"%PDF-")
    code, out, _ = k(capsys, db, "batch", "close", batch, "--out", str(tmp_path / "c.pdf"))
    assert code == 0 and f"CERT-{year()}-0001" in out
    code, out, _ = k(capsys, db, "show", "KLA-000001", "--json")
    assert json.loads(out)["status"] == "recycled"
    code, out, _ = k(capsys, db, "certificate", "verify", str(tmp_path / "c.pdf"), "--json")
    report = json.loads(out)
    assert code == 0 and {k: report[k] for k in ("result", "number", "kind")} == {
        "result": "VALID", "number": f"CERT-{year()}-0001", "kind": "recycling",
    }  # fmt: skip
    assert datetime.fromisoformat(report["issued_at"]).year == year()
    data = bytearray((tmp_path / "c.pdf").read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "altered.pdf").write_bytes(bytes(data))
    code, out, _ = k(capsys, db, "certificate", "verify", str(tmp_path / "altered.pdf"))
    assert code == 1 and out.startswith("ALTERED")
    assert k(capsys, db, "certificate", "revoke", f"CERT-{year()}-0001", "--reason", "weight")[0] == 0
    code, out, _ = k(capsys, db, "certificate", "verify", str(tmp_path / "c.pdf"), "--json")
    assert code == 1 and json.loads(out)["result"] == "REVOKED"


def test_verify_bad_files_and_missing_things(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    code, out, _ = k(capsys, db, "certificate", "verify", str(tmp_path / "empty.pdf"), "--json")
    assert code == 1 and json.loads(out)["result"] == "UNKNOWN" and "empty" in json.loads(out)["message"]
    code, _, err = k(capsys, db, "certificate", "verify", str(tmp_path / "nothing.pdf"))
    assert code == 3 and "No file" in err
    code, _, err = k(capsys, db, "retire", "KLA-404404", "--reason", "x")
    assert code == 3
    code, _, err = k(capsys, db, "batch", "add", "LOT-2026-999", "KLA-000001")
    assert code == 3 and "LOT-2026-999" in err
    assert k(capsys, db, "route", "KLA-000001", "sideways")[0] == 2


def test_refurbishment_signed_with_password_from_environment(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p12, root = make_pkcs12(tmp_path)
    monkeypatch.setenv("KLARA_SIGN_PASSWORD", PASSWORD)
    assert k(capsys, db, "retire", "KLA-000002", "--reason", "replaced")[0] == 0
    assert k(capsys, db, "sanitize", "KLA-000002", "--method", "clear", *SANITIZE, "--operator", "Ömer")[0] == 0
    assert k(capsys, db, "route", "KLA-000002", "refurbish")[0] == 0
    ess = ["--kind", "refurbisher", "--siret", REFURBISHER_SIRET, "--ess"]
    assert k(capsys, db, "partner", "add", "Ateliers du Bocage", *ess)[0] == 0
    assert k(capsys, db, "batch", "create", "--partner", "Ateliers du Bocage")[0] == 0
    assert k(capsys, db, "batch", "add", f"LOT-{year()}-001", "KLA-000002")[0] == 0
    assert k(capsys, db, "batch", "ship", f"LOT-{year()}-001")[0] == 0
    out_pdf = tmp_path / "signed.pdf"
    code, out, err = k(capsys, db, "batch", "close", f"LOT-{year()}-001", "--out", str(out_pdf), "--sign", str(p12))
    assert code == 0, err
    assert "(signed)" in out and PASSWORD not in out + err
    assert validate(out_pdf.read_bytes(), root).bottom_line  # type: ignore[attr-defined]
    code, out, _ = k(capsys, db, "certificate", "verify", str(out_pdf))
    assert code == 0 and out.startswith(f"VALID CERT-{year()}-0001 (refurbishment")

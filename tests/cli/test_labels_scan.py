"""`labels` and `scan` on the command line: arguments, outputs, JSON keys and exit codes (SPEC §8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.documents.label_checks import decode_pages
from tests.helpers import run_cli as run

IMEI = "352099001761481"


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    for serial in ("C02AAA", "C02BBB", "C02CCC"):
        args = [
            "asset",
            "add",
            "--category",
            "laptop",
            "--manufacturer",
            "Lenovo",
            "--model",
            "T14",
            "--serial",
            serial,
        ]
        assert run(capsys, "--db", db_url, *args)[0] == 0
    args = [
        "asset",
        "add",
        "--category",
        "smartphone",
        "--manufacturer",
        "Apple",
        "--model",
        "iPhone 15",
        "--imei",
        IMEI,
    ]
    assert run(capsys, "--db", db_url, *args)[0] == 0
    return db_url


def test_labels_for_chosen_tags_decode(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "labels.pdf"
    code, _, err = run(capsys, "--db", db, "labels", str(out), "kla-000003", "KLA-000001", "--layout", "DK-11209")
    assert code == 0, err
    decoded = decode_pages(out.read_bytes(), tmp_path, 300)
    assert [(d.page, d.text) for d in decoded] == [(0, "KLA-000003"), (1, "KLA-000001")]


def test_labels_tags_may_follow_the_options(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "labels.pdf"
    code, _, err = run(capsys, "--db", db, "labels", str(out), "--layout", "DK-11209", "KLA-000002", "kla-000004")
    assert code == 0, err
    assert [d.text for d in decode_pages(out.read_bytes(), tmp_path, 300)] == ["KLA-000002", "KLA-000004"]
    code, _, err = run(capsys, "--db", db, "labels", str(out), "--layout", "DK-11209", "KLA-000002", "--bogus")
    assert code == 2 and "--bogus" in err


def test_labels_all_with_skip(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.pdf"
    assert run(capsys, "--db", db, "labels", str(out), "--all", "--skip", "20")[0] == 0
    assert len(PdfReader(out).pages) == 2  # L7160 by default: position 20 on page 1, three on page 2
    assert sorted(d.text for d in decode_pages(out.read_bytes(), tmp_path, 150)) == [
        f"KLA-00000{i}" for i in range(1, 5)
    ]


def test_labels_list_layouts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "labels", "--list-layouts")
    assert code == 0
    for layout in ("L7160", "L7163", "L7651", "5160", "DK-11209", "11354"):
        assert layout in out


def test_labels_unknown_tag_exits_3_and_writes_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", db, "labels", str(out), "KLA-000001", "KLA-999999")
    assert code == 3 and "KLA-999999" in err
    assert not out.exists()


def test_labels_bad_layout_or_skip_exits_1(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db, "labels", str(tmp_path / "x.pdf"), "--all", "--layout", "L9999")
    assert code == 1 and "Unknown label layout 'L9999'" in err
    code, _, err = run(capsys, "--db", db, "labels", str(tmp_path / "x.pdf"), "--all", "--skip", "99")
    assert code == 1 and "skip" in err


@pytest.mark.parametrize(
    "args",
    [["labels", "out.pdf"], ["labels", "out.pdf", "--all", "KLA-000001"], ["labels", "out.txt", "--all"], ["scan"]],
)
def test_usage_errors_exit_2(db: str, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, *args)[0] == 2


def test_scan_json_keys_for_each_form(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for payload, kind, tag in [
        ("kla-000002", "tag", "KLA-000002"),
        ("https://x.example/a/KLA-000003", "tag", "KLA-000003"),
        ("C02AAA", "serial", "KLA-000001"),
        (IMEI, "imei", "KLA-000004"),
    ]:
        code, out, _ = run(capsys, "--db", db, "scan", payload, "--json")
        data = json.loads(out)
        assert code == 0
        assert {"kind", "tag", "status", "match"} <= set(data)
        assert (data["kind"], data["tag"], data["status"]) == (kind, tag, "in_stock")


def test_scan_nothing_matches_exits_3(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "scan", "'; DROP TABLE asset; --", "--json")
    assert code == 3
    assert json.loads(out)["kind"] == "none" and json.loads(out)["tag"] is None
    code, _, err = run(capsys, "--db", db, "scan", "NOPE-123")
    assert code == 3 and "No asset matches 'NOPE-123'" in err


def test_scan_image_of_a_label_sheet(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "one.pdf"
    assert run(capsys, "--db", db, "labels", str(pdf), "KLA-000003", "--layout", "11354")[0] == 0
    decode_pages(pdf.read_bytes(), tmp_path, 200)
    code, out, _ = run(capsys, "--db", db, "scan", "--image", str(tmp_path / "page-1.png"), "--json")
    assert code == 0
    assert json.loads(out)["tag"] == "KLA-000003" and json.loads(out)["codes"] == ["KLA-000003"]


def test_scan_image_errors(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "scan", "--image", str(tmp_path / "missing.png"))[0] == 3
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8 truncated")
    code, _, err = run(capsys, "--db", db, "scan", "--image", str(bad))
    assert code == 1 and "not an image" in err

"""Every file error is a refusal (SPEC §8): output paths are checked before anything is saved, files are
written whole or not at all, and the message names the reason; on both engines, on a real full disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from klara_assets.domain.errors import KlaraError
from klara_assets.persistence.database import open_database
from klara_assets.services.output_files import OutputRefused, check_output, write_after_commit, write_output
from tests.helpers import cli_today, snapshot
from tests.helpers import run_cli as run
from tests.services.test_signing import make_pkcs12

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    assert run(capsys, "--db", db_url, "person", "add", "Zoé Kovács", "--email", "zoe@klara.fr")[0] == 0
    for serial in ("DL1", "DL2"):
        args = ["asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "Latitude"]
        checked = ["--encryption-checked", cli_today().isoformat()]  # a fresh check: check-out accepts it
        assert run(capsys, "--db", db_url, *args, "--serial", serial, "--encryption", "encrypted", *checked)[0] == 0
    return db_url


def content(url: str) -> dict[str, list[tuple[Any, ...]]]:
    db = open_database(url)
    try:
        return snapshot()
    finally:
        db.close()


def refused(capsys: pytest.CaptureFixture[str], db: str, words: str, *args: str) -> str:
    """The command exits 1 with one line naming `words`, and the database did not change."""
    before = content(db)
    code, _, err = run(capsys, "--db", db, *args)
    assert code == 1, err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert content(db) == before
    return err


def fill(path: Path) -> None:
    """Write zeros to `path` until the disk is full."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while os.write(handle, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(handle)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB tmpfs, filled up: writes there fail with ENOSPC."""
    mount = tmp_path / "full"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs for the full-disk test: {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        fill(mount / "filler")
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_checkout_receipt_in_a_missing_folder_saves_nothing(db: str, capsys: Any, tmp_path: Path) -> None:
    receipt = tmp_path / "missing" / "folder" / "r.pdf"
    err = refused(capsys, db, "does not exist", "checkout", "KLA-000001", "zoe@klara.fr", "--receipt", str(receipt))
    assert "nothing was saved" in err and not receipt.parent.exists()
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert code == 0 and json.loads(out)["holder_email"] is None


def test_checkout_receipt_that_is_a_folder_saves_nothing(db: str, capsys: Any, tmp_path: Path) -> None:
    refused(capsys, db, "is a folder", "checkout", "KLA-000001", "zoe@klara.fr", "--receipt", str(tmp_path))


def test_checkin_receipt_checked_before_the_check_in(db: str, capsys: Any, tmp_path: Path) -> None:
    assert run(capsys, "--db", db, "checkout", "KLA-000001", "zoe@klara.fr")[0] == 0
    refused(capsys, db, "does not exist", "checkin", "KLA-000001", "--receipt", str(tmp_path / "no" / "r.pdf"))


def test_checkout_receipt_on_a_full_disk_saves_nothing(db: str, capsys: Any, full_disk: Path) -> None:
    receipt = full_disk / "r.pdf"
    refused(capsys, db, "disk is full", "checkout", "KLA-000001", "zoe@klara.fr", "--receipt", str(receipt))
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize(
    ("where", "words"), [("missing", "does not exist"), ("folder", "is a folder"), ("full", "disk is full")]
)
def test_labels_and_exports_refuse_bad_outputs(
    db: str, capsys: Any, tmp_path: Path, full_disk: Path, where: str, words: str
) -> None:
    def target(name: str) -> Path:
        if where == "missing":
            return tmp_path / "missing" / name
        if where == "folder":
            (tmp_path / name).mkdir()
            return tmp_path / name
        return full_disk / name

    refused(capsys, db, words, "labels", str(target("labels.pdf")), "--all")
    refused(capsys, db, words, "export", str(target("assets.csv")))
    refused(capsys, db, words, "export", str(target("assets.xlsx")))
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_atomic_write_keeps_the_old_file_on_a_full_disk(full_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up during the write (past the free-space check): the old file stays, no temp file."""
    monkeypatch.setattr("klara_assets.services.output_files.MIN_FREE_BYTES", 0)
    (full_disk / "filler").unlink()
    old = write_output(full_disk / "report.pdf", b"%PDF old")
    fill(full_disk / "filler")
    with pytest.raises(OutputRefused) as err:
        write_output(old, b"%PDF new " * 100_000)
    assert err.value.code == "disk_full" and "nothing was saved" in err.value.message
    assert old.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "report.pdf"]


def test_a_file_that_fails_after_the_commit_says_what_is_saved(tmp_path: Path) -> None:
    with pytest.raises(KlaraError) as err:
        write_after_commit(tmp_path / "gone" / "r.pdf", b"%PDF", "The check-out of KLA-000001 (receipt REC-1)")
    assert err.value.code == "output_failed_after_save"
    assert err.value.message.startswith("The check-out of KLA-000001 (receipt REC-1) is saved, but")
    assert "does not exist" in err.value.message


def test_check_output_accepts_a_writable_new_file(tmp_path: Path) -> None:
    assert check_output(tmp_path / "new.pdf") == tmp_path / "new.pdf"
    assert list(tmp_path.iterdir()) == []


def test_a_reader_that_leaves_the_pipe_is_not_an_error(db: str, tmp_path: Path) -> None:
    """`klara-assets … | head -1`: stdout is a real pipe whose reader is gone; exit 0, nothing on stderr."""
    if db.startswith("postgresql"):
        pytest.skip("the pipe, not the engine, is under test")
    script = (
        "import os, sys\n"
        "read, write = os.pipe()\n"
        "os.close(read)\n"
        "os.dup2(write, 1)\n"
        "from klara_assets.cli import main\n"
        f"sys.exit(main(['--db', {db!r}, 'show', 'KLA-000001', '--json']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr


@pytest.mark.parametrize("key", ["garbage", "wrong password"])
def test_an_unreadable_signing_key_is_one_line(db: str, tmp_path: Path, key: str) -> None:
    """In a real process (pytest would swallow pyHanko's logged traceback): one line, exit 1, nothing issued."""
    if key == "garbage":
        p12 = tmp_path / "klara.p12"
        p12.write_bytes(b"not a pkcs12 file\n" * 10)
    else:
        p12 = make_pkcs12(tmp_path)[0]
    out = tmp_path / "cert.pdf"
    before = content(db)
    args = ["--db", db, "certificate", "sanitization", "KLA-000001", "--out", str(out), "--sign", str(p12)]
    env = {**os.environ, "KLARA_SIGN_PASSWORD": "not the password", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "klara_assets", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and done.stderr.startswith("klara-assets: Cannot open the signing key"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not out.exists() and content(db) == before


def test_a_missing_import_file_exits_3(db: str, capsys: Any, tmp_path: Path) -> None:
    before = content(db)
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "nope.csv"))
    assert code == 3 and err == "klara-assets: nope.csv: no such file.\n"
    assert content(db) == before


def test_a_zip_renamed_csv_is_refused_by_its_content(db: str, capsys: Any, tmp_path: Path) -> None:
    import zipfile

    fake = tmp_path / "assets.csv"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("notes.txt", "not a workbook")
    refused(capsys, db, "not a readable XLSX workbook", "import", str(fake))


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [("--price", "1e309", "price '1e309' is out of range"), ("--storage-gb", "9" * 23, "storage_gb 99999")],
)
def test_overflowing_numbers_are_refused_with_the_field(
    db: str, capsys: Any, option: str, value: str, words: str
) -> None:
    args = ["asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "X", option, value]
    refused(capsys, db, words, *args)

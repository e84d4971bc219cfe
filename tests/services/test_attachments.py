"""Attachments (issue 16): bytes kept in the database with their SHA-256, executables refused, the limit
a setting, every add and removal an event with the hash; round trip through the command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from klara_assets.domain.attachments import sniff
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.persistence.models import Attachment, Event
from klara_assets.services import attachments, backups
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests import eol_setup
from tests.helpers import assert_refused, run_cli, snapshot

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def _events(entity: str, owner: int) -> list[tuple[str, dict]]:
    query = Event.select().where((Event.entity == entity) & (Event.entity_id == owner)).order_by(Event.id)
    return [(e.action, json.loads(e.data)) for e in query]


def test_attach_list_read_and_remove_with_hash_in_the_log(ctx: ServiceContext) -> None:
    eol_setup.organisation(ctx)
    tag = eol_setup.device(ctx)
    row = attachments.add_attachment(ctx, "asset", tag.lower(), "/tmp/x/facture.pdf", PDF).result
    assert isinstance(row, attachments.AttachmentRow)
    digest = hashlib.sha256(PDF).hexdigest()
    assert (row.file_name, row.media_type, row.size, row.sha256) == ("facture.pdf", "application/pdf", len(PDF), digest)
    assert [r.id for r in attachments.attachments_of("asset", tag)] == [row.id]
    again, content = attachments.attachment_content(row.id)
    assert content == PDF and again.sha256 == digest
    owner = attachments.owner_id("asset", tag)
    attach = [data for action, data in _events("asset", owner) if action == "attach"]
    assert attach and attach[0]["after"]["sha256"] == digest and attach[0]["after"]["attachment"] == row.id
    assert_refused(ValidationFailed, "say why", attachments.remove_attachment, ctx, row.id, " ")
    attachments.remove_attachment(ctx, row.id, "wrong file")
    assert attachments.attachments_of("asset", tag) == []
    detach = [data for action, data in _events("asset", owner) if action == "detach"]
    assert detach[0]["before"]["sha256"] == digest and detach[0]["after"]["reason"] == "wrong file"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "ELF program"),
        (b"MZ\x90\x00" + b"\x00" * 100, "Windows program"),
        (b"\xcf\xfa\xed\xfe" + b"\x00" * 100, "Mach-O"),
        (b"#!/bin/sh\nrm -rf /\n", "script"),
        (b"", "empty"),
    ],
)
def test_programs_and_empty_files_are_refused(ctx: ServiceContext, content: bytes, words: str) -> None:
    eol_setup.organisation(ctx)
    tag = eol_setup.device(ctx)
    # A program renamed .pdf is still a program: the name does not count.
    assert_refused(ValidationFailed, words, attachments.add_attachment, ctx, "asset", tag, "rapport.pdf", content)


def test_the_size_limit_is_a_setting(ctx: ServiceContext) -> None:
    eol_setup.organisation(ctx)
    tag = eol_setup.device(ctx)
    update_settings(ctx, attachment_max_mb=1)
    big = b"%PDF-1.7\n" + b"0" * (1024 * 1024)
    add = attachments.add_attachment
    err = assert_refused(ValidationFailed, "the limit is 1 MB", add, ctx, "asset", tag, "b.pdf", big)
    assert err.code == "attachment_too_large"
    update_settings(ctx, attachment_max_mb=2)
    assert attachments.add_attachment(ctx, "asset", tag, "b.pdf", big).result.size == len(big)  # type: ignore[union-attr]
    assert_refused(ValidationFailed, "attachment_max_mb", update_settings, ctx, attachment_max_mb=0)


def test_every_kind_of_owner_and_unknown_owners(ctx: ServiceContext) -> None:
    eol_setup.organisation(ctx)
    eol_setup.recycler(ctx)
    tag = eol_setup.routed(ctx, "recycle")
    number = eol_setup.shipped_batch(ctx, eol_setup.RECYCLER, [tag])
    sanitization_id = Attachment._meta.database.execute_sql("SELECT MAX(id) FROM sanitization").fetchone()[0]
    for kind, ref in (("batch", number), ("partner", eol_setup.RECYCLER), ("sanitization", sanitization_id)):
        row = attachments.add_attachment(ctx, kind, ref, "doc.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20).result
        assert row.media_type == "image/png"  # type: ignore[union-attr]
        assert [r.file_name for r in attachments.attachments_of(kind, ref)] == ["doc.png"]
    add = attachments.add_attachment
    assert_refused(NotFound, "no disposal batch", add, ctx, "batch", "LOT-1999-001", "a.txt", b"a")
    assert_refused(NotFound, "no incident", add, ctx, "incident", "INC-1999-001", "a.txt", b"a")
    assert_refused(NotFound, "no attachment", attachments.attachment_content, 99999)


def test_sniffing() -> None:
    assert sniff(b"PK\x03\x04....word/document.xml") == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert sniff("Procès-verbal de destruction\n".encode()) == "text/plain"
    assert sniff(b"\xff\xd8\xff\xe0JFIF") == "image/jpeg"
    assert sniff(b"\x00\x01\x02\x03") == "application/octet-stream"


def test_command_line_round_trip_byte_for_byte(db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "--db", db_url, "init")[0] == 0
    code, out, err = run_cli(
        capsys,
        "--db",
        db_url,
        "asset",
        "add",
        "--category",
        "laptop",
        "--manufacturer",
        "Dell",
        "--model",
        "E7",
        "--storage",
        "ssd",
    )
    assert code == 0, err
    source = tmp_path / "plainte.pdf"
    source.write_bytes(PDF)
    code, out, err = run_cli(capsys, "--db", db_url, "attach", "asset", "KLA-000001", str(source), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["sha256"] == hashlib.sha256(PDF).hexdigest()
    code, out, _ = run_cli(capsys, "--db", db_url, "attachment", "list", "asset", "KLA-000001", "--json")
    listed = json.loads(out)["attachments"]
    assert [(a["id"], a["file_name"], a["sha256"]) for a in listed] == [(made["id"], "plainte.pdf", made["sha256"])]
    target = tmp_path / "back.pdf"
    code, out, err = run_cli(capsys, "--db", db_url, "attachment", "save", str(made["id"]), "--out", str(target))
    assert code == 0, err
    assert target.read_bytes() == PDF
    program = tmp_path / "tool.pdf"
    program.write_bytes(b"\x7fELF" + b"\x00" * 64)
    code, _, err = run_cli(capsys, "--db", db_url, "attach", "asset", "KLA-000001", str(program))
    assert code == 1 and "ELF" in err and err.count("\n") == 1
    code, _, err = run_cli(capsys, "--db", db_url, "attach", "asset", "KLA-999999", str(source))
    assert code == 3
    code, _, err = run_cli(capsys, "--db", db_url, "attachment", "save", "4242", "--out", str(tmp_path / "n"))
    assert code == 3 and not (tmp_path / "n").exists()
    code, _, err = run_cli(capsys, "--db", db_url, "attachment", "save", str(made["id"]), "--out", "/nonexistent/x")
    assert code == 1 and "does not exist" in err


def test_backup_and_restore_keep_the_files(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    eol_setup.organisation(sqlite_ctx)
    tag = eol_setup.device(sqlite_ctx)
    row = attachments.add_attachment(sqlite_ctx, "asset", tag, "r.pdf", PDF).result
    copy = backups.backup(sqlite_ctx, tmp_path / "copy.sqlite3")
    saved = snapshot()  # after the backup: it records the log's anchor (issue 12)
    attachments.remove_attachment(sqlite_ctx, row.id, "gone")  # type: ignore[union-attr]
    sqlite_ctx.db.close()
    backups.restore(sqlite_ctx, copy.path)
    from klara_assets.persistence.database import open_database

    db = open_database(sqlite_ctx.url)
    assert snapshot() == saved
    assert attachments.attachment_content(row.id)[1] == PDF  # type: ignore[union-attr]
    db.close()

"""Issue 12 §4: backups and restores that can be trusted, and a log anchored at each backup and certificate."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence import eventlog
from klara_assets.persistence.models import Event, LogAnchor
from klara_assets.services import activity, backups, batches, inventory
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.helpers import run_cli, snapshot
from tests.services.test_backups import _refused_restore

NOW = datetime(2026, 11, 26, 9, 30)


def _fill(ctx: ServiceContext, count: int = 3) -> None:
    inventory.register_assets(ctx, [{"tag": f"A-{i}", "category": "monitor"} for i in range(count)])


def _unguard(ctx: ServiceContext) -> None:
    """What someone editing the file by hand does first: drop the append-only triggers."""
    if ctx.url.startswith("postgres"):
        ctx.db.execute_sql("ALTER TABLE event DISABLE TRIGGER USER")
    else:
        for name in ("event_no_update", "event_no_delete"):
            ctx.db.execute_sql(f"DROP TRIGGER {name}")


def test_removing_the_last_events_is_detected_by_the_anchor(ctx: ServiceContext) -> None:
    _fill(ctx, 5)
    with ctx.transaction():
        eventlog.record_anchor(ctx.db, ctx.now(), "backup", "nightly.sqlite3")
    assert activity.verify_log(ctx).ok
    _unguard(ctx)
    ctx.db.execute_sql("DELETE FROM event WHERE id > 3")
    report = activity.verify_log(ctx)
    assert not report.ok
    assert "events after #3 were removed" in report.problem and "5 events" in report.problem, report.problem
    assert eventlog.verify(ctx.db).ok  # the chain alone cannot tell


def test_issued_certificate_anchors_the_log(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    S.recycler(ctx)
    tag = S.routed(ctx, "recycle")
    number = S.shipped_batch(ctx, S.RECYCLER, [tag])
    batches.close_batch(ctx, number)
    anchor = LogAnchor.select().order_by(LogAnchor.id.desc()).get()
    last = Event.select().order_by(Event.id.desc()).get()
    assert anchor.kind == "certificate" and anchor.reference.startswith("CERT-")
    assert (anchor.head_id, anchor.head_hash, anchor.event_count) == (last.id, last.hash, Event.select().count())


def test_backup_refuses_a_source_whose_log_is_altered(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(sqlite_ctx)
    _unguard(sqlite_ctx)
    sqlite_ctx.db.execute_sql("UPDATE event SET actor = 'mallory' WHERE id = 2")
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        backups.backup(sqlite_ctx, tmp_path / "b.sqlite3")
    assert err.value.code == "backup_source_damaged"
    assert "activity log is damaged" in err.value.message and "event 2 was altered" in err.value.message
    assert not (tmp_path / "b.sqlite3").exists() and snapshot() == before


def test_backup_records_an_anchor_and_the_copy_verifies(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(sqlite_ctx)
    result = backups.backup(sqlite_ctx, tmp_path / "b.sqlite3")
    with sqlite3.connect(result.path) as conn:
        assert conn.execute("SELECT kind, reference, event_count FROM log_anchor").fetchall() == [
            ("backup", "b.sqlite3", 3)
        ]
    assert backups.check_backup(result.path)[0] == 3


def test_restore_refuses_a_backup_whose_log_does_not_verify(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "tampered.sqlite3"
    _fill(sqlite_ctx, 2)
    backups.backup(sqlite_ctx, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER event_no_update")
        conn.execute("UPDATE event SET data = '{}' WHERE id = 1")
    sqlite_ctx.db.execute_sql("DELETE FROM asset")
    _refused_restore(sqlite_ctx, path, "activity log does not verify (event 1 was altered")


def test_restore_refuses_a_backup_truncated_after_its_anchor(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "truncated.sqlite3"
    _fill(sqlite_ctx, 2)
    backups.backup(sqlite_ctx, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER event_no_delete")
        conn.execute("DELETE FROM event WHERE id = 2")
    sqlite_ctx.db.execute_sql("DELETE FROM asset")
    _refused_restore(sqlite_ctx, path, "events after #1 were removed")


def test_restore_refuses_our_tables_without_migration_history(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "lookalike.sqlite3"
    backups.backup(sqlite_ctx, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM schema_migration")
    _refused_restore(sqlite_ctx, path, "no valid migration history")


def test_log_verify_names_a_damaged_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(tmp_path / "k.sqlite3")
    assert run_cli(capsys, "--db", url, "init")[0] == 0
    conn = sqlite3.connect(url)
    rows, prev = [], eventlog.GENESIS
    for i in range(200):  # a valid chain, so the walk reaches the damaged page
        at, data = "2026-01-01T00:00:00.000000", "x" * 3000
        digest = eventlog.chain_hash(prev, at, "t", "asset", i, "edit", data)
        rows.append((at, "t", "asset", i, "edit", data, prev, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO event (at, actor, entity, entity_id, action, data, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.commit()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file, none left in the WAL
    conn.close()
    data = bytearray(Path(url).read_bytes())
    start = len(data) - 60 * size  # the last pages hold the 200 events just written: one of their leaves
    data[start : start + size] = b"\xff" * size
    Path(url).write_bytes(bytes(data))
    code, out, err = run_cli(capsys, "--db", url, "log", "verify")
    assert code != 0 and "Traceback" not in err
    assert "activity log" in err and ("damaged" in err or "malformed" in err), err
    out_file = tmp_path / "copy.sqlite3"
    code, out, err = run_cli(capsys, "--db", url, "backup", str(out_file))
    assert code != 0 and "Traceback" not in err and "damaged" in err and "integrity check" in err, err
    assert not out_file.exists() and "Backup" not in out

"""Issue 12 §1: a device whose storage was never recorded counts as holding storage (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from klara_assets import paths
from klara_assets.domain.errors import InvalidTransition, PermissionDenied, ValidationFailed
from klara_assets.domain.permissions import Operator, Role
from klara_assets.persistence import database
from klara_assets.persistence.database import open_database
from klara_assets.persistence.models import Asset, Event
from klara_assets.services import end_of_life, inventory
from klara_assets.services.context import ServiceContext
from tests.eol_setup import organisation, sanitize
from tests.helpers import assert_refused


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("laptop", "unknown"),
        ("desktop", "unknown"),
        ("smartphone", "unknown"),
        ("tablet", "unknown"),
        ("monitor", "none"),
        ("peripheral", "none"),
        ("other", "none"),
    ],
)
def test_default_storage_by_category(ctx: ServiceContext, category: str, expected: str) -> None:
    (tag,) = inventory.register_asset(ctx, category=category, manufacturer="Dell", model="X").result  # type: ignore[misc]
    assert Asset.get(Asset.tag == tag).storage_kind == expected


def _retired_laptop(ctx: ServiceContext) -> str:
    organisation(ctx)
    (tag,) = inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="Latitude").result  # type: ignore[misc]
    end_of_life.retire_asset(ctx, tag, "end of lease")
    return str(tag)


@pytest.mark.parametrize("target", ["recycle", "refurbish"])
def test_unknown_storage_cannot_be_routed_without_sanitization(ctx: ServiceContext, target: str) -> None:
    tag = _retired_laptop(ctx)
    assert_refused(InvalidTransition, "sanitization", end_of_life.route_asset, ctx, tag, target, "test")


def test_unknown_storage_can_be_sanitized_then_routed(ctx: ServiceContext) -> None:
    tag = _retired_laptop(ctx)
    sanitize(ctx, tag)
    end_of_life.route_asset(ctx, tag, "recycle", "old")
    assert Asset.get(Asset.tag == tag).status == "to_recycle"


def test_correcting_to_none_needs_a_reason(ctx: ServiceContext) -> None:
    tag = _retired_laptop(ctx)
    err = assert_refused(ValidationFailed, "reason", inventory.edit_asset, ctx, tag, storage_kind="none")
    assert err.field == "reason" and "unknown" in err.message
    assert_refused(ValidationFailed, "reason", inventory.edit_asset, ctx, tag, storage_kind="none", reason="  ")


def test_correcting_to_none_needs_the_sanitization_permission(ctx: ServiceContext) -> None:
    tag = _retired_laptop(ctx)
    auditor = ctx.as_operator(Operator("audit", "Auditor", frozenset({Role.AUDITOR})))
    assert_refused(PermissionDenied, "inventory.edit", inventory.edit_asset, auditor, tag, storage_kind="none")


def test_correction_to_none_is_logged_with_its_reason_and_then_routes(ctx: ServiceContext) -> None:
    tag = _retired_laptop(ctx)
    inventory.edit_asset(ctx, tag, storage_kind="none", reason="disk removed and shredded on site")
    asset = Asset.get(Asset.tag == tag)
    assert asset.storage_kind == "none"
    event = Event.select().where((Event.entity == "asset") & (Event.action == "edit")).order_by(Event.id.desc()).get()
    data = json.loads(event.data)
    assert data["before"] == {"storage_kind": "unknown"}
    assert data["after"] == {"storage_kind": "none", "reason": "disk removed and shredded on site"}
    end_of_life.route_asset(ctx, tag, "recycle", "old")


def test_explicit_none_on_a_monitor_needs_no_reason(ctx: ServiceContext) -> None:
    (tag,) = inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2422H").result  # type: ignore[misc]
    inventory.edit_asset(ctx, tag, storage_kind="none")  # already none: no change, no reason asked
    assert Asset.get(Asset.tag == tag).version == 1


# --- migration 0008 ---------------------------------------------------------------------------------


def _database_at_0007(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    scripts = tmp_path / "migrations_0007"
    shutil.copytree(paths.migrations_dir(), scripts)
    for later in scripts.glob("0*.py"):
        if later.name >= "0008":
            later.unlink()
    url = str(tmp_path / "old.sqlite3")
    with monkeypatch.context() as patch:
        patch.setattr(database, "migrations_dir", lambda: scripts)
        open_database(url).close()
    return url


def _insert(conn: sqlite3.Connection, asset_id: int, category: str, storage: str, serial: str | None = None) -> None:
    conn.execute(
        "INSERT INTO asset (id, tag, category, manufacturer, model, serial, storage_kind, encryption_state,"
        " encryption_method, recovery_key_escrow, condition, status, notes, supplier, order_no, os,"
        " created_at, updated_at, version) VALUES (?, ?, ?, 'M', 'X', ?, ?, 'unknown', '', '', 'good',"
        " 'in_stock', '', '', '', '', '2025-01-01', '2025-01-01', 1)",
        (asset_id, f"KLA-{asset_id:06d}", category, serial, storage),
    )


def _event(conn: sqlite3.Connection, asset_id: int, action: str, after: dict[str, object]) -> None:
    data = json.dumps({"before": None, "after": after}, sort_keys=True)
    conn.execute(
        "INSERT INTO event (at, actor, entity, entity_id, action, data, prev_hash, hash)"
        " VALUES ('2025-01-01', 't', 'asset', ?, ?, ?, '0', '0')",
        (asset_id, action, data),
    )


def test_migration_0008_moves_only_never_given_storage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _database_at_0007(tmp_path, monkeypatch)
    with sqlite3.connect(url) as conn:
        _insert(conn, 1, "laptop", "none", "fvf0000001e")  # registered without storage: -> unknown
        _event(conn, 1, "register", {"category": "laptop", "model": "X"})
        _insert(conn, 2, "laptop", "none", "FVF 0000001E")  # given as none at registration: stays
        _event(conn, 2, "register", {"category": "laptop", "storage_kind": "none"})
        _insert(conn, 3, "smartphone", "none")  # set to none by a later edit: stays
        _event(conn, 3, "register", {"category": "smartphone"})
        _event(conn, 3, "edit", {"storage_kind": "none"})
        _insert(conn, 4, "tablet", "none")  # no event at all: -> unknown (the safe side)
        _insert(conn, 5, "monitor", "none")  # monitors keep none
        _event(conn, 5, "register", {"category": "monitor"})
        _insert(conn, 6, "desktop", "ssd")  # has a kind: untouched
        _event(conn, 6, "register", {"category": "desktop", "notes": "storage_kind none"})  # word in a note
    open_database(url).close()
    with sqlite3.connect(url) as conn:
        kinds = dict(conn.execute("SELECT id, storage_kind FROM asset").fetchall())
        keys = dict(conn.execute("SELECT id, serial_key FROM asset").fetchall())
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM log_anchor").fetchone() == (0,)
    assert kinds == {1: "unknown", 2: "none", 3: "none", 4: "unknown", 5: "none", 6: "ssd"}
    # Two serials equal after normalisation: the oldest keeps the key, the other none (never a failed upgrade).
    assert keys == {1: "FVF0000001E", 2: None, 3: None, 4: None, 5: None, 6: None}
    with sqlite3.connect(url) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE asset SET storage_kind = 'floppy' WHERE id = 6")


def test_a_monitor_made_a_laptop_no_longer_passes_as_storage_free(ctx: ServiceContext) -> None:
    from klara_assets.services import bulk_edit

    organisation(ctx)
    tags = [
        inventory.register_asset(ctx, category="monitor", manufacturer="LG", model=f"M{n}").result[0]  # type: ignore[index]
        for n in range(3)
    ]
    inventory.edit_asset(ctx, tags[0], category="laptop")
    bulk_edit.edit_assets_bulk(ctx, tags[1:], category="smartphone")
    assert [Asset.get(Asset.tag == t).storage_kind for t in tags] == ["unknown"] * 3
    edits = [json.loads(e.data) for e in Event.select().where((Event.entity == "asset") & (Event.action == "edit"))]
    assert len(edits) == 3
    assert all(e["before"]["storage_kind"] == "none" and e["after"]["storage_kind"] == "unknown" for e in edits)
    end_of_life.retire_asset(ctx, tags[1], "broken")
    assert_refused(InvalidTransition, "sanitization", end_of_life.route_asset, ctx, tags[1], "recycle", "test")

"""File menu data actions: export writes a re-importable file, back up now writes a valid backup, restore
checks the file first, the daily backup rotates, and the main window's File menu offers them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMenu

from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.services import backups, importer, inventory
from klara_assets.services.backup_schedule import backup_folder, daily_backup
from tests.helpers import snapshot
from ui import data_menu
from ui.context import UiContext
from ui.dialogs.export_dialog import ExportDialog
from ui.main_window import MainWindow


def _fleet(ui: UiContext) -> None:
    inventory.add_location(ui.services, Place.parse("Paris/Stock"))
    for serial in ("SN-1", "SN-2", "SN-3"):
        inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="XPS 13", serial=serial)


def test_export_writes_a_file_that_imports_again(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    target = tmp_path / "out.xlsx"
    ui.dialogs.save_path = str(tmp_path / "out")  # type: ignore[attr-defined]
    opened: list[QUrl] = []
    dialog = ExportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.opener = opened.append
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(target), 3]
    assert opened == [QUrl.fromLocalFile(str(target))]
    preview = importer.preview_file(target)
    assert preview.file_format == "klara" and [cells[0] for _, cells in preview.rows] == [
        "KLA-000001",
        "KLA-000002",
        "KLA-000003",
    ]


def test_export_refusal_is_shown_in_the_dialog(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    ui.dialogs.save_path = str(tmp_path / "missing-folder" / "out.csv")  # type: ignore[attr-defined]
    dialog = ExportDialog(ui)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=10_000)
    assert not (tmp_path / "missing-folder").exists()


def test_back_up_now_writes_a_valid_backup(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    target = tmp_path / "copy.sqlite3"
    ui.dialogs.save_path = str(target)  # type: ignore[attr-defined]
    data_menu.DataActions(ui, None).back_up_now()
    qtbot.waitUntil(lambda: bool(ui.dialogs.shown), timeout=10_000)  # type: ignore[attr-defined]
    kind, title, text = ui.dialogs.shown[-1]  # type: ignore[attr-defined]
    assert (kind, title) == ("info", "Backup written") and "3 device(s)" in text
    assert backups.check_backup(target)[0] == 3
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_file_that_is_not_a_backup(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database", encoding="utf-8")
    ui.dialogs.open_path = str(bogus)  # type: ignore[attr-defined]
    before = snapshot()
    data_menu.DataActions(ui, None).restore_backup()
    qtbot.waitUntil(lambda: ui.dialogs.shown[-1][0] == "error", timeout=10_000)  # type: ignore[attr-defined]
    assert "not a Klara Assets backup" in ui.dialogs.shown[-1][2]  # type: ignore[attr-defined]
    assert snapshot() == before


def test_restore_asks_first_and_a_no_changes_nothing(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    copy = tmp_path / "copy.sqlite3"
    backups.copy_database(Path(ui.services.url), copy)
    inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model="P2723DE")
    ui.dialogs.open_path = str(copy)  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    data_menu.DataActions(ui, None).restore_backup()
    assert ui.dialogs.shown[-1][0] == "confirm"  # type: ignore[attr-defined]
    assert queries.asset_detail("KLA-000004").category == "monitor"


def test_restore_replaces_the_data_and_asks_for_a_reopen(
    qtbot: Any, ui: UiContext, tmp_path: Path, monkeypatch: Any
) -> None:
    _fleet(ui)
    copy = tmp_path / "copy.sqlite3"
    backups.copy_database(Path(ui.services.url), copy)
    inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model="P2723DE")
    ui.dialogs.open_path = str(copy)  # type: ignore[attr-defined]
    reopened: list[str] = []
    monkeypatch.setattr(data_menu.DataActions, "reopen", lambda self: reopened.append(self.ui.services.url))
    data_menu.DataActions(ui, None).restore_backup()
    qtbot.waitUntil(lambda: reopened == [ui.services.url], timeout=10_000)
    assert ui.dialogs.shown[-1][1] == "Backup restored"  # type: ignore[attr-defined]
    assert backups.check_backup(Path(ui.services.url))[0] == 3


def test_daily_backup_writes_once_a_day_and_keeps_n(ui: UiContext, clock: Any) -> None:
    from datetime import datetime

    folder = backup_folder(ui.services.url)
    for day in range(1, 10):
        clock.now = datetime(2026, 3, day, 9, 0)
        assert daily_backup(ui.services) == folder / f"klara-assets-2026-03-0{day}.sqlite3"
    assert daily_backup(ui.services) is None  # today's exists
    assert sorted(p.name for p in folder.iterdir()) == [f"klara-assets-2026-03-0{d}.sqlite3" for d in range(3, 10)]


def test_the_file_menu_offers_the_data_actions(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, [])
    qtbot.addWidget(window)
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    actions = [a for a in menu.actions() if a.objectName()]
    names = [a.objectName() for a in actions]
    assert names[:4] == ["action_import", "action_export", "action_backup", "action_restore"]
    assert actions[0].shortcut().toString() == "Ctrl+I"

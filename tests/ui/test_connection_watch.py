"""The status bar's connection word: read-only databases (issue 11 §5) and the refresh after a reconnect.
The reconnect itself, on a PostgreSQL server that is really killed, is in tests/faults."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.places import Place
from klara_assets.persistence.database import open_database
from klara_assets.services import demo, inventory
from klara_assets.services.context import ServiceContext
from tests.ui.conftest import FakeDialogs
from ui.connection_watch import ConnectionWatch
from ui.context import UiContext
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_a_read_only_database_says_so_and_refuses_changes_in_the_dialog(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "klara.sqlite3"
    db = open_database(str(path))
    demo.generate(ServiceContext(db=db, url=str(path), actor="t"), assets=10)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.read_bytes()
    url = f"file:{path}?mode=ro"
    services = ServiceContext(db=open_database(url), url=url, actor="t")
    services.db.close()
    runner = TaskRunner()
    dialogs = FakeDialogs()
    ui = UiContext(
        services, runner, AppEvents(), dialogs, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en"
    )  # type: ignore[arg-type]
    try:
        window = MainWindow(ui, [])
        qtbot.addWidget(window)
        watch = ConnectionWatch(window, ui, None)
        assert watch.label.text() == "Read-only database: nothing can be changed"
        disabled = {a.objectName() for a in window.findChildren(QAction) if not a.isEnabled()}
        assert {"action_import", "action_restore", "action_backup"} <= disabled
        assert next(a for a in window.findChildren(QAction) if a.objectName() == "action_export").isEnabled()
        ui.run(lambda: inventory.add_location(services, Place.parse("Lyon/Nouveau")))
        qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
        assert dialogs.shown == [("error", "Not done", "The database is read-only: changes cannot be saved.")]
    finally:
        runner.drain()
    assert path.read_bytes() == before


def test_back_online_every_page_is_refreshed(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, [])
    qtbot.addWidget(window)
    watch = ConnectionWatch(window, ui, None)
    arrived: list[Changes] = []
    ui.events.changed.connect(arrived.append)
    ui.runner.connection_changed.emit(False)
    assert watch.label.text() == "Connection to the server lost — retrying…"
    ui.runner.connection_changed.emit(True)
    assert watch.label.text() == ""
    assert window.statusBar().currentMessage() == "Connection to the server restored."
    assert arrived and all(arrived[-1].concerns(kind) for kind in ChangeKind)


def test_a_read_on_a_locked_file_is_a_message_not_the_crash_dialog(qtbot: Any, ui: UiContext) -> None:
    from klara_assets.persistence import queries

    holder = sqlite3.connect(ui.services.url)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # another program keeps the file locked past the busy timeout
    dialogs: FakeDialogs = ui.dialogs  # type: ignore[assignment]
    try:
        ui.run(lambda: queries.asset_detail("KLA-000001"))
        qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=20_000)
    finally:
        holder.close()
    assert dialogs.shown == [("error", "Not done", "The database is locked by another program. Try again in a moment.")]

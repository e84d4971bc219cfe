"""The File menu's data actions: import, export, back up now, restore from a backup; the daily backup.

`add_data_actions(window, ui, menu)` puts them before the menu's first entry (Quit). The import wizard
and the export dialog are imported when first opened, so they cost nothing at start-up. Backups and
restores run on the worker; a restore then reopens the window on the restored database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from klara_assets.persistence.opening import is_postgres_url
from ui.context import UiContext
from ui.menus import insert_at_top
from ui.widgets.display import format_number

if TYPE_CHECKING:  # the backup services are imported when first used, not at start-up (issue 18)
    from klara_assets.services import backups


class DataActions(QObject):
    """The handlers behind the File menu's data entries (one per window)."""

    def __init__(self, ui: UiContext, window: QMainWindow | None):
        super().__init__(window)
        self.ui = ui
        self.window = window

    def entries(self) -> list[tuple[str, str, Callable[[], None], str]]:
        """(label, shortcut, handler, object name) of each File menu entry, in order."""
        return [
            (self.tr("&Import…"), "Ctrl+I", self.open_import, "action_import"),
            (self.tr("&Export…"), "Ctrl+Shift+E", self.open_export, "action_export"),
            (self.tr("&Back up now…"), "Ctrl+Shift+B", self.back_up_now, "action_backup"),
            (self.tr("&Restore from a backup…"), "", self.restore_backup, "action_restore"),
        ]

    def backup_filter(self) -> str:
        return self.tr("Klara Assets backup (*.sqlite3 *.db *.sqlite)")

    def open_import(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ui, self.window).open()

    def open_export(self) -> None:
        from ui.dialogs.export_dialog import ExportDialog

        ExportDialog(self.ui, self.window).open()

    def back_up_now(self) -> None:
        ui, url = self.ui, self.ui.services.url
        if is_postgres_url(url):
            ui.dialogs.info(self.tr("Back up a shared database"), self.postgres_guidance())
            return
        name = f"klara-assets-backup-{ui.today().isoformat()}.sqlite3"
        suggested = str(Path(url).expanduser().resolve().parent / name)
        path = ui.dialogs.save_file(self.tr("Back up the database"), suggested, self.backup_filter())
        if not path:
            return
        from klara_assets.services import backups

        ctx = ui.services
        ui.run(lambda: backups.backup(ctx, path), self._backed_up)

    def _backed_up(self, result: backups.BackupResult) -> None:
        size = format_number(result.size_bytes / 1_000_000, 1)
        text = self.tr("The backup %1 holds %n device(s) (%2 MB).", "", result.assets)
        self.ui.dialogs.info(self.tr("Backup written"), text.replace("%1", str(result.path)).replace("%2", size))

    def postgres_guidance(self) -> str:
        return self.tr(
            "This database lives on a PostgreSQL server: back it up with PostgreSQL's own tools, for example\n\n"
            "pg_dump --format=custom --file=klara.dump DATABASE\n\n"
            "and restore it with pg_restore --clean --dbname=DATABASE klara.dump. "
            "The server's administrator usually runs such dumps every night."
        )

    def restore_backup(self) -> None:
        ui, url = self.ui, self.ui.services.url
        if is_postgres_url(url):
            ui.dialogs.info(self.tr("Restore a shared database"), self.postgres_guidance())
            return
        path = ui.dialogs.open_file(self.tr("Restore from a backup"), self.backup_filter())
        if not path:
            return
        question = self.tr(
            "Replace everything in this database by the content of %1? The backup is checked first, and a copy "
            "of the current database is kept beside it."
        ).replace("%1", Path(path).name)
        if not ui.dialogs.confirm(self.tr("Restore from a backup"), question, self.tr("&Restore"), destructive=True):
            return
        from klara_assets.services import backups

        ui.run(lambda: backups.restore(ui.services, path), self._restored)

    def _restored(self, result: backups.RestoreResult) -> None:
        kept = str(result.previous) if result.previous else self.tr("(none: there was no database yet)")
        text = self.tr("%n device(s) restored. The previous database was kept as %1.", "", result.assets)
        more = self.tr("The window now reopens.")
        self.ui.dialogs.info(self.tr("Backup restored"), text.replace("%1", kept) + "\n\n" + more)
        self.reopen()

    def reopen(self) -> None:
        """Rebuild the window on the same database (migrating an older backup), or ask for a restart."""
        from ui.session import Session

        session = self.window.findChild(Session) if self.window is not None else None
        if session is None:
            self.ui.dialogs.info(
                self.tr("Backup restored"), self.tr("Close and start Klara Assets again to see the restored data.")
            )
            return
        url = self.ui.services.url
        QTimer.singleShot(0, lambda: session.restart_on(url))


def add_data_actions(window: QMainWindow, ui: UiContext, menu: QMenu) -> DataActions:
    """Import… (Ctrl+I), Export… (Ctrl+Shift+E), Back up now… (Ctrl+Shift+B), Restore…, then a separator."""
    handlers = DataActions(ui, window)
    entries = handlers.entries()
    actions = []
    for label, keys, handler, name in entries:
        action = QAction(label, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(keys)])  # setShortcut() would need the Qt enums (issue 18)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        actions.append(action)
    insert_at_top(menu, actions)
    return handlers


def schedule_daily_backup(ui: UiContext, window: QMainWindow, delay_ms: int = 3000) -> None:
    """The daily automatic backup, on the worker a few seconds after start-up; reported in the status bar."""

    def done(path: Path | None) -> None:
        if path is not None:
            text = QCoreApplication.translate("data_menu", "Automatic backup written: %1")
            window.statusBar().showMessage(text.replace("%1", str(path)), 10_000)

    def failed(exc: BaseException) -> None:
        text = QCoreApplication.translate("data_menu", "The automatic backup failed: %1")
        window.statusBar().showMessage(text.replace("%1", str(exc)), 30_000)

    def back_up() -> Path | None:
        from klara_assets.services import backup_schedule

        return backup_schedule.daily_backup(ctx)

    ctx = ui.services
    QTimer.singleShot(delay_ms, lambda: ui.run(back_up, done, failed))

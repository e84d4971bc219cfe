"""The File menu's data actions: import, export, back up now, restore from a backup; the daily backup.

`add_data_actions(window, menu)` puts them before the menu's first entry (Quit). The import wizard and
the export dialog are imported when first opened, so they cost nothing at start-up. Backups and restores
run on the worker; a restore then reopens the window on the restored database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from klara_assets.persistence.database import is_postgres_url
from klara_assets.services import backup_schedule, backups
from ui.context import UiContext

BACKUP_FILTER = "Klara Assets backup (*.sqlite3 *.db *.sqlite)"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("data_menu", text, disambiguation, n)


def add_data_actions(window: QMainWindow, ui: UiContext, menu: QMenu) -> list[QAction]:
    """Import… (Ctrl+I), Export… (Ctrl+Shift+E), Back up now…, Restore from a backup…, then a separator."""
    entries = [
        (tr("&Import…"), QKeySequence("Ctrl+I"), lambda: open_import(ui, window), "action_import"),
        (tr("&Export…"), QKeySequence("Ctrl+Shift+E"), lambda: open_export(ui, window), "action_export"),
        (tr("&Back up now…"), QKeySequence("Ctrl+Shift+B"), lambda: back_up_now(ui), "action_backup"),
        (tr("&Restore from a backup…"), QKeySequence(), lambda: restore_backup(ui, window), "action_restore"),
    ]
    first = menu.actions()[0] if menu.actions() else None
    made = []
    for label, keys, handler, name in entries:
        action = QAction(label, window)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        menu.insertAction(first, action) if first is not None else menu.addAction(action)
        made.append(action)
    if first is not None:
        menu.insertSeparator(first)
    return made


def open_import(ui: UiContext, window: QMainWindow) -> None:
    from ui.dialogs.import_wizard import ImportWizard

    ImportWizard(ui, window).open()


def open_export(ui: UiContext, window: QMainWindow) -> None:
    from ui.dialogs.export_dialog import ExportDialog

    ExportDialog(ui, window).open()


def back_up_now(ui: UiContext) -> None:
    url = ui.services.url
    if is_postgres_url(url):
        ui.dialogs.info(tr("Back up a shared database"), postgres_guidance())
        return
    suggested = str(Path(url).expanduser().resolve().parent / f"klara-assets-backup-{date.today().isoformat()}.sqlite3")
    path = ui.dialogs.save_file(tr("Back up the database"), suggested, tr(BACKUP_FILTER))
    if not path:
        return
    ctx = ui.services
    ui.run(lambda: backups.backup(ctx, path), lambda result: _backed_up(ui, result))


def _backed_up(ui: UiContext, result: backups.BackupResult) -> None:
    size = f"{result.size_bytes / 1_000_000:.1f}"
    text = tr("The backup %1 holds %n device(s) (%2 MB).", "", result.assets)
    ui.dialogs.info(tr("Backup written"), text.replace("%1", str(result.path)).replace("%2", size))


def postgres_guidance() -> str:
    return tr(
        "This database lives on a PostgreSQL server: back it up with PostgreSQL's own tools, for example\n\n"
        "pg_dump --format=custom --file=klara.dump DATABASE\n\n"
        "and restore it with pg_restore --clean --dbname=DATABASE klara.dump. "
        "The server's administrator usually runs such dumps every night."
    )


def restore_backup(ui: UiContext, window: QMainWindow) -> None:
    url = ui.services.url
    if is_postgres_url(url):
        ui.dialogs.info(tr("Restore a shared database"), postgres_guidance())
        return
    path = ui.dialogs.open_file(tr("Restore from a backup"), tr(BACKUP_FILTER))
    if not path:
        return
    question = tr(
        "Replace everything in this database by the content of %1? The backup is checked first, and a copy "
        "of the current database is kept beside it."
    ).replace("%1", Path(path).name)
    if not ui.dialogs.confirm(tr("Restore from a backup"), question, tr("&Restore"), destructive=True):
        return
    now = ui.services.now()
    ui.run(lambda: backups.restore(url, path, now), lambda result: _restored(ui, window, result))


def _restored(ui: UiContext, window: QMainWindow, result: backups.RestoreResult) -> None:
    kept = str(result.previous) if result.previous else tr("(none: there was no database yet)")
    text = tr("%n device(s) restored. The previous database was kept as %1.", "", result.assets)
    ui.dialogs.info(tr("Backup restored"), text.replace("%1", kept) + "\n\n" + tr("The window now reopens."))
    reopen(ui, window)


def reopen(ui: UiContext, window: QMainWindow) -> None:
    """Rebuild the window on the same database (migrating an older backup), or ask for a restart."""
    try:
        from ui.session import Session
    except ImportError:  # a shell without sessions: the honest fallback
        ui.dialogs.info(tr("Backup restored"), tr("Close and start Klara Assets again to see the restored data."))
        return
    session = window.findChild(Session)
    if session is None:
        ui.dialogs.info(tr("Backup restored"), tr("Close and start Klara Assets again to see the restored data."))
        return
    url = ui.services.url
    QTimer.singleShot(0, lambda: session.restart_on(url))


def schedule_daily_backup(ui: UiContext, window: QMainWindow, delay_ms: int = 3000) -> None:
    """The daily automatic backup, on the worker a few seconds after start-up; reported in the status bar."""

    def done(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(tr("Automatic backup written: %1").replace("%1", str(path)), 10_000)

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(tr("The automatic backup failed: %1").replace("%1", str(exc)), 30_000)

    ctx = ui.services
    QTimer.singleShot(delay_ms, lambda: ui.run(lambda: backup_schedule.daily_backup(ctx), done, failed))

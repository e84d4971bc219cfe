"""Shared mode in the window (issue 8): who is logged in, which pages this seat shows, live refresh, and
switching to another database.

`main.py` calls these around building the main window:
- `log_in(ui)` shows the login dialog when the database requires it and acts as that operator;
- `visible_pages(pages, operator, station)` keeps the pages the operator may use (a page whose
  permission is missing is not shown; the services refuse anyway), or only the scan station pages;
- `start_live_refresh(ui)` listens to the other seats' changes on PostgreSQL;
- `install(window, ui, station)` adds "Connect to a shared database…" to the File menu and the operator
  to the status bar. Choosing another database exits the event loop with `RESTART`; `main.py` then
  builds a fresh window on the new database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings

from klara_assets.domain.permissions import Operator, Permission
from klara_assets.persistence.opening import is_postgres_url
from ui.connection_store import ConnectionStore
from ui.context import UiContext
from ui.pages.base import Page
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialogs when first opened; the rest once the window is painted (issue 18)
    from ui.dialogs.connect_dialog import ConnectDialog
    from ui.live_refresh import LiveRefresh
    from ui.main_window import MainWindow

RESTART = 75  # the event loop's exit code meaning "open the window again on `Session.next_url`"
STATION_PAGES = ("scan", "audits")
PAGE_PERMISSIONS = {"operators": Permission.OPERATORS_MANAGE, "settings": Permission.SETTINGS_MANAGE}


def station_mode(choice: str | None, state: QSettings) -> bool:
    """`--scan-station` (this run), `--scan-station always` (this seat from now on), `never` (unlock)."""
    if choice in ("always", "never"):
        state.setValue("seat/scan_station", choice == "always")
        state.sync()
    stored = state.value("seat/scan_station", False)
    return choice == "once" or choice == "always" or stored in (True, "true")


def visible_pages(pages: Sequence[Page], operator: Operator, station: bool) -> list[Page]:
    """The pages this seat shows, in order; the others are dropped (deleted)."""
    kept = []
    for page in pages:
        if station:
            allowed = page.page_id in STATION_PAGES
        else:
            needed = PAGE_PERMISSIONS.get(page.page_id)
            allowed = needed is None or operator.can(needed)
        if allowed:
            kept.append(page)
        else:
            page.deleteLater()
    return kept


def saved_url(state: QSettings) -> str | None:
    """This seat's shared database from the last session, with its password when the keyring has it."""
    store = ConnectionStore(state)
    connection = store.last()
    return connection.url(store.password(connection)) if connection else None


def ask_for_database(state: QSettings, message: str = "") -> str | None:
    """Before any window: the connect dialog (with why the last attempt failed); None when cancelled."""
    from ui.dialogs.connect_dialog import ConnectDialog

    runner = TaskRunner()
    dialog = ConnectDialog(runner, ConnectionStore(state))
    if message:
        dialog.show_message(message)
    accepted = dialog.exec() == ConnectDialog.DialogCode.Accepted
    runner.drain()
    return dialog.url if accepted and dialog.url else None


def log_in(ui: UiContext, required: bool) -> bool:
    """When `required`, ask for an operator until one logs in (True) or the user cancels (False)."""
    if not required:
        return True
    from ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(ui.runner, ui.services)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.operator is None:
        return False
    ui.services = ui.services.as_operator(dialog.operator)
    return True


def start_live_refresh(ui: UiContext) -> LiveRefresh | None:
    """On PostgreSQL: listen to the other seats' changes (this seat's own are skipped)."""
    if not is_postgres_url(ui.services.url):
        return None
    from ui.live_refresh import LiveRefresh, backend_pid

    live = LiveRefresh(ui.services.url, ui.events)
    db = ui.services.db
    ui.runner.watch_connection(db, ui.services.url)  # a lost server: retry the reads, report the writes
    ui.run(lambda: backend_pid(db), live.ignore_pid, lambda _exc: None)
    live.start()
    return live


class Session(QObject):
    """The window's shared-mode additions; `next_url` holds the database chosen for the restart."""

    def __init__(self, window: MainWindow, ui: UiContext, station: bool):
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QLabel

        super().__init__(window)
        self.window, self.ui = window, ui
        self.next_url: str | None = None
        self.dialog: ConnectDialog | None = None
        who = ui.services.who
        self.operator_label = QLabel(
            QCoreApplication.translate("session", "Operator: %1").replace("%1", who.name or who.login)
        )
        self.operator_label.setObjectName("operator_label")
        self.operator_label.setToolTip(
            QCoreApplication.translate("session", "Logged in as %1").replace("%1", who.login)
        )
        window.statusBar().addPermanentWidget(self.operator_label)
        self.connect_action = QAction(QCoreApplication.translate("session", "&Connect to a shared database…"), window)
        self.connect_action.triggered.connect(self.choose_database)
        window.build_menus()  # its entries first: ours goes before them
        file_menu = window.file_menu
        if station:  # a locked seat: no import, export, backup or restore; only Quit stays
            for action in file_menu.actions()[:-1]:
                action.setVisible(False)
            window.showFullScreen()
            return
        actions = file_menu.actions()
        if actions:  # before Quit
            file_menu.insertAction(actions[0], self.connect_action)
            file_menu.insertSeparator(actions[0])
        else:
            file_menu.addAction(self.connect_action)

    def choose_database(self) -> None:
        from ui.dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.ui.runner, ConnectionStore(self.ui.state), self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.restart_on(dialog.url))
        dialog.open()

    def restart_on(self, url: str) -> None:
        """Close this window (saving its layout) and leave the event loop; `main.py` opens the next one."""
        self.next_url = url
        from PySide6.QtGui import QGuiApplication

        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(False)  # a pending "quit" would end the next window's loop at once
        self.window.close()
        QCoreApplication.exit(RESTART)

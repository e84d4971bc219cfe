"""The status bar's word on the database connection (issue 11): lost and retrying, back, or read-only.

In shared mode the task runner and the change listener both notice a lost server: the window then says
"Connection to the server lost — retrying…" until the server answers again, and once it does every page is
refreshed (the other seats' notices sent meanwhile were missed) and this seat's own connection is learnt
again so its own notices keep being skipped. A database opened read-only says so for as long as it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from klara_assets.domain.changes import ChangeKind, Changes
from ui.context import UiContext
from ui.live_refresh import LiveRefresh, backend_pid

WRITING_ACTIONS = ("action_import", "action_restore", "action_backup")  # File menu; a backup records an anchor


def everything() -> Changes:
    """Every kind, with no ids ("some records of this kind"): every page refreshes (a hidden one once shown)."""
    return Changes.of_kinds(ChangeKind)


class ConnectionWatch(QObject):
    def __init__(self, window: QMainWindow, ui: UiContext, live: LiveRefresh | None):
        super().__init__(window)
        self.window, self.ui, self.live = window, ui, live
        self.label = QLabel("")
        self.label.setObjectName("connection_label")
        self.label.setStyleSheet("color: #b91c1c; font-weight: 600;")
        window.statusBar().addWidget(self.label)
        self.read_only = ui.services.read_only
        if self.read_only:
            self.label.setText(self.tr("Read-only database: nothing can be changed"))
            self.label.setToolTip(
                self.tr("The database is on a read-only medium or was opened with mode=ro: every change is refused.")
            )
            for action in window.findChildren(QAction):
                if action.objectName() in WRITING_ACTIONS:
                    action.setEnabled(False)
        ui.runner.connection_changed.connect(self._changed)
        if live is not None:
            live.lost.connect(ui.runner.connection_lost)
            live.resubscribed.connect(self._resubscribed)

    def _changed(self, online: bool) -> None:
        if not online:
            self.label.setText(self.tr("Connection to the server lost — retrying…"))
            return
        self.label.setText("")
        self.window.statusBar().showMessage(self.tr("Connection to the server restored."), 5000)
        if self.live is not None:
            db = self.ui.services.db
            self.ui.run(lambda: backend_pid(db), self.live.ignore_pid, lambda _exc: None)
        self.ui.events.publish(everything())

    def _resubscribed(self) -> None:
        """LISTEN again: what the other seats changed meanwhile was not announced; refresh every page."""
        if self.ui.runner.online:
            self.ui.events.publish(everything())

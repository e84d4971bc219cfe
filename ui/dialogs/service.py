"""`Dialogs`: message boxes and file pickers behind one injected object, so tests replace it with a fake.

It is built before the window: the Qt classes it shows are imported when first used (their types and
enums cost the start-up about 5 ms, issue 18).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Dialogs:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, title: str, text: str, action: str, destructive: bool = False) -> bool:
        """Ask before an action. Enter does the action; for a destructive one the safe choice (Cancel) is the
        default instead."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            self.parent,
        )
        go = box.addButton(
            action, QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if destructive else go)
        box.exec()
        return box.clickedButton() is go

    def open_file(self, title: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return path or None

    def save_file(self, title: str, suggested: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path or None

    def open_in_viewer(self, path: str) -> bool:
        """Hand a file to the desktop's viewer for its type."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Dialogs", text)

"""The crash report: what went wrong, where the details were written, and "copy details" (`ui.crash`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.state import remember


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, None, type(self).__name__)
        self.setWindowTitle(self.tr("Klara Assets: unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        where = self.tr("The details were written to %1.").replace("%1", str(log_path)) if log_path else ""
        intro = QLabel(
            self.tr(
                "Something went wrong that Klara Assets did not expect. Your data is safe: the "
                "unfinished change was not saved."
            )
            + " "
            + where
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

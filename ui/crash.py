"""Unexpected errors: logged to a file in the user data folder, then shown with "copy details"."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.state import remember

log = logging.getLogger("klara_assets")


def setup_logging() -> Path:
    folder = Path(user_log_dir("klara-assets", "Klara"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "klara-assets.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


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


def install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is not None:
            CrashDialog(details, log_path).exec()
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook

"""Unexpected errors: logged to a file in the user's log folder, then shown with "copy details".

Both are installed before the window: they import neither `logging.handlers` (sockets, pickle) nor the
dialog's widgets, which would cost the start-up about 10 ms (issue 18); the crash report's dialog is
imported when an error happens (`ui/dialogs/crash_dialog.py`).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from klara_assets.paths import user_folder

log = logging.getLogger("klara_assets")

LOG_BYTES = 2_000_000  # a log file past this is set aside as .1 (then .2, .3) before the next line
LOG_BACKUPS = 3


class RotatingLog(logging.FileHandler):
    """The rule of `logging.handlers.RotatingFileHandler` (a size, then `.1` … `.N` kept): that module costs
    the start-up 8 ms, for sockets and pickle the window never uses."""

    def __init__(self, path: Path, max_bytes: int = LOG_BYTES, backups: int = LOG_BACKUPS):
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def rotate(self) -> None:
        """Close the file, shift `.1` … `.N-1` up by one (the oldest is dropped), reopen a new one. Only the
        stream is closed, as RotatingFileHandler does: `close()` would retire the handler from logging."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        path = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{path}.{index}"):
                os.replace(f"{path}.{index}", f"{path}.{index + 1}")
        if os.path.exists(path):
            os.replace(path, f"{path}.1")
        self.stream = self._open()


def setup_logging() -> Path:
    folder = user_folder("log")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "klara-assets.log"
    handler = RotatingLog(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is not None:
            from ui.dialogs.crash_dialog import CrashDialog

            CrashDialog(details, log_path).exec()
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook

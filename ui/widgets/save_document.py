"""Save a document the worker makes (PDF or CSV bytes) where the user chooses, then offer to open it.

The path is asked on the GUI thread through `ui.dialogs`; the bytes are made and written on the worker.
The chain refers to no widget, so it outlives the dialog that started it. `opener` opens a URL (the
desktop's handler by default; tests pass a recorder).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from klara_assets.services.output_files import check_output, write_output
from ui.context import UiContext

Opener = Callable[[QUrl], object]
FILTERS = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}


def open_url(url: QUrl) -> object:
    return QDesktopServices.openUrl(url)


def save_document(
    ui: UiContext,
    title: str,
    make: Callable[[], bytes],
    suggested: str,
    opener: Opener = open_url,
    on_saved: Callable[[str], None] | None = None,
) -> bool:
    """Ask where to save, make and write the bytes on the worker, then offer to open the file.

    Returns False when the user cancelled the file picker (nothing is made).
    """
    kind = Path(suggested).suffix.lstrip(".").lower()
    path = ui.dialogs.save_file(title, suggested, FILTERS.get(kind, ""))
    if not path:
        return False

    def write() -> str:
        check_output(path)  # before the (possibly long) making: a bad folder is refused at once
        write_output(path, make())
        return path

    def saved(where: str) -> None:
        if on_saved is not None:
            on_saved(where)
        text = QCoreApplication.translate("save_document", "The file was saved as %1.\nOpen it now?").replace(
            "%1", where
        )
        if ui.dialogs.confirm(
            QCoreApplication.translate("save_document", "File saved"),
            text,
            QCoreApplication.translate("save_document", "Open"),
        ):
            opener(QUrl.fromLocalFile(where))

    ui.run(write, saved)
    return True

"""Export: assets, people, incidents or disposal batches as CSV or Excel, written on the worker.

The asset export is the import format, so a file exported here imports again as it is. The dialog asks
what to export and the format, then the file name (through `ui.dialogs`), and reports how many rows it wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QProgressBar, QWidget

from klara_assets.services import exporting
from ui.context import UiContext
from ui.errors import describe
from ui.state import remember


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, rows

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests pass a recorder
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox()
        self.what.setObjectName("export_what")
        for label, value in (
            (self.tr("Devices (re-importable)"), "assets"),
            (self.tr("People"), "people"),
            (self.tr("Incidents"), "incidents"),
            (self.tr("Disposal batches"), "batches"),
        ):
            self.what.addItem(label, value)
        self.format = QComboBox()
        self.format.setObjectName("export_format")
        self.format.addItem(self.tr("CSV (any spreadsheet)"), "csv")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.status)
        form.addRow(self.progress)
        form.addRow(self.buttons)

    def export(self) -> None:
        what, suffix = str(self.what.currentData()), str(self.format.currentData())
        suggested = f"klara-{what}-{self.ui.today().isoformat()}.{suffix}"
        filters = "CSV (*.csv)" if suffix == "csv" else "Excel (*.xlsx)"
        path = self.ui.dialogs.save_file(self.tr("Export to"), suggested, filters)
        if not path:
            return
        if not path.lower().endswith(f".{suffix}"):
            path = f"{path}.{suffix}"
        self._busy(True)
        self.ui.call(exporting.export, path, what, on_done=partial(self._done, path), on_error=self._failed)

    def _done(self, path: str, rows: int) -> None:
        self._busy(False)
        self.exported.emit(path, rows)
        text = self.tr("%n row(s) written to %1.", "", rows).replace("%1", path)
        if self.ui.dialogs.confirm(self.tr("Export done"), text, self.tr("&Open the file")):
            self.opener(QUrl.fromLocalFile(str(Path(path))))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        from klara_assets.domain.errors import KlaraError

        if not isinstance(exc, KlaraError):
            raise exc
        self.status.setText(describe(exc))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.status.setText(self.tr("Writing…") if busy else "")

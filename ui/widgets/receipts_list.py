"""The kept receipts of a person or of a device (issue 17 §3): number, date, kind, devices, signed; "Open"
shows the PDF as issued, "Save a copy…" writes it through the output-file helper, "Print…" prints it again.

The list loads itself on the worker (`receipt_queries.receipts(email)`, `asset_receipts(tag)`); an answer
that arrives after the selection moved on is dropped. The PDF is read on the worker too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence import receipt_queries
from klara_assets.persistence.receipt_queries import ReceiptRow
from klara_assets.services import custody_receipts
from ui import read_only
from ui.context import UiContext
from ui.dialogs.receipt_preview import ReceiptPreview, print_pdf
from ui.widgets.display import format_date, format_datetime
from ui.widgets.save_document import save_document

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class ReceiptsList(QWidget):
    loaded = Signal()  # the rows of the last request are shown

    def __init__(self, ui: UiContext, parent: QWidget | None = None, compact: bool = False):
        """`compact`: for a narrow panel (the device detail): buttons under the title, no signature column."""
        super().__init__(parent)
        self.ui = ui
        self.rows: list[ReceiptRow] = []
        self.compact = compact
        self.dialog: QDialog | None = None
        self._request = 0
        self._query: Callable[[], list[ReceiptRow]] | None = None
        self.title = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("receipts_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Issued"), self.tr("Kind"), self.tr("Devices"), self.tr("Signature")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for index, width in enumerate((112, 84, 72, 120) if compact else (130, 130, 90, 180)):
            header.resizeSection(index, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Sa&ve…") if compact else self.tr("Save a &copy…"))
        self.save_button.setToolTip(self.tr("Save a copy of the receipt as issued"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.attach_button = QPushButton(self.tr("Attach &scan…") if compact else self.tr("Attach the signed &scan…"))
        self.attach_button.setToolTip(
            self.tr(
                "Keep the scan of the receipt signed on paper next to it (PDF, PNG or JPEG); the receipt is unchanged"
            )
        )
        bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if compact:
            layout.addWidget(self.title)
            self.table.setColumnHidden(4, True)  # the signature shows in each row's tooltip
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        else:
            bar.addWidget(self.title, 1)
        for button in (self.open_button, self.save_button, self.print_button, self.attach_button):
            bar.addWidget(button)
        if compact:
            bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.attach_button.clicked.connect(self.attach_selected)
        self.show_rows([])
        read_only.editing(ui, self.attach_button)

    # -- loading -----------------------------------------------------------------------------------------

    def load_person(self, email: str) -> None:
        self._load(lambda: receipt_queries.receipts(email))

    def load_asset(self, tag: str) -> None:
        self._load(lambda: receipt_queries.asset_receipts(tag))

    def clear(self) -> None:
        self._request += 1
        self.show_rows([])

    def _load(self, query: Callable[[], list[ReceiptRow]]) -> None:
        self._query = query
        self._request += 1
        request = self._request

        def show(rows: list[ReceiptRow]) -> None:
            if request == self._request:
                self.show_rows(rows)

        self.ui.run(query, show)

    def show_rows(self, rows: list[ReceiptRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            issued = format_date(row.issued_at) if self.compact else format_datetime(row.issued_at)
            cells = (row.number, issued, self._kind(row), ", ".join(row.tags), self._signed(row))
            tip = " · ".join((row.number, format_datetime(row.issued_at), self._kind(row), self._signed(row)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NUMBER_ROLE, row.number)
                item.setToolTip(tip)
                self.table.setItem(index, column, item)
        if rows:
            self.title.setText(self.tr("%n receipt(s)", "", len(rows)))
        else:
            self.title.setText(self.tr("No receipt."))
        self._update_buttons()
        self.loaded.emit()

    def _kind(self, row: ReceiptRow) -> str:
        return self.tr("Handover") if row.kind == "handover" else self.tr("Return")

    def _signed(self, row: ReceiptRow) -> str:
        parts = [self.tr("Signed on screen") if row.signed else self.tr("Not signed on screen")]
        if row.scans:
            parts.append(self.tr("%n scan(s)", "", row.scans))
        return " · ".join(parts)

    # -- actions -----------------------------------------------------------------------------------------

    def selected(self) -> ReceiptRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.print_button, self.attach_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        """Show the receipt as issued, with "Save a copy…" and "Print…"."""
        row = self.selected()
        if row is not None:
            self.ui.run(lambda: custody_receipts.receipt_pdf(row.number), lambda pdf: self._preview(row.number, pdf))

    def _preview(self, number: str, pdf: bytes) -> None:
        self.dialog = ReceiptPreview(self.ui, number, pdf, self)
        self.dialog.finished.connect(lambda _result: self.dialog.deleteLater() if self.dialog else None)
        self.dialog.open()

    def save_selected(self) -> None:
        row = self.selected()
        if row is not None:
            number = row.number
            save_document(
                self.ui, self.tr("Save the receipt"), lambda: custody_receipts.receipt_pdf(number), f"{number}.pdf"
            )

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.ui.run(lambda: custody_receipts.receipt_pdf(row.number), lambda pdf: self._print(row.number, pdf))

    def attach_selected(self) -> None:
        """The receipt printed to sign and signed on paper: its scan is kept with it (listed as "1 scan")."""
        row = self.selected()
        if row is None:
            return
        path = self.ui.dialogs.open_file(self.tr("Attach the signed scan"), self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if not path:
            return
        ctx, number, scan = self.ui.services, row.number, Path(path)

        def attach() -> object:
            try:
                content = scan.read_bytes()
            except OSError as exc:
                raise ValidationFailed(
                    f"Cannot read {scan.name}: {exc.strerror}.", code="file_unreadable", field="file"
                ) from None
            return custody_receipts.attach_scan(ctx, number, scan.name, content)

        self.ui.run(attach, lambda _changes: self._attached(number))

    def _attached(self, number: str) -> None:
        if self._query is not None:
            self._load(self._query)  # the row now says "1 scan"

    def _print(self, number: str, pdf: bytes) -> None:
        print_pdf(self.ui, number, pdf, self)

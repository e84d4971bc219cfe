"""Disposal batches: the list (number, kind, partner, status, devices), a batch's devices, and its steps:
create for a partner, add devices (from the eligible list or by scanning tags), remove, ship with the
pickup manifest, close with the partner's outcomes (the certificate is issued, previewed and saved).

Filter criteria: {"status": "open" | "shipped" | "closed"}, {"number": "LOT-..."}.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.attachments import AttachmentKind
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.services import batch_items, batches
from klara_assets.services.batch_items import BatchDetail, BatchRow
from ui import read_only
from ui.context import UiContext
from ui.dialogs.batch_dialogs import AddDevicesDialog, NewBatchDialog, ShipDialog
from ui.dialogs.certificate_preview import CertificatePreview
from ui.dialogs.close_batch_dialog import CloseBatchDialog
from ui.dialogs.form import open_dialog
from ui.models.eol_tables import BatchesModel, BatchItemsModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.empty_state import EmptyState
from ui.widgets.eol_names import batch_kind_name, batch_status_name
from ui.widgets.save_document import save_document
from ui.widgets.tables import make_table
from ui.widgets.waste_register_view import WasteRegisterView

STEPS = ("new", "add", "remove", "ship", "manifest", "close")


class BatchesPage(Page):
    page_id = "batches"
    refresh_on = frozenset({ChangeKind.BATCH, ChangeKind.PARTNER})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: Any = None
        self.detail: BatchDetail | None = None
        self.model = BatchesModel(self)
        self.items_model = BatchItemsModel(self)
        self.table = make_table(self.model, (105, 140, 150, 70, 75))
        self.items = make_table(self.items_model, (95, 110, 160, 110, 120, 95))
        self.status = QComboBox()
        for value, text in (
            ("", self.tr("All batches")),
            ("open", self.tr("Open")),
            ("shipped", self.tr("Shipped")),
            ("closed", self.tr("Closed")),
        ):
            self.status.addItem(text, value)
        self.count = QLabel()
        self.title_label = QLabel(self.tr("Select a batch to see its devices."))
        self.title_label.setWordWrap(True)
        self.attachments = AttachmentsPanel(ui, AttachmentKind.BATCH)
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.buttons = {
            key: QPushButton(text)
            for key, text in (
                ("new", self.tr("&New batch…")),
                ("add", self.tr("&Add devices…")),
                ("remove", self.tr("&Remove")),
                ("ship", self.tr("S&hip…")),
                ("manifest", self.tr("Pickup &manifest…")),
                ("close", self.tr("&Close…")),
            )
        }
        self._layout()
        self._connect()
        self._update_buttons()
        self.empty = EmptyState(
            self.table,
            self.tr("No batch yet: create one for a partner."),
            [(self.tr("New batch…"), self.new_batch)],
            lambda: self._activated and not self.status.currentData(),
        )
        read_only.editing(
            self.ui,
            *(self.buttons[key] for key in ("new", "add", "remove", "ship", "close")),
            self.scan,
            *self.empty.buttons,
        )

    def title(self) -> str:
        return self.tr("Batches")

    def _layout(self) -> None:
        bar = QHBoxLayout()  # one row of actions: the steps of the selected batch follow "New batch"
        bar.addWidget(self.status)
        bar.addWidget(self.count, 1)
        for key in STEPS:
            bar.addWidget(self.buttons[key])
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.scan)
        column.addWidget(self.items, 3)
        column.addWidget(self.attachments, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setSizes([630, 520])
        batches_tab = QWidget()
        tab_layout = QVBoxLayout(batches_tab)
        tab_layout.addLayout(bar)
        tab_layout.addWidget(self.splitter, 1)
        self.register_view = WasteRegisterView(self.ui)
        self.tabs = QTabWidget()
        self.tabs.addTab(batches_tab, self.tr("Batches"))
        self.tabs.addTab(self.register_view, self.tr("Waste register"))
        self.tabs.currentChanged.connect(lambda index: self.register_view.reload() if index == 1 else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.scan.returnPressed.connect(self.add_scanned)
        slots = {"new": self.new_batch, "add": self.add_devices, "remove": self.remove_device, "ship": self.ship}
        slots.update({"manifest": self.save_manifest, "close": self.close_batch})
        for key, slot in slots.items():
            self.buttons[key].clicked.connect(slot)

    def first_load(self) -> None:
        restore_layout(
            self.ui.state, ("batches/splitter", self.splitter), ("batches/columns", self.table.horizontalHeader())
        )
        self.reload(first=True)

    def reload(self, first: bool = False, select: str | None = None) -> None:
        status = self.status.currentData() or None
        self.ui.run(lambda: batch_items.list_batches(status), lambda rows: self._show(rows, first, select))

    def _show(self, rows: list[BatchRow], first: bool, select: str | None) -> None:
        wanted = select or (self.detail.number if self.detail else None)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n batch(es)", "", len(rows)) if rows else "")
        row = next((i for i, r in enumerate(rows) if r.number == wanted), -1)
        if row >= 0:
            self.table.selectRow(row)
            self._selected()
        else:
            self._selected()
        if first:
            self.loaded.emit()

    def selected(self) -> BatchRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        row = self.selected()
        if row is None:
            self.detail = None
            self.items_model.set_rows([])
            self.title_label.setText(self.tr("Select a batch to see its devices."))
            self.attachments.set_owner(None)
            self._update_buttons()
            return
        number = row.number
        self.ui.run(lambda: batch_items.batch_detail(number), self._show_detail)

    def _show_detail(self, detail: BatchDetail) -> None:
        current = self.selected()
        if current is None or current.number != detail.number:
            return
        self.detail = detail
        self.items_model.set_rows(detail.items)
        if self.attachments.reference != detail.number:
            self.attachments.set_owner(detail.number)
        text = self.tr("%1 — %2 batch for %3, %4: %n device(s)", "", len(detail.items))
        for key, value in (
            ("%1", detail.number),
            ("%2", batch_kind_name(detail.kind)),
            ("%3", detail.partner),
            ("%4", batch_status_name(detail.status)),
        ):
            text = text.replace(key, value)
        self.title_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self.detail.status if self.detail else ""
        has_items = bool(self.detail and self.detail.items)
        for key, on in (
            ("add", status == "open"),
            ("remove", status == "open" and has_items),
            ("ship", status == "open" and has_items),
        ):
            self.buttons[key].setEnabled(on)
        self.scan.setEnabled(status == "open")
        self.buttons["manifest"].setEnabled(has_items)
        self.buttons["close"].setEnabled(status == "shipped")

    def refresh(self, changes: Changes) -> None:
        self.reload()
        if self.tabs.currentIndex() == 1:
            self.register_view.reload()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(criteria.get("status") or "")))
        self.reload(select=criteria.get("number"))

    def new_batch(self) -> None:
        self.dialog = open_dialog(NewBatchDialog(self.ui, self), lambda number: self.reload(select=number))

    def add_devices(self) -> None:
        if self.detail is not None:
            self.dialog = open_dialog(AddDevicesDialog(self.ui, self.detail.number, self.detail.kind, self))

    def add_scanned(self) -> None:
        tag = self.scan.text().strip()
        if not tag or self.detail is None:
            return
        ctx, number = self.ui.services, self.detail.number
        self.ui.run(lambda: batches.add_to_batch(ctx, number, [tag]), lambda _r: self.scan.clear(), self._scan_refused)

    def _scan_refused(self, exc: BaseException) -> None:
        self.scan.selectAll()
        self.ui.show_error(exc)

    def remove_device(self) -> None:
        rows = self.items.selectionModel().selectedRows()
        item = self.items_model.row_at(rows[0].row()) if rows else None
        if item is None or self.detail is None:
            return
        ctx, number, tag = self.ui.services, self.detail.number, item.tag
        self.ui.run(lambda: batches.remove_from_batch(ctx, number, [tag]))

    def ship(self) -> None:
        if self.detail is not None:
            self.dialog = open_dialog(ShipDialog(self.ui, self.detail.number, self.detail.waste_code, self))

    def save_manifest(self) -> None:
        if self.detail is None:
            return
        number, lang, today = self.detail.number, self.ui.language, self.ui.today()
        save_document(
            self.ui,
            self.tr("Save the pickup manifest"),
            lambda: batch_items.pickup_manifest(number, lang, today),
            self.tr("%1-manifest.pdf").replace("%1", number),
        )

    def close_batch(self) -> None:
        if self.detail is not None:
            self.dialog = open_dialog(CloseBatchDialog(self.ui, self.detail, self), self._closed)

    def _closed(self, issued: Any) -> None:
        self.dialog = open_dialog(CertificatePreview(self.ui, issued.number, issued.pdf, self))

    def save_state(self) -> None:
        self.ui.state.setValue("batches/splitter", self.splitter.saveState())
        self.ui.state.setValue("batches/columns", self.table.horizontalHeader().saveState())

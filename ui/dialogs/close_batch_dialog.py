"""Close a shipped batch with the partner's answer: per device its weight and outcome (reused /
refurbished for a refurbishment batch, recycled / destroyed for a recycling one), the certificate's
language, and optionally a PAdES signature with a PKCS#12 file whose password is asked here and never
stored. The result is the issued certificate."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from klara_assets.documents.signing import load_signer
from klara_assets.services import batches
from klara_assets.services.batch_items import BatchDetail
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.eol_names import outcome_name

OUTCOMES = {"refurbishment": ("refurbished", "reused"), "recycling": ("recycled", "destroyed")}


def close_with(ctx: Any, number: str, key: str | None, password: str, **values: Any) -> Any:
    """On the worker: open the signing key (when signing), then close the batch."""
    signer = load_signer(key, password, now=ctx.now()) if key is not None else None
    return batches.close_batch(ctx, number, signer=signer, **values)


class CloseBatchDialog(FormDialog):
    def __init__(self, ui: UiContext, detail: BatchDetail, parent: QWidget | None = None):
        title = self.tr("Close %1").replace("%1", detail.number)
        super().__init__(ui, title, self.tr("&Close and issue the certificate"), parent)
        self.detail = detail
        self.setMinimumSize(720, 520)
        self.table = QTableWidget(len(detail.items), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("Device"), self.tr("Weight (kg)"), self.tr("Outcome")]
        )
        self.table.verticalHeader().hide()
        self.weights: list[QDoubleSpinBox] = []
        self.outcomes: list[QComboBox] = []
        for row, item in enumerate(detail.items):
            self._row(row, item.tag, f"{item.manufacturer} {item.model}".strip(), item.weight_to_propose)
        for column, width in enumerate((110, 250, 100)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(self.lang.findData(ui.language))
        self.sign = QCheckBox(self.tr("&Sign with our certificate (PKCS#12 file)"))
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.browse)
        key_box = QWidget()
        key_box.setLayout(key_row)
        self.form.addRow(self.errors.wrap(self.table, "outcomes", "weights", "tags"))
        self.form.addRow(self.tr("Certificate &language"), self.lang)
        self.form.addRow(self.sign)
        self.form.addRow(self.tr("Key file"), self.errors.wrap(key_box, "sign"))
        self.form.addRow(self.tr("&Password"), self.password)
        self.browse.clicked.connect(self.pick_key)
        self.sign.toggled.connect(self._signing)
        self._signing(False)

    def _row(self, row: int, tag: str, device: str, weight: Decimal | None) -> None:
        for column, text in ((0, tag), (1, device)):
            cell = QTableWidgetItem(text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, cell)
        spin = QDoubleSpinBox()
        spin.setRange(0, 500)
        spin.setDecimals(2)
        spin.setValue(float(weight or 0))
        outcome = QComboBox()
        for value in OUTCOMES[self.detail.kind]:
            outcome.addItem(outcome_name(value), value)
        self.table.setCellWidget(row, 2, spin)
        self.table.setCellWidget(row, 3, outcome)
        self.weights.append(spin)
        self.outcomes.append(outcome)

    def _signing(self, on: bool) -> None:
        for widget in (self.key, self.browse, self.password):
            widget.setEnabled(on)

    def pick_key(self) -> None:
        path = self.ui.dialogs.open_file(self.tr("Signing key"), self.tr("PKCS#12 files (*.p12 *.pfx)"))
        if path:
            self.key.setText(path)

    def values(self) -> dict[str, Any]:
        tags = [item.tag for item in self.detail.items]
        return {
            "outcomes": {tag: box.currentData() for tag, box in zip(tags, self.outcomes, strict=True)},
            "weights": {
                tag: f"{spin.value():.2f}" for tag, spin in zip(tags, self.weights, strict=True) if spin.value()
            },
            "lang": self.lang.currentData(),
        }

    def send(self) -> None:
        key = self.key.text() if self.sign.isChecked() else None
        self.request(close_with, self.detail.number, key, self.password.text(), **self.values())

"""`AssetDetailPanel`: the selected asset beside the table: identity, holder, encryption, history.

It only shows what the page loaded on the worker (`queries.asset_detail` and `queries.history`); the
receipts list below the history loads the device's kept receipts itself (on the worker too).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klara_assets.persistence.queries import AssetDetail, HistoryLine
from ui.widgets.asset_vocabulary import action_name, condition_name, encryption_name, storage_name
from ui.widgets.display import category_name, format_date, format_datetime, status_name
from ui.widgets.receipts_list import ReceiptsList


def _local(value: datetime) -> str:
    """A stored (naive UTC) time in the user's local time and short local form."""
    return format_datetime(value)


class AssetDetailPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None, receipts: ReceiptsList | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)
        body = QWidget()
        column = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        self.values: dict[str, QLabel] = {}
        column.addWidget(self._group(self.tr("Identity"), ["status", "category", "serial", "imei", "os", "condition"]))
        column.addWidget(self._group(self.tr("Holder and place"), ["holder", "location"]))
        column.addWidget(self._group(self.tr("Encryption"), ["storage", "encryption", "method", "checked", "escrow"]))
        column.addWidget(self._group(self.tr("Purchase"), ["purchased", "price", "supplier", "warranty"]))
        history_box = QGroupBox(self.tr("History"))
        self.history = QListWidget()
        self.history.setObjectName("detail_history")
        self.history.setMinimumHeight(140)
        self.history.setWordWrap(True)
        QVBoxLayout(history_box).addWidget(self.history)
        column.addWidget(history_box, 1)
        self.receipts = receipts  # the device's kept receipts (issue 17 §3), loaded by the list itself
        if receipts is not None:
            receipts_box = QGroupBox(self.tr("Receipts"))
            receipts.setMinimumHeight(150)
            QVBoxLayout(receipts_box).addWidget(receipts)
            column.addWidget(receipts_box)
        self.setWidget(body)
        self.show_nothing()

    def _labels(self) -> dict[str, str]:
        return {
            "status": self.tr("Status"),
            "category": self.tr("Category"),
            "serial": self.tr("Serial number"),
            "imei": self.tr("IMEI"),
            "os": self.tr("Operating system"),
            "condition": self.tr("Condition"),
            "holder": self.tr("Holder"),
            "location": self.tr("Location"),
            "storage": self.tr("Storage"),
            "encryption": self.tr("State"),
            "method": self.tr("Method"),
            "checked": self.tr("Last checked"),
            "escrow": self.tr("Recovery key kept in"),
            "purchased": self.tr("Purchased on"),
            "price": self.tr("Price"),
            "supplier": self.tr("Supplier"),
            "warranty": self.tr("Warranty ends"),
        }

    def _group(self, title: str, keys: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        labels = self._labels()
        for key in keys:
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(labels[key], value)
        return box

    def show_nothing(self) -> None:
        self.title.setText(self.tr("No device selected"))
        self.subtitle.setText(self.tr("Select a row to see the device, its holder, its encryption and its history."))
        for label in self.values.values():
            label.clear()
        self.history.clear()
        if self.receipts is not None:
            self.receipts.clear()

    def show_asset(self, detail: AssetDetail, history: list[HistoryLine]) -> None:
        self.title.setText(detail.tag)
        self.subtitle.setText(f"{detail.manufacturer} {detail.model}".strip())
        imeis = " / ".join(i for i in (detail.imei, detail.imei2) if i)
        holder = f"{detail.holder_name} <{detail.holder_email}>" if detail.holder_name else self.tr("Nobody")
        storage = storage_name(detail.storage_kind)
        if detail.storage_gb:
            storage = self.tr("%1, %2 GB").replace("%1", storage).replace("%2", str(detail.storage_gb))
        price = QLocale().toCurrencyString(float(detail.price), "€") if detail.price is not None else ""
        values = {
            "status": status_name(detail.status),
            "category": category_name(detail.category),
            "serial": detail.serial or "",
            "imei": imeis,
            "os": detail.os,
            "condition": condition_name(detail.condition),
            "holder": holder,
            "location": detail.location or self.tr("No location"),
            "storage": storage,
            "encryption": encryption_name(detail.encryption_state),
            "method": detail.encryption_method,
            "checked": format_date(detail.encryption_checked_at),
            "escrow": detail.recovery_key_escrow,
            "purchased": format_date(detail.purchased_on),
            "price": price,
            "supplier": detail.supplier,
            "warranty": format_date(detail.warranty_end),
        }
        for key, text in values.items():
            self.values[key].setText(text or "—")
        self.history.clear()
        for line in history:
            self.history.addItem(self._history_text(line))
        if self.receipts is not None:
            self.receipts.load_asset(detail.tag)

    def _history_text(self, line: HistoryLine) -> str:
        changed = ", ".join(sorted((line.after or {}).keys() - {"created_at", "updated_at", "status"}))
        text = self.tr("%1 — %2 by %3").replace("%1", _local(line.at)).replace("%2", action_name(line.action))
        text = text.replace("%3", line.actor)
        return f"{text} ({changed})" if changed and line.action == "edit" else text

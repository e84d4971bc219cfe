"""Settings of the data area: how many daily automatic backups to keep, and the emission factors per
category used by the environmental report (the shipped value unless the organisation sets its own).

The table shows every factor; a cell that differs from the shipped value is an override (shown in bold)
and is saved in the `emission_factors` setting. Numbers are checked by the settings service, which names
the factor it refuses; a decimal comma is accepted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.enums import Category
from klara_assets.domain.environment import FACTOR_KEYS
from ui.widgets.display import category_name

HINT_STYLE = "color: palette(placeholder-text);"


def _number(text: str) -> float | str:
    """A cell's number (decimal comma accepted); the raw text when it is not one, for the service to refuse."""
    try:
        return float(text.strip().replace("\u202f", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return text


def _text(value: Any) -> str:
    return "" if value is None else (str(int(value)) if float(value).is_integer() else str(float(value)))


class DataSettingsGroup(QGroupBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Backups and environmental report"))
        self.shipped: dict[str, dict[str, Any]] = {}
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backup_keep")
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setMaximumWidth(140)
        self.backup_keep.setSuffix(self.tr(" days"))
        self.backup_keep.valueChanged.connect(self.edited)
        self.factors = QTableWidget(len(Category), len(FACTOR_KEYS))
        self.factors.setObjectName("emission_factors")
        self.factors.setHorizontalHeaderLabels(
            [
                self.tr("kg CO2e"),
                self.tr("Weight\n(kg)"),
                self.tr("Lifetime\n(years)"),
                self.tr("Share avoided\nby reuse"),
            ]
        )
        self.factors.setVerticalHeaderLabels([category_name(c.value) for c in Category])
        self.factors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # 8 rows
        self.factors.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.factors.setMinimumHeight(250)
        self.factors.itemChanged.connect(self._item_changed)
        form = QFormLayout()
        form.addRow(self.tr("Automatic backups &kept:"), self.backup_keep)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(QLabel(self.tr("Emission factors per device (bold: set by the organisation)")))
        column.addWidget(self.factors)
        hint = QLabel(
            self.tr(
                "Embodied emissions (manufacture, transport, end of life), default weight, lifetime, and the share "
                "of a new device's footprint a reused one spares (0 to 1). Clear a cell to go back to the "
                "published value."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        column.addWidget(hint)

    def set_shipped(self, categories: dict[str, dict[str, Any]]) -> None:
        """The published factors (read from the resources on the worker)."""
        self.shipped = {k: dict(v) for k, v in categories.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        self.factors.blockSignals(True)
        self.backup_keep.setValue(int(values.get("backup_keep", 7)))
        overrides = dict(values.get("emission_factors") or {})
        for row, category in enumerate(c.value for c in Category):
            for col, key in enumerate(FACTOR_KEYS):
                mine = dict(overrides.get(category, {})).get(key)
                item = QTableWidgetItem(_text(mine if mine is not None else self.shipped.get(category, {}).get(key)))
                self.factors.setItem(row, col, item)
                self._mark(item, row, col)
        self.factors.blockSignals(False)
        self.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """`backup_keep` and `emission_factors` (only what differs from the published values)."""
        overrides: dict[str, dict[str, Any]] = {}
        for row, category in enumerate(c.value for c in Category):
            for col, key in enumerate(FACTOR_KEYS):
                value = self._override(row, col)
                if value is not None:
                    overrides.setdefault(category, {})[key] = value
        return {"backup_keep": self.backup_keep.value(), "emission_factors": overrides}

    def _override(self, row: int, col: int) -> float | str | None:
        item = self.factors.item(row, col)
        text = item.text().strip() if item is not None else ""
        if not text:
            return None
        value = _number(text)
        shipped = self.shipped.get(list(Category)[row].value, {}).get(FACTOR_KEYS[col])
        if isinstance(value, float) and shipped is not None and value == float(shipped):
            return None
        return value

    def _mark(self, item: QTableWidgetItem, row: int, col: int) -> None:
        font = QFont(item.font())
        font.setBold(self._override(row, col) is not None)
        item.setFont(font)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self.factors.blockSignals(True)
        if not item.text().strip():  # cleared: back to the published value
            shipped = self.shipped.get(list(Category)[item.row()].value, {}).get(FACTOR_KEYS[item.column()])
            item.setText(_text(shipped))
        self._mark(item, item.row(), item.column())
        self.factors.blockSignals(False)
        self.edited.emit()

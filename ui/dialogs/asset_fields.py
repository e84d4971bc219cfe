"""The asset form's inputs: one widget per service field, with shape hints, read and written as plain values.

Values go to `inventory.register_asset` / `edit_asset` as the user typed them (strings, dates; the
location as the chosen `Place`, None for none); the service normalizes and decides. The widgets only
hint: IMEI digits only, up to 15; amounts as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from klara_assets.domain.places import Place
from klara_assets.persistence.queries import AssetDetail
from ui.widgets.date_field import DateField
from ui.widgets.place_choice import index_of

Value = str | date | Place | None


@dataclass
class FieldInput:
    name: str  # the service's field name (errors name it in `exc.field`)
    label: str
    widget: QWidget  # what goes in the form row
    editor: QWidget  # what holds the value (and takes the focus)

    def value(self) -> Value:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return data if data is None or isinstance(data, Place) else str(data)
        if isinstance(editor, DateField):
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        raise TypeError(editor)

    def set_value(self, value: Value) -> None:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(index_of(editor, value), 0))
        elif isinstance(editor, DateField):
            editor.set_value(value if isinstance(value, date) else None)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))


def line(placeholder: str = "", pattern: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    if pattern:
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
    return edit


def combo(items: list[tuple[str, str | Place | None]]) -> QComboBox:
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    return box


def with_unit(editor: QWidget, unit: str) -> QWidget:
    """`editor` followed by its unit (€, kg, GB), so the unit is visible but never typed."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(editor, 1)
    row.addWidget(QLabel(unit))
    return box


def amount(value: Decimal | None) -> str:
    """A stored amount as the user would type it in their language (`1299,50` in French)."""
    if value is None:
        return ""
    return str(value).replace(".", QLocale().decimalPoint())


def values_of(detail: AssetDetail) -> dict[str, Value]:
    """The form's values for a stored asset (the same shapes `FieldInput.value` gives back)."""
    checked = detail.encryption_checked_at
    return {
        "tag": detail.tag,
        "category": detail.category,
        "manufacturer": detail.manufacturer,
        "model": detail.model,
        "serial": detail.serial or "",
        "imei": detail.imei or "",
        "imei2": detail.imei2 or "",
        "os": detail.os,
        "condition": detail.condition,
        "weight_kg": amount(detail.weight_kg),
        "purchased_on": detail.purchased_on,
        "price": amount(detail.price),
        "supplier": detail.supplier,
        "order_no": detail.order_no,
        "warranty_end": detail.warranty_end,
        "storage_kind": detail.storage_kind,
        "storage_gb": "" if detail.storage_gb is None else str(detail.storage_gb),
        "encryption_state": detail.encryption_state,
        "encryption_method": detail.encryption_method,
        "encryption_checked_at": checked.date() if isinstance(checked, datetime) else checked,
        "recovery_key_escrow": detail.recovery_key_escrow,
        "location": detail.place,
        "notes": detail.notes,
    }


def changed_values(inputs: dict[str, FieldInput], original: dict[str, Value]) -> dict[str, Any]:
    """The fields whose value differs from `original` (all non-empty ones for a new asset)."""
    out: dict[str, Any] = {}
    for name, field in inputs.items():
        value = field.value()
        if name in original:
            if value != original[name]:
                out[name] = value
        elif value not in ("", None):
            out[name] = value
    return out

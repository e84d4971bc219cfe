"""Refusals shown next to the field they concern: a small message under each input, set from `exc.field`."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from klara_assets.domain.errors import KlaraError
from ui.errors import describe

ERROR_STYLE = "color: #c53030;"


class FieldErrors:
    """Holds one hidden message label per field; `show(exc)` fills the one `exc.field` names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}

    def wrap(self, widget: QWidget, *fields: str) -> QWidget:
        """`widget` with its message label under it, for a form row; the label answers for every name in `fields`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{fields[0]}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        column.addWidget(label)
        for name in fields:
            self._labels[name] = label
            self._inputs[name] = widget
        return box

    def label(self, field: str) -> QLabel:
        return self._labels[field]

    def show(self, exc: KlaraError) -> bool:
        """Show the refusal under its field and focus that field; False when no field of this form is named."""
        self.clear()
        label = self._labels.get(exc.field or "")
        if label is None:
            return False
        label.setText(describe(exc))
        label.show()
        self._inputs[exc.field or ""].setFocus()
        return True

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def visible_messages(self) -> dict[str, str]:
        """Field -> message of what is shown (for tests and accessibility)."""
        return {name: label.text() for name, label in self._labels.items() if not label.isHidden()}

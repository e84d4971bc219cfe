"""`DateField`: a date picker that can also be empty (QDateEdit alone always holds a date).

The empty state is QDateEdit's minimum date shown as a dash; opening the calendar on an empty field
starts from today; the clear button (or Delete) empties it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QStyle, QToolButton, QWidget

EMPTY = QDate(1900, 1, 1)


class _DateEdit(QDateEdit):
    def __init__(self, today: Callable[[], date]):
        super().__init__()
        self.today = today

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.date() == EMPTY:
            day = self.today()
            self.setDate(QDate(day.year, day.month, day.day))
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.lineEdit().selectedText() == self.text():
            self.setDate(EMPTY)
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """`today` is the service clock's day (`UiContext.today`): the widget never reads the calendar itself."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = _DateEdit(today)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(EMPTY)
        self.edit.setMinimumWidth(130)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.edit.setDate(EMPTY))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        chosen = self.edit.date()
        return None if chosen == EMPTY else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(EMPTY if value is None else QDate(value.year, value.month, value.day))

"""Keys that join a search field to its results: Down moves into the table, Enter opens the device.

`SearchKeys(field)` watches the field's key presses (an event filter, so the field keeps its own editing
keys) and emits `down` or `enter`; the page decides what they do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class SearchKeys(QObject):
    down = Signal()
    enter = Signal()

    def __init__(self, field: QLineEdit):
        super().__init__(field)
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and not event.modifiers():
                self.down.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.enter.emit()
                return True
        return super().eventFilter(watched, event)

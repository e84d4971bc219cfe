"""`ScanField`: the large input a keyboard-wedge scanner types into.

A scanner types the code quickly and ends with Enter: `scanned(code)` is emitted and the field empties,
ready for the next one. A paste is a scan too (each non-empty line). `keep_focus()` puts the focus back
(pages call it after every action and when they are shown), so the next scan never lands elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_LENGTH = 4096  # longer input is never a code; resolve() refuses past 512 characters anyway


class ScanField(QLineEdit):
    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scan_field")
        self.setMaxLength(MAX_LENGTH)
        self.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.setFont(font)
        self.setMinimumHeight(self.fontMetrics().height() + 18)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> None:
        """A pasted code is scanned at once; several lines are several scans."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            return
        self.clear()
        for line in lines:
            self.scanned.emit(line)

    def keep_focus(self) -> None:
        if self.isVisible() and self.isEnabled():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

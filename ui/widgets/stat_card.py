"""`StatCard`: a large figure with its caption and a detail line; clicking it (or Enter) opens a filtered list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def number(value: float, digits: int, language: str) -> str:
    """A figure for a card: thousands with a narrow space, the decimal comma in French."""
    text = f"{value:,.{digits}f}".replace(",", "\u202f")
    return text.replace(".", ",") if language == "fr" else text


class StatCard(QFrame):
    clicked = Signal()

    def __init__(self, caption: str, name: str, parent: QWidget | None = None, clickable: bool = True):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.clickable = clickable
        self.setMaximumHeight(110)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.figure = QLabel("–")
        self.figure.setObjectName("figure")
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.figure.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("detail")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(2)
        column.addWidget(self.figure)
        column.addWidget(self.caption)
        column.addWidget(self.detail)
        column.addStretch(1)
        self.setAccessibleName(caption)

    def show_value(self, figure: str, detail: str = "", alert: bool = False) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.figure.setStyleSheet("color: #c53030;" if alert else "")
        self.setToolTip(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self.clickable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

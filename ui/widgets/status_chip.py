"""`StatusChipDelegate`: paints a status cell as a rounded, coloured chip with the translated status name.

The colour comes from `ui.theme.STATUS_COLOURS` (raw identifier from `RAW_ROLE`); the text is the model's
display text, so a row still loading shows the plain placeholder.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.asset_table import RAW_ROLE
from ui.theme import STATUS_COLOURS

_CHIPS = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
_WHITE = QColor("#ffffff")
# Enum members looked up once: PySide6's enum attribute access is slow, and every visible status cell paints.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_ELIDE = Qt.TextElideMode.ElideRight
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class StatusChipDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = index.data(RAW_ROLE)
        colour = _CHIPS.get(status) if isinstance(status, str) else None
        if colour is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the row's background and selection, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(_ITEM, plain, painter, widget)
        text = str(index.data(_DISPLAY) or "")
        metrics = option.fontMetrics
        rect = option.rect
        height = min(rect.height() - 4, metrics.height() + 4)
        width = min(rect.width() - 8, metrics.horizontalAdvance(text) + 16)
        chip = QRectF(rect.left() + 4, rect.top() + (rect.height() - height) / 2, width, height)
        painter.save()
        painter.setRenderHint(_ANTIALIASING)
        painter.setPen(_NO_PEN)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(_WHITE)
        elided = metrics.elidedText(text, _ELIDE, int(chip.width()) - 12)
        painter.drawText(chip, _CENTER, elided)
        painter.restore()

"""`StatusChipDelegate`: paints a status cell as a rounded, coloured chip with the translated status name.

The colour comes from `ui.theme.STATUS_COLOURS` (raw identifier from `RAW_ROLE`); the text is the model's
display text, so a row still loading shows the plain placeholder.

Every visible status cell paints on each keystroke of the search (issue 18: one frame per keystroke), so
a chip is drawn once per (status, text, cell size, pixel ratio) into a pixmap, and a paint is the cell's
selection background, then that pixmap (`AssetTableView` draws the same chips when it paints a screenful in one pass).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.asset_table import RAW_ROLE
from ui.theme import STATUS_COLOURS

_CHIPS = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
_WHITE = QColor("#ffffff")
_TRANSPARENT = QColor(0, 0, 0, 0)
# Enum members looked up once: PySide6's enum attribute access is slow, and every visible status cell paints.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_ELIDE = Qt.TextElideMode.ElideRight
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
MAX_CACHED = 256  # statuses × languages × column widths seen: a handful in practice


def chip_pixmap(colour: QColor, text: str, width: int, height: int, metrics: QFontMetrics, ratio: float) -> QPixmap:
    """The chip for a cell of `width` × `height` (device-independent pixels): a rounded rectangle at the
    cell's left, as wide as its text, and the text in white, elided when the cell is narrow."""
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(_TRANSPARENT)
    chip_height = min(height - 4, metrics.height() + 4)
    chip_width = min(width - 8, metrics.horizontalAdvance(text) + 16)
    chip = QRectF(4, (height - chip_height) / 2, chip_width, chip_height)
    painter = QPainter(pixmap)
    painter.setRenderHint(_ANTIALIASING)
    painter.setPen(_NO_PEN)
    painter.setBrush(colour)
    painter.drawRoundedRect(chip, chip_height / 2, chip_height / 2)
    painter.setPen(_WHITE)
    painter.drawText(chip, _CENTER, metrics.elidedText(text, _ELIDE, int(chip.width()) - 12))
    painter.end()
    return pixmap


class ChipCache:
    """Chips drawn once per (status, text, cell size, pixel ratio)."""

    def __init__(self) -> None:
        self._pixmaps: dict[tuple[str, str, int, int, float], QPixmap] = {}

    def get(
        self, status: object, text: str, width: int, height: int, metrics: QFontMetrics, ratio: float
    ) -> QPixmap | None:
        """The chip for a cell, or None for a value that is not a known status (the cell shows plain text)."""
        colour = _CHIPS.get(status) if isinstance(status, str) else None
        if colour is None:
            return None
        key = (str(status), text, width, height, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= MAX_CACHED:
                self._pixmaps.clear()
            pixmap = self._pixmaps[key] = chip_pixmap(colour, text, width, height, metrics, ratio)
        return pixmap


class StatusChipDelegate(QStyledItemDelegate):
    """Qt's path for a status cell (a row just loaded, the focused cell); `AssetTableView` paints the others."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._chips = ChipCache()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = str(index.data(_DISPLAY) or "")
        rect = option.rect
        ratio = painter.device().devicePixelRatioF()
        pixmap = self._chips.get(index.data(RAW_ROLE), text, rect.width(), rect.height(), option.fontMetrics, ratio)
        if pixmap is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        if widget is not None:  # the cell's selection and focus frame; the view drew the row's background
            widget.style().drawPrimitive(_PANEL, option, painter, widget)
        painter.drawPixmap(rect.topLeft(), pixmap)

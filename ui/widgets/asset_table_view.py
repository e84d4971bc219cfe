"""`AssetTableView`: the assets table, painted in one pass when every row on screen is loaded.

Each keystroke of the search repaints a screenful: about 30 rows by 7–11 columns (issue 18: one frame per
keystroke, 16 ms). Qt's own painting calls the item delegate once per cell, from C++ into Python, and each
call asks the model for eight roles and lays its text out: about 60 µs a cell, most of a frame. When every
row the paint covers has its texts in the model (`AssetTableModel.display_texts`, made on the worker), this
view paints what Qt's `QTableView` paints with the Fusion style (alternate rows, selection, grid, elided
text, the status chips) in one Python loop. A row still loading, the focused cell and any view state the
loop does not draw (an editor, a drag) take Qt's own path.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

from ui.models.asset_table import COLUMN_KEYS, COLUMNS, AssetTableModel
from ui.widgets.status_chip import ChipCache

_ELIDE = Qt.TextElideMode.ElideRight
_HAS_FOCUS, _SELECTED = QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_Selected
_NONE = QStyle.StateFlag.State_None
_FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_GRID_COLOUR = QStyle.StyleHint.SH_Table_GridLineColor
_STATUS = COLUMN_KEYS.index("status")
_RIGHT = frozenset(n for n, column in enumerate(COLUMNS) if column.numeric)
MAX_CACHED = 4096  # (text, width) pairs; a screenful is ~300


class AssetTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fast_paint = True  # False: Qt's own painting (tests compare the two)
        self.fast_paints = 0  # paints done in one pass (tests check the pass ran)
        self._fitted: dict[tuple[str, int], tuple[str, float]] = {}
        self._chips = ChipCache()

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        area = event.rect()
        if not self.fast_paint or not isinstance(model, AssetTableModel) or self.state() != self.State.NoState:
            super().paintEvent(event)
            return
        first, last = self.rowAt(area.top()), self.rowAt(area.bottom())
        if first < 0:
            super().paintEvent(event)  # no row under the area: Qt paints the empty part
            return
        if last < 0:
            last = model.rowCount() - 1
        rows = [model.display_texts(row) for row in range(first, last + 1)]
        if any(texts is None for texts in rows):
            super().paintEvent(event)  # Qt's path asks the model for the missing page and shows "…"
            return
        self._paint(event, model, first, rows)

    def _paint(
        self, event: QPaintEvent, model: AssetTableModel, first: int, rows: list[tuple[str, ...] | None]
    ) -> None:
        self.fast_paints += 1
        area = event.rect()
        viewport = self.viewport()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        style = self.style()
        palette = self.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if not self.isEnabled()
            else QPalette.ColorGroup.Active
            if self.isActiveWindow()
            else QPalette.ColorGroup.Inactive
        )
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        selected_colour = palette.color(group, QPalette.ColorRole.HighlightedText)
        metrics = self.fontMetrics()
        exact = QFontMetricsF(self.font())
        margin = style.pixelMetric(_FOCUS_MARGIN, option, self) + 1
        grid = 1 if self.showGrid() else 0
        header = self.horizontalHeader()
        columns = []  # (logical column, x, width) of the visible columns under the area, left to right
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            x, width = self.columnViewportPosition(column), self.columnWidth(column)
            if x + width > area.left() and x <= area.right():
                columns.append((column, x, width - grid))
        if not columns:
            return
        left, right = columns[0][1], columns[-1][1] + columns[-1][2]
        last = first + len(rows) - 1
        selected_rows: set[int] = set()  # the selection's ranges met on screen (a select-all is one range)
        selection = self.selectionModel().selection()
        for n in range(selection.count()):
            span = selection.at(n)
            selected_rows.update(range(max(span.top(), first), min(span.bottom(), last) + 1))
        current = self.currentIndex()
        focus_row = current.row() if current.isValid() and self.hasFocus() else -1
        focus_column = current.column()
        alternating = self.alternatingRowColors()
        baseline = (self.rowHeight(first) - grid + metrics.ascent() - metrics.descent()) // 2
        ratio = viewport.devicePixelRatioF()
        painter = QPainter(viewport)
        for offset, texts in enumerate(rows):
            assert texts is not None
            row = first + offset
            y, height = self.rowViewportPosition(row), self.rowHeight(row) - grid
            selected = row in selected_rows
            if selected:
                painter.fillRect(QRect(left, y, right - left, height), highlight)
            elif alternating and row & 1:
                painter.fillRect(QRect(left, y, right - left, height), alternate)
            painter.setPen(selected_colour if selected else text_colour)
            for column, x, width in columns:
                text = texts[column]
                if not text or (row == focus_row and column == focus_column):
                    continue
                if column == _STATUS:
                    pixmap = self._chips.get(model.status_at(row), text, width, height, metrics, ratio)
                    if pixmap is not None:
                        painter.drawPixmap(x, y, pixmap)
                        continue
                fitted, text_width = self._fit(text, width - 2 * margin, exact)
                if column in _RIGHT:  # where Qt's layout puts a right-aligned line: at a fraction of a pixel
                    painter.drawText(QPointF(x + width - margin - text_width, y + baseline), fitted)
                else:
                    painter.drawText(QPoint(x + margin, y + baseline), fitted)
            if row == focus_row:
                self._focused_cell(painter, option, model.index(row, focus_column), selected)
        if grid:
            self._grid(painter, option, columns, first, last, area)
        painter.end()

    def _grid(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        columns: list[tuple[int, int, int]],
        first: int,
        last: int,
        area: QRect,
    ) -> None:
        colour = QColor.fromRgba(self.style().styleHint(_GRID_COLOUR, option, self) & 0xFFFFFFFF)
        painter.setPen(QPen(colour, 0, self.gridStyle()))
        bottom = self.rowViewportPosition(last) + self.rowHeight(last) - 1
        for row in range(first, last + 1):
            y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
            painter.drawLine(area.left(), y, area.right(), y)
        for _column, x, width in columns:
            painter.drawLine(x + width, area.top(), x + width, min(area.bottom(), bottom))

    def _focused_cell(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex, selected: bool
    ) -> None:
        """The current cell with its focus frame: Qt's delegate paints that one cell."""
        cell = QStyleOptionViewItem(option)
        cell.rect = self.visualRect(index)
        cell.state = option.state | _HAS_FOCUS | (_SELECTED if selected else _NONE)
        self.itemDelegateForIndex(index).paint(painter, cell, index)

    def _fit(self, text: str, room: int, metrics: QFontMetricsF) -> tuple[str, float]:
        """The text as Qt's delegate shows it in `room` pixels (elided at the right when it does not fit),
        and its width."""
        key = (text, room)
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= MAX_CACHED:
                self._fitted.clear()
            advance = metrics.horizontalAdvance(text)
            if advance > room:
                text = metrics.elidedText(text, _ELIDE, room)
                advance = metrics.horizontalAdvance(text)
            fitted = self._fitted[key] = (text, advance)
        return fitted

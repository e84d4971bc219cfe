"""`make_table`: a read-only row-selecting QTableView with compact rows and given column widths."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView


def make_table(model: QAbstractItemModel, widths: tuple[int, ...], stretch_last: bool = True) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, title_width(header, column)))
    return table


def title_width(header: QHeaderView, section: int) -> int:
    """The width a header section needs to show its title whole (in the user's language)."""
    model = header.model()
    if model is None or section >= header.count():
        return 0
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return 0
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    sort_arrow = header.fontMetrics().height() if header.isSortIndicatorShown() else 0
    lines = text.split("\n")
    return max(header.fontMetrics().horizontalAdvance(line) for line in lines) + 2 * margin + 2 + sort_arrow

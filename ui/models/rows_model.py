"""`RowsTableModel`: a read-only table over a short list of frozen rows (people, locations, a person's devices).

Each column says how to show a row; the page fills the model with rows a query returned on the worker.
Sorting is not done here: a model that sorts asks the page to query again in SQL (`sort_requested`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole  # the whole row object
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    numeric: bool = False
    tooltip: Callable[[Row], str] | None = None
    colour: Callable[[Row], str | None] | None = None  # a text colour (#rrggbb) for rows that need attention
    sort_key: str = ""  # the query's sort name; empty: the column does not sort


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.columns: list[Column[Row]] = list(self.make_columns())
        self.rows: list[Row] = []

    def make_columns(self) -> Sequence[Column[Row]]:
        """The columns, built once the QObject exists (their headers go through `self.tr`)."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and column.colour is not None:
            colour = column.colour(row)
            if colour is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return QBrush(QColor(colour))
        if role == RAW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sort_key:
            self.sort_requested.emit(self.columns[column].sort_key, order == Qt.SortOrder.DescendingOrder)

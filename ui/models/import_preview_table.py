"""The import wizard's tables: the file's first rows as read (header as columns) and the problems found."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from klara_assets.services.inventory import Problem
from ui.errors import coded_text
from ui.models.rows_model import Column, RowsTableModel

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class FilePreviewModel(QAbstractTableModel):
    """Up to ~20 rows of the file: the vertical header gives each row's number in the file."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.header: tuple[str, ...] = ()
        self.mapped: dict[str, str] = {}
        self.rows: list[tuple[int, tuple[str, ...]]] = []

    def set_preview(
        self, header: Sequence[str], mapped: dict[str, str], rows: Sequence[tuple[int, tuple[str, ...]]]
    ) -> None:
        self.beginResetModel()
        self.header, self.mapped, self.rows = tuple(header), dict(mapped), list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        cells = self.rows[index.row()][1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return str(self.rows[section][0])
            return None
        if not (0 <= section < len(self.header)):
            return None
        name = self.header[section].strip()
        if role == Qt.ItemDataRole.DisplayRole:  # the column as in the file, and what it is read as
            field = self.mapped.get(name)
            ignored = self.tr("(ignored)")
            return f"{name}\n→ {field}" if field else f"{name}\n{ignored}"
        if role == Qt.ItemDataRole.ToolTipRole:
            field = self.mapped.get(name)
            return self.tr("Read as: %1").replace("%1", field) if field else self.tr("Ignored: not a known column")
        if role == Qt.ItemDataRole.ForegroundRole and name not in self.mapped:
            return Qt.GlobalColor.gray
        return None


class ProblemsModel(RowsTableModel[Problem]):
    """Every problem of a checked file, by row and column."""

    def make_columns(self) -> list[Column[Problem]]:
        return [
            Column(self.tr("Row"), lambda p: str(p.row), numeric=True),
            Column(self.tr("Column"), lambda p: p.field),
            Column(self.tr("Problem"), lambda p: coded_text(p.code, p.message), tooltip=lambda p: p.message),
        ]

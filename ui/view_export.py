"""Export the assets table as it is shown: the current search and filters, in the current order, with the
visible columns in their on-screen order, headers and values in the user's language (issue 14 §6).

The ids are taken from the model at the click; the rows are read and the workbook made on the worker.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from klara_assets.documents.xlsx_view import table_xlsx
from klara_assets.persistence import asset_search
from klara_assets.persistence.asset_search import AssetRow
from ui.context import UiContext
from ui.models.asset_table import COLUMNS, AssetColumn, AssetTableModel
from ui.widgets.asset_vocabulary import condition_name, encryption_name
from ui.widgets.display import category_name, status_name
from ui.widgets.save_document import save_document

CHUNK = 1000
_NAMES = {"status": status_name, "category": category_name, "encryption": encryption_name, "condition": condition_name}


def visible_columns(table: QTableView) -> list[AssetColumn]:
    """The columns the user sees, in the order the header shows them (columns can be moved and hidden)."""
    header = table.horizontalHeader()
    order = [header.logicalIndex(visual) for visual in range(header.count())]
    return [COLUMNS[logical] for logical in order if not header.isSectionHidden(logical)]


def cell(row: AssetRow, column: AssetColumn) -> Any:
    """One value as the workbook holds it: a translated name, a real date or amount, or the text."""
    value = column.raw(row)
    if value is None or value == "":
        return None
    if column.key in _NAMES:
        return _NAMES[column.key](value)
    if isinstance(value, date | Decimal):
        return value
    return str(value)


def _rows(ids: Sequence[int], columns: Sequence[AssetColumn]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), CHUNK):
        for row in asset_search.rows_for(ids[start : start + CHUNK]):
            yield [cell(row, column) for column in columns]


def view_workbook(ids: Sequence[int], columns: Sequence[AssetColumn], lang: str) -> bytes:
    headers = [QCoreApplication.translate("AssetTableModel", column.title) for column in columns]
    money = [i for i, column in enumerate(columns) if column.key == "price"]
    title = QCoreApplication.translate("view_export", "Devices")
    return table_xlsx(title, headers, _rows(ids, columns), lang, money)


def export_view(ui: UiContext, table: QTableView, model: AssetTableModel) -> bool:
    """Ask where, then write the table's current rows and columns as .xlsx; False when cancelled."""
    ids, columns, lang = list(model.ids), visible_columns(table), ui.language
    return save_document(
        ui,
        QCoreApplication.translate("view_export", "Export this view"),
        lambda: view_workbook(ids, columns, lang),
        QCoreApplication.translate("view_export", "devices") + ".xlsx",
    )

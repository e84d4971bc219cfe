"""A table as an Excel workbook an office manager can use at once: a bold, frozen header row with a filter,
column widths fitted to the content, dates and amounts as real Excel dates and numbers.

The caller gives the headers and values already in the user's language (the core has no translations).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

MAX_WIDTH = 60  # characters: a long note does not make a column wider than the screen
DATE_FORMATS = {"fr": "DD/MM/YYYY", "en": "YYYY-MM-DD"}
MONEY_FORMAT = '#,##0.00 "€"'


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date | datetime):
        return 10
    if isinstance(value, Decimal | float):
        return len(f"{value:,.2f}") + 2
    return max((len(line) for line in str(value).splitlines()), default=0)


def table_xlsx(
    title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], lang: str = "fr", money: Sequence[int] = ()
) -> bytes:
    """The workbook's bytes: one sheet named `title`; `money` lists the columns (0-based) holding amounts."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31] or "Sheet"  # Excel's limit on sheet names
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(h) + 3 for h in headers]  # room for the filter's arrow
    date_format = DATE_FORMATS.get(lang, DATE_FORMATS["en"])
    count = 0
    for row in rows:
        values = [float(v) if isinstance(v, Decimal) else v for v in row]
        sheet.append(values)
        count += 1
        for column, value in enumerate(row):
            widths[column] = max(widths[column], _width(value))
            cell = sheet.cell(row=count + 1, column=column + 1)
            if isinstance(value, date | datetime):
                cell.number_format = date_format
            elif column in money and value is not None:
                cell.number_format = MONEY_FORMAT
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 1, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(headers), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

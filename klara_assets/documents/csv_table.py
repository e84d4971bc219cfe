"""CSV exports as bytes: UTF-8 with a BOM (French Excel opens it right), cells safe from formula injection.

A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a
spreadsheet; it is neutralised with a leading apostrophe (SPEC §7, OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from klara_assets.domain.columns import neutralise_cell


def neutralise(value: Any) -> str:
    """The cell text; numbers stay numbers, text that a spreadsheet would evaluate gets a leading `'`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise_cell(str(value))


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")

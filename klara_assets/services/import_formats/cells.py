"""Checks on a mapped row shared by every import: dates read in their column's order, identifiers that a
spreadsheet turned into numbers (`6.37702E+15`) flagged. Called by `importer_rows.convert`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from klara_assets.domain import dates
from klara_assets.domain.errors import ValidationFailed
from klara_assets.services.inventory import Problem

DATE_FIELDS = ("purchased_on", "warranty_end", "encryption_checked_at", "started_on", "left_on")
IDENTIFIER_FIELDS = ("serial", "imei", "imei2", "order_no", "model_number", "employee_no")
_MANGLED = re.compile(r"^[+-]?\d(?:[.,]\d+)?[eE][+]?\d+$")
_LABEL = {"serial": "serial", "imei": "IMEI", "imei2": "second IMEI", "order_no": "order number"}


def finish(
    number: int,
    values: dict[str, Any],
    problems: list[Problem],
    warnings: list[Problem],
    column: Callable[[str], str],
    orders: dict[str, dates.DateOrder] | None,
    extras: dict[str, Any] | None = None,
    parsed_dates: dict[tuple[str, str], Any] | None = None,
) -> None:
    """Dates to `date` in their column's order (a value that contradicts it is a problem); identifiers checked.

    `parsed_dates` (one per import) keeps each (field, text) already read: a file repeats its dates."""
    if orders:
        for name, order in orders.items():
            raw = values.get(name)
            if isinstance(raw, str) and not (len(raw) == 10 and raw[4] == "-"):  # ISO text: parsed later, fast
                parsed = parsed_dates.get((name, raw)) if parsed_dates is not None else None
                if parsed is None:
                    try:
                        parsed = dates.parse(raw, order, name)
                    except ValidationFailed as exc:
                        problems.append(Problem(number, column(name), exc.message))
                        values.pop(name)
                        continue
                    if parsed is not None and parsed_dates is not None:
                        parsed_dates[(name, raw)] = parsed
                if parsed is not None:
                    values[name] = parsed
    for name in IDENTIFIER_FIELDS:
        raw = values.get(name) if name != "model_number" else (extras or {}).get(name)
        if raw.__class__ is str and ("E" in raw or "e" in raw) and _MANGLED.match(raw):
            label = _LABEL.get(name, name.replace("_", " "))
            warnings.append(
                Problem(number, column(name), f"the {label} looks converted to a number by a spreadsheet ({raw}).")
            )

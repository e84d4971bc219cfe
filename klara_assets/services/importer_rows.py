"""One imported row: cells -> asset values for `register_assets`, custody columns, warnings and problems.

Snipe-IT specifics live here: the category name is mapped (`Laptops`, `Téléphone` ...; unknown ones
become `other` with a warning), `Warranty` months become a warranty end date, the asset `Name` and
`Model Number` go to the model or the notes. Cells neutralised by our export get their text back.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from klara_assets.domain.columns import FileFormat, map_category, restore_cell
from klara_assets.domain.dates import DateOrder
from klara_assets.domain.enums import FINAL_STATUSES
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import check_characters, parse_date, parse_int
from klara_assets.domain.secrets import refuse_secrets
from klara_assets.services.import_formats import cells as cellcheck
from klara_assets.services.import_formats import snipeit
from klara_assets.services.inventory import Problem

CUSTODY_FIELDS = frozenset(
    {
        "holder_email",
        "holder_name",
        "holder_username",
        "status",
        "holder_first_name",
        "holder_last_name",
        "checkout_type",
        "checkout_location",
    }
)
_EXTRA_FIELDS = frozenset({"name", "model_number", "warranty_months"})
_TARGET = {**dict.fromkeys(CUSTODY_FIELDS, 1), **dict.fromkeys(_EXTRA_FIELDS, 2)}  # 0: asset values


@dataclass
class RowResult:
    values: dict[str, Any] = field(default_factory=dict)
    custody: dict[str, str] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skip: bool = False


@dataclass
class Plan:
    """How one file's rows are read, worked out once per import (not once per cell): for each mapped column
    its index, field, the file's column name (for messages) and where the value goes. `checked` remembers the
    cell texts already found free of control characters and secrets (files repeat their values a lot)."""

    cells: tuple[tuple[int, str, str, int], ...]
    file_format: FileFormat
    column: Callable[[str], str]
    header_length: int
    dates: dict[str, DateOrder] | None = None
    checked: set[str] = field(default_factory=set)
    parsed_dates: dict[tuple[str, str], Any] = field(default_factory=dict)  # (field, text) -> date, once each


def plan(
    mapping: dict[int, str],
    file_format: FileFormat,
    column: Callable[[str], str],
    header_length: int,
    dates: dict[str, DateOrder] | None = None,
) -> Plan:
    cells = tuple((index, name, column(name), _TARGET.get(name, 0)) for index, name in mapping.items())
    return Plan(cells, file_format, column, header_length, dates)


def convert(number: int, cells: list[Any], how: Plan) -> RowResult:
    """Map the cells of spreadsheet row `number` as `how` says."""
    result = RowResult()
    header_length, column = how.header_length, how.column
    extra = (
        [i for i in range(header_length, len(cells)) if str(cells[i]).strip()] if len(cells) > header_length else None
    )
    if extra:
        result.problems.append(
            Problem(
                number,
                f"column {extra[0] + 1}",
                f"the row has {len(cells)} fields but the header has {header_length}.",
            )
        )
        return result
    extras: dict[str, Any] = {}
    targets = (result.values, result.custody, extras)
    width = len(cells)
    checked = how.checked
    for index, name, label, target in how.cells:
        cell = cells[index] if index < width else ""
        if cell.__class__ is str:
            cell = cell.strip()
            if not cell:
                continue
            if cell[0] == "'":
                cell = restore_cell(cell)
            if cell not in checked:
                try:  # no recovery key, no control character in any cell (issue 12)
                    refuse_secrets(check_characters(cell, label), label)
                except ValidationFailed as exc:
                    result.problems.append(Problem(number, label, exc.message))
                    continue
                checked.add(cell)
        targets[target][name] = cell
    cellcheck.finish(
        number, result.values, result.problems, result.warnings, column, how.dates, extras, how.parsed_dates
    )
    _category(number, result, column)
    snipe = how.file_format == FileFormat.SNIPEIT
    if snipe:
        snipeit.holder_name(result.custody)
        result.warnings.extend(snipeit.location_checkout(number, result.values, result.custody, column))
        if "status" in result.custody:
            result.warnings.extend(snipeit.status(number, result.custody.pop("status"), result.custody, column))
    if result.custody:
        _status(number, result, column)
    if snipe:
        _snipeit_extras(number, result, extras, column)
    return result


def _category(number: int, result: RowResult, column: Callable[[str], str]) -> None:
    raw = result.values.get("category")
    if raw is None:
        return
    mapped = map_category(str(raw))
    if mapped is None:
        result.warnings.append(
            Problem(number, column("category"), f"unknown category {str(raw)!r}: imported as 'other'.")
        )
        mapped = "other"
    result.values["category"] = mapped


def _status(number: int, result: RowResult, column: Callable[[str], str]) -> None:
    """Custody is imported (`assigned` with a holder, else in stock); a device that left the fleet is skipped."""
    status = str(result.custody.pop("status", "")).strip().lower()
    held = bool(result.custody.get("holder_email") or result.custody.get("holder_username"))
    if status in ("", "in_stock") or (status == "assigned" and held):
        return
    if status in {s.value for s in FINAL_STATUSES}:
        result.skip = True
        message = f"status {status!r}: the device has left the fleet, the row is not imported."
    else:
        reason = "it has no holder" if status == "assigned" else "an import records custody only"
        message = f"status {status!r} not imported ({reason}): registered in stock."
    result.warnings.append(Problem(number, column("status"), message))


def _snipeit_extras(number: int, result: RowResult, extras: dict[str, Any], column: Callable[[str], str]) -> None:
    values = result.values
    notes = [str(values["notes"])] if values.get("notes") else []
    name, model_number = extras.get("name"), extras.get("model_number")
    if name and not values.get("model"):
        values["model"] = str(name)
    elif name and str(name) != values.get("model"):
        notes.insert(0, f"Name: {name}")
    if model_number:
        notes.insert(0, f"Model number: {model_number}")
    if notes:
        values["notes"] = "\n".join(notes)
    months = extras.get("warranty_months")
    if months:
        _warranty(number, result, months, column)


def _warranty(number: int, result: RowResult, months: Any, column: Callable[[str], str]) -> None:
    try:
        count = parse_int(months, "warranty")
        purchased = parse_date(result.values.get("purchased_on"), "purchased_on")
    except ValidationFailed as exc:
        field_name = "warranty_months" if exc.field == "warranty" else "purchased_on"
        result.problems.append(Problem(number, column(field_name), exc.message))
        return
    if purchased is None:
        result.warnings.append(
            Problem(number, column("warranty_months"), "warranty months without a purchase date: ignored.")
        )
        return
    result.values["purchased_on"] = purchased
    result.values["warranty_end"] = add_months(purchased, count or 0)


@functools.lru_cache(maxsize=4096)  # a file repeats its purchase dates and warranty lengths
def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

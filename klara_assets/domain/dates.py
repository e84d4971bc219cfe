"""The order of a file's dates, found from its values: day-first, month-first or year-first. No I/O.

`01/02/2023` is the 1st of February in Paris and the 2nd of January in Snipe-IT's US samples, so a
column's order is decided from all its values: a first part above 12 means day-first, a second part
above 12 means month-first, a four-digit first part means year-first. A column where every value is
ambiguous (all parts ≤ 12) takes the order the caller gives (the file's source, else the language), and
says so; a column whose values contradict each other is reported, never read half one way.
Two-digit years pivot at 70: `4/5/16` is 2016, `12/24/75` is 1975.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from klara_assets.domain.errors import ValidationFailed


class DateOrder(StrEnum):
    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


PIVOT = 70  # two-digit years below are 20xx, from it 19xx
_PARTS = re.compile(
    r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?\s*$"
)


@dataclass(frozen=True)
class ColumnOrder:
    """What the values of one column say: the order, and whether it was decided by them or assumed."""

    order: DateOrder
    decided: bool  # False: every value was ambiguous, `order` is the default given
    conflict: bool = False  # values say both day-first and month-first


def split(raw: str) -> tuple[int, int, int] | None:
    """The three numbers of `12/24/15`, `24.12.2015` or `2015-12-24`, or None when it is not such a date."""
    match = _PARTS.match(raw)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def detect(values: Iterable[str], default: DateOrder) -> ColumnOrder:
    """The order of one column from its values (non-date text is left to the parser to refuse)."""
    day_first = month_first = year_first = False
    for raw in values:
        match = _PARTS.match(str(raw))
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if len(match.group(1)) == 4:
            year_first = True
        elif first > 12:
            day_first = True
        elif second > 12:
            month_first = True
    if day_first and month_first:
        return ColumnOrder(default, False, conflict=True)
    if day_first:
        return ColumnOrder(DateOrder.DMY, True)
    if month_first:
        return ColumnOrder(DateOrder.MDY, True)
    if year_first:
        return ColumnOrder(DateOrder.YMD, True)
    return ColumnOrder(default, False)


def full_year(year: int) -> int:
    if year >= 100:
        return year
    return 2000 + year if year < PIVOT else 1900 + year


def parse(raw: str, order: DateOrder, field: str) -> date | datetime | None:
    """`raw` read in `order` (ISO year-first text is always read as such); None when it is not a date."""
    match = _PARTS.match(raw)
    if not match:
        return None
    a, b, c = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if len(match.group(1)) == 4:
        year, month, day = a, b, c
    elif order == DateOrder.MDY:
        month, day, year = a, b, c
    elif order == DateOrder.YMD:
        year, month, day = a, b, c
    else:
        day, month, year = a, b, c
    try:
        result = date(full_year(year), month, day)
    except ValueError:
        expected = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year-month-day"}[order.value]
        raise ValidationFailed(
            f"Invalid date {raw.strip()!r} for {field} (the column is read as {expected}).",
            code="invalid_date",
            field=field,
        ) from None
    if match.group(4) is None:
        return result
    hour, minute, second = int(match.group(4)), int(match.group(5)), int(match.group(6) or 0)
    meridiem = match.group(7)
    if meridiem == "PM" and hour < 12:
        hour += 12
    elif meridiem == "AM" and hour == 12:
        hour = 0
    try:
        return datetime(result.year, result.month, result.day, hour, minute, second)
    except ValueError:
        raise ValidationFailed(
            f"Invalid time in {raw.strip()!r} for {field}.", code="invalid_date", field=field
        ) from None

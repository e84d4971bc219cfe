"""Bulk INSERT through the DB-API cursor: the fast path for imports and the activity log.

peewee's `insert_many` builds the SQL text in Python (≈ 19k rows/s here); the driver's own batch call
runs about ten times faster. SQLite gets `executemany`; PostgreSQL gets psycopg2's `execute_values`,
which sends pages of rows in one statement instead of one round trip per row. Runs inside the caller's
transaction, like every other write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

import peewee

Converter = Callable[[Any], Any] | None
_CONVERTED = (peewee.DecimalField, peewee.ForeignKeyField, peewee.BooleanField)


def _converters(model: type[peewee.Model], names: Sequence[str]) -> list[Converter]:
    """`db_value` for the columns whose Python values the driver cannot take as they are."""
    fields = [model._meta.fields[name] for name in names]
    return [field.db_value if isinstance(field, _CONVERTED) else None for field in fields]


def _convert(rows: Iterable[Sequence[Any]], converters: list[Converter]) -> Iterable[Sequence[Any]]:
    """Apply the converters of the few columns that have one (an asset row has 30 columns, 4 converted)."""
    active = [(index, convert) for index, convert in enumerate(converters) if convert is not None]
    if not active:
        return rows

    def converted(row: Sequence[Any]) -> list[Any]:
        values = list(row)
        for index, convert in active:
            values[index] = convert(values[index])
        return values

    return (converted(row) for row in rows)


def insert_rows(
    db: peewee.Database, model: type[peewee.Model], names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """INSERT `rows` (value tuples in the order of field `names`) into `model`'s table."""
    table = model._meta.table_name
    columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
    values = iter(_convert(rows, _converters(model, names)))
    cursor = db.cursor()
    if isinstance(db, peewee.PostgresqlDatabase):
        from psycopg2.extras import execute_values

        execute_values(cursor, f'INSERT INTO "{table}" ({columns}) VALUES %s', values, page_size=1000)
        return
    marks = ", ".join(db.param for _ in names)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({marks})'
    while chunk := list(islice(values, 5000)):
        cursor.executemany(sql, chunk)

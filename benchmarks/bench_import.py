"""CSV import of 100,000 rows (SPEC §9): `importer.import_file` (parsed, validated, atomic, logged in the
hash-chained activity log) against raw `sqlite3.executemany` of the same rows, read with `csv.reader`,
into the same `asset` table of a freshly migrated database, in one transaction. Same run, same machine;
target ≤ 4.
"""

from __future__ import annotations

import csv
import sqlite3
import time
from pathlib import Path

from common import Row, scratch

from klara_assets.persistence.database import open_database
from klara_assets.services import importer
from klara_assets.services.context import ServiceContext

ROWS = 100_000
COLUMNS = [
    "tag",
    "category",
    "manufacturer",
    "model",
    "serial",
    "purchased_on",
    "price",
    "supplier",
    "order_no",
    "warranty_end",
    "os",
    "storage_kind",
    "storage_gb",
    "encryption_state",
    "condition",
    "notes",
]
EXTRA = ["encryption_method", "recovery_key_escrow", "created_at", "updated_at", "status", "version"]


def _write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for i in range(1, ROWS + 1):
            writer.writerow(
                [
                    f"KLA-{i:06d}",
                    ("laptop", "monitor", "smartphone")[i % 3],
                    "Dell",
                    "Latitude 7440",
                    f"SN{i:08d}",
                    "2024-03-01",
                    "1299.00",
                    "LDLC Pro",
                    f"PO-2024-{i % 997}",
                    "2027-03-01",
                    "Windows 11 Pro",
                    "ssd",
                    "512",
                    "encrypted",
                    "good",
                    "",
                ]
            )


def _fresh(name: str) -> Path:
    path = scratch(name)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(str(path)).close()
    return path


def _floor(source: Path) -> float:
    path = _fresh("import-floor.sqlite3")
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=normal")
    names = COLUMNS + EXTRA
    sql = f"INSERT INTO asset ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    now = "2026-01-01 00:00:00"
    with source.open(encoding="utf-8", newline="") as handle, conn:
        reader = csv.reader(handle)
        next(reader)
        conn.executemany(sql, ([*row, "", "", now, now, "in_stock", 1] for row in reader))
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _ours(source: Path) -> float:
    path = _fresh("import-ours.sqlite3")
    db = open_database(str(path))
    ctx = ServiceContext(db=db, url=str(path), actor="bench")
    started = time.perf_counter()
    report = importer.import_file(ctx, source)
    elapsed = time.perf_counter() - started
    assert report.imported == ROWS, report
    db.close()
    return elapsed


def run() -> list[Row]:
    source = scratch("import-100k.csv")
    _write_csv(source)
    floor = min(_floor(source) for _ in range(3))
    ours = min(_ours(source) for _ in range(2))
    return [Row("CSV import, 100,000 rows (validated, atomic, logged)", ours, floor, "≤ 4 × executemany", max_ratio=4)]

"""CSV import of 100,000 rows (SPEC §9): `importer.import_file` (parsed, validated, atomic, logged in the
hash-chained activity log) against raw `sqlite3.executemany` of the same rows, read with `csv.reader`,
into the same `asset` table of a freshly migrated database, in one transaction. Same run, same machine;
target ≤ 4. Also: the same in Snipe-IT's layout (US month-first dates, category names, status labels,
warranty months), and the MDM update of 100,000 devices' encryption facts from an Intune export against
a raw `executemany` UPDATE of the same rows.

Each line is given twice: in wall time, and in the CPU time of this process (what the machine's other
programs take from a run does not count; ours and its floor both run here, sqlite3 included).
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
Times = tuple[float, float]  # wall seconds, CPU seconds of this process


def _now() -> Times:
    return time.perf_counter(), time.process_time()


def _since(started: Times) -> Times:
    """Wall and CPU time since `started`. CPU time leaves out the time other programs of a loaded machine
    take from us (both ours and the floor run in this process: sqlite3 works in it)."""
    wall, cpu = _now()
    return wall - started[0], cpu - started[1]


def _best(samples: list[Times]) -> Times:
    return min(s[0] for s in samples), min(s[1] for s in samples)


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


def _floor(source: Path) -> Times:
    path = _fresh("import-floor.sqlite3")
    started = _now()
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
    elapsed = _since(started)
    conn.close()
    return elapsed


def _ours(source: Path) -> Times:
    path = _fresh("import-ours.sqlite3")
    db = open_database(str(path))
    ctx = ServiceContext(db=db, url=str(path), actor="bench")
    started = _now()
    report = importer.import_file(ctx, source)
    elapsed = _since(started)
    assert report.imported == ROWS, report
    db.close()
    return elapsed


SNIPE_COLUMNS = [
    "Asset Tag",
    "Item Name",
    "Serial",
    "Model",
    "Manufacturer",
    "Category",
    "Purchase Date",
    "Purchase Cost",
    "Supplier",
    "Order Number",
    "Warranty",
    "Status",
    "Notes",
]


def _write_snipeit(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(SNIPE_COLUMNS)
        for i in range(1, ROWS + 1):
            category = ("Laptops", "Monitors", "Mobile Phones")[i % 3]
            writer.writerow(
                [
                    f"ICC-{i:07d}",
                    f"Laptop {i}",
                    f"SN{i:08d}",
                    "Latitude 7440",
                    "Dell",
                    category,
                    f"{i % 12 + 1}/{i % 28 + 1}/23",
                    "1299.00",
                    "LDLC Pro",
                    f"PO-2024-{i % 997}",
                    "36",
                    "Ready to Deploy",
                    "",
                ]
            )


STORED = {"Laptops": "laptop", "Monitors": "monitor", "Mobile Phones": "smartphone"}


def _snipe_floor(source: Path) -> Times:
    """The same rows, as stored (tag, category, ..., purchase date, warranty end), by raw executemany."""
    path = _fresh("import-snipe-floor.sqlite3")
    started = _now()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=normal")
    names = [
        "tag", "model", "serial", "manufacturer", "category", "purchased_on", "price", "supplier", "order_no",
        "notes", "warranty_end", "encryption_method", "recovery_key_escrow", "created_at", "updated_at", "status",
        "version", "os", "storage_kind", "encryption_state", "condition",
    ]  # fmt: skip
    sql = f"INSERT INTO asset ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    now = "2026-01-01 00:00:00"
    with source.open(encoding="utf-8", newline="") as handle, conn:
        reader = csv.reader(handle)
        next(reader)
        conn.executemany(
            sql,
            ([r[0], r[1], r[2], r[4], STORED[r[5]], r[6], r[7], r[8], r[9], r[12], r[6], "", "", now, now,
              "in_stock", 1, "", "none", "unknown", "good"]
             for r in reader),
        )  # fmt: skip
    elapsed = _since(started)
    conn.close()
    return elapsed


def _intune(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["Device name", "Serial number", "OS", "Last check-in", "Primary user email address", "Encrypted"]
        )
        for i in range(1, ROWS + 1):
            encrypted = "False" if i % 10 == 0 else "True"
            writer.writerow([f"PC-{i}", f"SN{i:08d}", "Windows", "2025-11-20 08:15:00", "zoe@klara.fr", encrypted])


def _mdm(source: Path, inventory: Path) -> tuple[Times, Times]:
    from klara_assets.services.import_formats.detection import Source
    from klara_assets.services.import_formats.mdm import import_encryption

    path = _fresh("import-mdm.sqlite3")
    db = open_database(str(path))
    ctx = ServiceContext(db=db, url=str(path), actor="bench")
    importer.import_file(ctx, inventory)
    started = _now()
    report = import_encryption(ctx, source, Source.INTUNE)
    ours = _since(started)
    assert report.changed == ROWS, report.changed
    db.close()
    conn = sqlite3.connect(path)
    started = _now()
    with source.open(encoding="utf-8", newline="") as handle, conn:
        reader = csv.reader(handle)
        next(reader)
        conn.executemany(
            "UPDATE asset SET encryption_state = ?, encryption_method = ?, encryption_checked_at = ?, "
            "recovery_key_escrow = ?, updated_at = ?, version = version + 1 WHERE serial = ?",
            (("partial", "BitLocker", r[3], "Intune", "2026-01-01 00:00:00", r[1]) for r in reader),
        )
    floor = _since(started)
    conn.close()
    return ours, floor


def _ours_snipe(source: Path) -> Times:
    path = _fresh("import-snipe.sqlite3")
    db = open_database(str(path))
    ctx = ServiceContext(db=db, url=str(path), actor="bench")
    started = _now()
    report = importer.import_file(ctx, source)
    elapsed = _since(started)
    assert report.imported == ROWS and report.file_format == "snipeit", report
    db.close()
    return elapsed


def run() -> list[Row]:
    source = scratch("import-100k.csv")
    _write_csv(source)
    floor = _best([_floor(source) for _ in range(3)])
    ours = _best([_ours(source) for _ in range(2)])
    snipe = scratch("import-snipe-100k.csv")
    _write_snipeit(snipe)
    snipe_floor = _best([_snipe_floor(snipe) for _ in range(3)])
    snipe_ours = _best([_ours_snipe(snipe) for _ in range(2)])
    intune = scratch("import-intune-100k.csv")
    _intune(intune)
    mdm = [_mdm(intune, source) for _ in range(2)]
    mdm_ours, mdm_floor = _best([m[0] for m in mdm]), _best([m[1] for m in mdm])
    target = "≤ 4 × executemany"
    rows = []
    for clock, suffix in ((0, ""), (1, " [CPU time]")):
        rows += [
            Row(f"CSV import, 100,000 rows (validated, atomic, logged){suffix}", ours[clock], floor[clock], target,
                max_ratio=4),
            Row(f"Snipe-IT CSV import, 100,000 rows (US dates, labels){suffix}", snipe_ours[clock],
                snipe_floor[clock], target, max_ratio=4),
            Row(f"MDM (Intune) encryption update, 100,000 devices{suffix}", mdm_ours[clock], mdm_floor[clock],
                target, max_ratio=4),
        ]  # fmt: skip
    return rows

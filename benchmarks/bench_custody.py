"""Custody benchmarks on a 100,000-asset demo fleet (SQLite):

- the demo's custody step (bulk check-outs with their events, incidents) against a floor of raw
  `sqlite3.executemany` writing the same number of asset updates, assignment rows and event rows;
- the compliance view (per-category buckets) against the raw GROUP BY it compiles to.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from datetime import datetime, timedelta

from common import Row, best_of, scratch

from klara_assets.persistence.database import open_database
from klara_assets.persistence.models import Assignment
from klara_assets.services import compliance, custody_demo, demo
from klara_assets.services.context import ServiceContext

ASSETS = 100_000


def _base() -> str:
    """A demo fleet without the custody step (built once, then copied for each measure)."""
    path = scratch("custody_base.sqlite3")
    if not path.exists():
        real = custody_demo.demo_extend
        custody_demo.demo_extend = lambda ctx, rnd, today: None  # type: ignore[assignment]
        try:
            db = open_database(str(path))
            demo.generate(ServiceContext(db=db, url=str(path), actor="bench"), assets=ASSETS, seed=1)
            db.close()
        finally:
            custody_demo.demo_extend = real  # type: ignore[assignment]
    return str(path)


def _copy(name: str) -> str:
    target = scratch(name)
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(_base(), target)
    return str(target)


def _ours() -> tuple[float, int]:
    path = _copy("custody_ours.sqlite3")
    db = open_database(path)
    ctx = ServiceContext(db=db, url=path, actor="bench")
    started = time.perf_counter()
    with ctx.transaction():
        custody_demo.demo_extend(ctx, random.Random(1), ctx.now().date())
    elapsed = time.perf_counter() - started
    count = Assignment.select().count()
    db.close()
    return elapsed, count


def _floor(count: int) -> float:
    path = _copy("custody_floor.sqlite3")
    conn = sqlite3.connect(path)
    ids = [row[0] for row in conn.execute("SELECT id FROM asset ORDER BY id LIMIT ?", (count,))]
    now = datetime(2026, 11, 26, 9, 0).isoformat(" ")
    started = time.perf_counter()
    with conn:
        conn.executemany(
            "UPDATE asset SET status='assigned', holder_id=1, version=version+1 WHERE id=?", [(i,) for i in ids]
        )
        conn.executemany(
            "INSERT INTO assignment (asset_id, person_id, out_at, receipt_no, override_reason) VALUES (?, 1, ?, ?, '')",
            [(i, now, f"REC-2026-{i:04d}") for i in ids],
        )
        conn.executemany(
            "INSERT INTO event (at, actor, entity, entity_id, action, data, prev_hash, hash) "
            "VALUES (?, 'b', 'asset', ?, 'check_out', ?, ?, ?)",
            [(now, i, '{"after":{"status":"assigned"}}', "0" * 64, f"{i:064d}") for i in ids],
        )
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _compliance_rows() -> tuple[float, float]:
    path = _copy("custody_query.sqlite3")
    db = open_database(path)
    ctx = ServiceContext(db=db, url=path, actor="bench")
    ours = best_of(lambda: compliance.compliance_report(ctx, exposed_limit=200), repeat=5)
    db.close()
    conn = sqlite3.connect(path)
    oldest = (datetime.now() - timedelta(days=180)).isoformat(" ")
    sql = (
        "SELECT category, CASE WHEN encryption_state='encrypted' AND encryption_checked_at >= ? THEN 'encrypted' "
        "WHEN encryption_state='encrypted' THEN 'stale' ELSE encryption_state END AS b, COUNT(id) FROM asset "
        "WHERE status IN ('in_stock','assigned','in_repair') AND (storage_kind != 'none' OR category IN "
        "('laptop','smartphone','tablet')) GROUP BY category, b"
    )
    floor = best_of(lambda: conn.execute(sql, (oldest,)).fetchall(), repeat=5)
    conn.close()
    return ours, floor


def run() -> list[Row]:
    ours, count = _ours()
    floor = _floor(count)
    q_ours, q_floor = _compliance_rows()
    return [
        Row(
            f"demo custody step, {count} check-outs + incidents (100k fleet)", ours, floor, "≤ 4 × raw executemany", 4.0
        ),
        Row("compliance view, 100k fleet (counts + 200 exposed)", q_ours, q_floor, "≤ 3 × raw GROUP BY", 3.0),
    ]

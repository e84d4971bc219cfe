"""The dashboard's read on a 100,000-asset demo fleet (SQLite): `services.dashboard.load_dashboard`
against a floor of the same GROUP BY and COUNT statements run through raw `sqlite3` (status,
fleet by category and purchase day, encryption buckets, overdue loans, departed holders,
warranties, end-of-life candidates). Target ≤ 1.5×: the window adds nothing but Python rows.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from assets_data import big_database
from common import Row, best_of

ACTIVE = "('in_stock', 'assigned', 'in_repair')"


def _raw(conn: sqlite3.Connection, now: datetime) -> None:
    today = now.date().isoformat()
    fresh = (now - timedelta(days=180)).isoformat(sep=" ")
    soon = (now.date() + timedelta(days=60)).isoformat()
    old = (now.date().replace(year=now.year - 5)).isoformat()
    statements = [
        "SELECT status, COUNT(id) FROM asset GROUP BY status",
        f"SELECT category, purchased_on, COUNT(id) FROM asset WHERE status IN {ACTIVE} "
        "AND (purchased_on IS NULL OR purchased_on <= ?) GROUP BY category, purchased_on",
        "SELECT category, CASE WHEN encryption_state = 'encrypted' AND encryption_checked_at >= ? THEN 'encrypted' "
        "WHEN encryption_state = 'encrypted' THEN 'stale' ELSE encryption_state END AS b, COUNT(id) FROM asset "
        f"WHERE status IN {ACTIVE} AND (storage_kind != 'none' OR category IN ('laptop', 'smartphone', 'tablet')) "
        "GROUP BY category, b",
        "SELECT COUNT(a.id) FROM assignment a JOIN person p ON a.person_id = p.id "
        "WHERE a.in_at IS NULL AND a.due_back < ?",
        "SELECT COUNT(a.id) FROM assignment a JOIN person p ON a.person_id = p.id "
        "WHERE a.in_at IS NULL AND p.active = 0",
        f"SELECT COUNT(id) FROM asset WHERE status IN {ACTIVE} AND warranty_end >= ? AND warranty_end <= ?",
        f"SELECT COUNT(id) FROM asset WHERE status IN {ACTIVE} AND (condition IN ('poor', 'broken') "
        "OR purchased_on <= ?)",
    ]
    params: list[tuple[str, ...]] = [(), (today,), (fresh,), (today,), (), (today, soon), (old,)]
    for sql, args in zip(statements, params, strict=True):
        conn.execute(sql, args).fetchall()


def run() -> list[Row]:
    from klara_assets.persistence.database import open_database
    from klara_assets.services.context import ServiceContext
    from klara_assets.services.dashboard import load_dashboard

    database = big_database()
    ctx = ServiceContext(db=open_database(str(database)), url=str(database), actor="benchmark")
    ours = best_of(lambda: load_dashboard(ctx), repeat=5)
    conn = sqlite3.connect(database)
    now = ctx.now()
    floor = best_of(lambda: _raw(conn, now), repeat=5)
    conn.close()
    ctx.db.close()
    return [Row("dashboard figures, 100k assets", ours, floor, "≤ 1.5× raw GROUP BYs", max_ratio=1.5)]

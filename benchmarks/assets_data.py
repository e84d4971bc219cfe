"""The 100,000-asset demo database shared by the start-up and search benchmarks (built once, then reused)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from common import scratch

ROOT = Path(__file__).resolve().parent.parent
ASSETS = 100_000


def big_database() -> Path:
    """`klara-assets demo --assets 100000` into benchmarks/out (≈ 1 min the first time), search index current."""
    path = scratch("assets_100k.sqlite3")
    if not path.exists():
        command = [sys.executable, "-m", "klara_assets", "--db", str(path), "demo", "--assets", str(ASSETS)]
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    from klara_assets.persistence.database import open_database
    from klara_assets.services.context import ServiceContext
    from klara_assets.services.search_index import refresh_search_index

    db = open_database(str(path))
    refresh_search_index(ServiceContext(db=db, url=str(path), actor="benchmark"))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path

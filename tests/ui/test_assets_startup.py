"""`main.py --quit-after-startup` on a demo database: the assets page shows its first rows, then exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from klara_assets.persistence.database import open_database
from klara_assets.services import demo
from klara_assets.services.context import ServiceContext

ROOT = Path(__file__).resolve().parents[2]


def test_quit_after_startup_on_a_demo_database_exits_0(tmp_path: Path) -> None:
    url = str(tmp_path / "demo.sqlite3")
    db = open_database(url)
    demo.generate(ServiceContext(db=db, url=url, actor="tester"), assets=2_000)
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "main.py", "--db", url, "--quit-after-startup"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr

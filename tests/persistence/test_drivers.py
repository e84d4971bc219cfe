"""peewee is imported without psycopg2 (and ssl) until a PostgreSQL database is opened (issue 18 §2)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from klara_assets.domain.places import Place
from klara_assets.persistence.database import connect, open_database
from klara_assets.persistence.models import Asset
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext

ROOT = Path(__file__).resolve().parents[2]
SERVER_MODULES = ("psycopg2", "ssl", "psycopg", "pymysql", "MySQLdb")


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_sqlite_database_opens_without_any_server_driver(tmp_path: Path) -> None:
    url = str(tmp_path / "k.sqlite3")
    loaded = _run(
        "import sys\n"
        "from klara_assets.persistence.database import open_database\n"
        "import klara_assets.services.context, playhouse.migrate\n"
        f"db = open_database({url!r}); db.close()\n"
        f"print(sorted(m for m in {SERVER_MODULES!r} if sys.modules.get(m) is not None))\n"
    )
    assert loaded == "[]"


def test_the_driver_hidden_at_peewee_import_can_still_be_imported() -> None:
    loaded = _run(
        "import sys, klara_assets, peewee\n"
        "import psycopg2\n"  # the guard removed its sys.modules stand-ins
        "print(psycopg2.__name__, peewee.psycopg2 is None, 'psycopg2' in sys.modules)\n"
    )
    assert loaded == "psycopg2 True True"


def test_opening_postgres_gives_peewee_its_driver_late(postgres_url: str, tmp_path: Path) -> None:
    """In a fresh process: SQLite first (no driver), then PostgreSQL, as File › Connect does later on."""
    sqlite = str(tmp_path / "k.sqlite3")
    out = _run(
        "import sys, uuid\n"
        "from klara_assets.domain.places import Place\n"
        "from klara_assets.persistence.database import open_database\n"
        "from klara_assets.services import inventory\n"
        "from klara_assets.services.context import ServiceContext\n"
        f"db = open_database({sqlite!r}); db.close()\n"
        "print('ssl' in sys.modules, 'psycopg2' in sys.modules)\n"
        f"db = open_database({postgres_url!r})\n"
        f"ctx = ServiceContext(db=db, url={postgres_url!r}, actor='tester')\n"
        "inventory.add_location(ctx, Place.parse('Lyon/Stock'))\n"
        "print(db.execute_sql('SELECT %s::uuid', (uuid.UUID(int=7),)).fetchone()[0] == uuid.UUID(int=7))\n"
        "print(db.execute_sql('SELECT count(*) FROM location').fetchone()[0])\n"
        "db.close()\n"
    )
    assert out.splitlines() == ["False False", "True", "1"]


def test_postgres_in_this_process_reads_and_writes(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        ctx = ServiceContext(db=db, url=postgres_url, actor="tester")
        inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
        assert db.execute_sql("SELECT %s::uuid", (uuid.UUID(int=3),)).fetchone()[0] == uuid.UUID(int=3)
        assert Asset.select().count() == 0
    finally:
        db.close()
    again = connect(postgres_url)
    assert again.execute_sql("SELECT count(*) FROM location").fetchone()[0] == 1
    again.close()


def test_a_shared_database_without_the_postgres_driver_is_a_clear_refusal() -> None:
    """`pip install .` without the `postgres` extra, then `--db postgresql://…`: what to install, no traceback."""
    code = (
        "import sys\n"
        "sys.modules['psycopg2'] = None\n"  # as if psycopg2 were not installed
        "from klara_assets.cli import main\n"
        "sys.exit(main(['--db', 'postgresql://postgres@127.0.0.1:5432/test', 'show', 'KLA-000001']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "PostgreSQL driver (psycopg2) is not installed" in line and "klara-assets[postgres]" in line

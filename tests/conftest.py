"""Shared fixtures: a fresh real database per test, on SQLite and on PostgreSQL.

PostgreSQL runs at KLARA_TEST_POSTGRES_URL (default: the local server, database `test`). Each test gets
its own schema, dropped afterwards. When the server cannot be reached the PostgreSQL cases fail under CI
(CI=true) and are skipped elsewhere with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from klara_assets.persistence.database import open_database
from klara_assets.services.context import ServiceContext

POSTGRES_URL = os.environ.get("KLARA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ENGINES = ["sqlite", "postgres"]


def _admin_connection():  # type: ignore[no-untyped-def]
    import psycopg2

    try:
        conn = psycopg2.connect(POSTGRES_URL, connect_timeout=5)
    except psycopg2.OperationalError as exc:
        message = f"PostgreSQL at {POSTGRES_URL} is unreachable: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    conn.autocommit = True
    return conn


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh schema on the PostgreSQL server, as a URL whose search_path points at it."""
    conn = _admin_connection()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with conn.cursor() as cur:
        cur.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{POSTGRES_URL}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP SCHEMA {schema} CASCADE")
        conn.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "klara.sqlite3")


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "klara.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


class Clock:
    """A settable clock for services (they take `now` from the context)."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 26, 9, 30, 0))


@pytest.fixture
def ctx(db_url: str, clock: Clock) -> Iterator[ServiceContext]:
    db = open_database(db_url)
    yield ServiceContext(db=db, url=db_url, actor="tester", clock=clock)
    db.close()


@pytest.fixture
def sqlite_ctx(sqlite_url: str, clock: Clock) -> Iterator[ServiceContext]:
    db = open_database(sqlite_url)
    yield ServiceContext(db=db, url=sqlite_url, actor="tester", clock=clock)
    db.close()

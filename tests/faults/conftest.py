"""Fixtures for the fault tests: one PostgreSQL server of our own per module, a fresh database per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg2
import pytest

from tests.faults.server import OwnServer, own_server


@pytest.fixture(scope="module")
def server() -> Iterator[OwnServer]:
    with own_server() as started:
        yield started


def running(server: OwnServer) -> None:
    """Start the server again when the previous test left it killed."""
    if not server.pids() or not _answers(server):
        server.kill()
        server.start()


def _answers(server: OwnServer) -> bool:
    try:
        psycopg2.connect(server.url, connect_timeout=3).close()
    except psycopg2.OperationalError:
        return False
    return True


@pytest.fixture
def own_url(server: OwnServer) -> Iterator[str]:
    """A fresh database on our own server (dropped afterwards), as a URL."""
    running(server)
    name = f"t_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(server.url)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name}")
    admin.close()
    yield server.url.rsplit("/", 1)[0] + f"/{name}"
    running(server)
    admin = psycopg2.connect(server.url)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


def wait_for_blocked(conn: psycopg2.extensions.connection, *, wrote: bool) -> None:
    """Until another backend waits on a lock (with a write of its own already made when `wrote`)."""
    import time

    deadline = time.monotonic() + 20
    query = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()" + (
        " AND backend_xid IS NOT NULL" if wrote else ""
    )
    while time.monotonic() < deadline:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_stat_clear_snapshot()")  # else the blocker's transaction sees one snapshot
            cur.execute(query)
            if cur.fetchone()[0]:
                return
        time.sleep(0.05)
    raise AssertionError("no backend ever waited on the lock")

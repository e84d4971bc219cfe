"""Shared mode on the real PostgreSQL server: several seats (processes) on one database at once.

Concurrent migrations, two seats editing one asset, forty check-out attempts from four seats, `init`
on an empty database, and change notifications from one connection to another.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from klara_assets.domain.places import Place
from klara_assets.persistence import eventlog, notifications
from klara_assets.persistence.database import open_database, pending_migrations
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Assignment, Event
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from tests.conftest import POSTGRES_URL, _admin_connection
from tests.shared import workers

ROOT = Path(__file__).resolve().parents[2]
SPAWN = multiprocessing.get_context("spawn")


def run_seats(target: Any, jobs: list[tuple[Any, ...]]) -> None:
    processes = [SPAWN.Process(target=target, args=job) for job in jobs]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
        assert process.exitcode == 0, f"a seat crashed (exit code {process.exitcode})"


def drain(results: Any, count: int) -> list[tuple[Any, ...]]:
    return [results.get(timeout=30) for _ in range(count)]


@pytest.fixture
def pg_ctx(postgres_url: str) -> Iterator[ServiceContext]:
    db = open_database(postgres_url)
    yield ServiceContext(db=db, url=postgres_url, actor="office")
    db.close()


def test_two_seats_migrating_at_once_both_succeed_and_migrate_once(postgres_url: str) -> None:
    barrier = SPAWN.Barrier(2)
    run_seats(workers.migrate, [(postgres_url, barrier), (postgres_url, barrier)])
    db = open_database(postgres_url, upgrade=False)
    names = [name for (name,) in db.execute_sql("SELECT name FROM schema_migration ORDER BY name").fetchall()]
    assert names == sorted(set(names)) and "0007_operators" in names
    assert pending_migrations(db) == ([], [])
    db.close()


def test_two_seats_editing_one_asset_one_conflict_no_lost_update(pg_ctx: ServiceContext) -> None:
    inventory.register_asset(pg_ctx, category="monitor", manufacturer="Dell", model="P2422H")
    version = Asset.get(Asset.tag == "KLA-000001").version
    barrier, results = SPAWN.Barrier(2), SPAWN.Queue()
    run_seats(workers.edit_notes, [(pg_ctx.url, seat, version, barrier, results) for seat in (1, 2)])
    outcome = sorted(drain(results, 2), key=lambda r: r[1] != "ok")
    assert [code for _, code, _ in outcome] == ["ok", "stale_version"]
    assert "changed by someone else" in outcome[1][2]
    winner = outcome[0][0]
    asset = Asset.get(Asset.tag == "KLA-000001")
    assert (asset.notes, asset.version) == (f"written by seat {winner}", version + 1)
    edits = list(Event.select().where((Event.entity == "asset") & (Event.action == "edit")))
    assert [e.actor for e in edits] == [f"seat-{winner}"]


def test_forty_check_outs_of_twenty_devices_from_four_seats(pg_ctx: ServiceContext) -> None:
    for n in range(4):
        inventory.add_person(pg_ctx, f"Person {n}", f"p{n}@klara.fr")
    inventory.register_assets(pg_ctx, [{"category": "monitor", "model": f"M{i}"} for i in range(20)])
    tags = [f"KLA-{i:06d}" for i in range(1, 21)]
    # Seats 0 and 1 want devices 1-10, seats 2 and 3 devices 11-20; 1 and 3 go in reverse order.
    plans = [
        [(tag, f"p{seat}@klara.fr") for tag in (tags[:10] if seat < 2 else tags[10:])][:: 1 if seat % 2 == 0 else -1]
        for seat in range(4)
    ]
    barrier, results = SPAWN.Barrier(4), SPAWN.Queue()
    run_seats(workers.check_out_all, [(pg_ctx.url, seat, plans[seat], barrier, results) for seat in range(4)])
    outcome = drain(results, 40)
    winners = {tag: seat for seat, tag, code, _ in outcome if code == "ok"}
    refusals = [(code, message) for _, _, code, message in outcome if code != "ok"]
    assert sorted(winners) == tags and len(refusals) == 20
    assert {code for code, _ in refusals} <= {"stale_version", "already_assigned"}
    open_loans = list(Assignment.select().where(Assignment.in_at.is_null()))
    assert sorted(a.asset.tag for a in open_loans) == tags
    for asset in Asset.select():
        assert asset.status == "assigned" and asset.holder.email == f"p{winners[asset.tag]}@klara.fr"
    report = eventlog.verify(pg_ctx.db)
    assert report.ok, report.problem
    assert Event.select().where(Event.action == "check_out").count() == 20


def test_init_creates_the_schema_on_an_empty_postgres_database() -> None:
    admin = _admin_connection()
    name = f"klara_init_{uuid.uuid4().hex[:8]}"
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name}")
    url = POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        done = subprocess.run(
            [sys.executable, "-m", "klara_assets", "--db", url, "init"], cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        db = open_database(url, upgrade=False)
        assert {"asset", "event", "operator", "operator_role"} <= set(db.get_tables())
        db.close()
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.close()


def listen(url: str) -> tuple[notifications.ChangeListener, queue.Queue[notifications.Notice]]:
    received: queue.Queue[notifications.Notice] = queue.Queue()
    listener = notifications.ChangeListener(url, received.put)
    listener.start()
    assert listener.listening.wait(10)
    return listener, received


def next_notice(received: queue.Queue[notifications.Notice], kind: str, ctx: ServiceContext) -> notifications.Notice:
    """The next notice about `kind` sent by `ctx`'s connection (other tests' schemas share the channel)."""
    pid = ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    while True:
        notice = received.get(timeout=3)
        if kind in notice.touched and notice.pid == pid:
            return notice


def test_a_change_on_one_connection_reaches_a_listener_on_another(pg_ctx: ServiceContext) -> None:
    listener, received = listen(pg_ctx.url)
    try:
        changes = inventory.add_location(pg_ctx, Place.parse(f"Site-{uuid.uuid4().hex[:6]}/Room"))
        notice = next_notice(received, "location", pg_ctx)
        assert notice.touched["location"] == changes.touched["location"]
    finally:
        listener.stop()
    assert not listener.is_alive()


def test_a_rolled_back_change_sends_nothing_and_many_ids_are_summarised(pg_ctx: ServiceContext) -> None:
    listener, received = listen(pg_ctx.url)
    try:
        with pytest.raises(RuntimeError), pg_ctx.transaction():
            pg_ctx.log([NewEvent("location", 424242, "add")])
            raise RuntimeError("the use case fails after logging: everything rolls back")
        inventory.register_assets(pg_ctx, [{"category": "monitor", "model": f"M{i}"} for i in range(150)])
        assert next_notice(received, "asset", pg_ctx).touched["asset"] == frozenset()  # "some": too many to list
        with pytest.raises(queue.Empty):
            next_notice(received, "location", pg_ctx)
    finally:
        listener.stop()


def test_listener_stops_promptly_even_while_waiting() -> None:
    listener = notifications.ChangeListener(POSTGRES_URL, lambda notice: None)
    listener.start()
    assert listener.listening.wait(10)
    stopper = threading.Thread(target=listener.stop)
    stopper.start()
    stopper.join(3)
    assert not listener.is_alive() and not stopper.is_alive()


def test_malformed_payload_is_ignored() -> None:
    assert notifications.parse(1, "not json") is None
    assert notifications.parse(7, '{"asset": [3, 4]}') == notifications.Notice(7, {"asset": frozenset({3, 4})})


pytestmark = pytest.mark.skipif(os.name == "nt", reason="select() on sockets and pipes")

"""The activity log: a hash chain the database refuses to change, and a verifier that names tampering."""

from __future__ import annotations

import itertools

import peewee
import pytest

from klara_assets.domain.places import Place
from klara_assets.persistence import eventlog
from klara_assets.persistence.models import Event
from klara_assets.services import inventory
from klara_assets.services.activity import verify_log
from klara_assets.services.context import ServiceContext


@pytest.fixture
def logged(ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    for n in range(5):
        inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model=f"P27{n}")
    return ctx


def event_ids() -> list[int]:
    return [i for (i,) in Event.select(Event.id).order_by(Event.id).tuples()]


def test_chain_is_intact_and_linked(logged: ServiceContext) -> None:
    report = verify_log(logged)
    assert report.ok and report.count == 6
    rows = list(Event.select().order_by(Event.id))
    assert rows[0].prev_hash == eventlog.GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))


@pytest.mark.parametrize("statement", ["UPDATE event SET actor = 'mallory'", "DELETE FROM event"])
def test_database_refuses_update_and_delete(logged: ServiceContext, statement: str) -> None:
    with pytest.raises(peewee.DatabaseError, match="append-only"), logged.db.atomic():
        logged.db.execute_sql(statement)
    assert len(event_ids()) == 6


def _without_guard(ctx: ServiceContext, statements: list[str]) -> None:
    """Tamper as an attacker with direct SQL access would: switch the guard off, change rows."""
    if isinstance(ctx.db, peewee.PostgresqlDatabase):
        ctx.db.execute_sql("ALTER TABLE event DISABLE TRIGGER USER")
        for s in statements:
            ctx.db.execute_sql(s)
        ctx.db.execute_sql("ALTER TABLE event ENABLE TRIGGER USER")
    else:
        ctx.db.execute_sql("DROP TRIGGER event_no_update")
        ctx.db.execute_sql("DROP TRIGGER event_no_delete")
        for s in statements:
            ctx.db.execute_sql(s)


def test_altered_event_is_named(logged: ServiceContext) -> None:
    target = event_ids()[3]
    _without_guard(logged, [f"UPDATE event SET actor = 'mallory' WHERE id = {target}"])
    report = verify_log(logged)
    assert not report.ok and report.first_bad_id == target
    assert f"event {target} was altered" in report.problem


def test_removed_event_is_named(logged: ServiceContext) -> None:
    ids = event_ids()
    _without_guard(logged, [f"DELETE FROM event WHERE id = {ids[2]}"])
    report = verify_log(logged)
    assert not report.ok and report.first_bad_id == ids[3]
    assert f"after event {ids[1]} was removed" in report.problem


def test_reordered_events_are_named(logged: ServiceContext) -> None:
    a, b = event_ids()[1:3]
    _without_guard(
        logged,
        [
            f"UPDATE event SET id = -1 WHERE id = {a}",
            f"UPDATE event SET id = {a} WHERE id = {b}",
            f"UPDATE event SET id = {b} WHERE id = -1",
        ],
    )
    report = verify_log(logged)
    assert not report.ok and report.first_bad_id == a

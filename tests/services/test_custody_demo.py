"""The demo's custody and incident step: assignments that respect the policy, overdue loans, a departed
holder, and incidents with one running 72-hour deadline; the activity log stays intact."""

from __future__ import annotations

from datetime import timedelta

from klara_assets.persistence import custody_queries, eventlog, incident_queries
from klara_assets.persistence.models import Asset, Assignment, Person
from klara_assets.services import demo
from klara_assets.services.context import ServiceContext


def test_demo_fills_custody_and_incidents(ctx: ServiceContext) -> None:
    demo.generate(ctx, assets=400, seed=7)
    now = ctx.now()
    assigned = Asset.select().where(Asset.status == "assigned").count()
    handed = Asset.select().where(Asset.category.in_(["laptop", "smartphone", "tablet"])).count()
    assert assigned > handed * 0.6
    open_rows = Assignment.select().where(Assignment.in_at.is_null()).count()
    assert open_rows == assigned  # one open assignment per assigned device, each with its holder
    unencrypted_out = (
        Assignment.select()
        .join(Asset, on=Assignment.asset == Asset.id)
        .where(
            Assignment.in_at.is_null()
            & (Asset.encryption_state != "encrypted")
            & Asset.category.in_(["laptop", "smartphone", "tablet"])
        )
    )
    assert unencrypted_out.count() >= 1
    assert all(row.override_reason for row in unencrypted_out)  # the policy was respected
    assert custody_queries.overdue_loans(now.date())
    collect = custody_queries.to_collect()
    assert collect and not Person.get(Person.email == collect[0].person_email).active
    rows = incident_queries.incidents()
    assert {r.status for r in rows} == {"open", "closed"}
    running = [r for r in rows if r.triage(now).notifiable and r.triage(now).time_left is not None]
    assert running and timedelta(0) < (running[0].triage(now).time_left or timedelta(0)) < timedelta(hours=72)
    assert running[0].kind == "lost" and running[0].encryption_at_time != "encrypted"
    assert eventlog.verify(ctx.db).ok

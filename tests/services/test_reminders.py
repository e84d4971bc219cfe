"""Reminders (issue 17 §1) on both engines: each rule at its boundary — the day before it is due, the day,
the day after — with the service clock moved (fixture clock 2026-11-26 09:30), and snoozing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.services import audits, batches, custody, incidents, inventory, partners, reminders
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests.conftest import Clock
from tests.helpers import assert_refused

SIRET = "73282932000074"


def keys(ctx: ServiceContext, kind: str, days: int = 7) -> list[str]:
    return [i.key for i in reminders.due_items(ctx, days) if i.kind == kind]


def kinds_on(ctx: ServiceContext, clock: Clock, kind: str, *days: date) -> list[list[reminders.Reminder]]:
    """The items of `kind` seen on each day (the clock moved there, same time of day)."""
    seen = []
    base = clock.now
    for day in days:
        clock.now = datetime.combine(day, base.time())
        seen.append([i for i in reminders.due_items(ctx) if i.kind == kind])
    clock.now = base
    return seen


def _device(ctx: ServiceContext, **values: object) -> str:
    if values.get("encryption_state") == "encrypted":  # checked today, so check-out accepts it
        values.setdefault("encryption_checked_at", ctx.today().isoformat())
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="Latitude", **values)
    return f"KLA-{len(inventory_tags(ctx)):06d}"


def inventory_tags(ctx: ServiceContext) -> list[str]:
    from klara_assets.persistence.models import Asset

    return [a.tag for a in Asset.select()]


@pytest.fixture
def base(ctx: ServiceContext) -> ServiceContext:
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    return ctx


def test_return_due_within_7_days_then_overdue(base: ServiceContext, clock: Clock) -> None:
    tag = _device(base, encryption_state="encrypted")
    due = date(2026, 12, 10)
    custody.check_out(base, [tag], "zoe@klara.fr", due=due)
    before, on, after = kinds_on(
        base, clock, "return", due - timedelta(days=8), due - timedelta(days=7), due - timedelta(days=6)
    )
    assert before == [] and len(on) == 1 and len(after) == 1 and not on[0].urgent
    assert on[0].due_on == due and on[0].subject == tag and on[0].page == "assets"
    last, overdue = kinds_on(base, clock, "return", due, due + timedelta(days=1))
    assert not last[0].urgent and overdue[0].urgent and "overdue since 2026-12-10" in overdue[0].detail
    assert len(keys(base, "return", days=14)) == 1 and keys(base, "return", days=13) == []
    custody.check_in(base, tag)
    assert keys(base, "return", days=30) == []


def test_people_who_left_with_devices(base: ServiceContext) -> None:
    tag = _device(base, encryption_state="encrypted")
    custody.check_out(base, [tag], "zoe@klara.fr")
    assert keys(base, "left") == []
    inventory.deactivate_person(base, "zoe@klara.fr", "2026-11-20")
    [item] = [i for i in reminders.due_items(base) if i.kind == "left"]
    assert item.urgent and item.due_on == date(2026, 11, 20) and item.subject == "zoe@klara.fr"
    assert keys(base, "return", days=365) == []  # not counted twice as a return


def test_gdpr_deadline_within_24_hours_or_passed(base: ServiceContext, clock: Clock) -> None:
    tag = _device(base, encryption_state="none")
    discovered = clock.now
    incidents.report_incident(base, tag, "lost", discovered)
    deadline = discovered + timedelta(hours=72)
    seen = []
    for at in (deadline - timedelta(hours=25), deadline - timedelta(hours=24), deadline + timedelta(hours=1)):
        clock.now = at
        seen.append([i for i in reminders.due_items(base) if i.kind == "gdpr"])
    clock.now = discovered
    assert seen[0] == [] and len(seen[1]) == 1 and len(seen[2]) == 1
    assert seen[1][0].urgent and seen[1][0].due_on == (deadline - timedelta(hours=24)).date()
    assert seen[2][0].params["passed"] == "1" and "passed" in seen[2][0].detail
    encrypted = _device(base, encryption_state="encrypted")
    incidents.report_incident(base, encrypted, "lost", discovered - timedelta(hours=70))
    assert len(keys(base, "gdpr")) == 0  # low risk: no clock; the first one is 72 h away


def test_certifications_expiring_or_expired_with_an_open_batch(base: ServiceContext, clock: Clock) -> None:
    until = date(2027, 1, 31)
    partners.add_partner(base, "Recyclo", "recycler", SIRET, certifications=[("R2v3", "R2-1", until)])
    before, on, after = kinds_on(
        base, clock, "certification", until - timedelta(days=61), until - timedelta(days=60), until - timedelta(days=59)
    )
    assert before == [] and len(on) == 1 and len(after) == 1 and not on[0].urgent
    assert on[0].due_on == until - timedelta(days=60) and on[0].page == "partners"
    last, expired = kinds_on(base, clock, "certification", until, until + timedelta(days=1))
    assert len(last) == 1 and expired == []  # expired, no open batch: nothing to do
    batches.create_batch(base, "Recyclo")
    [expired_open] = kinds_on(base, clock, "certification", until + timedelta(days=1))
    assert len(expired_open) == 1 and expired_open[0].urgent and "1 open batch" in expired_open[0].detail


def test_warranty_ending_within_60_days(base: ServiceContext, clock: Clock) -> None:
    end = date(2027, 2, 15)
    _device(base, warranty_end=end)
    before, on, after = kinds_on(
        base, clock, "warranty", end - timedelta(days=61), end - timedelta(days=60), end - timedelta(days=59)
    )
    assert before == [] and len(on) == 1 and len(after) == 1 and on[0].due_on == end - timedelta(days=60)
    last, gone = kinds_on(base, clock, "warranty", end, end + timedelta(days=1))
    assert len(last) == 1 and gone == []


def test_encryption_check_older_than_the_policy(base: ServiceContext, clock: Clock) -> None:
    update_settings(base, encryption_check_max_days=90)
    checked = datetime(2026, 11, 1, 15, 0)
    _device(base, encryption_state="encrypted", encryption_checked_at=checked)
    due = checked.date() + timedelta(days=90)
    before, on, after = kinds_on(base, clock, "encryption", due - timedelta(days=1), due, due + timedelta(days=1))
    assert before == [] and len(on) == 1 and len(after) == 1 and on[0].due_on == due


def test_locations_not_audited_within_the_interval(base: ServiceContext, clock: Clock) -> None:
    inventory.add_location(base, Place.parse("Paris/Stock"))
    _device(base, location=Place.parse("Paris/Stock"))
    [never] = [i for i in reminders.due_items(base) if i.kind == "audit"]
    assert never.subject == "Paris/Stock" and "never audited" in never.detail
    number = audits.open_audit(base, Place.parse("Paris/Stock")).result
    audits.close_audit(base, number)  # type: ignore[arg-type]
    due = date(2027, 11, 26)  # 12 months by default
    before, on, after = kinds_on(base, clock, "audit", due - timedelta(days=1), due, due + timedelta(days=1))
    assert before == [] and len(on) == 1 and len(after) == 1 and on[0].due_on == due
    update_settings(base, audit_interval_months=6)
    before, on = kinds_on(base, clock, "audit", date(2027, 5, 25), date(2027, 5, 26))
    assert before == [] and len(on) == 1


def test_open_batch_not_shipped_and_repair_after_30_days(base: ServiceContext, clock: Clock) -> None:
    partners.add_partner(base, "Recyclo", "recycler", SIRET)
    batches.create_batch(base, "Recyclo")
    tag = _device(base)
    custody.send_to_repair(base, tag)
    start = clock.now.date()
    for kind in ("batch", "repair"):
        before, on, after = kinds_on(
            base, clock, kind, start + timedelta(days=30), start + timedelta(days=31), start + timedelta(days=32)
        )
        assert before == [] and len(on) == 1 and len(after) == 1, kind
        assert on[0].due_on == start + timedelta(days=31)
    custody.back_from_repair(base, tag)
    assert kinds_on(base, clock, "repair", start + timedelta(days=40)) == [[]]


def test_snooze_hides_until_the_day_and_is_stored(base: ServiceContext, clock: Clock) -> None:
    tag = _device(base, encryption_state="encrypted")
    custody.check_out(base, [tag], "zoe@klara.fr", due=date(2026, 11, 27))
    [key] = keys(base, "return")
    assert_refused(ValidationFailed, "after today", reminders.snooze, base, key, "2026-11-26")
    assert_refused(ValidationFailed, "unknown reminder", reminders.snooze, base, "nothing:1", "2026-12-01")
    reminders.snooze(base, key, "2026-11-29")
    assert keys(base, "return") == []
    assert [i.key for i in reminders.due_items(base, include_snoozed=True) if i.kind == "return"] == [key]
    (back,) = kinds_on(base, clock, "return", date(2026, 11, 29))
    assert [i.key for i in back] == [key]
    (hidden,) = kinds_on(base, clock, "return", date(2026, 11, 28))
    assert hidden == []

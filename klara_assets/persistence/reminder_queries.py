"""The rows the reminders are made of (issue 17 §1): each query reads one kind of thing that may need
attention, filtered in SQL on the given day; the rules themselves (windows, urgency) are in
`services.reminders`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from peewee import JOIN, fn

from klara_assets.domain.enums import AssetStatus, BatchStatus
from klara_assets.persistence import lookups
from klara_assets.persistence.models import (
    Asset,
    Assignment,
    AuditSession,
    DisposalBatch,
    Event,
    Location,
    Partner,
    PartnerCertification,
    Person,
    ReminderSnooze,
)

# Devices that are still part of the fleet (a warranty or an encryption check still matters).
ACTIVE = (AssetStatus.IN_STOCK.value, AssetStatus.ASSIGNED.value, AssetStatus.IN_REPAIR.value)


def _when(value: Any) -> datetime | None:
    """An aggregate over a datetime column (SQLite gives it back as text)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def open_loans_due_by(last_day: date) -> list[tuple[int, str, str, str, date]]:
    """(assignment id, tag, holder name, holder e-mail, due back) of open loans due on or before `last_day`."""
    query = (
        Assignment.select(Assignment.id, Asset.tag, Person.name, Person.email, Assignment.due_back)
        .join(Asset, on=Assignment.asset == Asset.id)
        .switch(Assignment)
        .join(Person, on=Assignment.person == Person.id)
        .where(Assignment.in_at.is_null() & (Assignment.due_back <= last_day) & (Person.active == True))  # noqa: E712
        .order_by(Assignment.due_back, Asset.tag)
    )
    return list(lookups.rows(query))


def left_with_devices() -> list[tuple[str, str, date | None, int]]:
    """(name, e-mail, left on, devices held) of people who left and still hold devices."""
    query = (
        Person.select(Person.name, Person.email, Person.left_on, fn.COUNT(Assignment.id))
        .join(Assignment, on=Assignment.person == Person.id)
        .where(Assignment.in_at.is_null() & (Person.active == False))  # noqa: E712
        .group_by(Person.id, Person.name, Person.email, Person.left_on)
        .order_by(Person.name)
    )
    return list(lookups.rows(query))


def certifications_until(last_day: date) -> list[tuple[str, str, str, date, int]]:
    """(partner, scheme, number, valid until, open batches) of certifications ending on or before `last_day`."""
    open_batches = DisposalBatch.select(fn.COUNT(DisposalBatch.id)).where(
        (DisposalBatch.partner == Partner.id) & (DisposalBatch.status == BatchStatus.OPEN.value)
    )
    query = (
        PartnerCertification.select(
            Partner.name,
            PartnerCertification.scheme,
            PartnerCertification.number,
            PartnerCertification.valid_until,
            open_batches,
        )
        .join(Partner, on=PartnerCertification.partner == Partner.id)
        .where(PartnerCertification.valid_until <= last_day)
        .order_by(PartnerCertification.valid_until, Partner.name)
    )
    return [(a, b, c, d, int(e or 0)) for a, b, c, d, e in lookups.rows(query)]


def warranties_between(first: date, last: date) -> list[tuple[str, str, date]]:
    """(tag, model, warranty end) of active devices whose warranty ends between the two days."""
    query = (
        Asset.select(Asset.tag, fn.TRIM(Asset.manufacturer.concat(" ").concat(Asset.model)), Asset.warranty_end)
        .where(Asset.status.in_(ACTIVE) & (Asset.warranty_end >= first) & (Asset.warranty_end <= last))
        .order_by(Asset.warranty_end, Asset.tag)
    )
    return list(lookups.rows(query))


def encryption_checked_before(categories: tuple[str, ...], before: datetime) -> list[tuple[str, str, datetime]]:
    """(tag, category, last check) of active policy devices whose last encryption check is older than `before`."""
    query = (
        Asset.select(Asset.tag, Asset.category, Asset.encryption_checked_at)
        .where(
            Asset.status.in_(ACTIVE)
            & Asset.category.in_(list(categories) or [""])
            & Asset.encryption_checked_at.is_null(False)
            & (Asset.encryption_checked_at < before)
        )
        .order_by(Asset.encryption_checked_at, Asset.tag)
    )
    return list(lookups.rows(query))


def last_audits() -> list[tuple[str, str, datetime | None]]:
    """(site, room, last closed audit) of every location that holds devices or was audited."""
    last = (
        AuditSession.select(AuditSession.location, fn.MAX(AuditSession.closed_at).alias("last"))
        .where(AuditSession.closed_at.is_null(False))
        .group_by(AuditSession.location)
        .alias("last_audit")
    )
    held = Asset.select(Asset.location).where(Asset.location.is_null(False) & Asset.status.in_(ACTIVE))
    query: Any = (
        Location.select(Location.site, Location.room, last.c.last)
        .join(last, on=(last.c.location_id == Location.id), join_type=JOIN.LEFT_OUTER)
        .where(Location.id.in_(held) | last.c.last.is_null(False))
        .order_by(Location.site, Location.room)
    )
    return [(site, room, _when(last)) for site, room, last in lookups.rows(query)]


def open_batches_created_before(before: datetime) -> list[tuple[str, str, datetime]]:
    """(number, partner, created) of batches still open (not shipped) and created before `before`."""
    query = (
        DisposalBatch.select(DisposalBatch.number, Partner.name, DisposalBatch.created_at)
        .join(Partner, on=DisposalBatch.partner == Partner.id)
        .where((DisposalBatch.status == BatchStatus.OPEN.value) & (DisposalBatch.created_at < before))
        .order_by(DisposalBatch.created_at)
    )
    return list(lookups.rows(query))


def in_repair_since() -> list[tuple[str, str, datetime | None]]:
    """(tag, model, when it was last sent to repair) of devices in repair."""
    sent = (
        Event.select(Event.entity_id, fn.MAX(Event.at).alias("sent"))
        .where((Event.entity == "asset") & (Event.action == "send_to_repair"))
        .group_by(Event.entity_id)
        .alias("sent")
    )
    query: Any = (
        Asset.select(Asset.tag, fn.TRIM(Asset.manufacturer.concat(" ").concat(Asset.model)), sent.c.sent)
        .join(sent, on=(sent.c.entity_id == Asset.id), join_type=JOIN.LEFT_OUTER)
        .where(Asset.status == AssetStatus.IN_REPAIR.value)
        .order_by(Asset.tag)
    )
    return [(tag, model, _when(at)) for tag, model, at in lookups.rows(query)]


def snoozed(today: date) -> dict[str, date]:
    """Item key -> the day it comes back, for the items snoozed beyond `today`."""
    query = ReminderSnooze.select(ReminderSnooze.key, ReminderSnooze.until).where(ReminderSnooze.until > today)
    return dict(lookups.rows(query))

"""Read queries about who holds what: overdue loans, devices to collect from people who left, a person's
devices, and the rows a handover or return receipt is made of. Plain dataclasses, filtering in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.errors import NotFound
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Assignment, Person


@dataclass(frozen=True)
class Loan:
    """An open assignment: the device, its holder and the dates."""

    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    person_name: str
    person_email: str
    person_active: bool
    left_on: date | None
    out_at: datetime
    due_back: date | None
    receipt_no: str
    encryption_state: str

    def days_overdue(self, today: date) -> int:
        return 0 if self.due_back is None else max(0, (today - self.due_back).days)


def _open_loans() -> Any:
    return (
        Assignment.select(
            Asset.tag,
            Asset.category,
            Asset.manufacturer,
            Asset.model,
            Asset.serial,
            Person.name,
            Person.email,
            Person.active,
            Person.left_on,
            Assignment.out_at,
            Assignment.due_back,
            Assignment.receipt_no,
            Asset.encryption_state,
        )
        .join(Asset, on=Assignment.asset == Asset.id)
        .switch(Assignment)
        .join(Person, on=Assignment.person == Person.id)
        .where(Assignment.in_at.is_null())
    )


def overdue_loans(today: date, limit: int | None = None) -> list[Loan]:
    """Loans whose due date has passed and that are still out, the most overdue first."""
    query = _open_loans().where(Assignment.due_back < today).order_by(Assignment.due_back, Asset.tag)
    if limit:
        query = query.limit(limit)
    return [Loan(*row) for row in lookups.rows(query)]


def to_collect(limit: int | None = None) -> list[Loan]:
    """Devices still held by people who have left (inactive), grouped by person."""
    query = _open_loans().where(Person.active == False).order_by(Person.name, Person.email, Asset.tag)  # noqa: E712
    if limit:
        query = query.limit(limit)
    return [Loan(*row) for row in lookups.rows(query)]


def person_devices(email: str) -> list[Loan]:
    """What a person holds now (open assignments), by tag."""
    person = lookups.person_by_email(email)
    query = _open_loans().where(Assignment.person == person.id).order_by(Asset.tag)
    return [Loan(*row) for row in lookups.rows(query)]


def open_assignment(asset_id: int) -> Assignment | None:
    return Assignment.get_or_none((Assignment.asset == asset_id) & Assignment.in_at.is_null())


@dataclass(frozen=True)
class ReceiptLine:
    """One device on a receipt, with the assignment it belongs to."""

    assignment_id: int
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    imei: str | None
    imei2: str | None
    encryption_state: str
    condition_now: str
    person_id: int
    out_at: datetime
    due_back: date | None
    in_at: datetime | None
    condition_at_return: str | None
    receipt_no: str
    override_reason: str


def receipt_lines(*, receipt_no: str | None = None, assignment_id: int | None = None) -> list[ReceiptLine]:
    """The devices of a handover receipt (by number) or of one return (by assignment)."""
    query = Assignment.select(
        Assignment.id,
        Asset.tag,
        Asset.category,
        Asset.manufacturer,
        Asset.model,
        Asset.serial,
        Asset.imei,
        Asset.imei2,
        Asset.encryption_state,
        Asset.condition,
        Assignment.person,
        Assignment.out_at,
        Assignment.due_back,
        Assignment.in_at,
        Assignment.condition_at_return,
        Assignment.receipt_no,
        Assignment.override_reason,
    ).join(Asset, on=Assignment.asset == Asset.id)
    if receipt_no is not None:
        query = query.where(Assignment.receipt_no == receipt_no.strip().upper())
    if assignment_id is not None:
        query = query.where(Assignment.id == assignment_id)
    lines = [ReceiptLine(*row) for row in lookups.rows(query.order_by(Asset.tag))]
    if not lines:
        what = receipt_no if receipt_no is not None else f"assignment {assignment_id}"
        raise NotFound(f"No receipt {what} exists.", code="receipt_not_found")
    return lines


def held_count() -> int:
    return Asset.select().where(Asset.status == AssetStatus.ASSIGNED.value).count()

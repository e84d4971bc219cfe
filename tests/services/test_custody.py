"""Custody on a real database (SQLite and PostgreSQL): check-out with the encryption policy and its
logged override, check-in, repair, the overdue / to-collect / holds queries, and every refusal."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from klara_assets.domain.errors import InvalidTransition, NotFound, ValidationFailed
from klara_assets.persistence import custody_queries, queries
from klara_assets.persistence.models import Assignment, Event
from klara_assets.services import custody, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.custody import CheckOutResult
from tests.conftest import Clock
from tests.helpers import assert_refused as refused

IMEI = "352099001761481"


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr", "Engineering")
    inventory.add_person(ctx, "Björn Nowak", "bjorn@klara.fr", "Sales")
    inventory.register_asset(
        ctx, category="laptop", manufacturer="Dell", model="Latitude", serial="DL1", encryption_state="encrypted",
        encryption_checked_at="2026-11-20",
    )  # fmt: skip
    inventory.register_asset(
        ctx, category="smartphone", manufacturer="Apple", model="iPhone 15", imei=IMEI, encryption_state="encrypted",
        encryption_checked_at="2026-11-20",
    )  # fmt: skip
    inventory.register_asset(
        ctx, category="laptop", manufacturer="HP", model="EliteBook", serial="HP3", encryption_state="none"
    )
    inventory.register_asset(ctx, category="monitor", manufacturer="LG", model="27UP850")
    return ctx


def result(changes: Any) -> CheckOutResult:
    assert isinstance(changes.result, CheckOutResult)
    return changes.result


def test_check_out_several_devices_under_one_receipt(fleet: ServiceContext) -> None:
    out = result(custody.check_out(fleet, ["kla-000001", "KLA-000002", "KLA-000004"], "ZOE@klara.fr", due="2026-12-20"))
    assert out.receipt_no == "REC-2026-0001" and out.overridden == ()
    for tag in ("KLA-000001", "KLA-000002", "KLA-000004"):
        detail = queries.asset_detail(tag)
        assert (detail.status, detail.holder_email) == ("assigned", "zoe@klara.fr")
    rows = list(Assignment.select().order_by(Assignment.id))
    assert [r.receipt_no for r in rows] == ["REC-2026-0001"] * 3
    assert rows[0].due_back == date(2026, 12, 20) and rows[0].in_at is None
    second = result(custody.check_out(fleet, ["KLA-000003"], "bjorn@klara.fr", override_reason="CEO trip"))
    assert second.receipt_no == "REC-2026-0002"


def test_unencrypted_laptop_is_refused_without_override(fleet: ServiceContext) -> None:
    refused(InvalidTransition, "must be encrypted", custody.check_out, fleet, ["KLA-000003"], "zoe@klara.fr")
    refused(InvalidTransition, "KLA-000003", custody.check_out, fleet, ["KLA-000001", "KLA-000003"], "zoe@klara.fr")


def test_override_is_logged_with_its_reason(fleet: ServiceContext) -> None:
    reason = "Replacement needed today, approved by S. Marchand"
    out = result(custody.check_out(fleet, ["KLA-000003", "KLA-000001"], "zoe@klara.fr", override_reason=reason))
    assert out.overridden == ("KLA-000003",)
    asset_id = queries.asset_detail("KLA-000003").id
    events = list(Event.select().where((Event.entity_id == asset_id) & (Event.action == "encryption_override")))
    assert len(events) == 1
    data = json.loads(events[0].data)["after"]
    assert data["reason"] == reason and data["encryption_state"] == "none" and data["receipt_no"] == out.receipt_no
    assert events[0].actor == "tester"
    override_rows = Assignment.select().where(Assignment.override_reason == reason).count()
    assert override_rows == 1  # only the unencrypted laptop needed it


@pytest.mark.parametrize("reason", ["", "   "])
def test_override_without_reason_is_refused(fleet: ServiceContext, reason: str) -> None:
    refused(
        ValidationFailed,
        "needs a reason",
        custody.check_out,
        fleet,
        ["KLA-000003"],
        "zoe@klara.fr",
        override_reason=reason,
    )


def test_check_out_refusals_name_the_reason(fleet: ServiceContext) -> None:
    custody.check_out(fleet, ["KLA-000001"], "zoe@klara.fr")
    inventory.deactivate_person(fleet, "bjorn@klara.fr")
    refused(InvalidTransition, "person is not active", custody.check_out, fleet, ["KLA-000002"], "bjorn@klara.fr")
    refused(NotFound, "nobody@klara.fr", custody.check_out, fleet, ["KLA-000002"], "nobody@klara.fr")
    refused(
        InvalidTransition, "already assigned to Zoé Kovács", custody.check_out, fleet, ["KLA-000001"], "zoe@klara.fr"
    )
    refused(NotFound, "KLA-999999", custody.check_out, fleet, ["KLA-999999"], "zoe@klara.fr")
    refused(
        ValidationFailed, "already past", custody.check_out, fleet, ["KLA-000002"], "zoe@klara.fr", due="2026-01-01"
    )
    custody.send_to_repair(fleet, "KLA-000002")
    refused(InvalidTransition, "the device is in_repair", custody.check_out, fleet, ["KLA-000002"], "zoe@klara.fr")


def test_lost_device_cannot_be_checked_out(fleet: ServiceContext) -> None:
    from klara_assets.services import incidents

    incidents.report_incident(fleet, "KLA-000002", "lost")
    refused(InvalidTransition, "the device is lost", custody.check_out, fleet, ["KLA-000002"], "zoe@klara.fr")


def test_check_in_records_condition_and_clears_holder(fleet: ServiceContext, clock: Clock) -> None:
    custody.check_out(fleet, ["KLA-000001"], "zoe@klara.fr")
    clock.now = datetime(2026, 12, 1, 17, 0)
    assignment_id = custody.check_in(fleet, "kla-000001", "poor").result
    row = Assignment.get_by_id(assignment_id)
    assert (row.in_at, row.condition_at_return) == (datetime(2026, 12, 1, 17, 0), "poor")
    detail = queries.asset_detail("KLA-000001")
    assert (detail.status, detail.holder_email, detail.condition) == ("in_stock", None, "poor")
    refused(InvalidTransition, "not checked out to anyone", custody.check_in, fleet, "KLA-000001", "good")
    refused(ValidationFailed, "expected one of", custody.check_in, fleet, "KLA-000002", "shiny")


def test_repair_round_trip_closes_the_loan(fleet: ServiceContext) -> None:
    custody.check_out(fleet, ["KLA-000002"], "zoe@klara.fr")
    custody.send_to_repair(fleet, "KLA-000002", "cracked screen")
    assert queries.asset_detail("KLA-000002").status == "in_repair"
    assert custody_queries.person_devices("zoe@klara.fr") == []
    refused(InvalidTransition, "cannot repaired", custody.back_from_repair, fleet, "KLA-000001")
    custody.back_from_repair(fleet, "KLA-000002", "good")
    assert queries.asset_detail("KLA-000002").status == "in_stock"


def test_overdue_collect_and_holds(fleet: ServiceContext, clock: Clock) -> None:
    custody.check_out(fleet, ["KLA-000001"], "zoe@klara.fr", due="2026-12-01")
    custody.check_out(fleet, ["KLA-000002"], "bjorn@klara.fr")
    assert custody_queries.overdue_loans(date(2026, 12, 1)) == []
    overdue = custody_queries.overdue_loans(date(2026, 12, 4))
    assert [(x.tag, x.person_email, x.days_overdue(date(2026, 12, 4))) for x in overdue] == [
        ("KLA-000001", "zoe@klara.fr", 3)
    ]
    assert custody_queries.to_collect() == []
    inventory.deactivate_person(fleet, "bjorn@klara.fr", "2026-11-30")
    collect = custody_queries.to_collect()
    assert [(x.tag, x.person_name, x.left_on) for x in collect] == [("KLA-000002", "Björn Nowak", date(2026, 11, 30))]
    assert [x.tag for x in custody_queries.person_devices("zoe@klara.fr")] == ["KLA-000001"]

"""Issue 14 §4–5 on a real database (SQLite and PostgreSQL): a lost device found at an audit or the scan
station closes its incident as recovered and counts as found; devices held by staff are not expected in the
audited room (listed apart, never missing); "move here" refuses a lost device; refusals change nothing."""

from __future__ import annotations

import pytest

from klara_assets.domain.errors import InvalidTransition
from klara_assets.domain.places import Place
from klara_assets.persistence import audit_queries, incident_queries, queries
from klara_assets.persistence.models import AuditScan
from klara_assets.services import audits, custody, found, incidents, inventory
from klara_assets.services.context import ServiceContext
from tests.helpers import assert_refused


@pytest.fixture
def office(ctx: ServiceContext) -> ServiceContext:
    for room in ("Paris/Open space", "Paris/Stock IT"):
        inventory.add_location(ctx, Place.parse(room))
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    rows = [
        {"category": "monitor", "manufacturer": "Dell", "model": "P2723D", "location": Place.parse("Paris/Open space")},
        {"category": "monitor", "manufacturer": "Dell", "model": "P2422H", "location": Place.parse("Paris/Open space")},
        {"category": "monitor", "manufacturer": "LG", "model": "27UL", "location": Place.parse("Paris/Open space")},
        {"category": "monitor", "manufacturer": "LG", "model": "24MP", "location": Place.parse("Paris/Stock IT")},
    ]
    inventory.register_assets(ctx, rows)
    custody.check_out(ctx, ["KLA-000002"], "zoe@klara.fr")
    return ctx


def lose(ctx: ServiceContext, tag: str) -> str:
    return str(incidents.report_incident(ctx, tag, "lost").result.number)  # type: ignore[union-attr]


def test_held_devices_are_listed_apart_and_never_missing(office: ServiceContext) -> None:
    session = int(str(audits.open_audit(office, Place.parse("Paris/Open space")).result))
    view = audit_queries.audit_view(session)
    assert view.expected == 2
    assert [line.tag for line in view.of("held")] == ["KLA-000002"]
    assert view.of("held")[0].holder == "Zoé Kovács"
    closed = audits.close_audit(office, session).result
    assert isinstance(closed, audit_queries.AuditView)
    assert [line.tag for line in closed.of("missing")] == ["KLA-000001", "KLA-000003"]
    assert closed.counts()["held"] == 1
    assert audit_queries.audits()[0].expected == 2


def test_a_held_device_scanned_in_the_room_is_found(office: ServiceContext) -> None:
    session = int(str(audits.open_audit(office, Place.parse("Paris/Open space")).result))
    assert audits.record_scan(office, session, "KLA-000002").result.result == "found"  # type: ignore[union-attr]
    assert audit_queries.audit_view(session).of("held") == []


def test_a_lost_device_is_not_expected_and_found_at_the_audit_counts_as_found(office: ServiceContext) -> None:
    number = lose(office, "KLA-000004")  # lost from the stock room, turns up in the open space
    lose(office, "KLA-000003")
    session = int(str(audits.open_audit(office, Place.parse("Paris/Open space")).result))
    view = audit_queries.audit_view(session)
    assert view.expected == 1 and "KLA-000003" not in [line.tag for line in view.lines]
    assert audits.record_scan(office, session, "KLA-000004").result.result == "unexpected"  # type: ignore[union-attr]
    assert_refused(InvalidTransition, "mark it found", audits.move_here, office, session, "KLA-000004")
    assert found.mark_found(office, "kla-000004", "Screen intact, no damage", audit=session).result == number
    row = incident_queries.incident(number)
    assert (row.status, row.outcome) == ("closed", "recovered")
    detail = queries.asset_detail("KLA-000004")
    assert (detail.status, detail.location) == ("in_stock", "Paris/Open space")
    view = audit_queries.audit_view(session)
    assert [line.tag for line in view.of("found")] == ["KLA-000004"]
    assert view.of("unexpected") == []
    assert AuditScan.select().count() == 1


def test_found_at_the_scan_station_without_an_audit(office: ServiceContext) -> None:
    number = lose(office, "KLA-000001")
    found.mark_found(office, "KLA-000001", "Checked, works")
    assert queries.asset_detail("KLA-000001").status == "in_stock"
    assert incident_queries.incident(number).outcome == "recovered"


def test_found_refusals_change_nothing(office: ServiceContext) -> None:
    assert_refused(InvalidTransition, "not reported lost", found.mark_found, office, "KLA-000001", "ok")
    lose(office, "KLA-000001")
    assert_refused(InvalidTransition, "inspection note", found.mark_found, office, "KLA-000001", "  ")
    session = int(str(audits.open_audit(office, Place.parse("Paris/Stock IT")).result))
    audits.close_audit(office, session)
    assert_refused(InvalidTransition, "closed", found.mark_found, office, "KLA-000001", "ok", audit=session)

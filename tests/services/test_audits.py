"""Physical audits on a real database (SQLite and PostgreSQL): found / unexpected / unknown, move here,
close with missing devices, refusals that change nothing, the report PDF and CSV, "not audited for N months"."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest
from pypdf import PdfReader

from klara_assets.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import audit_queries, incident_queries, queries
from klara_assets.persistence.models import Asset, AuditScan, Event
from klara_assets.services import audit_documents, audits, incidents, inventory
from klara_assets.services.context import ServiceContext
from tests.conftest import Clock
from tests.helpers import assert_refused


@pytest.fixture
def office(ctx: ServiceContext) -> ServiceContext:
    for room in ("Paris/Open space", "Paris/Stock IT", "Lyon/Bureau 2"):
        inventory.add_location(ctx, Place.parse(room))
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    rows = [
        {
            "category": "laptop",
            "manufacturer": "Dell",
            "model": "Latitude 7440",
            "serial": "SN-1",
            "location": Place.parse("Paris/Open space"),
        },
        {"category": "monitor", "manufacturer": "Dell", "model": "P2723D", "location": Place.parse("Paris/Open space")},
        {
            "category": "laptop",
            "manufacturer": "Apple",
            "model": "MacBook Air",
            "location": Place.parse("Paris/Open space"),
        },
        {
            "category": "smartphone",
            "manufacturer": "Apple",
            "model": "iPhone 15",
            "location": Place.parse("Paris/Stock IT"),
        },
        {"category": "tablet", "manufacturer": "Samsung", "model": "Tab S9", "location": Place.parse("Lyon/Bureau 2")},
    ]
    inventory.register_assets(ctx, rows)
    return ctx


def opened(ctx: ServiceContext) -> int:
    return int(str(audits.open_audit(ctx, Place.parse("Paris/Open space")).result))


def scan(ctx: ServiceContext, session: int, code: str) -> audits.ScanOutcome:
    outcome = audits.record_scan(ctx, session, code).result
    assert isinstance(outcome, audits.ScanOutcome)
    return outcome


def test_open_expects_the_assets_of_the_location(office: ServiceContext) -> None:
    view = audit_queries.audit_view(opened(office))
    assert view.expected == 3 and view.is_open
    assert [line.tag for line in view.of("missing")] == ["KLA-000001", "KLA-000002", "KLA-000003"]


def test_scans_are_found_unexpected_or_unknown_and_repeats_count_once(office: ServiceContext, clock: Clock) -> None:
    session = opened(office)
    assert scan(office, session, "kla-000001").result == "found"
    assert scan(office, session, "SN-1").repeated  # the same laptop by its serial
    assert scan(office, session, "KLA-000004").result == "unexpected"
    unknown = scan(office, session, "BOX-4471")
    assert (unknown.result, unknown.tag) == ("unknown", None)
    assert scan(office, session, "BOX-4471").repeated
    assert AuditScan.select().count() == 3
    view = audit_queries.audit_view(session)
    assert view.counts() == {"missing": 2, "unexpected": 1, "unknown": 1, "found": 1, "held": 0}
    assert view.of("unexpected")[0].location == "Paris/Stock IT"


def test_move_here_changes_the_location_and_logs_it(office: ServiceContext) -> None:
    session = opened(office)
    scan(office, session, "KLA-000004")
    audits.move_here(office, session, "kla-000004")
    assert queries.asset_detail("KLA-000004").location == "Paris/Open space"
    event = Event.select().where(Event.entity == "asset").order_by(Event.id.desc()).get()
    assert event.action == "edit" and '"location"' in event.data


def test_close_lists_missing_and_dates_every_asset_seen(office: ServiceContext, clock: Clock) -> None:
    session = opened(office)
    scan(office, session, "KLA-000001")
    scan(office, session, "KLA-000005")
    clock.now = datetime(2026, 11, 26, 11, 0)
    view = audits.close_audit(office, session).result
    assert isinstance(view, audit_queries.AuditView)
    assert [line.tag for line in view.of("missing")] == ["KLA-000002", "KLA-000003"]
    dates = {tag: when for tag, when in Asset.select(Asset.tag, Asset.last_audit_at).tuples()}
    assert dates["KLA-000001"] == dates["KLA-000005"] == datetime(2026, 11, 26, 11, 0)
    assert dates["KLA-000002"] is None
    closing = Event.select().where((Event.entity == "audit") & (Event.action == "close")).get()
    assert "KLA-000002" in closing.data


def test_refusals_change_nothing(office: ServiceContext) -> None:
    session = opened(office)
    scan(office, session, "KLA-000004")
    assert_refused(Conflict, "already open", audits.open_audit, office, Place("Paris", "Open space"))
    assert_refused(NotFound, "Unknown location", audits.open_audit, office, Place("Nowhere", "Attic"))
    assert_refused(InvalidTransition, "not scanned as unexpected", audits.move_here, office, session, "KLA-000001")
    assert_refused(NotFound, "KLA-999999", audits.move_here, office, session, "KLA-999999")
    assert_refused(ValidationFailed, "empty", audits.record_scan, office, session, "  \r\n")
    assert_refused(NotFound, "no audit", audits.record_scan, office, 9999, "KLA-000001")
    audits.close_audit(office, session)
    assert_refused(InvalidTransition, "closed", audits.record_scan, office, session, "KLA-000002")
    assert_refused(InvalidTransition, "already closed", audits.close_audit, office, session)
    assert_refused(InvalidTransition, "closed", audits.move_here, office, session, "KLA-000004")


def test_a_closed_audit_lets_the_location_be_audited_again(office: ServiceContext) -> None:
    audits.close_audit(office, opened(office))
    second = opened(office)
    assert [row.id for row in audit_queries.audits(open_only=True)] == [second]


def test_garbage_scans_are_recorded_as_unknown_codes_safely(office: ServiceContext) -> None:
    session = opened(office)
    outcome = scan(office, session, "'; DROP TABLE asset; --")
    assert outcome.result == "unknown"
    long = scan(office, session, "\x00" + "Z" * 5000)
    assert long.result == "unknown" and len(long.code) <= 200
    assert Asset.select().count() == 5


def test_report_pdf_names_missing_unexpected_and_unknown(office: ServiceContext) -> None:
    session = opened(office)
    scan(office, session, "KLA-000001")
    scan(office, session, "KLA-000004")
    scan(office, session, "BOX-4471")
    audits.close_audit(office, session)
    for lang, words in (
        ("fr", ["Manquants", "Hors de leur lieu", "Codes inconnus"]),
        ("en", ["Missing", "Out of place"]),
    ):
        pdf = audit_documents.audit_report_pdf(session, lang)
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        for word in [*words, "KLA-000002", "KLA-000003", "KLA-000004", "BOX-4471", "Paris/Open space"]:
            assert word in text, (lang, word)
        assert pdf == audit_documents.audit_report_pdf(session, lang)


def test_report_csv_rows_and_formula_cells_neutralised(office: ServiceContext) -> None:
    session = opened(office)
    scan(office, session, "KLA-000001")
    scan(office, session, '=HYPERLINK("http://x")')
    audits.close_audit(office, session)
    data = audit_documents.audit_report_csv(session).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert [(r["result"], r["code"]) for r in rows] == [
        ("missing", "KLA-000002"),
        ("missing", "KLA-000003"),
        ("unknown", '\'=HYPERLINK("http://x")'),
        ("found", "KLA-000001"),
    ]


def test_not_audited_for_n_months(office: ServiceContext, clock: Clock) -> None:
    clock.now = datetime(2026, 1, 10, 9, 0)
    session = opened(office)
    scan(office, session, "KLA-000001")
    audits.close_audit(office, session)
    clock.now = datetime(2026, 5, 10, 9, 0)
    session = int(str(audits.open_audit(office, Place.parse("Paris/Stock IT")).result))
    scan(office, session, "KLA-000004")
    audits.close_audit(office, session)
    now = datetime(2026, 8, 1)
    seven = [row.tag for row in audit_queries.not_audited(now, 7)]
    assert seven == ["KLA-000002", "KLA-000003", "KLA-000005"]  # never audited (KLA-000001: 6 months and 22 days)
    six = [row.tag for row in audit_queries.not_audited(now, 6)]
    assert six == ["KLA-000002", "KLA-000003", "KLA-000005", "KLA-000001"]  # never audited first, then the oldest
    assert Asset.select().where(audit_queries.not_audited_condition(datetime(2026, 5, 1))).count() == 4


def test_months_before_clamps_to_the_end_of_a_short_month() -> None:
    assert audit_queries.months_before(datetime(2026, 5, 31, 8, 0), 3) == datetime(2026, 2, 28, 8, 0)
    assert audit_queries.months_before(datetime(2026, 1, 15), 13) == datetime(2024, 12, 15)


def test_a_device_recorded_as_gone_is_unexpected_and_cannot_be_moved(office: ServiceContext) -> None:
    Asset.update(status="recycled").where(Asset.tag == "KLA-000003").execute()  # set up: it left the fleet
    session = opened(office)
    outcome = scan(office, session, "KLA-000003")
    assert outcome.result == "unexpected" and "recorded as recycled" in outcome.message
    assert "recorded at Paris/Stock IT" in scan(office, session, "KLA-000004").message
    assert_refused(InvalidTransition, "read-only", audits.move_here, office, session, "KLA-000003")


def test_demo_fleet_has_a_closed_audit_with_missing_devices_and_one_in_progress(ctx: ServiceContext) -> None:
    from klara_assets.services import demo

    demo.generate(ctx, assets=220, seed=7)
    closed, ongoing = audit_queries.audits(), audit_queries.audits(open_only=True)
    assert len(closed) == 2 and len(ongoing) == 1
    view = audit_queries.audit_view(next(row.id for row in closed if row.closed_at is not None))
    counts = view.counts()
    # the demo leaves min(3, a tenth) of the expected devices unscanned, scans the rest, one stray and one box
    assert counts["missing"] == min(3, view.expected // 10) >= 1
    assert counts["found"] == view.expected - counts["missing"] > 10
    assert counts["unexpected"] == 1 and counts["unknown"] == 1


def test_report_losses_opens_one_incident_per_missing_device_in_one_transaction(office: ServiceContext) -> None:
    session = opened(office)
    scan(office, session, "KLA-000003")
    assert_refused(InvalidTransition, "still open", audits.report_losses, office, session, ["KLA-000001"])
    audits.close_audit(office, session)
    assert_refused(ValidationFailed, "KLA-000003", audits.report_losses, office, session, ["KLA-000001", "KLA-000003"])
    assert_refused(ValidationFailed, "no device", audits.report_losses, office, session, [])
    numbers = audits.report_losses(office, session, ["KLA-000001", "KLA-000002"]).result
    assert isinstance(numbers, tuple) and len(numbers) == 2
    lost = Asset.select().where(Asset.status == "lost").order_by(Asset.tag)
    assert [asset.tag for asset in lost] == ["KLA-000001", "KLA-000002"]
    reported = [incident_queries.incident(number) for number in numbers]
    # codes and the place, no English sentence stored: the description is the user's to write
    assert [(i.kind, i.place, i.description) for i in reported] == [("lost", "Paris/Open space", "")] * 2
    logged = Event.select().where((Event.entity == "audit") & (Event.action == "report_losses")).get()
    assert json.loads(logged.data)["after"] == {"tags": ["KLA-000001", "KLA-000002"], "incidents": list(numbers)}


def test_report_losses_is_all_or_nothing(office: ServiceContext) -> None:
    session = opened(office)
    audits.close_audit(office, session)
    incidents.report_incident(office, "KLA-000002", "stolen")
    # the second device is already reported stolen: its refusal takes back the first incident too
    assert_refused(
        InvalidTransition, "already stolen", audits.report_losses, office, session, ["KLA-000001", "KLA-000002"]
    )
    assert Asset.get(Asset.tag == "KLA-000001").status == "in_stock"

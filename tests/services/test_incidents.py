"""Incidents on a real database (SQLite and PostgreSQL): report, frozen facts, status changes, timeline,
closing outcomes, the breach register and every refusal."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any

import pytest

from klara_assets.domain.errors import InvalidTransition, KlaraError, NotFound, ValidationFailed
from klara_assets.persistence import custody_queries, incident_queries, queries
from klara_assets.services import compliance, custody, incident_documents, incidents, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.incidents import IncidentResult
from tests.conftest import Clock
from tests.helpers import assert_refused as refused

IMEI = "352099001761481"
NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.register_asset(
        ctx, category="laptop", manufacturer="Dell", model="Latitude 7440", serial="DL1", encryption_state="none"
    )
    inventory.register_asset(
        ctx, category="smartphone", manufacturer="Apple", model="iPhone 15", imei=IMEI, encryption_state="encrypted"
    )
    custody.check_out(ctx, ["KLA-000001", "KLA-000002"], "zoe@klara.fr", override_reason="approved")
    return ctx


def report(ctx: ServiceContext, tag: str, kind: str, **kwargs: Any) -> IncidentResult:
    result = incidents.report_incident(ctx, tag, kind, **kwargs).result
    assert isinstance(result, IncidentResult)
    return result


def test_lost_unencrypted_laptop_freezes_facts_and_starts_the_clock(fleet: ServiceContext) -> None:
    discovered = NOW - timedelta(hours=20)
    result = report(fleet, "KLA-000001", "lost", discovered_at=discovered, occurred_at=discovered - timedelta(hours=3))
    assert (result.number, result.status) == ("INC-2026-0001", "open")
    assert result.triage.notifiable and result.triage.deadline == discovered + timedelta(hours=72)
    assert result.triage.time_left == timedelta(hours=52)
    detail = queries.asset_detail("KLA-000001")
    assert (detail.status, detail.holder_email) == ("lost", None)
    assert [x.tag for x in custody_queries.person_devices("zoe@klara.fr")] == ["KLA-000002"]
    compliance.record_encryption_check(fleet, "KLA-000002", "none")
    row = incident_queries.incident("inc-2026-0001")
    assert (row.encryption_at_time, row.holder_email, row.reporter) == ("none", "zoe@klara.fr", "tester")


def test_encryption_at_the_time_is_frozen(fleet: ServiceContext) -> None:
    report(fleet, "KLA-000002", "stolen", personal_data="yes")
    compliance.record_encryption_check(fleet, "KLA-000002", "none")
    row = incident_queries.incident("INC-2026-0001")
    assert row.encryption_at_time == "encrypted"
    assert row.triage(NOW).assessment.value == "low_risk"


def test_aware_times_are_stored_as_utc(fleet: ServiceContext) -> None:
    report(fleet, "KLA-000002", "stolen", discovered_at="2026-11-26T10:00+02:00")
    assert incident_queries.incident("INC-2026-0001").discovered_at == datetime(2026, 11, 26, 8, 0)


def test_damaged_and_compromised_leave_the_status(fleet: ServiceContext) -> None:
    damaged = report(fleet, "KLA-000002", "damaged", personal_data="yes")
    assert damaged.triage.assessment.value == "not_a_breach"
    assert queries.asset_detail("KLA-000002").status == "assigned"
    compromised = report(fleet, "KLA-000001", "compromised")
    assert compromised.triage.notifiable and queries.asset_detail("KLA-000001").status == "assigned"
    incidents.close_incident(fleet, damaged.number, "repaired")
    assert incident_queries.incident(damaged.number).outcome == "repaired"


@pytest.mark.parametrize(
    ("kwargs", "exc", "words"),
    [
        (
            {"discovered_at": "2026-11-25T10:00", "occurred_at": "2026-11-25T12:00"},
            ValidationFailed,
            "before it occurred",
        ),
        ({"discovered_at": "2026-11-26T12:00"}, ValidationFailed, "in the future"),
        ({"occurred_at": "2026-12-01"}, ValidationFailed, "in the future"),
        ({"discovered_at": "yesterday"}, ValidationFailed, "Invalid time"),
        ({"personal_data": "maybe"}, ValidationFailed, "expected one of"),
    ],
)
def test_report_refusals(fleet: ServiceContext, kwargs: dict[str, str], exc: type[KlaraError], words: str) -> None:
    refused(exc, words, incidents.report_incident, fleet, "KLA-000001", "lost", **kwargs)


def test_report_refused_on_missing_or_unknown_device(fleet: ServiceContext) -> None:
    refused(ValidationFailed, "expected one of", incidents.report_incident, fleet, "KLA-000001", "misplaced")
    refused(NotFound, "KLA-000404", incidents.report_incident, fleet, "KLA-000404", "lost")
    report(fleet, "KLA-000001", "lost")
    refused(InvalidTransition, "already lost", incidents.report_incident, fleet, "KLA-000001", "stolen")


def test_recover_needs_a_note_and_closing_twice_is_refused(fleet: ServiceContext) -> None:
    number = report(fleet, "KLA-000001", "lost").number
    refused(InvalidTransition, "inspection note is required", incidents.close_incident, fleet, number, "recovered")
    refused(ValidationFailed, "cannot be closed as repaired", incidents.close_incident, fleet, number, "repaired")
    incidents.close_incident(fleet, number, "recovered", "Found at reception, seal intact")
    assert queries.asset_detail("KLA-000001").status == "in_stock"
    row = incident_queries.incident(number)
    assert (row.status, row.outcome, row.closed_at) == ("closed", "recovered", NOW)
    refused(InvalidTransition, "already closed", incidents.close_incident, fleet, number, "written_off")
    refused(NotFound, "INC-2026-0099", incidents.close_incident, fleet, "INC-2026-0099", "written_off")


def test_written_off_is_final(fleet: ServiceContext) -> None:
    number = report(fleet, "KLA-000002", "stolen").number
    incidents.close_incident(fleet, number, "written_off")
    assert queries.asset_detail("KLA-000002").status == "written_off"


def test_timeline_steps_police_ref_and_cnil_stop_the_clock(fleet: ServiceContext, clock: Clock) -> None:
    number = report(fleet, "KLA-000001", "stolen", discovered_at=NOW - timedelta(hours=2)).number
    incidents.add_step(fleet, number, "police_report", NOW - timedelta(hours=1), "PV 2026/77")
    incidents.add_step(fleet, number, "remote_wipe")
    row = incident_queries.incident(number)
    assert [(s.step, s.reference) for s in row.steps] == [("police_report", "PV 2026/77"), ("remote_wipe", "")]
    assert row.police_ref == "PV 2026/77" and row.triage(NOW).time_left is not None
    incidents.add_step(fleet, number, "cnil_notified", reference="CNIL-123")
    assert incident_queries.incident(number).triage(NOW).time_left is None
    refused(
        ValidationFailed,
        "before the incident was discovered",
        incidents.add_step,
        fleet,
        number,
        "remote_lock",
        NOW - timedelta(hours=5),
    )
    refused(
        ValidationFailed, "in the future", incidents.add_step, fleet, number, "remote_lock", NOW + timedelta(hours=1)
    )
    refused(ValidationFailed, "expected one of", incidents.add_step, fleet, number, "prayed")


def test_breach_register_csv_and_mailto(fleet: ServiceContext) -> None:
    report(fleet, "KLA-000001", "lost", description="=cmd|' /C calc'!A0", discovered_at=NOW - timedelta(hours=1))
    report(fleet, "KLA-000002", "stolen", personal_data="no")
    rows = list(csv.DictReader(io.StringIO(incident_documents.breach_register_csv(fleet).decode("utf-8-sig"))))
    by = {r["number"]: r for r in rows}
    assert by["INC-2026-0001"]["likely_notifiable"] == "yes"
    assert by["INC-2026-0001"]["deadline"] == "2026-11-29T08:30"
    assert by["INC-2026-0001"]["description"].startswith("'=cmd")
    assert by["INC-2026-0002"]["assessment"] == "no_personal_data" and by["INC-2026-0002"]["imei"] == IMEI
    url = incident_documents.notify_officer_url(fleet, "INC-2026-0002", "en")
    assert url.startswith("mailto:?subject=") and "352099001761481" in url and "Zo%C3%A9%20Kov%C3%A1cs" in url

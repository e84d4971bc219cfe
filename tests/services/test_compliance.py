"""Encryption checks and the compliance view on a real database: buckets per category with stale checks,
exposed devices in people's hands, the CSV export with neutralised cells, and the key refusal."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.persistence import queries
from klara_assets.persistence.models import Event
from klara_assets.services import compliance, custody, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests.helpers import snapshot


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    inventory.add_person(ctx, '=HYPERLINK("http://x")', "eve@klara.fr")
    for serial, state, checked in (
        ("L1", "encrypted", "2026-11-01"),
        ("L2", "encrypted", "2026-01-10"),  # older than 180 days: stale
        ("L3", "none", None),
        ("L4", "partial", None),
    ):
        inventory.register_asset(
            ctx,
            category="laptop",
            manufacturer="Dell",
            model="Latitude",
            serial=serial,
            encryption_state=state,
            encryption_checked_at=checked,
        )
    inventory.register_asset(ctx, category="smartphone", manufacturer="Apple", model="iPhone", storage_kind="flash")
    inventory.register_asset(
        ctx, category="desktop", manufacturer="Dell", model="OptiPlex", storage_kind="ssd", encryption_state="none"
    )
    inventory.register_asset(ctx, category="monitor", manufacturer="LG", model="27UP850")
    return ctx


def test_counts_per_category_with_stale_checks(fleet: ServiceContext) -> None:
    report = compliance.compliance_report(fleet)
    by = {c.category: c for c in report.categories}
    laptop = by["laptop"]
    assert (laptop.encrypted, laptop.stale, laptop.partial, laptop.none, laptop.unknown) == (1, 1, 1, 1, 0)
    assert laptop.required and laptop.total == 4
    assert (by["smartphone"].unknown, by["smartphone"].required) == (1, True)
    assert (by["desktop"].none, by["desktop"].required) == (1, False)
    assert "monitor" not in by  # no storage, not in the policy
    update_settings(fleet, encryption_check_max_days=365)
    assert {c.category: c for c in compliance.compliance_report(fleet).categories}["laptop"].encrypted == 2


def test_exposed_devices_in_hands_and_csv_export(fleet: ServiceContext) -> None:
    custody.check_out(
        fleet, ["KLA-000001", "KLA-000002", "KLA-000003", "KLA-000006"], "eve@klara.fr", override_reason="test"
    )
    report = compliance.compliance_report(fleet)
    assert [(d.tag, d.bucket, d.required) for d in report.exposed] == [
        ("KLA-000002", "stale", True),
        ("KLA-000003", "none", True),
        ("KLA-000006", "none", False),
    ]
    text = compliance.compliance_csv(report).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["row", "category", "policy"]
    device_rows = [r for r in rows if r and r[0] == "device" and r[1].startswith("KLA")]
    assert [r[1] for r in device_rows] == ["KLA-000002", "KLA-000003", "KLA-000006"]
    assert device_rows[0][5] == '\'=HYPERLINK("http://x")'  # formula neutralised


def test_record_encryption_check_has_its_own_event(fleet: ServiceContext) -> None:
    compliance.record_encryption_check(
        fleet, "KLA-000003", "encrypted", "BitLocker", "2026-11-20T10:00", "Microsoft Intune"
    )
    detail = queries.asset_detail("KLA-000003")
    assert (detail.encryption_state, detail.encryption_method, detail.recovery_key_escrow) == (
        "encrypted",
        "BitLocker",
        "Microsoft Intune",
    )
    assert detail.encryption_checked_at == datetime(2026, 11, 20, 10, 0)
    event = Event.select().where((Event.entity_id == detail.id) & (Event.action == "encryption_check")).get()
    assert json.loads(event.data)["before"]["encryption_state"] == "none"
    custody.check_out(fleet, ["KLA-000003"], "eve@klara.fr")  # now allowed without override


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"escrow": "123456-123456-123456-123456-123456-123456-123456-123456"}, "never the key itself"),
        ({"state": "scrambled"}, "expected one of"),
        ({"checked_at": "2027-01-01"}, "in the future"),
    ],
)
def test_encryption_check_refusals(fleet: ServiceContext, kwargs: dict[str, str], words: str) -> None:
    values = {"state": "encrypted", **kwargs}
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        compliance.record_encryption_check(fleet, "KLA-000003", **values)
    assert words in err.value.message
    assert snapshot() == before


def test_encryption_check_refused_on_written_off_device(fleet: ServiceContext) -> None:
    from klara_assets.services import incidents

    number = incidents.report_incident(fleet, "KLA-000003", "stolen").result.number  # type: ignore[attr-defined]
    incidents.close_incident(fleet, number, "written_off")
    before = snapshot()
    with pytest.raises(InvalidTransition, match="read-only"):
        compliance.record_encryption_check(fleet, "KLA-000003", "encrypted")
    assert snapshot() == before

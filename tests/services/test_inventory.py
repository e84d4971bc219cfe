"""Inventory use cases on a real database (SQLite and PostgreSQL): registration, edits, people, refusals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from klara_assets.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.persistence.models import Asset, Event
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings, update_settings
from tests.helpers import assert_refused

IMEI = "352099001761481"
IMEI_2 = "353281150000014"


def laptop(**extra: Any) -> dict[str, Any]:
    return {"category": "laptop", "manufacturer": "Dell", "model": "Latitude 7440", **extra}


@pytest.fixture
def stocked(ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr", "Engineering")
    inventory.register_asset(ctx, **laptop(serial="SN-1", location=Place.parse("Paris/Stock IT")))
    inventory.register_asset(ctx, category="smartphone", manufacturer="Apple", model="iPhone 15", imei=IMEI)
    return ctx


def test_register_numbers_tags_and_sets_defaults(stocked: ServiceContext) -> None:
    first = queries.asset_detail("KLA-000001")
    assert first.status == "in_stock"
    assert first.location == "Paris/Stock IT"
    assert first.weight_kg == Decimal("1.65")
    phone = queries.asset_detail("kla-000002")
    assert phone.imei == IMEI and phone.weight_kg == Decimal("0.17")


def test_register_logs_an_event_in_the_same_transaction(stocked: ServiceContext) -> None:
    events = list(Event.select().where(Event.entity == "asset").order_by(Event.id))
    assert [e.action for e in events] == ["register", "register"]
    assert events[0].actor == "tester"
    assert '"serial":"SN-1"' in events[0].data


def test_given_tag_is_kept_and_numbering_skips_past_it(stocked: ServiceContext) -> None:
    inventory.register_asset(stocked, **laptop(tag="kla-000050"))
    tags = inventory.register_asset(stocked, **laptop()).result
    assert tags == ["KLA-000051"]


def test_tag_scheme_from_settings(stocked: ServiceContext) -> None:
    update_settings(stocked, tag_prefix="ACME-", tag_width=4)
    assert inventory.register_asset(stocked, **laptop()).result == ["ACME-0001"]
    assert load_settings().tag_prefix == "ACME-"


@pytest.mark.parametrize(
    ("values", "words", "field"),
    [
        (laptop(tag="KLA-000001"), "already used by KLA-000001", "tag"),
        (laptop(serial="SN-1"), "already used by KLA-000001", "serial"),
        ({"category": "smartphone", "imei": IMEI}, "already used by KLA-000002", "imei"),
        ({"category": "smartphone", "imei2": IMEI}, "already used by KLA-000002", "imei2"),
        ({"category": "smartphone", "imei": "352099001761482"}, "check digit", "imei"),
        (laptop(location=Place.parse("Lyon/Nowhere")), "Unknown location", "location"),
        (laptop(purchased_on="2027-03-01"), "in the future", "purchased_on"),
        (laptop(price="-10"), "positive", "price"),
        (laptop(category="toaster"), "expected one of", "category"),
        (laptop(purchased_on="2025-02-30"), "Invalid date", "purchased_on"),
    ],
)
def test_register_refusals_name_the_reason_and_change_nothing(
    stocked: ServiceContext, values: dict[str, Any], words: str, field: str
) -> None:
    kind = NotFound if words == "Unknown location" else ValidationFailed  # an unknown room exits 3 (issue 11)
    err = assert_refused(kind, words, inventory.register_asset, stocked, **values)
    assert err.field == field


def test_bulk_register_lists_every_bad_row_and_writes_none(stocked: ServiceContext) -> None:
    rows = [laptop(serial="A"), laptop(serial="A"), laptop(price="x"), laptop(serial="SN-1"), laptop()]
    err = assert_refused(ValidationFailed, "3 problems", inventory.register_assets, stocked, rows)
    problems = err.params["problems"]
    assert sorted((p.row, p.field) for p in problems) == [(2, "serial"), (3, "price"), (4, "serial")]


def test_edit_changes_fields_bumps_version_and_logs_before_after(stocked: ServiceContext) -> None:
    inventory.edit_asset(stocked, "KLA-000001", 1, model="Latitude 7450", encryption_state="encrypted")
    detail = queries.asset_detail("KLA-000001")
    assert (detail.model, detail.encryption_state, detail.version) == ("Latitude 7450", "encrypted", 2)
    line = queries.history("asset", detail.id)[0]
    assert line.action == "edit"
    assert line.before == {"model": "Latitude 7440", "encryption_state": "unknown", "encryption_checked_at": None}
    # Recording "encrypted" is a check made now (the service clock), so check-out accepts the device at once.
    checked = stocked.now().isoformat()
    assert line.after == {"model": "Latitude 7450", "encryption_state": "encrypted", "encryption_checked_at": checked}


def test_stale_edit_is_a_conflict_and_changes_nothing(stocked: ServiceContext) -> None:
    inventory.edit_asset(stocked, "KLA-000001", 1, model="First edit")
    err = assert_refused(
        Conflict,
        "changed by someone else",
        inventory.edit_asset,
        stocked,
        "KLA-000001",
        1,
        model="Second",
    )
    assert err.code == "stale_version"
    assert queries.asset_detail("KLA-000001").model == "First edit"


def test_edit_refuses_a_serial_used_elsewhere(stocked: ServiceContext) -> None:
    inventory.register_asset(stocked, **laptop(serial="SN-2"))
    assert_refused(
        ValidationFailed,
        "already used by KLA-000003",
        inventory.edit_asset,
        stocked,
        "KLA-000001",
        serial="SN-2",
    )


def test_final_asset_is_read_only_except_notes(stocked: ServiceContext) -> None:
    Asset.update(status="recycled").where(Asset.tag == "KLA-000001").execute()
    assert_refused(InvalidTransition, "read-only", inventory.edit_asset, stocked, "KLA-000001", model="X")
    inventory.edit_asset(stocked, "KLA-000001", notes="collected by Ecologic")
    assert queries.asset_detail("KLA-000001").notes == "collected by Ecologic"


def test_unknown_tag_is_not_found(stocked: ServiceContext) -> None:
    assert_refused(NotFound, "KLA-999999", inventory.edit_asset, stocked, "KLA-999999", model="X")


def test_people_unique_email_and_departure(stocked: ServiceContext) -> None:
    assert_refused(
        ValidationFailed,
        "already used",
        inventory.add_person,
        stocked,
        "Other",
        "ZOE.KOVACS@klara.fr",
    )
    assert_refused(ValidationFailed, "Invalid e-mail", inventory.add_person, stocked, "Other", "not-an-email")
    Asset.update(holder=1, status="assigned").where(Asset.tag == "KLA-000001").execute()
    changes = inventory.deactivate_person(stocked, "zoe.kovacs@klara.fr", "2026-11-20")
    assert changes.result == ["KLA-000001"]
    assert_refused(ValidationFailed, "already left", inventory.deactivate_person, stocked, "zoe.kovacs@klara.fr")


def test_duplicate_location_refused(stocked: ServiceContext) -> None:
    assert_refused(ValidationFailed, "already exists", inventory.add_location, stocked, Place("Paris", "Stock IT"))


def test_invalid_siret_setting_refused(stocked: ServiceContext) -> None:
    assert_refused(ValidationFailed, "SIRET", update_settings, stocked, siret="12345678901234")

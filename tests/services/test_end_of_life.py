"""End of life on a real database (SQLite and PostgreSQL): candidates, retire, sanitize, route, partners,
batches, closing with the certificate; and every refusal names its reason and changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from klara_assets.domain.errors import InvalidTransition, NotFound, ValidationFailed
from klara_assets.persistence import queries
from klara_assets.persistence.models import Asset, BatchItem, Certificate, Event
from klara_assets.services import batch_items, batches, end_of_life, partners, sanitization
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.helpers import assert_refused as refused


@pytest.fixture
def org(ctx: ServiceContext) -> ServiceContext:
    S.organisation(ctx)
    return ctx


def status(tag: str) -> str:
    return queries.asset_detail(tag).status


def test_candidates_are_old_or_worn_active_devices(org: ServiceContext) -> None:
    old = S.device(org, purchased_on="2019-05-01")
    worn = S.device(org, condition="broken")
    S.device(org)  # young and good
    retired = S.device(org, purchased_on="2018-01-01")
    end_of_life.retire_asset(org, retired, "old")
    rows = end_of_life.eol_candidates(date(2026, 11, 26))
    assert [r.tag for r in rows] == [old, worn]
    assert rows[0].reasons == ("past_lifetime",) and rows[0].lifetime_years == 5
    assert rows[1].reasons == ("condition_broken",)
    assert end_of_life.count_eol_candidates(date(2026, 11, 26)) == 2


def test_full_path_to_recycled(org: ServiceContext) -> None:
    tag = S.device(org, serial="DL-0001", weight_kg="1.9", purchased_on="2017-03-01")
    end_of_life.retire_asset(org, tag, "eight years old")
    assert status(tag) == "retired"
    S.sanitize(org, tag, "purge")
    advice = end_of_life.routing_advice(tag, date(2026, 11, 26))
    assert advice.target.value == "recycle" and "far_past_lifetime" in {r.code for r in advice.reasons}
    end_of_life.route_asset(org, tag, "recycle")
    assert status(tag) == "to_recycle"
    S.recycler(org)
    number = S.shipped_batch(org, S.RECYCLER, [tag])
    issued = batches.close_batch(org, number).result
    assert status(tag) == "recycled"
    detail = batch_items.batch_detail(number)
    assert detail.status == "closed" and detail.items[0].outcome == "recycled"
    assert detail.items[0].weight_kg == Decimal("1.900")
    stored = Certificate.get(Certificate.number == issued.number)  # type: ignore[attr-defined]
    assert stored.kind == "recycling" and bytes(stored.pdf) == issued.pdf  # type: ignore[attr-defined]
    asset_id = Asset.get(Asset.tag == tag).id
    events = Event.select().where((Event.entity == "asset") & (Event.entity_id == asset_id)).order_by(Event.id)
    assert [e.action for e in events] == ["register", "retire", "route_to_recycling", "close_recycled"]


def test_full_path_to_refurbished_with_outcome_and_weight(org: ServiceContext) -> None:
    tag = S.device(org, serial="DL-0002")
    end_of_life.retire_asset(org, tag, "replaced")
    S.sanitize(org, tag, "clear")
    end_of_life.route_asset(org, tag, "refurbish")
    S.refurbisher(org)
    number = S.shipped_batch(org, S.REFURBISHER, [tag])
    batches.close_batch(org, number, outcomes={tag: "reused"}, weights={tag: "1,7"})
    assert status(tag) == "refurbished"
    item = BatchItem.get()
    assert (item.outcome, item.weight_kg) == ("reused", Decimal("1.700"))


def test_unretire_brings_back_to_stock_with_reason(org: ServiceContext) -> None:
    tag = S.device(org)
    end_of_life.retire_asset(org, tag, "mistake")
    end_of_life.unretire_asset(org, tag, "kept as a spare")
    assert status(tag) == "in_stock"
    last = Event.select().where(Event.entity == "asset").order_by(Event.id.desc()).get()
    assert last.action == "unretire" and "kept as a spare" in last.data


def test_sanitization_fills_defaults_from_device_holder_and_settings(org: ServiceContext) -> None:
    tag = S.device(org, storage_gb=256)
    S.sanitize(org, tag, "purge", destination="external_reuse", data_backed_up="yes")
    rows = sanitization.sanitizations_of(tag)
    assert rows[0].tool == "Blancco Drive Eraser" and rows[0].tool_version == "7.12"
    record = Asset.get(Asset.tag == tag).sanitizations.get()
    assert (record.media_type, record.operator_organisation, record.data_backed_up) == (
        "SSD 256 GB",
        "Klara SAS",
        "yes",
    )


# --- refusals -------------------------------------------------------------------------------------


def test_retire_refuses_an_assigned_device_and_a_missing_reason(org: ServiceContext) -> None:
    tag = S.device(org)
    Asset.update(status="assigned").where(Asset.tag == tag).execute()
    refused(InvalidTransition, "check it in first", end_of_life.retire_asset, org, tag, "old")
    refused(InvalidTransition, "reason is required", end_of_life.retire_asset, org, tag, " ")


def test_routing_without_sanitization_is_refused(org: ServiceContext) -> None:
    tag = S.device(org)
    end_of_life.retire_asset(org, tag, "old")
    refused(InvalidTransition, "needs a passed sanitization", end_of_life.route_asset, org, tag, "recycle")
    S.sanitize(org, tag, "purge", result="fail")
    refused(InvalidTransition, "needs a passed sanitization", end_of_life.route_asset, org, tag, "refurbish", "x")


def test_destroy_sanitized_media_never_goes_to_refurbishment(org: ServiceContext) -> None:
    tag = S.device(org)
    end_of_life.retire_asset(org, tag, "old")
    S.sanitize(org, tag, "destroy")
    refused(
        InvalidTransition, "destroy cannot go to refurbishment", end_of_life.route_asset, org, tag, "refurbish", "r"
    )


def test_going_against_the_advice_without_a_reason_is_refused(org: ServiceContext) -> None:
    tag = S.device(org)
    end_of_life.retire_asset(org, tag, "old")
    S.sanitize(org, tag)
    refused(InvalidTransition, "advice for", end_of_life.route_asset, org, tag, "recycle")
    end_of_life.route_asset(org, tag, "recycle", "battery swollen")
    assert status(tag) == "to_recycle"


def test_sanitizing_a_device_without_storage_is_refused(org: ServiceContext) -> None:
    tag = S.device(org, category="monitor", storage_kind="none", storage_gb=None)
    refused(ValidationFailed, "has no storage", S.sanitize, org, tag)


def test_adding_assigned_lost_or_batched_devices_is_refused(org: ServiceContext) -> None:
    S.recycler(org)
    number = str(batches.create_batch(org, S.RECYCLER).result)
    other = str(batches.create_batch(org, S.RECYCLER).result)
    assigned, lost, batched = S.device(org), S.device(org), S.routed(org, "recycle")
    Asset.update(status="assigned", holder=1).where(Asset.tag == assigned).execute()
    Asset.update(status="lost").where(Asset.tag == lost).execute()
    batches.add_to_batch(org, other, [batched])
    refused(ValidationFailed, "is assigned to Zoé Kovács", batches.add_to_batch, org, number, [assigned])
    refused(ValidationFailed, "is reported lost", batches.add_to_batch, org, number, [lost])
    refused(ValidationFailed, f"already in batch {other}", batches.add_to_batch, org, number, [batched])
    refurb = S.routed(org, "refurbish")
    refused(ValidationFailed, "routed to recycling", batches.add_to_batch, org, number, [refurb])
    refused(NotFound, "KLA-999999", batches.add_to_batch, org, number, ["KLA-999999"])


def test_closing_an_open_batch_is_refused(org: ServiceContext) -> None:
    S.recycler(org)
    tag = S.routed(org, "recycle")
    number = str(batches.create_batch(org, S.RECYCLER).result)
    batches.add_to_batch(org, number, [tag])
    refused(InvalidTransition, "is open (ship it first)", batches.close_batch, org, number)


def test_closing_with_an_expired_certification_names_partner_and_date(org: ServiceContext) -> None:
    S.recycler(org, valid_until=date(2026, 6, 30))
    tag = S.routed(org, "recycle")
    number = S.shipped_batch(org, S.RECYCLER, [tag], pickup="2026-11-20")
    error = refused(InvalidTransition, "Valorys Recyclage's WEEELABEX", batches.close_batch, org, number)
    assert "expired on 2026-06-30" in error.message and "2026-11-20" in error.message
    assert status(tag) == "to_recycle"


def test_refurbisher_without_certification_nor_ess_is_refused(org: ServiceContext) -> None:
    S.refurbisher(org, social_economy=False)
    tag = S.routed(org, "refurbish")
    number = S.shipped_batch(org, S.REFURBISHER, [tag])
    refused(InvalidTransition, "is not a social-economy (ESS) organisation", batches.close_batch, org, number)


def test_partner_with_invalid_siret_is_refused(org: ServiceContext) -> None:
    refused(ValidationFailed, "Invalid SIRET", partners.add_partner, org, "Bad", "recycler", "12345678901234")
    refused(
        ValidationFailed,
        "SCHEME:NUMBER",
        partners.add_partner,
        org,
        "Bad",
        "recycler",
        S.RECYCLER_SIRET,
        certifications=["R2v3"],
    )


def test_outcome_foreign_to_the_batch_kind_is_refused(org: ServiceContext) -> None:
    S.recycler(org)
    tag = S.routed(org, "recycle")
    number = S.shipped_batch(org, S.RECYCLER, [tag])
    refused(
        ValidationFailed, "does not fit a recycling batch", batches.close_batch, org, number, outcomes={tag: "reused"}
    )


def test_remove_and_ship_rules(org: ServiceContext) -> None:
    S.recycler(org)
    tag = S.routed(org, "recycle")
    number = str(batches.create_batch(org, S.RECYCLER).result)
    refused(ValidationFailed, "holds no device", batches.ship_batch, org, number)
    batches.add_to_batch(org, number, [tag])
    refused(ValidationFailed, "Invalid waste code", batches.ship_batch, org, number, waste_code="1602")
    batches.remove_from_batch(org, number, [tag])
    assert batch_items.batch_detail(number).items == ()
    batches.add_to_batch(org, number, [tag])
    batches.ship_batch(org, number, waste_code="200135*")
    assert batch_items.batch_detail(number).waste_code == "20 01 35*"
    refused(InvalidTransition, "no longer open", batches.remove_from_batch, org, number, [tag])

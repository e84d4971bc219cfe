"""The assets table's queries on both engines: text search through the index, filters, SQL sorting, pages."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import peewee
import pytest

from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search
from klara_assets.persistence.asset_search import AssetQuery, ordered_ids, rows_for
from klara_assets.persistence.models import Asset, Person
from klara_assets.services import custody, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.search_index import refresh_search_index

IMEI = "352099001761481"


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.add_location(ctx, Place.parse("Paris/Open space A"))
    inventory.add_location(ctx, Place.parse("Lyon/Bureau"))
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr")
    inventory.add_person(ctx, "Ana Łukasiewicz", "ana.lukasiewicz@klara.fr")
    rows: list[dict[str, Any]] = [
        {"category": "laptop", "manufacturer": "Dell", "model": "Latitude 7440", "serial": "DL7Q2X9",
         "location": Place("Paris", "Stock IT"), "encryption_state": "encrypted", "purchased_on": "2024-03-01",
         "price": "1649"},
        {"category": "laptop", "manufacturer": "Apple", "model": 'MacBook Pro 14" M3', "serial": "C02ZK81",
         "location": Place("Paris", "Open space A"), "encryption_state": "none", "purchased_on": "2022-01-10",
         "price": "2299"},
        {"category": "smartphone", "manufacturer": "Apple", "model": "iPhone 15", "imei": IMEI,
         "location": Place.parse("Lyon/Bureau"), "encryption_state": "encrypted"},
        {"category": "monitor", "manufacturer": "LG", "model": "27UP850-W", "serial": "LG55512",
         "location": Place.parse("Lyon/Bureau")},
    ]  # fmt: skip
    inventory.register_assets(ctx, rows)
    refresh_search_index(ctx)
    custody.check_out(ctx, ["KLA-000001"], "zoe.kovacs@klara.fr")
    custody.check_out(ctx, ["KLA-000003"], "ana.lukasiewicz@klara.fr", override_reason="test phone, wiped")
    return ctx


def tags(query: AssetQuery) -> list[str]:
    return [row.tag for row in rows_for(ordered_ids(query))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kla-000004", ["KLA-000004"]),  # tag, any case
        ("7Q2", ["KLA-000001"]),  # serial fragment
        ("00176", ["KLA-000003"]),  # IMEI fragment
        ("macbook", ["KLA-000002"]),  # model word
        ("apple 15", ["KLA-000003"]),  # two words: both must match
        ("kovács", ["KLA-000001"]),  # holder's name (set by a check-out after indexing)
        ("LG", ["KLA-000004"]),  # two letters: below a trigram, still found
        ("nothing-like-this", []),
    ],
)
def test_text_search_finds_tag_serial_imei_model_and_holder(
    fleet: ServiceContext, text: str, expected: list[str]
) -> None:
    assert tags(AssetQuery(text=text)) == expected


def test_search_is_exact_before_and_after_the_index_is_refreshed(fleet: ServiceContext) -> None:
    inventory.register_asset(fleet, category="laptop", manufacturer="HP", model="EliteBook 840", serial="5CGNEW1")
    inventory.edit_asset(fleet, "KLA-000004", model="UltraFine 32")
    assert tags(AssetQuery(text="elitebook")) == ["KLA-000005"]  # new, not indexed yet
    assert tags(AssetQuery(text="27UP850")) == []  # the old model no longer matches
    assert tags(AssetQuery(text="ultrafine")) == ["KLA-000004"]
    indexed = refresh_search_index(fleet)
    assert indexed == (0 if isinstance(fleet.db, peewee.PostgresqlDatabase) else 4)  # two check-outs, one edit, one new
    assert asset_search.pending_count() == 0
    assert tags(AssetQuery(text="elitebook")) == ["KLA-000005"]
    assert tags(AssetQuery(text="27UP850")) == []
    assert tags(AssetQuery(text="ultrafine")) == ["KLA-000004"]


def test_renaming_a_holder_updates_the_search(fleet: ServiceContext) -> None:
    refresh_search_index(fleet)
    with fleet.db.atomic():  # a rename by any program, not only through our services
        Person.update(name="Zoé Martin").where(Person.email == "zoe.kovacs@klara.fr").execute()
    assert tags(AssetQuery(text="kovács")) == []
    assert tags(AssetQuery(text="zoé martin")) == ["KLA-000001"]
    refresh_search_index(fleet)
    assert tags(AssetQuery(text="martin")) == ["KLA-000001"]


def test_search_terms_are_not_sql_or_fts_syntax(fleet: ServiceContext) -> None:
    assert tags(AssetQuery(text='14"')) == ["KLA-000002"]
    for text in ("%", "_", "a OR b", '""', "NEAR(", "*", "'; DROP TABLE asset; --"):
        assert tags(AssetQuery(text=text)) == [], text
    assert Asset.select().count() == 4


def test_filters_combine_in_sql(fleet: ServiceContext) -> None:
    assert tags(AssetQuery(statuses=frozenset({"assigned"}))) == ["KLA-000001", "KLA-000003"]
    assert tags(AssetQuery(categories=frozenset({"laptop"}), encryption=frozenset({"none"}))) == ["KLA-000002"]
    assert tags(AssetQuery(location=Place("Lyon"))) == ["KLA-000003", "KLA-000004"]
    assert tags(AssetQuery(location=Place("Paris", "Open space A"))) == ["KLA-000002"]
    assert tags(AssetQuery(holder="Ana.Lukasiewicz@klara.fr")) == ["KLA-000003"]
    assert tags(AssetQuery(text="apple", statuses=frozenset({"in_stock"}))) == ["KLA-000002"]


def test_not_audited_for_n_months(fleet: ServiceContext) -> None:
    with fleet.db.atomic():
        Asset.update(last_audit_at=datetime(2026, 10, 1)).where(Asset.tag == "KLA-000001").execute()
        Asset.update(last_audit_at=datetime(2025, 1, 1)).where(Asset.tag == "KLA-000002").execute()
    today = date(2026, 11, 26)
    six = ordered_ids(AssetQuery(not_audited_months=6), today=today)
    assert [r.tag for r in rows_for(six)] == ["KLA-000002", "KLA-000003", "KLA-000004"]
    two_years = ordered_ids(AssetQuery(not_audited_months=24), today=today)
    assert [r.tag for r in rows_for(two_years)] == ["KLA-000003", "KLA-000004"]
    with fleet.db.atomic():  # a recycled device has left the fleet: nothing to audit
        Asset.update(status="recycled").where(Asset.tag == "KLA-000004").execute()
    assert [r.tag for r in rows_for(ordered_ids(AssetQuery(not_audited_months=24), today=today))] == ["KLA-000003"]


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("tag", True, ["KLA-000004", "KLA-000003", "KLA-000002", "KLA-000001"]),
        ("status", False, ["KLA-000002", "KLA-000004", "KLA-000001", "KLA-000003"]),  # lifecycle order
        ("holder", False, ["KLA-000003", "KLA-000001", "KLA-000002", "KLA-000004"]),  # empty last
        ("location", False, ["KLA-000003", "KLA-000004", "KLA-000002", "KLA-000001"]),
        ("price", True, ["KLA-000002", "KLA-000001", "KLA-000004", "KLA-000003"]),  # empty last
        ("purchased_on", False, ["KLA-000002", "KLA-000001", "KLA-000003", "KLA-000004"]),
        ("manufacturer", False, ["KLA-000002", "KLA-000003", "KLA-000001", "KLA-000004"]),
    ],
)
def test_sorting_happens_in_sql(fleet: ServiceContext, sort: str, descending: bool, expected: list[str]) -> None:
    assert tags(AssetQuery(sort=sort, descending=descending)) == expected


def test_rows_for_one_page_keep_the_order_and_carry_display_values(fleet: ServiceContext) -> None:
    ids = ordered_ids(AssetQuery(sort="tag", descending=True))
    page = rows_for(ids[1:3])
    assert [r.tag for r in page] == ["KLA-000003", "KLA-000002"]
    phone, mac = page
    assert (phone.holder, phone.location, phone.imei, phone.status) == (
        "Ana Łukasiewicz",
        "Lyon/Bureau",
        IMEI,
        "assigned",
    )
    assert (mac.serial, mac.price, mac.purchased_on) == ("C02ZK81", Decimal("2299"), date(2022, 1, 10))
    assert rows_for([999_999, ids[0]])[0].tag == "KLA-000004"
    assert asset_search.count_all() == 4
    assert asset_search.tags_for([ids[0], 999_999, ids[3]]) == ["KLA-000004", "KLA-000001"]
    assert asset_search.holder_choices() == [
        ("ana.lukasiewicz@klara.fr", "Ana Łukasiewicz"),
        ("zoe.kovacs@klara.fr", "Zoé Kovács"),
    ]

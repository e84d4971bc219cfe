"""The cached ordering behind SQLite's search as you type (issue 18): always the order SQL gives, even
right after a change by this connection or by another program on the same file."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Any

import pytest

from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search
from klara_assets.persistence.asset_search import AssetQuery, ordered_ids
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.search_index import refresh_search_index


def sql_order(query: AssetQuery) -> list[int]:
    """The reference: the same filter with ORDER BY in SQL (the PostgreSQL path, cache bypassed)."""
    db = asset_search._db()
    where, params = asset_search._filters(query, "?", False, asset_search.date(2026, 11, 26))
    joins, order = asset_search._order_sql(query)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    sql = f"SELECT a.id FROM asset a{joins}{condition} ORDER BY {order}"
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


@pytest.fixture
def laptops(sqlite_ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(sqlite_ctx, Place.parse("Paris/Stock IT"))
    rows: list[dict[str, Any]] = [
        {"category": "laptop", "manufacturer": "Dell", "model": f"Latitude {n}", "serial": f"SN{n:04d}",
         "location": Place.parse("Paris/Stock IT"), "price": str(1000 + (n * 37) % 500)}
        for n in range(30)
    ]  # fmt: skip
    inventory.register_assets(sqlite_ctx, rows)
    refresh_search_index(sqlite_ctx)
    return sqlite_ctx


@pytest.mark.parametrize("sort", ["tag", "price", "serial", "location"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_search_sorted_by_the_cache_matches_sql(laptops: ServiceContext, sort: str, descending: bool) -> None:
    ordered_ids(AssetQuery(sort=sort, descending=descending))  # fills the cache
    query = AssetQuery(text="Latitude 1", sort=sort, descending=descending)
    assert asset_search._ORDERING.ranks(laptops.db, query) is not None  # the cached path is the one taken
    found = ordered_ids(query)
    assert found == sql_order(query) and 0 < len(found) < 30


def test_a_tag_changed_by_this_connection_reorders_at_once(laptops: ServiceContext) -> None:
    query = AssetQuery(text="Latitude", sort="serial")
    before = ordered_ids(query)
    laptops.db.execute_sql("UPDATE asset SET serial = 'AAA' WHERE tag = 'KLA-000030'")
    after = ordered_ids(query)
    assert after == sql_order(query) and after[0] == before[-1] != before[0]


def test_a_change_by_another_program_reorders_at_once(laptops: ServiceContext) -> None:
    query = AssetQuery(text="Latitude", sort="serial", descending=True)
    before = ordered_ids(query)
    with contextlib.closing(sqlite3.connect(laptops.url)) as other:
        other.execute("UPDATE asset SET serial = 'ZZZ' WHERE tag = 'KLA-000001'")
        other.commit()
    after = ordered_ids(query)
    assert after == sql_order(query) and after[0] == before[-1] != before[0]


def test_a_search_counts_each_new_and_changed_asset_once(laptops: ServiceContext) -> None:
    """Assets added since the last reindex, and changed ones, are matched live: each id appears once."""
    inventory.register_assets(
        laptops, [{"category": "laptop", "manufacturer": "Dell", "model": "Vostro 1", "serial": "NEW0001"}]
    )
    laptops.db.execute_sql("UPDATE asset SET model = 'Vostro 2' WHERE serial = 'NEW0001'")  # new and stale
    laptops.db.execute_sql("UPDATE asset SET model = 'Vostro 3' WHERE tag = 'KLA-000002'")  # stale only
    query = AssetQuery(text="Vostro")
    found = ordered_ids(query)
    assert found == sql_order(query) and len(found) == len(set(found)) == 2


def test_a_deleted_asset_is_not_found(laptops: ServiceContext) -> None:
    query = AssetQuery(text="Latitude 1")
    before = ordered_ids(query)
    laptops.db.execute_sql("PRAGMA foreign_keys = OFF")
    laptops.db.execute_sql("DELETE FROM asset WHERE id = ?", [before[0]])
    after = ordered_ids(query)
    assert after == sql_order(query) == before[1:]


def test_a_search_with_another_filter_matches_sql(laptops: ServiceContext) -> None:
    ordered_ids(AssetQuery(sort="price"))
    query = AssetQuery(text="Latitude", statuses=frozenset({"in_stock"}), sort="price", descending=True)
    found = ordered_ids(query)
    assert found == sql_order(query) and len(found) == 30

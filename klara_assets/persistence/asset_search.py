"""The assets table's queries: ordered ids filtered and sorted in SQL, then display rows one page at a time.

Like Anki's browser, the screen holds only `ordered_ids(query)` (100,000 integers) and asks
`rows_for(ids)` for the ~200 rows it shows. Text search goes through the index of migration 0002:
SQLite FTS5 with the trigram tokenizer (substring search), PostgreSQL `pg_trgm` with ILIKE. On SQLite,
rows whose text changed since the index was last brought up to date (`asset_search_stale`, and new
assets above the highest indexed id) are matched on their live columns, so results are always exact;
`reindex_pending()` folds them into the index.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import peewee

from klara_assets.domain.enums import FINAL_STATUSES, AssetStatus, Category, Condition, EncryptionState
from klara_assets.domain.places import Place
from klara_assets.persistence.audit_queries import months_before
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Asset, Person

PAGE_SIZE = 200


@dataclass(frozen=True)
class AssetQuery:
    """What the assets table shows. Empty sets and None mean "any"."""

    text: str = ""
    statuses: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    location: Place | None = None  # a room, or every room of a site (room "")
    holder: str | None = None  # the holder's e-mail address
    encryption: frozenset[str] = frozenset()
    not_audited_months: int | None = None  # never audited, or last audited more than N months ago
    sort: str = "tag"
    descending: bool = False


@dataclass(frozen=True)
class AssetRow:
    id: int
    tag: str
    status: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    imei: str | None
    holder: str | None
    location: str | None
    encryption_state: str
    condition: str
    purchased_on: date | None
    warranty_end: date | None
    price: Decimal | None


def _in_order(column: str, values: Iterable[str]) -> str:
    """Sort an enum column in its declaration (lifecycle) order rather than alphabetically."""
    cases = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(values))
    return f"CASE {column} {cases} END"


SORT_KEYS: dict[str, tuple[str, ...]] = {
    "tag": ("a.tag",),
    "status": (_in_order("a.status", AssetStatus),),
    "category": (_in_order("a.category", Category),),
    "manufacturer": ("a.manufacturer", "a.model"),
    "model": ("a.model",),
    "serial": ("a.serial",),
    "imei": ("a.imei",),
    "holder": ("p.name",),
    "location": ("l.site", "l.room"),
    "encryption": (_in_order("a.encryption_state", EncryptionState),),
    "condition": (_in_order("a.condition", Condition),),
    "purchased_on": ("a.purchased_on",),
    "warranty_end": ("a.warranty_end",),
    "price": ("a.price",),
}

_LIVE_BODY = (
    "x.tag || ' ' || coalesce(x.serial, '') || ' ' || coalesce(x.imei, '') || ' ' || coalesce(x.imei2, '')"
    " || ' ' || x.manufacturer || ' ' || x.model || ' '"
    " || coalesce((SELECT name FROM person WHERE id = x.holder_id), '')"
)


def _db() -> peewee.Database:
    return Asset._meta.database


def _is_postgres(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def watermark() -> int:
    """The highest asset id in the SQLite index: assets above it were added since the last reindex."""
    row = _db().execute_sql("SELECT rowid FROM asset_search ORDER BY rowid DESC LIMIT 1").fetchone()
    return int(row[0]) if row else 0


def _sqlite_union(tokens: list[str]) -> tuple[str, list[Any]]:
    """The ids whose text holds every token, as one compound SELECT of three disjoint parts: indexed rows
    that are current, assets added since the last reindex (matched on their live columns), and queued
    stale rows still present (matched live). No asset id appears twice."""
    indexed: list[str] = []
    params: list[Any] = []
    long_terms = [t for t in tokens if len(t) >= 3]
    if long_terms:  # trigrams need three characters; shorter terms scan the indexed text instead
        indexed.append("asset_search MATCH ?")
        params.append(" ".join(_phrase(t) for t in long_terms))
    for term in (t for t in tokens if len(t) < 3):
        indexed.append("body LIKE ? ESCAPE '\\'")
        params.append(_like(term))
    live = " AND ".join(f"{_LIVE_BODY} LIKE ? ESCAPE '\\'" for _ in tokens)
    live_params = [_like(t) for t in tokens]
    high = watermark()
    sql = (
        f"SELECT rowid FROM asset_search WHERE {' AND '.join(indexed)} AND rowid <= ?"
        " AND rowid NOT IN (SELECT asset_id FROM asset_search_stale)"
        f" UNION ALL SELECT x.id FROM asset x WHERE x.id > ? AND {live}"
        " UNION ALL SELECT x.id FROM asset_search_stale s CROSS JOIN asset x ON x.id = s.asset_id"
        f" WHERE x.id <= ? AND {live}"
    )
    return sql, [*params, high, high, *live_params, high, *live_params]


def _sqlite_text(tokens: list[str], mark: str) -> tuple[str, list[Any]]:
    union, params = _sqlite_union(tokens)
    return f"a.id IN ({union})", params


def _postgres_text(tokens: list[str], mark: str) -> tuple[str, list[Any]]:
    conditions = " AND ".join(f"body ILIKE {mark}" for _ in tokens)
    return f"a.id IN (SELECT asset_id FROM asset_search WHERE {conditions})", [_like(t) for t in tokens]


def _filters(query: AssetQuery, mark: str, postgres: bool, today: date | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, chosen in (("a.status", query.statuses), ("a.category", query.categories)):
        if chosen:
            where.append(f"{column} IN ({', '.join(mark for _ in chosen)})")
            params.extend(sorted(chosen))
    if query.encryption:
        where.append(f"a.encryption_state IN ({', '.join(mark for _ in query.encryption)})")
        params.extend(sorted(query.encryption))
    if query.location:
        site, room = query.location
        room_clause = f" AND room = {mark}" if room else ""
        where.append(f"a.location_id IN (SELECT id FROM location WHERE site = {mark}{room_clause})")
        params.extend([site, room] if room else [site])
    if query.holder:
        where.append(f"a.holder_id IN (SELECT id FROM person WHERE email = {mark})")
        params.append(query.holder.strip().lower())
    if query.not_audited_months is not None:
        if today is None:
            raise ValueError("the not-audited filter needs today's date from the caller's clock")
        # The same rule as the audit area's "not audited" report: still in the fleet, not seen since the cutoff.
        cutoff = months_before(datetime.combine(today, time()), query.not_audited_months)
        finals = sorted(status.value for status in FINAL_STATUSES)
        where.append(f"a.status NOT IN ({', '.join(mark for _ in finals)})")
        where.append(f"(a.last_audit_at IS NULL OR a.last_audit_at < {mark})")
        params.extend([*finals, cutoff if postgres else cutoff.isoformat(sep=" ")])
    tokens = query.text.split()
    if tokens:
        sql, more = (_postgres_text if postgres else _sqlite_text)(tokens, mark)
        where.append(sql)
        params.extend(more)
    return where, params


def _order_sql(query: AssetQuery) -> tuple[str, str]:
    """(joins, ORDER BY) of the query's sort, the asset id breaking ties."""
    keys = SORT_KEYS.get(query.sort, SORT_KEYS["tag"])
    direction = "DESC" if query.descending else "ASC"
    order = ", ".join(f"{key} {direction} NULLS LAST" for key in keys)
    joins = ""
    if query.sort == "holder":
        joins += " LEFT JOIN person p ON p.id = a.holder_id"
    if query.sort == "location":
        joins += " LEFT JOIN location l ON l.id = a.location_id"
    return joins, f"{order}, a.id {direction}"


class _Ordering:
    """Each SQLite connection's cached full ordering per sort (issue 18): the ordered ids, and each id's
    position in them (a list indexed by asset id, -1 for no such asset).

    A search then selects its ids without ORDER BY (the FTS match alone) and sorts them by these positions,
    which gives exactly the order SQL would. The cache is valid while the database has not changed:
    `PRAGMA data_version` moves when another connection commits, `total_changes` when this one writes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cached: dict[tuple[int, str, bool], tuple[tuple[int, int], Ranks]] = {}

    @staticmethod
    def _stamp(db: peewee.Database) -> tuple[int, int]:
        connection = db.connection()
        version = int(db.execute_sql("PRAGMA data_version").fetchone()[0])
        return version, int(connection.total_changes)

    def ranks(self, db: peewee.Database, query: AssetQuery) -> Ranks | None:
        key = (id(db.connection()), query.sort, query.descending)
        with self._lock:
            cached = self._cached.get(key)
        if cached is not None and cached[0] == self._stamp(db):
            return cached[1]
        return None

    def store(self, db: peewee.Database, query: AssetQuery, ids: list[int]) -> Ranks:
        positions = [-1] * ((max(ids) + 1) if ids else 0)
        for position, asset_id in enumerate(ids):
            positions[asset_id] = position
        ranks = Ranks(ids, positions)
        key = (id(db.connection()), query.sort, query.descending)
        with self._lock:
            self._cached = {k: v for k, v in self._cached.items() if k[0] == key[0]}  # drop closed connections'
            self._cached[key] = (self._stamp(db), ranks)
        return ranks


@dataclass(frozen=True)
class Ranks:
    order: list[int]  # every asset id, in the sort's order
    positions: list[int]  # positions[asset_id] = its index in `order`, -1 when there is no such asset

    def sorted(self, ids: list[int]) -> list[int] | None:
        """`ids` in this order, or None when one of them is not in it (the database changed meanwhile).

        Sorting plain integers (positions) then mapping them back is several times faster than sorting
        the ids with a key function."""
        positions = self.positions
        if ids and (max(ids) >= len(positions) or min(ids) < 0):
            return None
        found = [positions[i] for i in ids]
        if -1 in found:
            return None
        found.sort()
        order = self.order
        return [order[p] for p in found]


_ORDERING = _Ordering()


def _all_ordered(db: peewee.Database, query: AssetQuery) -> list[int]:
    joins, order = _order_sql(query)
    return [row[0] for row in db.execute_sql(f"SELECT a.id FROM asset a{joins} ORDER BY {order}").fetchall()]


def _text_only(query: AssetQuery) -> bool:
    return bool(query.text.split()) and query == AssetQuery(
        text=query.text, sort=query.sort, descending=query.descending
    )


def ordered_ids(query: AssetQuery, today: date | None = None) -> list[int]:
    """The ids of the assets `query` selects, in its order; filtering and sorting happen in SQL.

    On SQLite the order of a filtered query comes from the cached full ordering of its sort (see
    `_by_cached_order`). `today` (the caller's clock, `ServiceContext.today`) is needed by the
    not-audited filter only.
    """
    db = _db()
    postgres = _is_postgres(db)
    mark = "%s" if postgres else "?"
    if not postgres:
        ids = _by_cached_order(db, query, today)
        if ids is not None:
            return ids
    where, params = _filters(query, mark, postgres, today)
    joins, order = _order_sql(query)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    sql = f"SELECT a.id FROM asset a{joins}{condition} ORDER BY {order}"
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def _by_cached_order(db: peewee.Database, query: AssetQuery, today: date | None) -> list[int] | None:
    """SQLite: the query's ids selected without ORDER BY and put in the cached full ordering of its sort,
    which saves most of a keystroke's time; a search with no other filter reads its ids from the text index
    alone, without visiting the asset table. None when the database changed meanwhile (sort in SQL then).
    """
    if _text_only(query):
        sql, params = _sqlite_union(query.text.split())
    else:
        where, params = _filters(query, "?", False, today)
        if not where:  # everything: the ordering itself, kept for the searches that follow
            return list(_ORDERING.store(db, query, _all_ordered(db, query)).order)  # a copy: the cache keeps its own
        sql = f"SELECT a.id FROM asset a WHERE {' AND '.join(where)}"
    ranks = _ORDERING.ranks(db, query)
    if ranks is None:
        ranks = _ORDERING.store(db, query, _all_ordered(db, query))
    ids = [row[0] for row in db.execute_sql(sql, params).fetchall()]
    if _ORDERING.ranks(db, query) is not ranks:
        return None
    return ranks.sorted(ids)


def warm_ordering(query: AssetQuery) -> None:
    """SQLite: make sure the cached ordering of `query`'s sort is current (on the worker, after a change)."""
    db = _db()
    if not _is_postgres(db) and _ORDERING.ranks(db, query) is None:
        _ORDERING.store(db, query, _all_ordered(db, query))


_ROWS_SQL = (
    "SELECT a.id, a.tag, a.status, a.category, a.manufacturer, a.model, a.serial, a.imei, p.name, l.site, l.room,"
    " a.encryption_state, a.condition, a.purchased_on, a.warranty_end, a.price"
    " FROM asset a LEFT JOIN person p ON p.id = a.holder_id LEFT JOIN location l ON l.id = a.location_id"
    " WHERE a.id IN ({marks})"
)


def rows_for(ids: Sequence[int]) -> list[AssetRow]:
    """Display rows for `ids`, in the same order; ids of assets that no longer exist are skipped.

    One plain SQL statement per 900 ids, the stored values converted by the model's own fields (dates,
    money) as a peewee select would, without building a query object per page.
    """
    db = _db()
    mark = "%s" if _is_postgres(db) else "?"
    dates, price = Asset.purchased_on.python_value, Asset.price.python_value
    found: dict[int, AssetRow] = {}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        cursor = db.execute_sql(_ROWS_SQL.format(marks=", ".join(mark for _ in chunk)), chunk)
        for values in cursor.fetchall():
            *head, purchased, warranty, amount = values
            found[values[0]] = _row((*head, dates(purchased), dates(warranty), price(amount)))
    return [found[i] for i in ids if i in found]


def _row(values: tuple[Any, ...]) -> AssetRow:
    asset_id, tag, status, category, manufacturer, model, serial, imei, holder, site, room, *rest = values
    encryption, condition, purchased, warranty, price = rest
    place = None if site is None else (f"{site}/{room}" if room else site)
    return AssetRow(
        asset_id, tag, status, category, manufacturer, model, serial, imei, holder, place,
        encryption, condition, purchased, warranty, price,
    )  # fmt: skip


def count_all() -> int:
    return int(Asset.select().count())


def tags_for(ids: Sequence[int]) -> list[str]:
    """The tags of `ids` (for actions on a selection whose rows were never fetched), in the same order."""
    tags: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        tags.update(dict(rows(Asset.select(Asset.id, Asset.tag).where(Asset.id.in_(chunk)))))
    return [tags[i] for i in ids if i in tags]


def holder_choices() -> list[tuple[str, str]]:
    """(e-mail, name) of the people who hold at least one device, by name: the holder filter's choices."""
    holders = Asset.select(Asset.holder).where(Asset.holder.is_null(False))
    query = Person.select(Person.email, Person.name).where(Person.id.in_(holders)).order_by(Person.name, Person.email)
    return [(email, name) for email, name in rows(query)]


def pending_count() -> int:
    """SQLite: how many assets the text index does not cover yet (0 on PostgreSQL, kept by triggers)."""
    db = _db()
    if _is_postgres(db):
        return 0
    high = watermark()
    sql = "SELECT (SELECT count(*) FROM asset_search_stale) + (SELECT count(*) FROM asset WHERE id > ?)"
    return int(db.execute_sql(sql, [high]).fetchone()[0])


def reindex_pending() -> int:
    """SQLite: fold the pending rows into the FTS index in two statements; returns how many were pending.

    Call inside a transaction (see `services.search_index`).
    """
    db = _db()
    pending = pending_count()
    if not pending:
        return 0
    high = watermark()
    body = _LIVE_BODY
    db.execute_sql("DELETE FROM asset_search WHERE rowid IN (SELECT asset_id FROM asset_search_stale)")
    db.execute_sql(
        f"INSERT INTO asset_search (rowid, body) SELECT x.id, {body} FROM asset x"
        " WHERE x.id > ? OR x.id IN (SELECT asset_id FROM asset_search_stale)",
        [high],
    )
    db.execute_sql("DELETE FROM asset_search_stale")
    return pending

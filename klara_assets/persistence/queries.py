"""Read queries: plain rows for screens, the CLI and exports. Filtering and counting happen in SQL."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from klara_assets.domain.canonical import plain
from klara_assets.domain.places import Place
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Event, Location, Person


@dataclass(frozen=True)
class AssetDetail:
    id: int
    tag: str
    status: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    imei: str | None
    imei2: str | None
    purchased_on: date | None
    price: Decimal | None
    supplier: str
    order_no: str
    warranty_end: date | None
    os: str
    storage_kind: str
    storage_gb: int | None
    encryption_state: str
    encryption_method: str
    encryption_checked_at: datetime | None
    recovery_key_escrow: str
    weight_kg: Decimal | None
    condition: str
    location: str | None  # the place's label, for reading
    place: Place | None  # the place itself: what forms preselect and send back
    holder_name: str | None
    holder_email: str | None
    notes: str
    last_audit_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int

    def to_json(self) -> dict[str, Any]:
        return {key: plain(value) for key, value in asdict(self).items() if key != "place"}  # `location` says it


def location_label(site: str | None, room: str | None) -> str | None:
    if site is None:
        return None
    return f"{site}/{room}" if room else site


def asset_detail(tag: str) -> AssetDetail:
    asset = lookups.asset_by_tag(tag)
    location = Location.get_by_id(asset.location_id) if asset.location_id else None
    place = Place(location.site, location.room or "") if location else None
    holder = Person.get_by_id(asset.holder_id) if asset.holder_id else None
    return AssetDetail(
        id=asset.id,
        tag=asset.tag,
        status=asset.status,
        category=asset.category,
        manufacturer=asset.manufacturer,
        model=asset.model,
        serial=asset.serial,
        imei=asset.imei,
        imei2=asset.imei2,
        purchased_on=asset.purchased_on,
        price=asset.price,
        supplier=asset.supplier,
        order_no=asset.order_no,
        warranty_end=asset.warranty_end,
        os=asset.os,
        storage_kind=asset.storage_kind,
        storage_gb=asset.storage_gb,
        encryption_state=asset.encryption_state,
        encryption_method=asset.encryption_method,
        encryption_checked_at=asset.encryption_checked_at,
        recovery_key_escrow=asset.recovery_key_escrow,
        weight_kg=asset.weight_kg,
        condition=asset.condition,
        location=place.label if place else None,
        place=place,
        holder_name=holder.name if holder else None,
        holder_email=holder.email if holder else None,
        notes=asset.notes,
        last_audit_at=asset.last_audit_at,
        created_at=asset.created_at,
        updated_at=asset.updated_at,
        version=asset.version,
    )


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history(entity: str, entity_id: int, limit: int = 200) -> list[HistoryLine]:
    query = (
        Event.select(Event.at, Event.actor, Event.action, Event.data)
        .where((Event.entity == entity) & (Event.entity_id == entity_id))
        .order_by(Event.id.desc())
        .limit(limit)
    )
    lines = []
    for at, actor, action, data in lookups.rows(query):
        payload = json.loads(data)
        lines.append(HistoryLine(at, actor, action, payload.get("before"), payload.get("after")))
    return lines


def is_empty() -> bool:
    """No asset and no person: the demo generator and the welcome dialog may fill it."""
    return not Asset.select().exists() and not Person.select().exists()


def counts() -> dict[str, int]:
    return {
        "assets": Asset.select().count(),
        "people": Person.select().count(),
        "locations": Location.select().count(),
        "events": Event.select().count(),
    }


def location_places() -> list[Place]:
    """Every location as a (site, room) value, by site then room."""
    query = Location.select(Location.site, Location.room).order_by(Location.site, Location.room)
    return [Place(site, room or "") for site, room in lookups.rows(query)]

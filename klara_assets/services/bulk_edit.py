"""Bulk edit: move many assets to one location and/or give them one category, all or none.

In its own module rather than at the end of `inventory.py`, which other areas edit at the same time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import FINAL_STATUSES, AssetStatus, Category, StorageKind, default_storage
from klara_assets.domain.errors import InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.fields import choice
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset
from klara_assets.services.context import ServiceContext

BULK_FIELDS = ("location", "category")


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(values) - set(BULK_FIELDS))
    if unknown:
        raise ValidationFailed(
            f"Bulk edit changes only the location and the category, not {unknown[0]!r}.",
            code="unknown_field",
            field=unknown[0],
        )
    clean: dict[str, Any] = {}
    if values.get("category"):
        clean["category"] = choice(Category, values["category"], "category")
    if values.get("location") is not None:
        clean["location"] = lookups.location_at(values["location"]).id
    if not clean:
        raise ValidationFailed("Choose a location or a category to apply.", code="nothing_to_change")
    return clean


def _assets(tags: Sequence[str]) -> list[tuple[Any, ...]]:
    wanted = list(dict.fromkeys(t.strip().upper() for t in tags if t.strip()))
    if not wanted:
        raise ValidationFailed("Select at least one device.", code="nothing_selected")
    found: dict[str, tuple[Any, ...]] = {}
    columns = (Asset.tag, Asset.id, Asset.status, Asset.category, Asset.location)
    for start in range(0, len(wanted), 900):
        query = Asset.select(*columns).where(Asset.tag.in_(wanted[start : start + 900]))
        found.update({row[0]: row for row in lookups.rows(query)})
    missing = [t for t in wanted if t not in found]
    if missing:
        raise NotFound(f"No asset has the tag {missing[0]!r}.", code="asset_not_found", tag=missing[0])
    return [found[t] for t in wanted]


def _storage_now_unknown(assets: list[tuple[Any, ...]], category: str | None) -> set[int]:
    """Devices that become a laptop, phone, ... while their "none" was only the old category's default.

    They are set to `unknown` (counts as storage), so a category change never walks around sanitization.
    """
    if not category or default_storage(category) != StorageKind.UNKNOWN:
        return set()
    guessed = [asset_id for _tag, asset_id, _s, old, _l in assets if default_storage(old) == StorageKind.NONE]
    found: set[int] = set()
    for start in range(0, len(guessed), 900):
        chunk = guessed[start : start + 900]
        query = Asset.select(Asset.id).where(Asset.id.in_(chunk) & (Asset.storage_kind == StorageKind.NONE.value))
        found.update(row[0] for row in lookups.rows(query))
    for start in range(0, len(found), 900):
        part = sorted(found)[start : start + 900]
        Asset.update(storage_kind=StorageKind.UNKNOWN.value).where(Asset.id.in_(part)).execute()
    return found


def edit_assets_bulk(ctx: ServiceContext, tags: Sequence[str], **values: Any) -> Changes:
    """Set `location` (a `Place`) and/or `category` on every asset of `tags`, in one transaction (None or
    absent: unchanged).

    Refused as a whole when one tag is unknown or one device has reached a final status.
    """
    ctx.require(Permission.INVENTORY_EDIT)
    with ctx.transaction():
        clean = _clean(values)
        assets = _assets(tags)
        final = [tag for tag, _id, status, *_ in assets if AssetStatus(status) in FINAL_STATUSES]
        if final:
            more = f" (and {len(final) - 1} more)" if len(final) > 1 else ""
            raise InvalidTransition(
                f"{final[0]}{more} has reached a final status: the record is read-only except its notes.",
                code="asset_read_only",
                tag=final[0],
            )
        ids = [asset_id for _tag, asset_id, *_ in assets]
        now = ctx.now()
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            Asset.update(**clean, updated_at=now, version=Asset.version + 1).where(Asset.id.in_(chunk)).execute()
        unknown = _storage_now_unknown(assets, clean.get("category"))
        events = []
        for _tag, asset_id, _status, category, location in assets:
            current = {"category": category, "location": location}
            changed = {k: v for k, v in clean.items() if current[k] != v}
            if asset_id in unknown:
                current["storage_kind"], changed["storage_kind"] = StorageKind.NONE.value, StorageKind.UNKNOWN.value
            if changed:
                events.append(NewEvent("asset", asset_id, "edit", {k: current[k] for k in changed}, changed))
        ctx.log(events)
    return Changes({ChangeKind.ASSET: frozenset(ids)}, result=len(ids))

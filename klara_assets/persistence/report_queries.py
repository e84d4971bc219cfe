"""Read queries of the environmental report: the active fleet grouped in SQL, the year's end-of-life items."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from peewee import fn

from klara_assets.domain.enums import AssetStatus, BatchKind, BatchOutcome, BatchStatus
from klara_assets.domain.environment import EndOfLifeItem, FleetGroup
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, BatchItem, DisposalBatch, Donation

ACTIVE = (AssetStatus.IN_STOCK.value, AssetStatus.ASSIGNED.value, AssetStatus.IN_REPAIR.value)
_DEFAULT_OUTCOME = {
    BatchKind.REFURBISHMENT.value: BatchOutcome.REFURBISHED.value,
    BatchKind.RECYCLING.value: "recycled",
}


def active_fleet(as_of: date) -> list[FleetGroup]:
    """Devices in stock, assigned or in repair, bought on or before `as_of` (or of unknown date)."""
    query = (
        Asset.select(Asset.category, Asset.purchased_on, fn.COUNT(Asset.id))
        .where(Asset.status.in_(ACTIVE) & (Asset.purchased_on.is_null() | (Asset.purchased_on <= as_of)))
        .group_by(Asset.category, Asset.purchased_on)
    )
    return [FleetGroup(category, purchased, int(count)) for category, purchased, count in lookups.rows(query)]


def end_of_life_items(year: int) -> list[EndOfLifeItem]:
    """Items of the disposal batches closed during `year`; an item without outcome takes its batch's kind."""
    start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    query = (
        BatchItem.select(Asset.category, BatchItem.outcome, DisposalBatch.kind, BatchItem.weight_kg, Asset.weight_kg)
        .join(DisposalBatch, on=(BatchItem.batch == DisposalBatch.id))
        .switch(BatchItem)
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .where(
            (DisposalBatch.status == BatchStatus.CLOSED.value)
            & (DisposalBatch.closed_at >= start)
            & (DisposalBatch.closed_at < end)
        )
    )
    items = []
    for category, outcome, kind, item_kg, asset_kg in lookups.rows(query):
        weight = item_kg if item_kg is not None else asset_kg
        items.append(
            EndOfLifeItem(category, outcome or _DEFAULT_OUTCOME[kind], None if weight is None else Decimal(weight))
        )
    # Devices given to employees (issue 16) have a second life as they are: reuse.
    gifts = (
        Donation.select(Asset.category, Asset.weight_kg)
        .join(Asset, on=(Donation.asset == Asset.id))
        .where((Donation.donated_on >= start.date()) & (Donation.donated_on < end.date()))
    )
    for category, asset_kg in lookups.rows(gifts):
        items.append(
            EndOfLifeItem(category, BatchOutcome.REUSED.value, None if asset_kg is None else Decimal(asset_kg))
        )
    return items

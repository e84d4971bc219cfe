"""Reads for the end-of-life screens: devices on their way out (retired, routed) with their last
sanitization and the batch holding them, filtered and ordered in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from klara_assets.domain.enums import AssetStatus
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, BatchItem, DisposalBatch, Sanitization

OUTGOING = (AssetStatus.RETIRED.value, AssetStatus.TO_REFURBISH.value, AssetStatus.TO_RECYCLE.value)


@dataclass(frozen=True)
class OutgoingDevice:
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    status: str
    storage_kind: str
    sanitized_at: datetime | None  # the last passed sanitization
    sanitization_method: str | None
    batch: str | None


def outgoing_devices(
    statuses: Sequence[str] = OUTGOING, *, unbatched: bool = False, limit: int = 2000
) -> list[OutgoingDevice]:
    """Retired and routed devices by tag, with their last passed sanitization and their batch (if any).
    `unbatched` keeps only those in no batch (the ones a batch may still take)."""
    last = (
        Sanitization.select(Sanitization.asset, fn.MAX(Sanitization.id).alias("last_id"))
        .where(Sanitization.result == "pass")
        .group_by(Sanitization.asset)
        .alias("last")
    )
    Done = Sanitization.alias()
    query = (
        Asset.select(
            Asset.tag, Asset.category, Asset.manufacturer, Asset.model, Asset.serial, Asset.status,
            Asset.storage_kind, Done.performed_at, Done.method, DisposalBatch.number,
        )
        .join(last, JOIN.LEFT_OUTER, on=(last.c.asset_id == Asset.id))
        .join(Done, JOIN.LEFT_OUTER, on=(Done.id == last.c.last_id))
        .switch(Asset)
        .join(BatchItem, JOIN.LEFT_OUTER, on=(BatchItem.asset == Asset.id))
        .join(DisposalBatch, JOIN.LEFT_OUTER, on=(BatchItem.batch == DisposalBatch.id))
        .where(Asset.status.in_(list(statuses)))
        .order_by(Asset.tag)
        .limit(limit)
    )  # fmt: skip
    if unbatched:
        query = query.where(BatchItem.id.is_null())
    return [OutgoingDevice(*row) for row in lookups.rows(query)]


def batch_numbers(status: str, kind: str | None = None) -> list[str]:
    """Numbers of the batches in `status` (and of `kind`), newest first."""
    query = DisposalBatch.select(DisposalBatch.number).where(DisposalBatch.status == status)
    if kind:
        query = query.where(DisposalBatch.kind == kind)
    return [number for (number,) in lookups.rows(query.order_by(DisposalBatch.id.desc()))]

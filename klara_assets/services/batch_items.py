"""Batch contents and reads: which devices may join a batch (and why not), the items of a batch, the
batch list and detail for screens, and the pickup manifest PDF for the carrier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import JOIN, fn

from klara_assets.documents.manifest import ManifestData, render_manifest
from klara_assets.domain.disposal import ROUTED
from klara_assets.domain.enums import AssetStatus, BatchKind, BatchStatus, Category
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.domain.fields import choice
from klara_assets.domain.lifecycle import is_missing
from klara_assets.domain.settings import DEFAULT_WEIGHTS_KG
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, BatchItem, Certificate, DisposalBatch, Partner, Person
from klara_assets.services.certificate_data import batch_by_number, device_lines, fk, holder_party, partner_party
from klara_assets.services.settings import load_settings


@dataclass(frozen=True)
class BatchRow:
    number: str
    kind: str
    partner: str
    status: str
    devices: int
    pickup_date: date | None
    created_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class BatchItemRow:
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    status: str
    outcome: str | None
    weight_kg: Decimal | None  # recorded when the batch was closed
    known_weight_kg: Decimal | None = None  # the device's own or its category's weight (what the manifest says)

    @property
    def weight_to_propose(self) -> Decimal:
        """The weight a close starts from: the recorded one, else the known one."""
        return self.weight_kg or self.known_weight_kg or Decimal(0)


@dataclass(frozen=True)
class BatchDetail:
    number: str
    kind: str
    status: str
    partner: str
    eco_organisme: str | None
    pickup_date: date | None
    carrier: str
    tracking_ref: str
    waste_code: str
    created_at: datetime
    closed_at: datetime | None
    version: int
    items: tuple[BatchItemRow, ...]
    certificates: tuple[str, ...]


def default_weight(asset: Asset) -> Decimal:
    return known_weight(asset.weight_kg, asset.category)


def known_weight(weight_kg: Decimal | None, category: str) -> Decimal:
    """A device's recorded weight, else its category's typical one (1 kg when the category has none)."""
    return Decimal(weight_kg or DEFAULT_WEIGHTS_KG.get(Category(category), Decimal(1)))


def _why_not(asset: Asset, kind: BatchKind, batched: dict[int, str], holders: dict[int, str]) -> str | None:
    status = AssetStatus(asset.status)
    if asset.id in batched:
        return f"{asset.tag} is already in batch {batched[asset.id]}"
    if status == AssetStatus.ASSIGNED:
        return f"{asset.tag} is assigned to {holders.get(asset.id, 'someone')}: check it in, retire and route it first"
    if is_missing(status):
        return f"{asset.tag} is reported {status.value}: a missing device cannot be handed to a partner"
    wanted = ROUTED[kind]
    if status != wanted:
        way = "refurbishment" if kind == BatchKind.REFURBISHMENT else "recycling"
        return (
            f"{asset.tag} is {status.value}: a {kind.value} batch takes only devices routed to {way} ({wanted.value})"
        )
    return None


def refuse_unfit(batch: DisposalBatch, tags: Sequence[str]) -> list[Asset]:
    """The assets of `tags`, or one error naming every tag that cannot join and why."""
    assets = {a.tag: a for a in Asset.select().where(Asset.tag.in_(list(tags)))}
    unknown = [t for t in tags if t not in assets]
    if unknown:
        raise NotFound(f"No asset has the tag {', '.join(unknown)}.", code="asset_not_found", field="tags")
    ids = [a.id for a in assets.values()]
    in_batches = (
        BatchItem.select(BatchItem.asset, DisposalBatch.number)
        .join(DisposalBatch, on=(BatchItem.batch == DisposalBatch.id))
        .where(BatchItem.asset.in_(ids))
    )
    batched = dict(lookups.rows(in_batches))
    holder_query = Asset.select(Asset.id, Person.name).join(Person, on=(Asset.holder == Person.id))
    holders = dict(lookups.rows(holder_query.where(Asset.id.in_(ids))))
    why = {t: p for t in tags if (p := _why_not(assets[t], BatchKind(batch.kind), batched, holders))}
    if why:
        raise ValidationFailed(
            f"Cannot add to {batch.number}: " + "; ".join(why.values()) + ".",
            code="device_unfit",
            field="tags",
            batch=batch.number,
            tags=", ".join(why),
        )
    return [assets[t] for t in tags]


def items_of(batch: DisposalBatch) -> dict[int, Asset]:
    """BatchItem id -> its Asset (as read now, for the versioned status change)."""
    query = (
        BatchItem.select(BatchItem.id, Asset)
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .where(BatchItem.batch == batch.id)
        .order_by(Asset.tag)
    )
    return {item.id: item.asset for item in query}


def list_batches(status: str | None = None) -> list[BatchRow]:
    """Every batch, newest first, with its partner and device count."""
    count = fn.COUNT(BatchItem.id)
    query = (
        DisposalBatch.select(
            DisposalBatch.number, DisposalBatch.kind, Partner.name, DisposalBatch.status, count,
            DisposalBatch.pickup_date, DisposalBatch.created_at, DisposalBatch.closed_at,
        )
        .join(Partner, on=(DisposalBatch.partner == Partner.id))
        .switch(DisposalBatch)
        .join(BatchItem, JOIN.LEFT_OUTER, on=(BatchItem.batch == DisposalBatch.id))
        .group_by(DisposalBatch.id, Partner.name)
        .order_by(DisposalBatch.created_at.desc(), DisposalBatch.id.desc())
    )  # fmt: skip
    if status:
        query = query.where(DisposalBatch.status == choice(BatchStatus, status, "status"))
    return [BatchRow(*row) for row in lookups.rows(query)]


def batch_detail(number: str) -> BatchDetail:
    batch = batch_by_number(number)
    query = (
        BatchItem.select(
            Asset.tag, Asset.category, Asset.manufacturer, Asset.model, Asset.serial, Asset.status,
            BatchItem.outcome, BatchItem.weight_kg, Asset.weight_kg,
        )
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .where(BatchItem.batch == batch.id)
        .order_by(Asset.tag)
    )  # fmt: skip
    certs = Certificate.select(Certificate.number).where(Certificate.batch == batch.id).order_by(Certificate.id)
    eco = Partner.get_by_id(eco_id).name if (eco_id := fk(batch, "eco_organisme")) else None
    return BatchDetail(
        batch.number, batch.kind, batch.status, batch.partner.name, eco, batch.pickup_date, batch.carrier,
        batch.tracking_ref, batch.waste_code, batch.created_at, batch.closed_at, batch.version,
        tuple(_item(row) for row in lookups.rows(query)),
        tuple(n for (n,) in lookups.rows(certs)),
    )  # fmt: skip


def _item(row: tuple[Any, ...]) -> BatchItemRow:
    tag, category, manufacturer, model, serial, status, outcome, weight, own_weight = row
    known = known_weight(own_weight, category)
    return BatchItemRow(tag, category, manufacturer, model, serial, status, outcome, weight, known)


def pickup_manifest(number: str, lang: str, printed_on: date) -> bytes:
    """The list of devices for the carrier to sign at pickup (deterministic for the same data)."""
    batch = batch_by_number(number)
    data = ManifestData(
        batch_number=batch.number,
        kind=batch.kind,
        lang=lang,
        printed_on=printed_on,
        holder=holder_party(load_settings()),
        partner=partner_party(fk(batch, "partner")),
        pickup_date=batch.pickup_date,
        carrier=batch.carrier,
        tracking_ref=batch.tracking_ref,
        waste_code=batch.waste_code,
        devices=device_lines(batch),
    )
    return render_manifest(data)

"""Disposal batches (SPEC §2, §3): create for a partner, add and remove devices, ship, close.

Closing records the partner's outcome per device, moves every device to refurbished / recycled through
`change_status` (guard: the partner holds a certification valid on the pickup date) and issues the
certificate, all in one transaction: a refusal anywhere leaves the batch and its devices as they were.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.disposal import (
    DEFAULT_WASTE_CODE,
    batch_kind_for,
    certification_problem,
    normalize_waste_code,
)
from klara_assets.domain.enums import BatchKind, BatchOutcome, BatchStatus, PartnerKind
from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.domain.fields import MAX_WEIGHT_KG, choice, parse_date, parse_decimal, text
from klara_assets.domain.identifiers import document_number, normalize_tag
from klara_assets.domain.lifecycle import Action
from klara_assets.domain.permissions import Permission
from klara_assets.domain.waste import normalize_siren, normalize_treatment_code
from klara_assets.persistence import lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, BatchItem, DisposalBatch
from klara_assets.services import batch_items
from klara_assets.services.certificate_data import batch_by_number
from klara_assets.services.certificates import IssuedCertificate, PdfSigner, _language, issue_batch_certificate
from klara_assets.services.context import ServiceContext
from klara_assets.services.partners import certifications_of, partner_by_name
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for

CLOSE_ACTIONS = {BatchKind.REFURBISHMENT: Action.CLOSE_REFURBISHED, BatchKind.RECYCLING: Action.CLOSE_RECYCLED}
OUTCOMES = {
    BatchKind.REFURBISHMENT: (BatchOutcome.REFURBISHED, {BatchOutcome.REUSED, BatchOutcome.REFURBISHED}),
    BatchKind.RECYCLING: (BatchOutcome.RECYCLED, {BatchOutcome.RECYCLED, BatchOutcome.DESTROYED}),
}


def _event(ctx: ServiceContext, batch_id: int, action: str, before: Any, after: Any) -> None:
    ctx.log([NewEvent("batch", batch_id, action, before, after)])


def create_batch(
    ctx: ServiceContext, partner: str, kind: str | None = None, eco_organisme: str | None = None
) -> Changes:
    """A new open batch `LOT-YYYY-NNN` for `partner`; its kind follows the partner unless given.
    The result is the batch number."""
    ctx.require(Permission.EOL_MANAGE)
    with ctx.transaction():
        holder = partner_by_name(partner)
        clean_kind = BatchKind(choice(BatchKind, kind, "kind")) if kind else batch_kind_for(PartnerKind(holder.kind))
        eco = partner_by_name(eco_organisme) if eco_organisme else None
        if eco is not None and eco.kind != PartnerKind.ECO_ORGANISME.value:
            raise ValidationFailed(f"{eco.name} is a {eco.kind}, not an eco-organisme.", code="not_eco_organisme")
        year = ctx.now().year
        number = document_number("LOT", year, sequences.take(f"batch:{year}"), 3)
        waste = DEFAULT_WASTE_CODE if clean_kind == BatchKind.RECYCLING else ""
        values = {"number": number, "kind": clean_kind.value, "partner": holder.id, "waste_code": waste}
        batch = DisposalBatch.create(**values, eco_organisme=eco.id if eco else None, created_at=ctx.now())
        _event(ctx, batch.id, "create", None, {**values, "eco_organisme": eco.name if eco else None})
    return Changes.of(ChangeKind.BATCH, batch.id, result=number)


def _require_status(batch: DisposalBatch, wanted: BatchStatus, doing: str) -> None:
    if batch.status != wanted.value:
        hints = {BatchStatus.OPEN.value: "ship it first", BatchStatus.SHIPPED.value: "it has left already"}
        hint = hints.get(batch.status, "it is closed") if wanted != BatchStatus.OPEN else "it is no longer open"
        raise InvalidTransition(
            f"Cannot {doing} {batch.number}: the batch is {batch.status} ({hint}).",
            code="batch_status_forbids",
            batch=batch.number,
            status=batch.status,
        )


def add_to_batch(ctx: ServiceContext, number: str, tags: Sequence[str]) -> Changes:
    """Add devices (all or none). Each must be routed the batch's way and in no other batch; an assigned,
    lost or already batched device is refused with its reason. The result lists the added tags."""
    ctx.require(Permission.EOL_MANAGE)
    clean = list(dict.fromkeys(normalize_tag(t) for t in tags))
    if not clean:
        raise ValidationFailed("Give at least one device tag.", code="tags_required", field="tags")
    with ctx.transaction():
        batch = batch_by_number(number)
        _require_status(batch, BatchStatus.OPEN, "add devices to")
        assets = batch_items.refuse_unfit(batch, clean)
        BatchItem.insert_many([{"batch": batch.id, "asset": a.id} for a in assets]).execute()
        _event(ctx, batch.id, "add", None, {"tags": clean})
    return Changes(
        {ChangeKind.BATCH: frozenset({batch.id}), ChangeKind.ASSET: frozenset(a.id for a in assets)}, result=clean
    )


def remove_from_batch(ctx: ServiceContext, number: str, tags: Sequence[str]) -> Changes:
    ctx.require(Permission.EOL_MANAGE)
    clean = list(dict.fromkeys(normalize_tag(t) for t in tags))
    with ctx.transaction():
        batch = batch_by_number(number)
        _require_status(batch, BatchStatus.OPEN, "remove devices from")
        ids = dict(lookups.rows(Asset.select(Asset.tag, Asset.id).where(Asset.tag.in_(clean))))
        held = {a for (a,) in lookups.rows(BatchItem.select(BatchItem.asset).where(BatchItem.batch == batch.id))}
        absent = [t for t in clean if ids.get(t) not in held]
        if absent:
            raise ValidationFailed(
                f"Not in {batch.number}: {', '.join(absent)}.", code="not_in_batch", field="tags", tags=absent
            )
        BatchItem.delete().where((BatchItem.batch == batch.id) & BatchItem.asset.in_(list(ids.values()))).execute()
        _event(ctx, batch.id, "remove", {"tags": clean}, None)
    return Changes({ChangeKind.BATCH: frozenset({batch.id}), ChangeKind.ASSET: frozenset(ids.values())}, result=clean)


def ship_batch(
    ctx: ServiceContext,
    number: str,
    *,
    pickup: Any = None,
    carrier: str = "",
    tracking_ref: str = "",
    waste_code: str | None = None,
    carrier_siren: str = "",
    carrier_recepisse: str = "",
    treatment_code: str = "",
) -> Changes:
    """open -> shipped: pickup date (default today), carrier (name, SIREN, récépissé), waste tracking
    reference (BSD / Trackdéchets), waste code (European list, e.g. 16 02 14 or 20 01 35*) and planned
    treatment code (R/D; default the partner's)."""
    ctx.require(Permission.EOL_MANAGE)
    day = parse_date(pickup, "pickup") or ctx.now().date()
    values: dict[str, Any] = {
        "pickup_date": day,
        "carrier": text(carrier, "carrier"),
        "tracking_ref": text(tracking_ref, "tracking_ref", 100),
        "carrier_siren": normalize_siren(carrier_siren),
        "carrier_recepisse": text(carrier_recepisse, "carrier_recepisse", 100),
        "treatment_code": normalize_treatment_code(treatment_code),
    }
    if waste_code is not None:
        values["waste_code"] = normalize_waste_code(waste_code)
    with ctx.transaction():
        batch = batch_by_number(number)
        _require_status(batch, BatchStatus.OPEN, "ship")
        if day > ctx.now().date():
            raise ValidationFailed(f"The pickup date {day} is in the future.", code="date_in_future", field="pickup")
        if not BatchItem.select().where(BatchItem.batch == batch.id).exists():
            raise ValidationFailed(f"{batch.number} holds no device: add devices first.", code="batch_empty")
        values["status"] = BatchStatus.SHIPPED.value
        _versioned_update(batch, values)
        _event(ctx, batch.id, "ship", {"status": batch.status}, values)
    return Changes.of(ChangeKind.BATCH, batch.id)


def _versioned_update(batch: DisposalBatch, values: dict[str, Any]) -> None:
    updated = (
        DisposalBatch.update(**values, version=DisposalBatch.version + 1)
        .where((DisposalBatch.id == batch.id) & (DisposalBatch.version == batch.version))
        .execute()
    )
    if updated != 1:
        raise InvalidTransition(
            f"{batch.number} was changed by someone else meanwhile; reload it.", code="stale_version"
        )


def _certified_or_refuse(batch: DisposalBatch) -> None:
    partner = batch.partner
    day: date = batch.pickup_date or batch.created_at.date()
    problem = certification_problem(
        partner.name, BatchKind(batch.kind), certifications_of(partner.id), bool(partner.social_economy), day
    )
    if problem:
        raise InvalidTransition(
            f"Cannot close {batch.number}: {problem}", code="partner_not_certified", field="partner"
        )


def close_batch(
    ctx: ServiceContext,
    number: str,
    *,
    outcomes: Mapping[str, str] | None = None,
    weights: Mapping[str, Any] | None = None,
    lang: str | None = None,
    signer: PdfSigner | None = None,
) -> Changes:
    """shipped -> closed with the partner's outcome per device (default refurbished / recycled) and weight
    (default the asset's weight). Every device becomes refurbished / recycled and the certificate is issued
    in the same transaction. The result is the `IssuedCertificate`."""
    ctx.require(Permission.EOL_MANAGE)
    language = _language(lang)
    with ctx.transaction():
        batch = batch_by_number(number)
        _require_status(batch, BatchStatus.SHIPPED, "close")
        _certified_or_refuse(batch)
        kind = BatchKind(batch.kind)
        items = batch_items.items_of(batch)
        chosen = _outcomes(batch, kind, items, outcomes or {}, weights or {})
        _record_items(chosen)
        settings = load_settings()
        for asset in items.values():
            facts = facts_for(asset, settings, partner_certified=True)
            change_status(ctx, asset, CLOSE_ACTIONS[kind], facts, note={"batch": batch.number})
        _versioned_update(batch, {"status": BatchStatus.CLOSED.value, "closed_at": ctx.now()})
        _event(ctx, batch.id, "close", {"status": batch.status}, {"status": "closed"})
        batch = DisposalBatch.get_by_id(batch.id)
        issued: IssuedCertificate = issue_batch_certificate(ctx, batch, language, signer)
    ids = frozenset(a.id for a in items.values())
    return Changes(
        {ChangeKind.BATCH: frozenset({batch.id}), ChangeKind.ASSET: ids, ChangeKind.CERTIFICATE: frozenset()},
        result=issued,
    )


def _outcomes(
    batch: DisposalBatch,
    kind: BatchKind,
    items: dict[int, Asset],
    outcomes: Mapping[str, str],
    weights: Mapping[str, Any],
) -> dict[int, tuple[str, Decimal]]:
    """(item id) -> (outcome, weight), refusing an outcome foreign to the batch kind or an unknown tag."""
    default, allowed = OUTCOMES[kind]
    by_tag = {asset.tag: item_id for item_id, asset in items.items()}
    strangers = sorted({normalize_tag(t) for t in [*outcomes, *weights]} - set(by_tag))
    if strangers:
        raise ValidationFailed(f"Not in {batch.number}: {', '.join(strangers)}.", code="not_in_batch", field="tags")
    clean_outcomes = {normalize_tag(t): BatchOutcome(choice(BatchOutcome, o, "outcome")) for t, o in outcomes.items()}
    clean_weights = {normalize_tag(t): w for t, w in weights.items()}
    chosen: dict[int, tuple[str, Decimal]] = {}
    for tag, item_id in by_tag.items():
        outcome = clean_outcomes.get(tag, default)
        if outcome not in allowed:
            raise ValidationFailed(
                f"Outcome {outcome.value} does not fit a {kind.value} batch ({tag}): "
                f"expected {' or '.join(sorted(o.value for o in allowed))}.",
                code="invalid_outcome",
                field="outcome",
            )
        given = clean_weights.get(tag)
        weight = (
            parse_decimal(given, "weight_kg", allow_zero=False, maximum=MAX_WEIGHT_KG) if given is not None else None
        )
        chosen[item_id] = (outcome.value, weight or batch_items.default_weight(items[item_id]))
    return chosen


def _record_items(chosen: dict[int, tuple[str, Decimal]]) -> None:
    groups: dict[tuple[str, Decimal], list[int]] = {}
    for item_id, key in chosen.items():
        groups.setdefault(key, []).append(item_id)
    for (outcome, weight), ids in groups.items():
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            BatchItem.update(outcome=outcome, weight_kg=weight).where(BatchItem.id.in_(chunk)).execute()

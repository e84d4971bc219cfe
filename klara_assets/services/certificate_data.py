"""The frozen data objects of certificates and manifests, read from the database in bulk (a 5,000-device
batch is a handful of queries, not one per device), plus the emission factors of `resources/`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from typing import Any

from peewee import JOIN

from klara_assets.documents.certificate_parts import CertificationLine, DeviceLine, Party
from klara_assets.documents.certificates import DisposalCertificateData
from klara_assets.documents.sanitization_certificate import SanitizationCertificateData, SanitizationLine
from klara_assets.domain.disposal import avoided_kg
from klara_assets.domain.enums import BatchOutcome
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.domain.settings import DEFAULT_WEIGHTS_KG, Settings
from klara_assets.paths import resource_path
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, BatchItem, Certificate, DisposalBatch, Partner, PartnerCertification
from klara_assets.persistence.models import Sanitization as San
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings


def fk(row: Any, name: str) -> Any:
    """The id held by foreign key `name` of `row`, without loading the referenced row."""
    return getattr(row, f"{name}_id")


@cache
def emission_factors() -> dict[str, dict[str, Any]]:
    """Per category: embodied_kgco2e, weight_kg, lifetime_years, reuse_avoided_share, source."""
    data = json.loads(resource_path("emission_factors.json").read_text(encoding="utf-8"))
    return dict(data.get("categories", {}))


def _reuse_share() -> Decimal:
    shares = {Decimal(str(f.get("reuse_avoided_share", 0.8))) for f in emission_factors().values()}
    return shares.pop() if len(shares) == 1 else Decimal("0.8")


def issuer_name(ctx: ServiceContext) -> str:
    """Who issues a document: the signed-in operator's name, else the configured name, else the OS login."""
    operator = ctx.who
    if operator.operator_id is not None and operator.name.strip():
        return operator.name.strip()
    return load_settings().issuer_name.strip() or ctx.actor


def holder_party(settings: Settings) -> Party:
    return Party(settings.document_name, settings.siret, settings.address)


def partner_party(partner_id: int) -> Party:
    partner = Partner.get_by_id(partner_id)
    query = (
        PartnerCertification.select(
            PartnerCertification.scheme, PartnerCertification.number, PartnerCertification.valid_until
        )
        .where(PartnerCertification.partner == partner_id)
        .order_by(PartnerCertification.scheme, PartnerCertification.number)
    )
    certs = tuple(CertificationLine(*row) for row in lookups.rows(query))
    return Party(partner.name, partner.siret, partner.address, certs, bool(partner.social_economy))


def batch_by_number(number: str) -> DisposalBatch:
    batch = DisposalBatch.get_or_none(DisposalBatch.number == number.strip().upper())
    if batch is None:
        raise NotFound(f"No batch has the number {number.strip()!r}.", code="batch_not_found", field="batch")
    return batch


def batch_asset_ids(batch: DisposalBatch) -> list[int]:
    """The batch's devices that hold storage (a monitor has no medium to sanitize)."""
    query = (
        BatchItem.select(BatchItem.asset)
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .where((BatchItem.batch == batch.id) & (Asset.storage_kind != "none"))
        .order_by(BatchItem.id)
    )
    ids = [asset_id for (asset_id,) in lookups.rows(query)]
    if not ids:
        raise ValidationFailed(
            f"The batch {batch.number} holds no device with storage.", code="batch_empty", field="batch"
        )
    return ids


def last_methods(asset_ids: Sequence[int]) -> dict[int, str]:
    """The method of each device's latest passed sanitization."""
    methods: dict[int, str] = {}
    for start in range(0, len(asset_ids), 900):
        chunk = list(asset_ids[start : start + 900])
        query = (
            San.select(San.asset, San.method)
            .where(San.asset.in_(chunk) & (San.result == "pass"))
            .order_by(San.performed_at, San.id)
        )
        methods.update(dict(lookups.rows(query)))
    return methods


def device_lines(batch: DisposalBatch) -> tuple[DeviceLine, ...]:
    query = (
        BatchItem.select(
            Asset.id,
            Asset.tag,
            Asset.category,
            Asset.manufacturer,
            Asset.model,
            Asset.serial,
            Asset.imei,
            Asset.weight_kg,
            BatchItem.weight_kg,
            BatchItem.outcome,
        )
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .where(BatchItem.batch == batch.id)
        .order_by(Asset.tag)
    )
    rows = list(lookups.rows(query))
    methods = last_methods([row[0] for row in rows])
    factors, share = emission_factors(), _reuse_share()
    lines = []
    for asset_id, tag, category, make, model, serial, imei, asset_kg, item_kg, outcome in rows:
        weight = Decimal(item_kg or asset_kg or DEFAULT_WEIGHTS_KG.get(category, Decimal(1)))
        identity = " / ".join(v for v in (serial, imei) if v)
        embodied = Decimal(str(factors.get(category, {}).get("embodied_kgco2e", 0)))
        avoided = avoided_kg(BatchOutcome(outcome), embodied, share) if outcome else Decimal(0)
        method = methods.get(asset_id, "")
        lines.append(DeviceLine(tag, category, make, model, identity, weight, method, outcome or "", avoided))
    return tuple(lines)


def disposal_data(
    batch: DisposalBatch, number: str, lang: str, ctx: ServiceContext, supersedes: str
) -> DisposalCertificateData:
    return DisposalCertificateData(
        number=number,
        kind=batch.kind,
        lang=lang,
        issued_on=ctx.now().date(),
        issued_by=issuer_name(ctx),
        holder=holder_party(load_settings()),
        partner=partner_party(fk(batch, "partner")),
        eco_organisme=partner_party(eco) if (eco := fk(batch, "eco_organisme")) else None,
        batch_number=batch.number,
        pickup_date=batch.pickup_date,
        carrier=batch.carrier,
        tracking_ref=batch.tracking_ref,
        waste_code=batch.waste_code,
        devices=device_lines(batch),
        reuse_share_percent=int(_reuse_share() * 100),
        supersedes=supersedes,
    )


_SAN_FIELDS = [
    San.media_type, San.source, San.classification, San.data_backed_up, San.backup_location, San.method,
    San.technique, San.tool, San.tool_version, San.verification, San.result, San.post_classification, San.notes,
    San.destination, San.vendor_report_id, San.performed_at, San.operator_name, San.operator_title,
    San.operator_organisation, San.operator_location, San.operator_phone,
]  # fmt: skip


def _destination(stored: str | None, status: str) -> str:
    if stored:
        return stored
    return {"to_refurbish": "external_reuse", "refurbished": "external_reuse"}.get(status, "recycling_facility")


def sanitization_lines(asset_ids: Sequence[int]) -> tuple[SanitizationLine, ...]:
    """Each device's latest sanitization record (passed or not: the certificate states the result)."""
    latest: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(asset_ids), 900):
        chunk = list(asset_ids[start : start + 900])
        query = (
            San.select(Asset.id, Asset.tag, Asset.manufacturer, Asset.model, Asset.serial, Asset.status, *_SAN_FIELDS)
            .join(Asset, on=(San.asset == Asset.id))
            .where(San.asset.in_(chunk))
            .order_by(San.performed_at, San.id)
        )
        latest.update({row[0]: row for row in lookups.rows(query)})
    missing = [i for i in asset_ids if i not in latest]
    if missing:
        tags = ", ".join(t for (t,) in lookups.rows(Asset.select(Asset.tag).where(Asset.id.in_(missing[:20]))))
        raise ValidationFailed(
            f"No sanitization is recorded for {tags}: record it before issuing the certificate.",
            code="sanitization_missing",
            field="sanitization",
        )
    lines = []
    for asset_id in sorted(asset_ids, key=lambda i: latest[i][1]):
        _, tag, make, model, serial, status, *fields = latest[asset_id]
        record = dict(zip([f.name for f in _SAN_FIELDS], fields, strict=True))
        record["destination"] = _destination(record["destination"], status)
        lines.append(SanitizationLine(tag=tag, manufacturer=make, model=model, serial=serial or "", **record))
    return tuple(lines)


def sanitization_data(
    asset_ids: Sequence[int], number: str, lang: str, ctx: ServiceContext, batch: DisposalBatch | None, supersedes: str
) -> SanitizationCertificateData:
    return SanitizationCertificateData(
        number=number,
        lang=lang,
        issued_on=ctx.now().date(),
        issued_by=issuer_name(ctx),
        holder=holder_party(load_settings()),
        records=sanitization_lines(asset_ids),
        batch_number=batch.number if batch else "",
        supersedes=supersedes,
    )


def certificate_rows(search: str, limit: int, offset: int, row_type: Any) -> list[Any]:
    Old = Certificate.alias()
    query = (
        Certificate.select(
            Certificate.number, Certificate.kind, DisposalBatch.number, Asset.tag, Certificate.language,
            Certificate.issued_at, Certificate.issued_by, Certificate.sha256, Certificate.signed,
            Certificate.revoked_at, Certificate.revoked_reason, Old.number,
        )
        .join(DisposalBatch, JOIN.LEFT_OUTER, on=(Certificate.batch == DisposalBatch.id))
        .switch(Certificate)
        .join(Asset, JOIN.LEFT_OUTER, on=(Certificate.asset == Asset.id))
        .switch(Certificate)
        .join(Old, JOIN.LEFT_OUTER, on=(Certificate.supersedes == Old.id))
        .order_by(Certificate.issued_at.desc(), Certificate.id.desc())
        .limit(limit)
        .offset(offset)
    )  # fmt: skip
    term = search.strip().upper()
    if term:
        query = query.where(
            Certificate.number.contains(term) | DisposalBatch.number.contains(term) | Asset.tag.contains(term)
        )
    return [row_type(*row[:8], bool(row[8]), *row[9:]) for row in lookups.rows(query)]

"""Encryption compliance use cases: record an encryption check on a device, and the compliance report
(per-category counts, exposed devices in people's hands) with its CSV export.

A check records the state, the method, when it was checked and where the recovery key is escrowed;
a recovery key itself is refused (`fields.escrow_place`). Its event action is `encryption_check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from klara_assets.documents.csv_table import csv_bytes
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import FINAL_STATUSES, AssetStatus, EncryptionState
from klara_assets.domain.errors import Conflict, InvalidTransition
from klara_assets.domain.fields import choice, escrow_place, past_datetime, text
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import compliance, lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings


def record_encryption_check(
    ctx: ServiceContext,
    tag: str,
    state: str,
    method: str = "",
    checked_at: Any = None,
    escrow: str = "",
    expected_version: int | None = None,
) -> Changes:
    """Record what a check found. `checked_at` defaults to now and cannot be in the future."""
    ctx.require(Permission.ENCRYPTION_RECORD)
    now = ctx.now()
    values = {
        "encryption_state": choice(EncryptionState, state, "encryption_state"),
        "encryption_method": text(method, "encryption_method", 100),
        "encryption_checked_at": past_datetime(checked_at, "encryption_checked_at", now.date()) or now,
        "recovery_key_escrow": escrow_place(escrow, "recovery_key_escrow"),
    }
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        if AssetStatus(asset.status) in FINAL_STATUSES:
            raise InvalidTransition(
                f"{asset.tag} is {asset.status}: the record is read-only except its notes.", code="asset_read_only"
            )
        version = asset.version if expected_version is None else expected_version
        before = {key: getattr(asset, key) for key in values}
        updated = (
            Asset.update(**values, updated_at=now, version=Asset.version + 1)
            .where((Asset.id == asset.id) & (Asset.version == version))
            .execute()
        )
        if updated != 1:
            raise Conflict(
                f"{asset.tag} was changed by someone else since you opened it; reload it and try again.",
                code="stale_version",
            )
        ctx.log([NewEvent("asset", asset.id, "encryption_check", before, values)])
    return Changes.of(ChangeKind.ASSET, asset.id)


@dataclass(frozen=True)
class ComplianceReport:
    policy: tuple[str, ...]
    max_days: int
    categories: list[compliance.CategoryCompliance]
    exposed: list[compliance.ExposedDevice]


def compliance_report(ctx: ServiceContext, exposed_limit: int | None = None) -> ComplianceReport:
    settings = load_settings()
    policy = tuple(settings.encrypted_categories)
    days = settings.encryption_check_max_days
    now = ctx.now()
    return ComplianceReport(
        policy,
        days,
        compliance.by_category(policy, days, now),
        compliance.exposed_in_hands(policy, days, now, exposed_limit),
    )


def compliance_csv(report: ComplianceReport) -> bytes:
    """Two blocks in one sheet: the counts per category, then the exposed devices in people's hands."""
    rows: list[list[Any]] = []
    for c in report.categories:
        rows.append(["count", c.category, c.required, c.encrypted, c.stale, c.partial, c.none, c.unknown, c.total])
    rows.append([])
    rows.append(["device", "tag", "category", "model", "serial", "holder", "email", "state", "checked", "bucket"])
    for d in report.exposed:
        model = f"{d.manufacturer} {d.model}".strip()
        cells = [d.tag, d.category, model, d.serial, d.holder_name, d.holder_email, d.encryption_state]
        rows.append(["device", *cells, d.checked_at, d.bucket])
    header = ["row", "category", "policy", "encrypted", "stale", "partial", "none", "unknown", "total"]
    return csv_bytes(header, rows)

"""Sanitization records (SPEC §6): the NIST SP 800-88 Rev.1 Appendix G fields of one medium's erasure.

A record does not change the device's status; a passed one lets the device be routed (Clear or Purge to
refurbishment, any method to recycling). Records are never edited: a second attempt is a new record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.disposal import split_tool
from klara_assets.domain.enums import (
    AssetStatus,
    Destination,
    PersonalData,
    SanitizationMethod,
    SanitizationResult,
    StorageKind,
    Verification,
)
from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.domain.fields import choice, past_datetime, text
from klara_assets.domain.lifecycle import RECORDS, Record
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Assignment, Person, Sanitization
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

# Devices that may be sanitized: in our hands and not yet gone.
SANITIZABLE = RECORDS[Record.SANITIZATION]
_TEXT_FIELDS = {
    "operator_title": 200,
    "operator_organisation": 200,
    "operator_location": 200,
    "operator_phone": 50,
    "media_type": 50,
    "source": 200,
    "classification": 100,
    "backup_location": 200,
    "post_classification": 100,
    "vendor_report_id": 100,
    "notes": 10_000,
}


@dataclass(frozen=True)
class SanitizationRow:
    id: int
    performed_at: datetime
    method: str
    technique: str
    tool: str
    tool_version: str
    verification: str
    result: str
    operator_name: str
    destination: str | None
    vendor_report_id: str


def _required(value: Any, field: str, max_length: int) -> str:
    clean = text(value, field, max_length)
    if not clean:
        raise ValidationFailed(f"The {field.replace('_', ' ')} is required.", code=f"{field}_required", field=field)
    return clean


def _validate(values: dict[str, Any], today: Any) -> dict[str, Any]:
    unknown = set(values) - set(_TEXT_FIELDS) - {"tool_version", "data_backed_up", "destination", "performed_at"}
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationFailed(f"Unknown sanitization field {name!r}.", code="unknown_field", field=name)
    clean: dict[str, Any] = {name: text(values.get(name), name, size) for name, size in _TEXT_FIELDS.items()}
    clean["data_backed_up"] = choice(PersonalData, values.get("data_backed_up") or "unknown", "data_backed_up")
    destination = values.get("destination")
    clean["destination"] = choice(Destination, destination, "destination") if destination else None
    clean["performed_at"] = past_datetime(values.get("performed_at"), "performed_at", today)
    return clean


def _media_type(asset: Asset) -> str:
    """The medium as the device record knows it; nothing when its storage was never recorded (the operator types it)."""
    if asset.storage_kind in (StorageKind.UNKNOWN.value, StorageKind.NONE.value):
        return ""
    kind = StorageKind(asset.storage_kind).value.upper() if asset.storage_kind != "emmc" else "eMMC"
    kind = "Flash" if kind == "FLASH" else kind
    return f"{kind} {asset.storage_gb} GB" if asset.storage_gb else kind


def last_holder_name(asset_id: int) -> str:
    """The person who held the device last (the NIST "source" of the medium), or ''."""
    query = (
        Assignment.select(Person.name)
        .join(Person, on=(Assignment.person == Person.id))
        .where(Assignment.asset == asset_id)
        .order_by(Assignment.out_at.desc(), Assignment.id.desc())
        .limit(1)
    )
    found = list(lookups.rows(query))
    return str(found[0][0]) if found else ""


def _check_asset(asset: Asset) -> None:
    status = AssetStatus(asset.status)
    if status not in SANITIZABLE:
        hint = ": check it in first" if status == AssetStatus.ASSIGNED else ""
        raise InvalidTransition(
            f"Cannot record a sanitization for {asset.tag}: the device is {status.value}{hint}.",
            code="status_forbids",
            field="status",
            tag=asset.tag,
            status=status.value,
        )
    if asset.storage_kind == StorageKind.NONE.value:
        raise ValidationFailed(
            f"{asset.tag} has no storage (storage: none): there is no medium to sanitize; "
            "correct its storage first if it has one.",
            code="no_storage",
            field="storage_kind",
        )


def record_sanitization(
    ctx: ServiceContext,
    tag: str,
    *,
    method: str,
    technique: str,
    tool: str,
    verification: str,
    operator_name: str,
    result: str = "pass",
    **details: Any,
) -> Changes:
    """Record one sanitization. `tool` may carry its version ("Blancco 7.12"); `details` takes the other
    Appendix G fields (operator_title, media_type, source, classification, data_backed_up, destination...).
    Missing media type, source and organisation come from the device, its last holder and the settings."""
    ctx.require(Permission.SANITIZATION_RECORD)
    clean_method = choice(SanitizationMethod, method, "method")
    clean_verification = choice(Verification, verification, "verification")
    clean_result = choice(SanitizationResult, result, "result")
    clean_technique = _required(technique, "technique", 100)
    clean_operator = _required(operator_name, "operator_name", 200)
    tool_name, tool_version = split_tool(text(tool, "tool", 300))
    version = text(details.pop("tool_version", None), "tool_version", 100) or tool_version
    with ctx.transaction():
        now = ctx.now()
        clean = _validate(details, now.date())
        asset = lookups.asset_by_tag(tag)
        _check_asset(asset)
        row = {
            **clean,
            "asset": asset.id,
            "performed_at": clean["performed_at"] or now,
            "operator_name": clean_operator,
            "operator_organisation": clean["operator_organisation"] or load_settings().legal_name,
            "media_type": clean["media_type"] or _media_type(asset),
            "source": clean["source"] or last_holder_name(asset.id),
            "method": clean_method,
            "technique": clean_technique,
            "tool": tool_name[:200],
            "tool_version": version,
            "verification": clean_verification,
            "result": clean_result,
        }
        record = Sanitization.create(**row)
        ctx.log([NewEvent("sanitization", record.id, "record", None, {**row, "tag": asset.tag})])
    return Changes(
        {ChangeKind.SANITIZATION: frozenset({record.id}), ChangeKind.ASSET: frozenset({asset.id})}, result=record.id
    )


def sanitizations_of(tag: str) -> list[SanitizationRow]:
    """The device's sanitization records, newest first."""
    asset = lookups.asset_by_tag(tag)
    query = (
        Sanitization.select(
            Sanitization.id,
            Sanitization.performed_at,
            Sanitization.method,
            Sanitization.technique,
            Sanitization.tool,
            Sanitization.tool_version,
            Sanitization.verification,
            Sanitization.result,
            Sanitization.operator_name,
            Sanitization.destination,
            Sanitization.vendor_report_id,
        )
        .where(Sanitization.asset == asset.id)
        .order_by(Sanitization.performed_at.desc(), Sanitization.id.desc())
    )
    return [SanitizationRow(*row) for row in lookups.rows(query)]

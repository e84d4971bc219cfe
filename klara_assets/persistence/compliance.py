"""Encryption compliance (SPEC §5): per category, how many devices are encrypted, stale, partial, none or
unknown, and which devices in someone's hands are not (or no longer known to be) encrypted.

The buckets do not overlap: `stale` is a device recorded as encrypted whose last check is older than the
policy allows (or was never dated), so it no longer counts as `encrypted`. Counted: the active fleet (in
stock, assigned, in repair) of the policy's categories, and any other device recorded with storage.
Counting happens in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from peewee import Case, fn

from klara_assets.domain.encryption import fresh_since
from klara_assets.domain.enums import AssetStatus, EncryptionState, StorageKind
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Person

ACTIVE = (AssetStatus.IN_STOCK.value, AssetStatus.ASSIGNED.value, AssetStatus.IN_REPAIR.value)
BUCKETS = ("encrypted", "stale", "partial", "none", "unknown")


@dataclass(frozen=True)
class CategoryCompliance:
    category: str
    required: bool  # the policy requires encryption for this category
    encrypted: int
    stale: int
    partial: int
    none: int
    unknown: int

    @property
    def total(self) -> int:
        return self.encrypted + self.stale + self.partial + self.none + self.unknown

    @property
    def compliant_share(self) -> float:
        return self.encrypted / self.total if self.total else 1.0


@dataclass(frozen=True)
class ExposedDevice:
    """A device in someone's hands that is not encrypted, or whose encryption check is stale."""

    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    holder_name: str
    holder_email: str
    encryption_state: str
    checked_at: datetime | None
    bucket: str
    required: bool


def _bucket(oldest_fresh: datetime) -> Any:
    """SQL CASE giving each asset its bucket name."""
    encrypted = Asset.encryption_state == EncryptionState.ENCRYPTED.value
    fresh = Asset.encryption_checked_at >= oldest_fresh
    return Case(
        None,
        [
            (encrypted & fresh, "encrypted"),
            (encrypted, "stale"),
        ],
        Asset.encryption_state,
    )


def _concerned(policy: tuple[str, ...]) -> Any:
    """Devices the policy names, and any other device that stores data."""
    return (Asset.storage_kind != StorageKind.NONE.value) | Asset.category.in_(list(policy) or [""])


def by_category(policy: tuple[str, ...], max_days: int, now: datetime) -> list[CategoryCompliance]:
    bucket = _bucket(fresh_since(now, max_days))  # the buckets of domain.encryption.encryption_standing
    query = (
        Asset.select(Asset.category, bucket, fn.COUNT(Asset.id))
        .where(Asset.status.in_(ACTIVE) & _concerned(policy))
        .group_by(Asset.category, bucket)
    )
    counts: dict[str, dict[str, int]] = {}
    for category, name, count in lookups.rows(query):
        counts.setdefault(category, dict.fromkeys(BUCKETS, 0))[name] = count
    return [
        CategoryCompliance(category, category in policy, **counts[category])
        for category in sorted(counts, key=lambda c: (c not in policy, c))
    ]


def exposed_in_hands(
    policy: tuple[str, ...], max_days: int, now: datetime, limit: int | None = None
) -> list[ExposedDevice]:
    """Held devices with storage that are not encrypted or not checked recently: policy categories first."""
    bucket = _bucket(now - timedelta(days=max_days))
    in_policy = Case(None, [(Asset.category.in_(list(policy) or [""]), 0)], 1)
    query = (
        Asset.select(
            Asset.tag,
            Asset.category,
            Asset.manufacturer,
            Asset.model,
            Asset.serial,
            Person.name,
            Person.email,
            Asset.encryption_state,
            Asset.encryption_checked_at,
            bucket,
        )
        .join(Person, on=Asset.holder == Person.id)
        .where(_concerned(policy) & (bucket != "encrypted"))
        .order_by(in_policy, Asset.category, Asset.tag)
    )
    if limit:
        query = query.limit(limit)
    return [ExposedDevice(*(*row, row[1] in policy)) for row in lookups.rows(query)]

"""The one place where an asset's status changes: guard facts in, `transition()`, versioned UPDATE, event.

Use cases (check-out, incidents, retirement, routing, batches) gather what they know into `Facts` with
`facts_for()`, then call `change_status()` inside their transaction.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from klara_assets.domain.enums import AssetStatus, Category, EncryptionState, SanitizationMethod, StorageKind
from klara_assets.domain.errors import Conflict
from klara_assets.domain.lifecycle import Action, Facts, transition
from klara_assets.domain.settings import Settings
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Asset, Sanitization
from klara_assets.services.context import ServiceContext


def facts_for(asset: Asset, settings: Settings, **more: Any) -> Facts:
    """What the guards need to know about `asset`; `more` adds the use case's own facts."""
    passed = Sanitization.select(Sanitization.method).where(
        (Sanitization.asset == asset.id) & (Sanitization.result == "pass")
    )
    base = Facts(
        category=Category(asset.category),
        has_storage=asset.storage_kind != StorageKind.NONE.value,
        encryption=EncryptionState(asset.encryption_state),
        encrypted_categories=frozenset(Category(c) for c in settings.encrypted_categories),
        passed_sanitizations=frozenset(SanitizationMethod(m) for (m,) in rows(passed)),
    )
    return replace(base, **more)


def change_status(
    ctx: ServiceContext,
    asset: Asset,
    action: Action,
    facts: Facts,
    *,
    values: dict[str, Any] | None = None,
    note: dict[str, Any] | None = None,
) -> AssetStatus:
    """Apply `action` to `asset` (as read in this transaction): new status plus `values`, one event.

    The UPDATE is conditional on the version read, so two seats acting on the same device at once
    cannot both succeed: the second gets a `Conflict`.
    """
    target = transition(AssetStatus(asset.status), action, facts)
    changed = {"status": target.value, **(values or {})}
    before = {key: getattr(asset, key if key not in ("holder", "location") else f"{key}_id") for key in changed}
    updated = (
        Asset.update(**changed, updated_at=ctx.now(), version=Asset.version + 1)
        .where((Asset.id == asset.id) & (Asset.version == asset.version))
        .execute()
    )
    if updated != 1:
        raise Conflict(
            f"{asset.tag} was changed by someone else meanwhile; reload it and try again.", code="stale_version"
        )
    ctx.log([NewEvent("asset", asset.id, action.value, before, {**changed, **(note or {})})])
    return target

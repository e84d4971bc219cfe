"""What the check-out dialog shows before anything is saved: each named device with its status and
whether the encryption policy asks for a manager override, and the people a device can be handed to.

Reads only (no transaction, nothing changes); `check_out` stays the authority and refuses on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from klara_assets.domain.encryption import encryption_standing
from klara_assets.domain.settings import Settings
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Person
from klara_assets.services.custody import needs_override
from klara_assets.services.settings import load_settings


@dataclass(frozen=True)
class CheckOutCandidate:
    tag: str
    category: str
    model: str
    serial: str
    status: str
    encryption_state: str
    checked_at: datetime | None
    needs_override: bool
    standing: str = ""  # domain.encryption: encrypted, stale (to re-check), partial, none, unknown


def check_out_preview(tags: Sequence[str], now: datetime) -> list[CheckOutCandidate]:
    """The devices about to be checked out, in the given order; unknown tags are left out.

    `now` (naive UTC, the service clock) dates the encryption checks: the same rule as `check_out`."""
    settings = load_settings()
    wanted = [t.strip().upper() for t in tags if t and t.strip()]
    found = {a.tag: a for a in Asset.select().where(Asset.tag.in_(wanted or [""]))}
    return [_candidate(found[tag], settings, now) for tag in wanted if tag in found]


def _candidate(asset: Asset, settings: Settings, now: datetime) -> CheckOutCandidate:
    override = needs_override(asset, settings, now)
    standing = encryption_standing(
        asset.encryption_state, asset.encryption_checked_at, now, settings.encryption_check_max_days
    )
    return CheckOutCandidate(
        asset.tag,
        asset.category,
        f"{asset.manufacturer} {asset.model}".strip(),
        asset.serial or "",
        asset.status,
        asset.encryption_state,
        asset.encryption_checked_at,
        override,
        standing,
    )


def active_people() -> list[tuple[str, str]]:
    """(name, e-mail) of everyone who can receive a device, by name: the person picker's choices."""
    query = Person.select(Person.name, Person.email).where(Person.active == True).order_by(Person.name)  # noqa: E712
    return [(name, email) for name, email in lookups.rows(query)]

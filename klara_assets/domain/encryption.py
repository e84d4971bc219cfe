"""One definition of "encrypted" for every screen and guard (issue 12 §6).

A device counts as encrypted only when it is recorded `encrypted` AND its last check is dated within the
policy's `encryption_check_max_days`. Recorded `encrypted` with no check date, or an older one, is
`stale`: "to re-check", never "not encrypted" (it probably is encrypted) and never "compliant" either.
The check-out guard, the compliance page and the dashboard all use `encryption_standing` (the SQL of
`persistence.compliance` computes the same buckets with `fresh_since`; a test holds them together).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from klara_assets.domain.enums import EncryptionState

STALE = "stale"


def fresh_since(now: datetime, max_days: int) -> datetime:
    """The oldest check date that still counts at `now`."""
    return now - timedelta(days=max_days)


def encryption_standing(state: str, checked_at: datetime | None, now: datetime, max_days: int) -> str:
    """`encrypted`, `stale` (to re-check), `partial`, `none` or `unknown`."""
    if state != EncryptionState.ENCRYPTED.value:
        return state
    if checked_at is None or checked_at < fresh_since(now, max_days):
        return STALE
    return EncryptionState.ENCRYPTED.value

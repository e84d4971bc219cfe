"""The activity log as a use case: verify the hash chain."""

from __future__ import annotations

from klara_assets.persistence import eventlog
from klara_assets.services.context import ServiceContext


def verify_log(ctx: ServiceContext) -> eventlog.ChainReport:
    """The hash chain, checked against the newest anchor (backup, certificate): see `eventlog.verify_all`."""
    return eventlog.verify_all(ctx.db)

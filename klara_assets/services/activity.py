"""The activity log as a use case: verify the hash chain."""

from __future__ import annotations

from klara_assets.persistence import eventlog
from klara_assets.services.context import ServiceContext


def verify_log(ctx: ServiceContext) -> eventlog.ChainReport:
    return eventlog.verify(ctx.db)

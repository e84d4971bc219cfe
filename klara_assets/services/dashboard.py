"""The dashboard as one read use case: the persistence figures plus the end-of-life candidate count."""

from __future__ import annotations

from dataclasses import replace

from klara_assets.persistence.dashboard import Dashboard, dashboard
from klara_assets.services.context import ServiceContext
from klara_assets.services.end_of_life import count_eol_candidates
from klara_assets.services.settings import load_settings


def load_dashboard(ctx: ServiceContext) -> Dashboard:
    """Every dashboard figure from one consistent snapshot (a read transaction); writes nothing."""
    now = ctx.now()
    with ctx.transaction():
        figures = dashboard(now, load_settings())
        return replace(figures, eol_candidates=count_eol_candidates(now.date()))

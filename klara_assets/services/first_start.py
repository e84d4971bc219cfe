"""First start on an empty database: name the organisation, then either load the demo fleet or start empty.

The welcome dialog calls one of these on the worker thread. Both return a `Changes` that touches every kind
of record they fill, so the pages already on screen refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence import queries
from klara_assets.services import demo
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings

FILLED_BY_DEMO = ("asset", "person", "location", "assignment", "incident", "setting")


def start_empty(ctx: ServiceContext, organisation_name: str) -> Changes:
    """Record the organisation's name; nothing else is created."""
    name = organisation_name.strip()
    if not name:
        raise ValidationFailed(
            "The organisation's name is required.", code="organisation_required", field="organisation_name"
        )
    return update_settings(ctx, organisation_name=name)


def start_with_demo(
    ctx: ServiceContext,
    organisation_name: str,
    progress: Callable[[int, int], None] | None = None,
    assets: int = demo.DEFAULT_ASSETS,
) -> Changes:
    """Fill the empty database with the demo fleet; the organisation keeps the name typed (if any)."""
    if not queries.is_empty():
        raise ValidationFailed(
            "The database is not empty: the demo data only goes into an empty database.",
            code="database_not_empty",
        )
    with ctx.transaction():  # the demo and the name together, or neither
        summary = demo.generate(ctx, assets=assets, progress=progress)
        if organisation_name.strip():
            update_settings(ctx, organisation_name=organisation_name.strip())
    return Changes({kind: frozenset() for kind in FILLED_BY_DEMO}, result=summary)

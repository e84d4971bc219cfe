"""First start on an empty database: name the organisation, then load the demo fleet, import a file of
devices, or start empty.

The welcome dialog calls one of these on the worker thread. Each returns a `Changes` that touches every
kind of record it fills, so the pages already on screen refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import queries
from klara_assets.services import demo, importer
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings

FILLED_BY_DEMO = ("asset", "person", "location", "assignment", "incident", "setting")


def start_empty(ctx: ServiceContext, organisation_name: str) -> Changes:
    """Record the organisation's name; nothing else is created."""
    ctx.require(Permission.SETTINGS_MANAGE)
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
    ctx.require(Permission.SETTINGS_MANAGE)
    _refuse_non_empty()
    with ctx.transaction():  # the demo and the name together, or neither
        summary = demo.generate(ctx, assets=assets, progress=progress)
        if organisation_name.strip():
            update_settings(ctx, organisation_name=organisation_name.strip())
    return Changes({kind: frozenset() for kind in FILLED_BY_DEMO}, result=summary)


def start_with_import(
    ctx: ServiceContext,
    organisation_name: str,
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> Changes:
    """Import a CSV or XLSX file of assets (all rows or none) into the empty database, with the name."""
    ctx.require(Permission.SETTINGS_MANAGE)
    _refuse_non_empty()
    with ctx.transaction():  # the file and the name together, or neither
        report = importer.import_file(ctx, path, progress=_stages(progress))
        changes = report.changes
        if organisation_name.strip():
            changes = changes.merge(update_settings(ctx, organisation_name=organisation_name.strip()))
    return Changes(changes.touched, result=report)


def _stages(progress: Callable[[int, int], None] | None) -> importer.ImportProgress | None:
    """The importer reports (stage, done, total); the welcome dialog shows one bar per stage."""
    if progress is None:
        return None
    return lambda _stage, done, total: progress(done, total)


def _refuse_non_empty() -> None:
    if not queries.is_empty():
        raise ValidationFailed(
            "This database is no longer empty: someone filled it since the welcome dialog opened.",
            code="already_started",
        )

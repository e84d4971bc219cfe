"""First start on an empty database: the organisation's identity (name, legal name, SIRET, address,
security officer, DPO: all but a name may wait), then the demo fleet, a file of devices, or an empty start.

`organisation` is a display name or a mapping of identity fields (`settings.IDENTITY_FIELDS`). An identity
given with the demo replaces the demo's whole identity, so documents never mix two organisations; without
one, the demo keeps its own, clearly a demo ("Démo — Exemple SAS").

The welcome dialog calls one of these on the worker thread. Each returns a `Changes` that touches every
kind of record it fills, so the pages already on screen refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.domain.settings import IDENTITY_FIELDS
from klara_assets.persistence import queries
from klara_assets.services import demo, importer
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings

FILLED_BY_DEMO = (
    ChangeKind.ASSET,
    ChangeKind.PERSON,
    ChangeKind.LOCATION,
    ChangeKind.ASSIGNMENT,
    ChangeKind.INCIDENT,
    ChangeKind.SETTING,
)

Organisation = str | Mapping[str, str]


def identity_of(organisation: Organisation) -> dict[str, str]:
    """The identity fields given (stripped), from a display name or a mapping; other keys are refused."""
    values = {"organisation_name": organisation} if isinstance(organisation, str) else dict(organisation)
    unknown = sorted(set(values) - set(IDENTITY_FIELDS))
    if unknown:
        raise ValidationFailed(f"Unknown identity field {unknown[0]!r}.", code="unknown_setting", field=unknown[0])
    return {name: str(values[name]).strip() for name in IDENTITY_FIELDS if name in values}


def start_empty(ctx: ServiceContext, organisation: Organisation) -> Changes:
    """Record the organisation's identity (a name at least); nothing else is created."""
    ctx.require(Permission.SETTINGS_MANAGE)
    identity = identity_of(organisation)
    if not (identity.get("organisation_name") or identity.get("legal_name")):
        raise ValidationFailed(
            "The organisation's name is required.", code="organisation_required", field="organisation_name"
        )
    return update_settings(ctx, **identity)


def _own_identity(ctx: ServiceContext, identity: dict[str, str]) -> Changes:
    """The identity typed replaces every identity field (and the demo's "if found" line, which names its phone)."""
    whole = {name: identity.get(name, "") for name in IDENTITY_FIELDS}
    return update_settings(ctx, **whole, if_found_text="")


def start_with_demo(
    ctx: ServiceContext,
    organisation: Organisation,
    progress: Callable[[int, int], None] | None = None,
    assets: int = demo.DEFAULT_ASSETS,
) -> Changes:
    """Fill the empty database with the demo fleet, under the identity typed if any, else the demo's."""
    ctx.require(Permission.SETTINGS_MANAGE)
    identity = identity_of(organisation)
    _refuse_non_empty()
    with ctx.transaction():  # the demo and the identity together, or neither
        summary = demo.generate(ctx, assets=assets, progress=progress)
        if any(identity.values()):
            _own_identity(ctx, identity)
    return Changes({kind: frozenset() for kind in FILLED_BY_DEMO}, result=summary)


def start_with_import(
    ctx: ServiceContext,
    organisation: Organisation,
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> Changes:
    """Import a CSV or XLSX file of assets (all rows or none) into the empty database, with the identity."""
    ctx.require(Permission.SETTINGS_MANAGE)
    identity = identity_of(organisation)
    _refuse_non_empty()
    with ctx.transaction():  # the file and the identity together, or neither
        report = importer.import_file(ctx, path, progress=_stages(progress))
        changes = report.changes
        if any(identity.values()):
            changes = changes.merge(update_settings(ctx, **{k: v for k, v in identity.items() if v}))
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

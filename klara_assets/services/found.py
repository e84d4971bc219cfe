"""A lost or stolen device turns up: "Found" wherever it is scanned (issue 14 §4).

`mark_found(ctx, tag, inspection_note, audit=None)` closes the device's open loss incident as recovered
(the inspection note is required: the lifecycle's RECOVER guard), which brings it back to stock; during an
audit the device is also recorded at the audited location and its audit line counts as found. One
transaction: either all of it happens, or nothing.
"""

from __future__ import annotations

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import AssetStatus, IncidentKind, IncidentStatus
from klara_assets.domain.errors import InvalidTransition
from klara_assets.domain.lifecycle import is_missing
from klara_assets.domain.permissions import Permission
from klara_assets.domain.places import Place
from klara_assets.persistence import lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, AuditScan, AuditSession, Incident
from klara_assets.services import audits, incidents, inventory
from klara_assets.services.context import ServiceContext

LOSS_KINDS = (IncidentKind.LOST.value, IncidentKind.STOLEN.value)


def open_loss_incident(asset: Asset) -> Incident | None:
    """The open lost/stolen incident of `asset`, if any (the newest)."""
    return (
        Incident.select()
        .where(
            (Incident.asset == asset.id)
            & (Incident.status == IncidentStatus.OPEN.value)
            & Incident.kind.in_(LOSS_KINDS)
        )
        .order_by(Incident.discovered_at.desc(), Incident.id.desc())
        .first()
    )


def mark_found(ctx: ServiceContext, tag: str, inspection_note: str, audit: int | None = None) -> Changes:
    """Close the open loss incident of `tag` as recovered; `result` is the incident number."""
    ctx.require(Permission.INCIDENTS_MANAGE)
    if audit is not None:
        ctx.require(Permission.AUDITS_RUN)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        incident = open_loss_incident(asset)
        if incident is None or not is_missing(AssetStatus(asset.status)):
            raise InvalidTransition(
                f"{asset.tag} is not reported lost or stolen (it is {asset.status}): there is nothing to recover.",
                code="not_missing",
                field="tag",
            )
        session = audits.open_session(audit) if audit is not None else None  # refuses a closed audit first
        changes = incidents.close_incident(ctx, incident.number, "recovered", inspection_note)
        touched = {ChangeKind.ASSET: frozenset({asset.id}), ChangeKind.INCIDENT: frozenset({incident.id})}
        if session is not None:
            _count_as_found(ctx, session, asset.tag, incident.number)
            touched[ChangeKind.AUDIT] = frozenset({session.id})
    return Changes(touched, changes.result)


def _count_as_found(ctx: ServiceContext, session: AuditSession, tag: str, number: str) -> None:
    """The device is in the audited room: record it there, and its scan line is found."""
    place = session.location
    asset = lookups.asset_by_tag(tag)
    if asset.location_id != place.id:
        inventory.edit_asset(ctx, asset.tag, None, location=Place(place.site, place.room))
    scan = AuditScan.get_or_none((AuditScan.session == session.id) & (AuditScan.asset == asset.id))
    if scan is None:
        AuditScan.create(session=session.id, code=asset.tag, asset=asset.id, result="found", at=ctx.now())
    else:
        AuditScan.update(result="found").where(AuditScan.id == scan.id).execute()
    ctx.log([NewEvent("audit", session.id, "scan", None, {"code": asset.tag, "result": "found", "recovered": number})])

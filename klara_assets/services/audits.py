"""Physical audits of a location: open, scan what is there, move strays here, close and report.

Opening records the assets expected there (at that location, neither in a final status nor lost or stolen);
the ones checked out to someone are recorded apart (`held`: with their holder, never missing). Each scan is found
(expected), unexpected (a known asset recorded elsewhere) or unknown (no asset matches); scanning the same
thing twice records it once. "Move here" changes an unexpected asset's location. Closing freezes the
audit: expected assets not found are missing, and every asset seen gets its `last_audit_at`. One
transaction per use case; each change writes its event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Value

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import FINAL_STATUSES, AssetStatus
from klara_assets.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.lifecycle import audit_expects, is_held, is_missing
from klara_assets.domain.permissions import Permission
from klara_assets.domain.places import Place
from klara_assets.domain.scan_payload import ScanKind, shown
from klara_assets.persistence import audit_queries, lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, AuditExpected, AuditScan, AuditSession, Location
from klara_assets.persistence.queries import location_label
from klara_assets.persistence.scan_queries import resolve
from klara_assets.services import incidents, inventory
from klara_assets.services.context import ServiceContext

ASSET_KINDS = (ScanKind.TAG, ScanKind.SERIAL, ScanKind.IMEI)


@dataclass(frozen=True)
class ScanOutcome:
    """What one scan did: `result` found | unexpected | unknown; `repeated` when it was already recorded."""

    result: str
    code: str
    tag: str | None
    repeated: bool
    message: str
    missing: bool = False  # a lost or stolen device: offer "Found" (closes its incident as recovered)


def open_audit(ctx: ServiceContext, location: Place | None) -> Changes:
    """Start an audit of `location` (None: refused, a form with no location chosen); `result` is the number."""
    ctx.require(Permission.AUDITS_RUN)
    if location is None:
        raise ValidationFailed("Choose the location to audit.", code="invalid_location", field="location")
    with ctx.transaction():
        place = lookups.location_at(location)
        name = location_label(place.site, place.room)
        current = audit_queries.open_audit_of(place.id)
        if current is not None:
            raise Conflict(
                f"An audit of {name} is already open (no. {current.id}, opened by {current.opened_by}): "
                "continue it or close it first.",
                code="audit_already_open",
                field="location",
            )
        session = AuditSession.create(location=place.id, opened_at=ctx.now(), opened_by=ctx.actor)
        counted = [status.value for status in AssetStatus if audit_expects(status)]
        held = [status.value for status in AssetStatus if is_held(status)]
        expected = Asset.select(Value(session.id), Asset.id, Asset.status.in_(held)).where(
            (Asset.location == place.id) & Asset.status.in_(counted)
        )
        columns = [AuditExpected.session, AuditExpected.asset, AuditExpected.held]
        AuditExpected.insert_from(expected, columns).execute()
        lines = AuditExpected.select().where(AuditExpected.session == session.id)
        count, with_holder = lines.where(~AuditExpected.held).count(), lines.where(AuditExpected.held).count()
        summary = {"location": name, "expected": count, "held": with_holder}
        ctx.log([NewEvent("audit", session.id, "open", None, summary)])
    return Changes.of(ChangeKind.AUDIT, session.id, result=session.id)


def open_session(session_id: int) -> AuditSession:
    session = AuditSession.get_or_none(AuditSession.id == session_id)
    if session is None:
        raise NotFound(f"No audit has the number {session_id}.", code="audit_not_found", field="audit")
    if session.closed_at is not None:
        raise InvalidTransition(
            f"Audit no. {session_id} was closed on {session.closed_at:%Y-%m-%d %H:%M}: open a new audit to scan again.",
            code="audit_closed",
            field="audit",
        )
    return session


def record_scan(ctx: ServiceContext, session_id: int, payload: str | bytes) -> Changes:
    """Record one scan in an open audit; `result` is a `ScanOutcome`."""
    ctx.require(Permission.AUDITS_RUN)
    text = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload).strip()
    if not text:
        raise ValidationFailed("Nothing was scanned: the code is empty.", code="empty_scan", field="code")
    with ctx.transaction():
        session = open_session(session_id)
        found = resolve(payload)
        if found.kind in ASSET_KINDS:
            asset = lookups.asset_by_tag(found.tag or "")
            expected = AuditExpected.select().where(
                (AuditExpected.session == session.id) & (AuditExpected.asset == asset.id)
            )
            result = "found" if expected.exists() else "unexpected"
            outcome = _record(ctx, session, asset.tag, asset.id, result, _where(asset, session))
            if is_missing(AssetStatus(asset.status)):
                text = f"{outcome.message} Reported {asset.status}: mark it found if it is here."
                outcome = ScanOutcome(outcome.result, outcome.code, outcome.tag, outcome.repeated, text, missing=True)
        else:
            outcome = _record(ctx, session, shown(text, 200), None, "unknown", "")
    return Changes.of(ChangeKind.AUDIT, session_id, result=outcome)


def _where(asset: Asset, session: AuditSession) -> str:
    """Why an asset that is not expected here is unexpected: where it is recorded, or that it left the fleet."""
    if AssetStatus(asset.status) in FINAL_STATUSES:
        return f"recorded as {asset.status}: it should have left the fleet"
    place = Location.get_or_none(Location.id == asset.location_id) if asset.location_id else None
    return f"recorded at {location_label(place.site, place.room)}" if place else "recorded without a location"


def _record(
    ctx: ServiceContext, session: AuditSession, code: str, asset_id: int | None, result: str, where: str
) -> ScanOutcome:
    tag = code if asset_id is not None else None
    same = AuditScan.asset == asset_id if asset_id is not None else AuditScan.code == code
    previous = AuditScan.get_or_none((AuditScan.session == session.id) & same)
    if previous is not None:
        return ScanOutcome(previous.result, code, tag, True, _message(previous.result, code, where, repeated=True))
    AuditScan.create(session=session.id, code=code, asset=asset_id, result=result, at=ctx.now())
    ctx.log([NewEvent("audit", session.id, "scan", None, {"code": code, "result": result})])
    return ScanOutcome(result, code, tag, False, _message(result, code, where, repeated=False))


def _message(result: str, code: str, where: str, repeated: bool) -> str:
    text = {
        "found": f"{code}: found, expected here.",
        "unexpected": f"{code}: unexpected here ({where}).",
        "unknown": f"{code!r}: no asset matches this code.",
    }[result]
    return f"{text} (already scanned)" if repeated else text


def move_here(ctx: ServiceContext, session_id: int, tag: str) -> Changes:
    """Record an unexpected asset of an open audit at the audited location (an asset edit, logged)."""
    ctx.require(Permission.AUDITS_RUN)
    with ctx.transaction():
        session = open_session(session_id)
        asset = lookups.asset_by_tag(tag)
        scanned = AuditScan.get_or_none((AuditScan.session == session.id) & (AuditScan.asset == asset.id))
        if scanned is None or scanned.result != "unexpected":
            raise InvalidTransition(
                f"{asset.tag} was not scanned as unexpected in audit no. {session_id}: only a device found out of "
                "place can be moved here.",
                code="not_unexpected",
                field="tag",
            )
        if is_missing(AssetStatus(asset.status)):
            raise InvalidTransition(
                f"{asset.tag} is recorded as {asset.status}: mark it found (closing its incident) rather than "
                "just moving it here.",
                code="move_missing_device",
                field="tag",
            )
        place = session.location
        inventory.edit_asset(ctx, asset.tag, None, location=Place(place.site, place.room))
    return Changes({ChangeKind.ASSET: frozenset({asset.id}), ChangeKind.AUDIT: frozenset({session_id})})


def close_audit(ctx: ServiceContext, session_id: int) -> Changes:
    """Close an open audit; `result` is the final `AuditView` (its missing lines are the expected not found)."""
    ctx.require(Permission.AUDITS_RUN)
    with ctx.transaction():
        session = AuditSession.get_or_none(AuditSession.id == session_id)
        if session is not None and session.closed_at is not None:
            raise InvalidTransition(
                f"Audit no. {session_id} is already closed (on {session.closed_at:%Y-%m-%d %H:%M}).",
                code="audit_already_closed",
                field="audit",
            )
        session = open_session(session_id)
        now = ctx.now()
        AuditSession.update(closed_at=now).where(AuditSession.id == session.id).execute()
        seen = AuditScan.select(AuditScan.asset).where(
            (AuditScan.session == session.id) & AuditScan.asset.is_null(False)
        )
        seen_ids = frozenset(asset_id for (asset_id,) in lookups.rows(seen))
        Asset.update(last_audit_at=now).where(Asset.id.in_(seen)).execute()
        view = audit_queries.audit_view(session.id)
        summary = {**view.counts(), "missing_tags": [line.tag for line in view.of("missing")]}
        ctx.log([NewEvent("audit", session.id, "close", None, summary)])
    return Changes({ChangeKind.AUDIT: frozenset({session_id}), ChangeKind.ASSET: seen_ids}, result=view)


def report_losses(ctx: ServiceContext, session_id: int, tags: Sequence[str]) -> Changes:
    """One loss incident for each device of `tags` missing at the closed audit `session_id`, in one
    transaction: all are opened, or none when one is refused; `result` is the incident numbers. Nothing in
    English is stored: the description is left for the user's own words, the incident's place is the
    audited location, and the audit's log names the incidents it opened.
    """
    ctx.require(Permission.INCIDENTS_REPORT)
    with ctx.transaction():
        view = audit_queries.audit_view(session_id)
        if view.is_open:
            raise InvalidTransition(
                f"Audit no. {session_id} is still open: close it first, its missing devices are known then.",
                code="audit_still_open",
                field="audit",
            )
        missing = {line.tag for line in view.of("missing")}
        strays = sorted({tag for tag in tags if tag not in missing})
        if strays or not tags:
            raise ValidationFailed(
                f"Not missing at audit no. {session_id}: {', '.join(strays) or 'no device chosen'}.",
                code="not_missing_at_audit",
                field="tags",
                tags=", ".join(strays),
            )
        changes, numbers = Changes.of(ChangeKind.AUDIT, session_id), []
        for tag in dict.fromkeys(tags):
            opened = incidents.report_incident(ctx, tag, "lost", place=view.location)
            assert isinstance(opened.result, incidents.IncidentResult)
            numbers.append(opened.result.number)
            changes = changes.merge(opened)
        ctx.log(
            [
                NewEvent(
                    "audit",
                    session_id,
                    "report_losses",
                    None,
                    {"tags": list(dict.fromkeys(tags)), "incidents": numbers},
                )
            ]
        )
    return Changes(changes.touched, result=tuple(numbers))

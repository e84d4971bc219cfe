"""Incident use cases: report (lost, stolen, damaged, compromised), record timeline steps, close.

Reporting freezes what the GDPR triage needs: the encryption state at the time and the holder at the
time. Lost and stolen move the asset through the lifecycle (REPORT_LOST / REPORT_STOLEN) and end the
holder's assignment; damaged and compromised leave the status alone. Closing as recovered brings the
device back to stock (RECOVER, inspection note required), as written off ends it (WRITE_OFF).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import (
    FINAL_STATUSES,
    AssetStatus,
    IncidentKind,
    IncidentOutcome,
    IncidentStatus,
    IncidentStep,
    PersonalData,
)
from klara_assets.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.fields import choice, free_text, not_before_1980, text
from klara_assets.domain.identifiers import document_number
from klara_assets.domain.lifecycle import Action, is_missing
from klara_assets.domain.permissions import Permission
from klara_assets.domain.triage import Triage
from klara_assets.persistence import custody_queries, incident_queries, lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Assignment, Incident, IncidentStepRecord
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for

LOSS_ACTIONS = {IncidentKind.LOST: Action.REPORT_LOST, IncidentKind.STOLEN: Action.REPORT_STOLEN}


@dataclass(frozen=True)
class IncidentResult:
    number: str
    status: str
    triage: Triage


def instant(value: Any, field: str, now: datetime) -> datetime | None:
    """An ISO 8601 time (`2026-11-25T18:40`, with `Z` or an offset for UTC-aware input) as naive UTC.

    A time in the future is refused: an incident is reported after the fact.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        result = value
    else:
        try:
            result = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationFailed(
                f"Invalid time {value!r} for {field} (use ISO 8601, e.g. 2026-11-25T18:40Z).",
                code="invalid_time",
                field=field,
            ) from None
    if result.tzinfo is not None:
        result = result.astimezone(UTC).replace(tzinfo=None)
    not_before_1980(result, field)
    if result > now:
        raise ValidationFailed(
            f"{field.replace('_', ' ')} {result.isoformat(timespec='minutes')} is in the future.",
            code="time_in_future",
            field=field,
        )
    return result


def _times(discovered_at: Any, occurred_at: Any, now: datetime) -> tuple[datetime, datetime | None]:
    discovered = instant(discovered_at, "discovered_at", now) or now
    occurred = instant(occurred_at, "occurred_at", now)
    if occurred is not None and discovered < occurred:
        raise ValidationFailed(
            f"The incident cannot be discovered ({discovered.isoformat(timespec='minutes')}) before it occurred "
            f"({occurred.isoformat(timespec='minutes')}).",
            code="discovered_before_occurred",
            field="discovered_at",
        )
    return discovered, occurred


def report_incident(
    ctx: ServiceContext,
    tag: str,
    kind: str,
    discovered_at: Any = None,
    occurred_at: Any = None,
    personal_data: str = "unknown",
    description: str = "",
    place: str = "",
    police_ref: str = "",
) -> Changes:
    """Open incident `INC-YYYY-NNNN`; the result is an `IncidentResult` with the GDPR triage."""
    ctx.require(Permission.INCIDENTS_REPORT)
    now = ctx.now()
    clean_kind = IncidentKind(choice(IncidentKind, kind, "kind"))
    values: dict[str, Any] = {
        "kind": clean_kind.value,
        "personal_data": choice(PersonalData, personal_data, "personal_data"),
        "description": free_text(description, "description", 10_000),
        "place": text(place, "place"),
        "police_ref": text(police_ref, "police_ref", 100),
        "reporter": ctx.actor,
    }
    values["discovered_at"], values["occurred_at"] = _times(discovered_at, occurred_at, now)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        _refuse_final(asset, clean_kind)
        values.update(asset=asset.id, holder=asset.holder_id, encryption_at_time=asset.encryption_state)
        values["number"] = document_number("INC", now.year, sequences.take(f"incident:{now.year}"), 4)
        record = Incident.create(**values, status=IncidentStatus.OPEN.value)
        ctx.log([NewEvent("incident", record.id, "report", None, {**values, "tag": asset.tag})])
        if clean_kind in LOSS_ACTIONS:
            _mark_missing(ctx, asset, LOSS_ACTIONS[clean_kind], values["number"])
        row = incident_queries.incident(values["number"])
    result = IncidentResult(row.number, row.status, row.triage(now))
    return Changes({ChangeKind.INCIDENT: frozenset({record.id}), ChangeKind.ASSET: frozenset({asset.id})}, result)


def _refuse_final(asset: Asset, kind: IncidentKind) -> None:
    if AssetStatus(asset.status) in FINAL_STATUSES or is_missing(AssetStatus(asset.status)):
        raise InvalidTransition(
            f"Cannot report {asset.tag} {kind.value}: the device is already {asset.status}.",
            code="status_forbids",
            field="tag",
            tag=asset.tag,
            status=asset.status,
        )


def _mark_missing(ctx: ServiceContext, asset: Asset, action: Action, number: str) -> None:
    """Lost or stolen: new status, and the holder's assignment ends (nobody holds it any more)."""
    change_status(
        ctx, asset, action, facts_for(asset, load_settings()), values={"holder": None}, note={"incident": number}
    )
    assignment = custody_queries.open_assignment(asset.id)
    if assignment is not None:
        Assignment.update(in_at=ctx.now()).where(Assignment.id == assignment.id).execute()


def add_step(
    ctx: ServiceContext, number: str, step: str, at: Any = None, reference: str = "", note: str = ""
) -> Changes:
    """Record a timeline step (police report with its reference, CNIL notified...). Allowed after closing too."""
    ctx.require(Permission.INCIDENTS_MANAGE)
    now = ctx.now()
    clean_step = IncidentStep(choice(IncidentStep, step, "step"))
    when = instant(at, "at", now) or now
    values = {
        "step": clean_step.value,
        "at": when,
        "reference": text(reference, "reference"),
        "note": text(note, "note", 2000),
    }
    with ctx.transaction():
        incident = _incident(number)
        if when < incident.discovered_at.replace(second=0, microsecond=0):
            raise ValidationFailed(
                f"The step cannot happen before the incident was discovered ({incident.discovered_at:%Y-%m-%d %H:%M}).",
                code="step_before_discovery",
                field="at",
            )
        record = IncidentStepRecord.create(incident=incident.id, **values)
        if clean_step == IncidentStep.POLICE_REPORT and values["reference"]:
            Incident.update(police_ref=values["reference"], version=Incident.version + 1).where(
                Incident.id == incident.id
            ).execute()
        ctx.log([NewEvent("incident", incident.id, f"step:{clean_step.value}", None, values)])
    return Changes({ChangeKind.INCIDENT: frozenset({incident.id})}, record.id)


def _incident(number: str) -> Incident:
    incident = Incident.get_or_none(Incident.number == number.strip().upper())
    if incident is None:
        raise NotFound(f"No incident has the number {number.strip().upper()!r}.", code="incident_not_found")
    return incident


# outcome -> (incident kinds it fits, lifecycle action or None)
_OUTCOMES: dict[IncidentOutcome, tuple[frozenset[IncidentKind], Action | None]] = {
    IncidentOutcome.RECOVERED: (frozenset(LOSS_ACTIONS), Action.RECOVER),
    IncidentOutcome.WRITTEN_OFF: (frozenset(LOSS_ACTIONS), Action.WRITE_OFF),
    IncidentOutcome.REPAIRED: (frozenset({IncidentKind.DAMAGED, IncidentKind.COMPROMISED}), None),
}


def close_incident(ctx: ServiceContext, number: str, outcome: str, inspection_note: str | None = None) -> Changes:
    """Close with an outcome: recovered (device back to stock after inspection), written off, or repaired."""
    ctx.require(Permission.INCIDENTS_MANAGE)
    clean = IncidentOutcome(choice(IncidentOutcome, outcome, "outcome"))
    note = text(inspection_note, "inspection_note", 2000)
    with ctx.transaction():
        incident = _incident(number)
        if incident.status == IncidentStatus.CLOSED.value:
            raise InvalidTransition(
                f"Incident {incident.number} is already closed ({incident.outcome}).", code="incident_closed"
            )
        kinds, action = _OUTCOMES[clean]
        if IncidentKind(incident.kind) not in kinds:
            raise ValidationFailed(
                f"A {incident.kind} incident cannot be closed as {clean.value.replace('_', ' ')}.",
                code="outcome_mismatch",
                field="outcome",
            )
        asset = incident.asset
        if action is not None:
            facts = facts_for(asset, load_settings(), incident_closed=True, inspection_note=note)
            change_status(ctx, asset, action, facts, note={"incident": incident.number, "inspection_note": note})
        _mark_closed(ctx, incident, clean, note)
    return Changes(
        {ChangeKind.INCIDENT: frozenset({incident.id}), ChangeKind.ASSET: frozenset({asset.id})}, incident.number
    )


def _mark_closed(ctx: ServiceContext, incident: Incident, outcome: IncidentOutcome, note: str) -> None:
    values = {"status": IncidentStatus.CLOSED.value, "outcome": outcome.value, "closed_at": ctx.now()}
    updated = (
        Incident.update(**values, version=Incident.version + 1)
        .where((Incident.id == incident.id) & (Incident.version == incident.version))
        .execute()
    )
    if updated != 1:
        raise Conflict(f"Incident {incident.number} was changed by someone else meanwhile.", code="stale_version")
    before = {"status": incident.status, "outcome": incident.outcome}
    ctx.log([NewEvent("incident", incident.id, "close", before, {**values, "inspection_note": note})])

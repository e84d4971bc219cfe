"""Read queries about incidents: one incident with its timeline, the register (every incident, newest
first, or only the open ones), each row able to give its GDPR triage at a given time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import JOIN

from klara_assets.domain.enums import EncryptionState, IncidentKind, IncidentStatus, IncidentStep, PersonalData
from klara_assets.domain.errors import NotFound
from klara_assets.domain.triage import Triage, triage
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Incident, IncidentStepRecord, Person


@dataclass(frozen=True)
class StepLine:
    step: str
    at: datetime
    reference: str
    note: str


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    kind: str
    status: str
    outcome: str | None
    occurred_at: datetime | None
    discovered_at: datetime
    closed_at: datetime | None
    reporter: str
    place: str
    description: str
    police_ref: str
    encryption_at_time: str
    personal_data: str
    holder_name: str | None
    holder_email: str | None
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    imei: str | None
    imei2: str | None
    purchased_on: date | None
    price: Decimal | None
    asset_status: str
    steps: tuple[StepLine, ...] = ()

    def step_at(self, step: IncidentStep) -> datetime | None:
        times = [s.at for s in self.steps if s.step == step.value]
        return min(times) if times else None

    def triage(self, now: datetime) -> Triage:
        settled = self.status == IncidentStatus.CLOSED.value or self.step_at(IncidentStep.CNIL_NOTIFIED) is not None
        return triage(
            IncidentKind(self.kind),
            EncryptionState(self.encryption_at_time),
            PersonalData(self.personal_data),
            self.discovered_at,
            now,
            settled=settled,
            notified_at=self.step_at(IncidentStep.CNIL_NOTIFIED),
        )


_COLUMNS: list[Any] = [
    Incident.id,
    Incident.number,
    Incident.kind,
    Incident.status,
    Incident.outcome,
    Incident.occurred_at,
    Incident.discovered_at,
    Incident.closed_at,
    Incident.reporter,
    Incident.place,
    Incident.description,
    Incident.police_ref,
    Incident.encryption_at_time,
    Incident.personal_data,
    Person.name,
    Person.email,
    Asset.tag,
    Asset.category,
    Asset.manufacturer,
    Asset.model,
    Asset.serial,
    Asset.imei,
    Asset.imei2,
    Asset.purchased_on,
    Asset.price,
    Asset.status,
]


def _query() -> Any:
    return (
        Incident.select(*_COLUMNS)
        .join(Asset, on=Incident.asset == Asset.id)
        .switch(Incident)
        .join(Person, on=Incident.holder == Person.id, join_type=JOIN.LEFT_OUTER)
    )


def _with_steps(rows: list[tuple[Any, ...]]) -> list[IncidentRow]:
    ids = [row[0] for row in rows]
    steps: dict[int, list[StepLine]] = {}
    for start in range(0, len(ids), 900):
        query = (
            IncidentStepRecord.select(
                IncidentStepRecord.incident,
                IncidentStepRecord.step,
                IncidentStepRecord.at,
                IncidentStepRecord.reference,
                IncidentStepRecord.note,
            )
            .where(IncidentStepRecord.incident.in_(ids[start : start + 900]))
            .order_by(IncidentStepRecord.at, IncidentStepRecord.id)
        )
        for incident_id, *line in lookups.rows(query):
            steps.setdefault(incident_id, []).append(StepLine(*line))
    return [IncidentRow(*(*row, tuple(steps.get(row[0], [])))) for row in rows]


def incident(number: str) -> IncidentRow:
    rows = list(lookups.rows(_query().where(Incident.number == number.strip().upper())))
    if not rows:
        raise NotFound(f"No incident has the number {number.strip().upper()!r}.", code="incident_not_found")
    return _with_steps(rows)[0]


def incidents(*, open_only: bool = False, tag: str | None = None, limit: int | None = None) -> list[IncidentRow]:
    """The register, newest discovery first."""
    query = _query().order_by(Incident.discovered_at.desc(), Incident.number.desc())
    if open_only:
        query = query.where(Incident.status == IncidentStatus.OPEN.value)
    if tag:
        query = query.where(Asset.tag == tag.strip().upper())
    if limit:
        query = query.limit(limit)
    return _with_steps(list(lookups.rows(query)))

"""Exports: assets, people, incidents and disposal batches as CSV or XLSX, streamed from SQL.

The asset export is our import format (`domain.columns.KLARA_COLUMNS`), so it re-imports as it is.
Text cells that a spreadsheet would run as formulas (`=`, `+`, `-`, `@`, tab, CR) are neutralised with
a leading apostrophe; the importer removes it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from peewee import JOIN

from klara_assets.domain.columns import KLARA_COLUMNS
from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, BatchItem, DisposalBatch, Incident, Location, Partner, Person
from klara_assets.persistence.queries import location_label
from klara_assets.services.context import ServiceContext
from klara_assets.services.tabular import write_table


class ExportKind(StrEnum):
    ASSETS = "assets"
    PEOPLE = "people"
    INCIDENTS = "incidents"
    BATCHES = "batches"


PEOPLE_COLUMNS = ("name", "email", "employee_no", "department", "location", "active", "left_on", "started_on")
INCIDENT_COLUMNS = (
    "number",
    "tag",
    "kind",
    "occurred_at",
    "discovered_at",
    "reporter",
    "place",
    "description",
    "police_ref",
    "holder_email",
    "encryption_at_time",
    "personal_data",
    "status",
    "outcome",
    "closed_at",
)
BATCH_COLUMNS = (
    "number",
    "kind",
    "partner",
    "status",
    "pickup_date",
    "carrier",
    "tracking_ref",
    "waste_code",
    "closed_at",
    "tag",
    "category",
    "serial",
    "outcome",
    "weight_kg",
)
_ASSET_FIELDS = [c for c in KLARA_COLUMNS if c not in ("location", "holder_email", "holder_name")]


def _asset_rows() -> Iterator[list[Any]]:
    fields = [getattr(Asset, name) for name in _ASSET_FIELDS]
    query = (
        Asset.select(*fields, Location.site, Location.room, Person.email, Person.name)
        .join(Location, JOIN.LEFT_OUTER, on=(Asset.location == Location.id))
        .switch(Asset)
        .join(Person, JOIN.LEFT_OUTER, on=(Asset.holder == Person.id))
        .order_by(Asset.tag)
    )
    for row in lookups.rows(query):
        values = dict(zip(_ASSET_FIELDS, row[: len(_ASSET_FIELDS)], strict=True))
        site, room, email, name = row[len(_ASSET_FIELDS) :]
        values.update(location=location_label(site, room), holder_email=email, holder_name=name)
        yield [values[c] for c in KLARA_COLUMNS]


def _people_rows() -> Iterator[list[Any]]:
    query = (
        Person.select(
            Person.name,
            Person.email,
            Person.employee_no,
            Person.department,
            Location.site,
            Location.room,
            Person.active,
            Person.left_on,
            Person.started_on,
        )
        .join(Location, JOIN.LEFT_OUTER, on=(Person.location == Location.id))
        .order_by(Person.name, Person.email)
    )
    for name, email, number, department, site, room, active, left_on, started_on in lookups.rows(query):
        yield [name, email, number, department, location_label(site, room), bool(active), left_on, started_on]


def _incident_rows() -> Iterator[list[Any]]:
    query = (
        Incident.select(
            Incident.number,
            Asset.tag,
            Incident.kind,
            Incident.occurred_at,
            Incident.discovered_at,
            Incident.reporter,
            Incident.place,
            Incident.description,
            Incident.police_ref,
            Person.email,
            Incident.encryption_at_time,
            Incident.personal_data,
            Incident.status,
            Incident.outcome,
            Incident.closed_at,
        )
        .join(Asset, on=(Incident.asset == Asset.id))
        .switch(Incident)
        .join(Person, JOIN.LEFT_OUTER, on=(Incident.holder == Person.id))
        .order_by(Incident.number)
    )
    return (list(row) for row in lookups.rows(query))


def _batch_rows() -> Iterator[list[Any]]:
    query = (
        BatchItem.select(
            DisposalBatch.number,
            DisposalBatch.kind,
            Partner.name,
            DisposalBatch.status,
            DisposalBatch.pickup_date,
            DisposalBatch.carrier,
            DisposalBatch.tracking_ref,
            DisposalBatch.waste_code,
            DisposalBatch.closed_at,
            Asset.tag,
            Asset.category,
            Asset.serial,
            BatchItem.outcome,
            BatchItem.weight_kg,
        )
        .join(DisposalBatch, on=(BatchItem.batch == DisposalBatch.id))
        .join(Partner, on=(DisposalBatch.partner == Partner.id))
        .switch(BatchItem)
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .order_by(DisposalBatch.number, Asset.tag)
    )
    return (list(row) for row in lookups.rows(query))


_SOURCES: dict[ExportKind, tuple[tuple[str, ...], Callable[[], Iterator[list[Any]]]]] = {
    ExportKind.ASSETS: (KLARA_COLUMNS, _asset_rows),
    ExportKind.PEOPLE: (PEOPLE_COLUMNS, _people_rows),
    ExportKind.INCIDENTS: (INCIDENT_COLUMNS, _incident_rows),
    ExportKind.BATCHES: (BATCH_COLUMNS, _batch_rows),
}


def export(ctx: ServiceContext, path: str | Path, what: str = "assets") -> int:
    """Write `what` to `path` (.csv or .xlsx, chosen by the name); returns the number of rows written.

    Read-only: one consistent snapshot (a read transaction), nothing logged.
    """
    try:
        kind = ExportKind(what)
    except ValueError:
        allowed = ", ".join(k.value for k in ExportKind)
        raise ValidationFailed(
            f"Cannot export {what!r}: choose {allowed}.", code="invalid_choice", field="what"
        ) from None
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        raise ValidationFailed(
            f"Cannot export to {target.name}: the file name must end in .csv or .xlsx.",
            code="bad_extension",
            field="file",
        )
    if not target.parent.is_dir():
        raise ValidationFailed(f"The folder {target.parent} does not exist.", code="folder_missing", field="file")
    header, rows = _SOURCES[kind]
    with ctx.transaction():
        return write_table(target, header, rows())

"""People from HR lists and Snipe-IT's users export, sites and rooms from Snipe-IT's locations export.

People are matched by e-mail: a new address adds a person, a known one updates the name, employee
number, department, location and leaving date (one event per changed person). A leaving date in the
past makes the person inactive ("left on"). The report lists everyone leaving (or gone) who still holds
devices, so they are collected. All rows or none; a dry run rolls everything back. Every column is
read into a field or listed as ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from klara_assets.domain import dates
from klara_assets.domain.columns import header_key
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import text
from klara_assets.domain.identifiers import normalize_email
from klara_assets.domain.permissions import Permission
from klara_assets.domain.places import Place
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Location, Person
from klara_assets.services.context import ServiceContext
from klara_assets.services.import_formats.detection import Source
from klara_assets.services.inventory import Problem, ReportJson, start_date
from klara_assets.services.settings import load_settings
from klara_assets.services.tabular import open_table

PEOPLE_COLUMNS: dict[str, str] = {
    "name": "name",
    "full name": "name",
    "nom": "name",
    "first name": "first_name",
    "prénom": "first_name",
    "last name": "last_name",
    "email": "email",
    "e-mail": "email",
    "e-mail address": "email",
    "email address": "email",
    "mail": "email",
    "employee number": "employee_no",
    "employee_no": "employee_no",
    "matricule": "employee_no",
    "department": "department",
    "service": "department",
    "location": "location",
    "site": "location",
    "start date": "started_on",
    "started_on": "started_on",
    "hire date": "started_on",
    "date d'entrée": "started_on",
    "date d'arrivée": "started_on",
    "date d'embauche": "started_on",
    "date d’entrée": "started_on",
    "date d’arrivée": "started_on",
    "date d’embauche": "started_on",
    "end date": "left_on",
    "leaving date": "left_on",
    "left_on": "left_on",
    "date de sortie": "left_on",
}
_DATE_COLUMNS = ("started_on", "left_on")


class _Refused(Exception):
    pass


@dataclass(frozen=True)
class PeopleReport(ReportJson):
    file_format: str
    kind: str
    encoding: str | None
    rows: int
    created: int
    updated: int
    unchanged: int
    created_locations: int
    dry_run: bool
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    to_collect: tuple[dict[str, Any], ...] = ()
    warnings: tuple[Problem, ...] = ()
    dates: dict[str, str] = field(default_factory=dict)

    def summary_lines(self, name: str) -> list[str]:
        verb = "would be" if self.dry_run else "were"
        lines = [
            f"{name} ({self.file_format}, {self.kind}, {self.encoding or 'xlsx'}): {self.created} people {verb} "
            f"added, {self.updated} updated, {self.unchanged} unchanged; {self.created_locations} locations added."
        ]
        for column, order in self.dates.items():
            lines.append(f"Dates in {column!r} read as {order}.")
        if self.ignored_columns:
            lines.append(f"Ignored columns (not read): {', '.join(self.ignored_columns)}.")
        for person in self.to_collect:
            lines.append(
                f"Devices to collect: {person['name']} <{person['email']}> leaves on {person['left_on']}: "
                f"{', '.join(person['tags'])}"
            )
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return lines


@dataclass(frozen=True)
class LocationsReport(ReportJson):
    file_format: str
    rows: int
    created: int
    existing: int
    dry_run: bool
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    warnings: tuple[Problem, ...] = ()
    addresses: int = 0  # known locations whose address the file gave or changed

    def summary_lines(self, name: str) -> list[str]:
        verb = "would be" if self.dry_run else "were"
        lines = [f"{name} ({self.file_format}): {self.created} locations {verb} added, {self.existing} already known."]
        if self.addresses:
            lines.append(f"Addresses given to {self.addresses} known location(s).")
        if self.ignored_columns:
            lines.append(f"Ignored columns (not read): {', '.join(self.ignored_columns)}.")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return lines


def _read(path: Path, vocabulary: dict[str, str], overrides: dict[str, str] | None) -> tuple[Any, ...]:
    with open_table(path) as table:
        header = [h.strip() for h in table.header]
        mapping: dict[int, str] = {}
        for i, h in enumerate(header):
            target = vocabulary.get(header_key(h))
            if target and target not in mapping.values():
                mapping[i] = target
        for column, target in (overrides or {}).items():
            index = next((i for i, h in enumerate(header) if header_key(h) == header_key(column)), None)
            if index is None:
                raise ValidationFailed(
                    f"--map {column}={target}: the file has no column {column!r}.", code="unknown_column", field="map"
                )
            if target in ("", "ignore", "-"):
                mapping.pop(index, None)
            elif target in set(vocabulary.values()):
                mapping = {i: f for i, f in mapping.items() if f != target}
                mapping[index] = target
            else:
                allowed = ", ".join(sorted(set(vocabulary.values())))
                raise ValidationFailed(
                    f"--map {column}={target}: use one of {allowed} or 'ignore'.", code="unknown_field", field="map"
                )
        records = []
        problems: list[Problem] = []
        for number, cells in table.records:
            if not any(str(c).strip() for c in cells):
                continue
            if len(cells) < len(header) and table.kind == "csv":
                problems.append(
                    Problem(
                        number,
                        f"column {len(cells) + 1}",
                        f"the row has {len(cells)} fields but the header has {len(header)}.",
                    )
                )
                continue
            records.append((number, {f: cells[i] for i, f in mapping.items() if i < len(cells)}))
        ignored = tuple(h for i, h in enumerate(header) if i not in mapping and h)
        return table.kind, table.encoding, header, mapping, records, problems, ignored


def _refusal(problems: list[Problem]) -> ValidationFailed:
    ordered = sorted(problems, key=lambda p: p.row)
    lines = "\n".join(f"  {p}" for p in ordered[:50])
    return ValidationFailed(
        f"{len(ordered)} problem(s), nothing was imported:\n{lines}", code="import_refused", problems=ordered
    )


def import_people(
    ctx: ServiceContext,
    path: str | Path,
    source: Source = Source.PEOPLE,
    dry_run: bool = False,
    forced_dates: str | None = None,
    overrides: dict[str, str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> PeopleReport:
    """Add or update (by e-mail) every person of an HR list or Snipe-IT users export; all rows or none."""
    ctx.require(Permission.INVENTORY_EDIT)
    kind, encoding, header, mapping, records, problems, ignored = _read(Path(path), PEOPLE_COLUMNS, overrides)
    column = {f: header[i] for i, f in mapping.items()}
    if "email" not in column:
        raise ValidationFailed(
            f"{Path(path).name}: no e-mail column (people are matched by e-mail); columns: {', '.join(header[:10])}.",
            code="no_email_column",
            field="email",
        )
    default = (
        dates.DateOrder.MDY
        if source == Source.SNIPEIT_USERS or load_settings().language == "en"
        else dates.DateOrder.DMY
    )
    orders = {}
    for name in _DATE_COLUMNS:
        if name in column:
            values = [str(v) for _, r in records if isinstance(v := r.get(name), str) and v]
            orders[name] = dates.DateOrder(forced_dates) if forced_dates else dates.detect(values, default).order
    today = ctx.today()
    counts = {"created": 0, "updated": 0, "unchanged": 0, "locations": 0}
    to_collect: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    try:
        with ctx.transaction():
            for count, (number, row) in enumerate(records):
                if progress is not None and count % 200 == 0:
                    progress("saving", count, len(records))
                try:
                    _person_row(ctx, number, row, orders, column, counts, today, seen)
                except ValidationFailed as exc:
                    problems.append(Problem(number, column.get(exc.field or "", exc.field or "file"), exc.message))
            if not records and not problems:
                problems.append(Problem(2, "file", "the file has a header but no data rows."))
            if problems:
                raise _refusal(problems)
            to_collect = _to_collect(list(seen), today)
            if dry_run:
                raise _Refused
    except _Refused:
        pass
    return PeopleReport(
        file_format=source.value,
        kind=kind,
        encoding=encoding,
        rows=len(records),
        created=counts["created"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        created_locations=counts["locations"],
        dry_run=dry_run,
        columns={header[i]: f for i, f in mapping.items()},
        ignored_columns=ignored,
        to_collect=tuple(to_collect),
        dates={column[f]: o.value for f, o in orders.items()},
    )


def _cell(row: dict[str, Any], name: str) -> str:
    value = row.get(name, "")
    return value.strip() if isinstance(value, str) else str(value)


def _date(row: dict[str, Any], name: str, orders: dict[str, dates.DateOrder]) -> date | None:
    value = row.get(name)
    if isinstance(value, date):
        return value
    raw = _cell(row, name)
    if not raw:
        return None
    if len(raw) == 10 and raw[4] == "-":
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    parsed = dates.parse(raw, orders.get(name, dates.DateOrder.DMY), name)
    if parsed is None:
        raise ValidationFailed(f"Invalid date {raw!r} for {name}.", code="invalid_date", field=name)
    return parsed.date() if isinstance(parsed, datetime) else parsed


def _person_row(
    ctx: ServiceContext,
    number: int,
    row: dict[str, Any],
    orders: dict[str, dates.DateOrder],
    column: dict[str, str],
    counts: dict[str, int],
    today: date,
    seen: dict[str, int],
) -> None:
    raw_email = _cell(row, "email")
    if not raw_email:
        raise ValidationFailed(
            "the e-mail address is required (people are matched by it).", code="email_required", field="email"
        )
    email = normalize_email(raw_email)
    if email in seen:
        raise ValidationFailed(f"{email} is repeated (row {seen[email]}).", code="duplicate_email", field="email")
    seen[email] = number
    name = _cell(row, "name") or " ".join(p for p in (_cell(row, "first_name"), _cell(row, "last_name")) if p)
    left_on = _date(row, "left_on", orders)
    values: dict[str, Any] = {}
    if name:
        values["name"] = text(name, "name")
    for key in ("employee_no", "department"):
        if key in column:
            values[key] = text(_cell(row, key), key, 50 if key == "employee_no" else 100)
    if "location" in column and _cell(row, "location"):
        values["location"] = _location(ctx, _cell(row, "location"), counts)
    if "started_on" in column:
        values["started_on"] = start_date(_date(row, "started_on", orders))
        if values["started_on"] and left_on and values["started_on"] > left_on:
            raise ValidationFailed(
                f"the start date {values['started_on']} is after the leaving date {left_on}.",
                code="start_after_leaving",
                field="started_on",
            )
    if "left_on" in column:
        values["left_on"] = left_on
        values["active"] = left_on is None or left_on > today
    person = Person.get_or_none(Person.email == email)
    if person is None:
        if not values.get("name"):
            values["name"] = email.split("@")[0].replace(".", " ").title()
        created = Person.create(email=email, **values)
        ctx.log([NewEvent("person", created.id, "add", None, _plain({"email": email, **values}))])
        counts["created"] += 1
        return
    before = {k: getattr(person, k if k != "location" else "location_id") for k in values}
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        counts["unchanged"] += 1
        return
    Person.update(**changed, version=Person.version + 1).where(Person.id == person.id).execute()
    ctx.log([NewEvent("person", person.id, "update", _plain({k: before[k] for k in changed}), _plain(changed))])
    counts["updated"] += 1


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


def _location(ctx: ServiceContext, name: str, counts: dict[str, int]) -> int:
    site, room = Place.parse(name)
    found = Location.get_or_none((Location.site == site) & (Location.room == room))
    if found is None:
        found = Location.create(site=site[:100], room=room[:100])
        ctx.log([NewEvent("location", found.id, "add", None, {"site": site, "room": room})])
        counts["locations"] += 1
    return int(found.id)


def _to_collect(emails: list[str], today: date) -> list[dict[str, Any]]:
    """People of the file with a leaving date who still hold devices (the soonest first)."""
    result = []
    query = Person.select().where(Person.email.in_(emails) & Person.left_on.is_null(False)).order_by(Person.left_on)
    for person in query:
        tags = [a.tag for a in Asset.select(Asset.tag).where(Asset.holder == person.id).order_by(Asset.tag)]
        if tags:
            result.append({"name": person.name, "email": person.email, "left_on": str(person.left_on), "tags": tags})
    return result


def import_locations(ctx: ServiceContext, path: str | Path, dry_run: bool = False) -> LocationsReport:
    """Snipe-IT's locations export: each `name` a site (a `parent` column makes it a room of its parent)."""
    ctx.require(Permission.INVENTORY_EDIT)
    vocabulary = LOCATION_COLUMNS
    _kind, _encoding, header, mapping, records, problems, ignored = _read(Path(path), vocabulary, None)
    created = existing = 0
    updated = 0
    done: set[tuple[str, str]] = set()
    try:
        with ctx.transaction():
            for number, row in records:
                name, parent = _cell(row, "name"), _cell(row, "parent")
                if not name:
                    problems.append(Problem(number, "name", "the location has no name."))
                    continue
                site, room = (parent, name) if parent else (name, "")
                if (site, room) in done:
                    continue
                done.add((site, room))
                try:
                    address = text(postal_address(row), "address", 500)
                except ValidationFailed as exc:
                    problems.append(Problem(number, "address", exc.message))
                    continue
                found = Location.get_or_none((Location.site == site[:100]) & (Location.room == room[:100]))
                if found is not None:
                    existing += 1
                    if address and address != found.address:
                        Location.update(address=address).where(Location.id == found.id).execute()
                        ctx.log(
                            [NewEvent("location", found.id, "edit", {"address": found.address}, {"address": address})]
                        )
                        updated += 1
                    continue
                location = Location.create(site=site[:100], room=room[:100], address=address)
                ctx.log(
                    [NewEvent("location", location.id, "add", None, {"site": site, "room": room, "address": address})]
                )
                created += 1
            if problems:
                raise _refusal(problems)
            if dry_run:
                raise _Refused
    except _Refused:
        pass
    return LocationsReport(
        Source.SNIPEIT_LOCATIONS.value,
        len(records),
        created,
        existing,
        dry_run,
        {header[i]: f for i, f in mapping.items()},
        ignored,
        addresses=updated,
    )


_ADDRESS_COLUMNS = {
    "address": "address1",
    "address 1": "address1",
    "address2": "address2",
    "address 2": "address2",
    "zip": "zip",
    "postal code": "zip",
    "city": "city",
    "state": "state",
    "country": "country",
}


def postal_address(row: dict[str, Any]) -> str:
    """Snipe-IT's address columns as one text: `14 Summer Ridge Court, 306 Buhler Parkway, T4B Poniatowa, AB, CA`."""
    town = " ".join(p for p in (_cell(row, "zip"), _cell(row, "city")) if p)
    parts = (_cell(row, "address1"), _cell(row, "address2"), town, _cell(row, "state"), _cell(row, "country"))
    return ", ".join(p for p in parts if p)


LOCATION_COLUMNS: dict[str, str] = {
    "name": "name",
    "location name": "name",
    "parent": "parent",
    "parent location": "parent",
    **_ADDRESS_COLUMNS,
}

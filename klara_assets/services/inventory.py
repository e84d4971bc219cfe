"""Inventory use cases: register and edit assets, people and locations.

`register_assets` takes many rows in one transaction (all or none) and serves the form, the demo
generator and the importer alike; `register_asset` is the one-row case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from operator import itemgetter
from typing import Any, ClassVar

from peewee import fn

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import (
    FINAL_STATUSES,
    AssetStatus,
    Category,
    EncryptionState,
    StorageKind,
    default_storage,
)
from klara_assets.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.fields import normalize_asset_fields, parse_date, text
from klara_assets.domain.identifiers import normalize_email, normalize_tag, serial_key
from klara_assets.domain.permissions import Permission
from klara_assets.domain.places import Place
from klara_assets.domain.settings import DEFAULT_WEIGHTS_KG
from klara_assets.persistence import bulk, lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Location, Person
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

UNIQUE_COLUMNS = ("serial", "imei", "imei2")
KEY_COLUMNS = {"serial": "serial_key"}  # compared after normalisation (issue 12)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Problem:
    """One problem of one input row: row number (1-based), field and message."""

    row: int
    field: str
    message: str
    code: str = ""  # the refusal's own code (`invalid_imei`...), so a front end can translate it

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


class ReportJson:
    """`to_json` of an import's report (a dataclass): its fields, the warnings as text, `NOT_IN_JSON` left out."""

    NOT_IN_JSON: ClassVar[tuple[str, ...]] = ()

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "warnings" and k not in self.NOT_IN_JSON}
        data["warnings"] = [str(w) for w in getattr(self, "warnings", ())]
        return data


def _problems_error(problems: list[Problem]) -> ValidationFailed:
    if len(problems) == 1:
        p = problems[0]
        return ValidationFailed(p.message, code="invalid_row", field=p.field, problems=problems)
    lines = "\n".join(f"  {p}" for p in problems[:50])
    more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
    return ValidationFailed(
        f"{len(problems)} problems, nothing was saved:\n{lines}{more}", code="invalid_rows", problems=problems
    )


def _prepare(
    raw: dict[str, Any], today: date, locations: dict[Place, int], cache: dict[tuple[str, Any], Any] | None = None
) -> dict[str, Any]:
    values = dict(raw)
    tag = values.pop("tag", None)
    location = values.pop("location", None)
    clean = normalize_asset_fields(values, today, cache)
    if "category" not in clean:
        raise ValidationFailed("The category is required.", code="category_required", field="category")
    clean["tag"] = normalize_tag(tag) if tag else None
    if location is not None:
        if location not in locations:
            locations[location] = lookups.location_at(location).id
        clean["location"] = locations[location]
    if clean.get("weight_kg") is None:
        clean["weight_kg"] = DEFAULT_WEIGHTS_KG[Category(clean["category"])]
    if "storage_kind" not in clean:
        # Never guess "no storage" for a device that usually has some: `unknown` counts as storage (issue 12).
        clean["storage_kind"] = default_storage(clean["category"]).value
    if clean.get("serial"):
        clean["serial_key"] = serial_key(clean["serial"])
    if clean.get("encryption_state") == EncryptionState.ENCRYPTED.value and not clean.get("encryption_checked_at"):
        clean["encryption_checked_at"] = datetime.combine(today, time())  # saying "encrypted" is a check, today
    return clean


def _check_unique(rows: list[dict[str, Any]], problems: list[Problem]) -> None:
    """Duplicates inside the input and against the database, each named by row."""
    for column in ("tag", *UNIQUE_COLUMNS):
        db_column = KEY_COLUMNS.get(column, column)
        seen: dict[str, int] = {}
        for index, row in enumerate(rows, 1):
            value = row.get(db_column)
            if not value:
                continue
            key = value if column not in ("imei", "imei2") else f"imei:{value}"
            if key in seen:
                problems.append(Problem(index, column, f"{column} {row[column]!r} is repeated (row {seen[key]})."))
            seen.setdefault(key, index)
        taken = lookups.taken_values(db_column, [r[db_column] for r in rows if r.get(db_column)])
        for index, row in enumerate(rows, 1):
            if row.get(db_column) in taken:
                problems.append(
                    Problem(
                        index,
                        column,
                        f"{column} {row[column]!r} is already used by {taken[row[db_column]]}.",
                        f"duplicate_{column}",
                    )
                )


def register_assets(ctx: ServiceContext, inputs: Iterable[dict[str, Any]], progress: Progress | None = None) -> Changes:
    """Register every row or none. Missing tags are numbered with the configured scheme; a row's
    `location` is a `Place` (or None: no location).

    `inputs` is read once, so an importer can stream a large file through it.
    """
    ctx.require(Permission.INVENTORY_EDIT)
    today = ctx.now().date()
    with ctx.transaction():
        settings = load_settings()
        locations: dict[Place, int] = {}
        rows: list[dict[str, Any]] = []
        problems: list[Problem] = []
        cache: dict[tuple[str, Any], Any] = {}
        for index, raw in enumerate(inputs, 1):
            try:
                rows.append(_prepare(raw, today, locations, cache))
            except (ValidationFailed, NotFound) as exc:  # an unknown room is a row problem in an import
                problems.append(Problem(index, exc.field or "?", exc.message, exc.code))
                rows.append({})
        _check_unique(rows, problems)
        if problems:
            raise _problems_error(problems)
        scheme = settings.tag_scheme
        untagged = [row for row in rows if not row["tag"]]
        if untagged:
            highest = lookups.highest_tag(scheme.prefix, scheme.width)
            floor = max(
                [scheme.number_of(highest) or 0 if highest else 0]
                + [scheme.number_of(r["tag"]) or 0 for r in rows if r["tag"]]
            )
            first = sequences.take(f"tag:{scheme.prefix}", len(untagged), floor)
            for offset, row in enumerate(untagged):
                row["tag"] = scheme.format(first + offset)
        now = ctx.now()
        for row in rows:
            row.update(status=AssetStatus.IN_STOCK.value, created_at=now, updated_at=now)
        ids = _insert(rows, progress)
        ctx.log(NewEvent("asset", ids[row["tag"]], "register", None, row) for row in rows)
    return Changes({ChangeKind.ASSET: frozenset(ids.values())}, result=[row["tag"] for row in rows])


def _insert(rows: list[dict[str, Any]], progress: Progress | None) -> dict[str, int]:
    """Bulk INSERT through the driver (peewee's `insert_many` builds SQL in Python, ten times slower)."""
    fields = [name for name in Asset._meta.sorted_field_names if name != "id"]
    defaults = {name: _default(name) for name in fields}
    db = Asset._meta.database
    before = Asset.select(fn.MAX(Asset.id)).scalar() or 0
    values = itemgetter(*fields)  # a row's values in field order, defaults filled: two C calls per row
    for start in range(0, len(rows), 10_000):
        chunk = rows[start : start + 10_000]
        bulk.insert_rows(db, Asset, fields, (values({**defaults, **row}) for row in chunk))
        if progress:
            progress(min(start + 10_000, len(rows)), len(rows))
    wanted = {row["tag"] for row in rows}
    new_rows = lookups.rows(Asset.select(Asset.tag, Asset.id).where(Asset.id > before))
    return {tag: asset_id for tag, asset_id in new_rows if tag in wanted}


def _default(name: str) -> Any:
    default = Asset._meta.fields[name].default
    return default() if callable(default) else default


def register_asset(ctx: ServiceContext, **values: Any) -> Changes:
    """One asset; a refusal names the field (not a row)."""
    ctx.require(Permission.INVENTORY_EDIT)
    if values.get("location") is not None:
        lookups.location_at(values["location"])  # an unknown room is "not found" (exit 3), as the contract says
    try:
        return register_assets(ctx, [values])
    except ValidationFailed as exc:
        problems = exc.params.get("problems") or []
        if len(problems) == 1:
            first = problems[0]
            raise ValidationFailed(first.message, code=first.code or exc.code, field=first.field) from None
        raise


def edit_asset(
    ctx: ServiceContext, tag: str, expected_version: int | None = None, *, reason: str = "", **values: Any
) -> Changes:
    """Change the given fields. A stale `expected_version` is a conflict; a final asset only takes notes.
    `location` is a `Place`, or None to clear it (absent: unchanged).

    Saying a device has no storage (from any other kind, `unknown` included) takes the sanitization
    permission and a reason, which the event keeps: it lets the device leave without a sanitization.
    A call that changes nothing saves nothing (no version bump, no event).
    """
    ctx.require(Permission.INVENTORY_EDIT)
    today = ctx.now().date()
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        version = asset.version if expected_version is None else expected_version
        if AssetStatus(asset.status) in FINAL_STATUSES and set(values) - {"notes"}:
            raise InvalidTransition(
                f"{asset.tag} is {asset.status}: the record is read-only except its notes.",
                code="asset_read_only",
            )
        moved, location = "location" in values, values.pop("location", None)
        clean = normalize_asset_fields(values, today)
        if (
            clean.get("encryption_state") == EncryptionState.ENCRYPTED.value
            and asset.encryption_state != EncryptionState.ENCRYPTED.value
            and not clean.get("encryption_checked_at")
        ):
            clean["encryption_checked_at"] = ctx.now()  # recording "encrypted" now is a check, now
        if _storage_was_a_guess(asset, clean):  # a monitor's default "none" says nothing once it is a laptop
            clean["storage_kind"] = StorageKind.UNKNOWN.value
        if moved:
            clean["location"] = lookups.location_at(location).id if location is not None else None
        if "serial" in clean:
            clean["serial_key"] = serial_key(clean["serial"])
        imei, imei2 = clean.get("imei", asset.imei), clean.get("imei2", asset.imei2)
        if imei and imei == imei2:
            raise ValidationFailed(
                "imei2 is the same as imei: a dual-SIM device has two different IMEIs.",
                code="imei2_same",
                field="imei2" if "imei2" in clean else "imei",
            )
        for column in UNIQUE_COLUMNS:
            db_column = KEY_COLUMNS.get(column, column)
            if clean.get(db_column):
                taken = lookups.taken_values(db_column, [clean[db_column]], exclude_id=asset.id)
                if taken:
                    raise ValidationFailed(
                        f"{column} {clean[column]!r} is already used by {taken[clean[db_column]]}.",
                        code=f"duplicate_{column}",
                        field=column,
                    )
        before = {k: _field_value(asset, k) for k in clean}
        changed = {k: v for k, v in clean.items() if before[k] != v}
        if not changed:
            if asset.version != version:
                raise Conflict(
                    f"{asset.tag} was changed by someone else since you opened it; reload it and apply your change"
                    " again.",
                    code="stale_version",
                )
            return Changes.of(ChangeKind.ASSET, asset.id)
        after = {k: v for k, v in changed.items() if k != "serial_key"}
        if changed.get("storage_kind") == StorageKind.NONE.value:
            after["reason"] = _storage_none_reason(ctx, asset, reason)
        updated = (
            Asset.update(**changed, updated_at=ctx.now(), version=Asset.version + 1)
            .where((Asset.id == asset.id) & (Asset.version == version))
            .execute()
        )
        if updated != 1:
            raise Conflict(
                f"{asset.tag} was changed by someone else since you opened it; reload it and apply your change again.",
                code="stale_version",
            )
        ctx.log([NewEvent("asset", asset.id, "edit", {k: before[k] for k in changed if k != "serial_key"}, after)])
    return Changes.of(ChangeKind.ASSET, asset.id)


def _storage_was_a_guess(asset: Asset, clean: dict[str, Any]) -> bool:
    """The category moves to one that holds storage while the stored "none" was only the old category's default."""
    return (
        "category" in clean
        and "storage_kind" not in clean
        and asset.storage_kind == StorageKind.NONE.value
        and default_storage(asset.category) == StorageKind.NONE
        and default_storage(clean["category"]) == StorageKind.UNKNOWN
    )


def _storage_none_reason(ctx: ServiceContext, asset: Asset, reason: str) -> str:
    """Correcting a device to "no storage" skips the charter's sanitization: permission and reason required."""
    ctx.require(Permission.SANITIZATION_RECORD)
    clean = text(reason, "reason", 500)
    if not clean:
        raise ValidationFailed(
            f"{asset.tag}: saying the device has no storage (it was {asset.storage_kind}) lets it leave without a"
            " sanitization; give the reason (e.g. 'disk removed and shredded').",
            code="storage_none_reason_required",
            field="reason",
        )
    return clean


def _field_value(asset: Asset, name: str) -> Any:
    return asset.location_id if name == "location" else getattr(asset, name)


def add_location(ctx: ServiceContext, place: Place) -> Changes:
    """A new site or room; the same place in another case (`paris/stock`) is a duplicate."""
    ctx.require(Permission.INVENTORY_EDIT)
    site, room = place.checked()
    with ctx.transaction():
        if _same_location(site, room):
            raise ValidationFailed(
                f"The location {site}/{room} already exists.", code="duplicate_location", field="location"
            )
        location = Location.create(site=text(site, "site", 100), room=text(room, "room", 100))
        ctx.log([NewEvent("location", location.id, "add", None, {"site": site, "room": room})])
    return Changes.of(ChangeKind.LOCATION, location.id)


def _same_location(site: str, room: str) -> Location | None:
    """The location named site/room whatever the case (`paris/stock` is `Paris/Stock`, issue 12)."""
    return Location.get_or_none(
        (fn.LOWER(Location.site) == site.strip().lower()) & (fn.LOWER(Location.room) == room.strip().lower())
    )


def add_person(
    ctx: ServiceContext,
    name: str,
    email: str,
    department: str = "",
    employee_no: str = "",
    location: Place | None = None,
    started_on: Any = None,
) -> Changes:
    ctx.require(Permission.INVENTORY_EDIT)
    clean_name = text(name, "name")
    if not clean_name:
        raise ValidationFailed("The name is required.", code="name_required", field="name")
    clean_email = normalize_email(email)
    with ctx.transaction():
        if Person.get_or_none(Person.email == clean_email):
            raise ValidationFailed(
                f"The e-mail address {clean_email} is already used.", code="duplicate_email", field="email"
            )
        location_id = lookups.location_at(location).id if location is not None else None
        values = {
            "name": clean_name,
            "email": clean_email,
            "department": text(department, "department", 100),
            "employee_no": text(employee_no, "employee_no", 50),
            "location": location_id,
        }
        start = start_date(started_on)
        if start is not None:
            values["started_on"] = start
        person = Person.create(**values)
        ctx.log([NewEvent("person", person.id, "add", None, values)])
    return Changes.of(ChangeKind.PERSON, person.id)


def deactivate_person(ctx: ServiceContext, email: str, left_on: Any = None) -> Changes:
    """Record a departure; the result lists the tags of the devices still to collect from them."""
    ctx.require(Permission.INVENTORY_EDIT)
    with ctx.transaction():
        person = lookups.person_by_email(email)
        if not person.active:
            raise ValidationFailed(f"{person.name} has already left.", code="person_inactive", field="person")
        day = parse_date(left_on, "left_on") or ctx.now().date()
        Person.update(active=False, left_on=day, version=Person.version + 1).where(Person.id == person.id).execute()
        ctx.log([NewEvent("person", person.id, "deactivate", {"active": True}, {"active": False, "left_on": day})])
        held = Asset.select(Asset.tag).where(Asset.holder == person.id).order_by(Asset.tag)
        to_collect = [tag for (tag,) in lookups.rows(held)]
    return Changes.of(ChangeKind.PERSON, person.id, result=to_collect)


def edit_person(
    ctx: ServiceContext, current_email: str, /, expected_version: int | None = None, **values: Any
) -> Changes:
    """Change a person's name, e-mail, department, employee number, location (a `Place`; `location=None` clears
    it) or start date (`started_on=None` clears it)."""
    ctx.require(Permission.INVENTORY_EDIT)
    with ctx.transaction():
        person = lookups.person_by_email(current_email)
        version = person.version if expected_version is None else expected_version
        clean = _person_values(person.id, values)
        before = {k: person.location_id if k == "location" else getattr(person, k) for k in clean}
        changed = {k: v for k, v in clean.items() if before[k] != v}
        updated = (
            Person.update(**changed, version=Person.version + 1)
            .where((Person.id == person.id) & (Person.version == version))
            .execute()
        )
        if updated != 1:
            raise Conflict(
                f"{person.name} was changed by someone else since you opened it; reload and apply your change again.",
                code="stale_version",
            )
        if changed:
            ctx.log([NewEvent("person", person.id, "edit", {k: before[k] for k in changed}, changed)])
    return Changes.of(ChangeKind.PERSON, person.id)


def _person_values(person_id: int, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - {"name", "email", "department", "employee_no", "location", "started_on"}
    if unknown:
        field = sorted(unknown)[0]
        raise ValidationFailed(f"A person has no field {field!r}.", code="unknown_field", field=field)
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = text(values["name"], "name")
        if not clean["name"]:
            raise ValidationFailed("The name is required.", code="name_required", field="name")
    if "email" in values:
        clean["email"] = normalize_email(values["email"])
        if Person.get_or_none((Person.email == clean["email"]) & (Person.id != person_id)):
            raise ValidationFailed(
                f"The e-mail address {clean['email']} is already used.", code="duplicate_email", field="email"
            )
    for name, size in (("department", 100), ("employee_no", 50)):
        if name in values:
            clean[name] = text(values[name], name, size)
    if "location" in values:
        place = values["location"]
        clean["location"] = lookups.location_at(place).id if place is not None else None
    if "started_on" in values:
        clean["started_on"] = start_date(values["started_on"])
        left_on = Person.get_by_id(person_id).left_on
        if clean["started_on"] and left_on and clean["started_on"] > left_on:
            raise ValidationFailed(
                f"The start date {clean['started_on'].isoformat()} is after the leaving date {left_on.isoformat()}.",
                code="start_after_leaving",
                field="started_on",
            )
    return clean


def start_date(value: Any) -> date | None:
    """A person's start date: any valid date from 1900 (a future one is a hire to come), or none."""
    day = parse_date(value, "started_on")
    if day is not None and day.year < 1900:
        raise ValidationFailed(
            f"The start date {day.isoformat()} is before 1900.", code="date_out_of_range", field="started_on"
        )
    return day


def rename_location(ctx: ServiceContext, place: Place, new_place: Place) -> Changes:
    """Rename a site/room; the devices and people placed there follow (they point at the same row)."""
    ctx.require(Permission.INVENTORY_EDIT)
    site, room = new_place.checked()
    with ctx.transaction():
        location = lookups.location_at(place)
        other = _same_location(site, room)
        if other is not None and other.id != location.id:
            raise ValidationFailed(
                f"The location {site}/{room} already exists.", code="duplicate_location", field="location"
            )
        before = {"site": location.site, "room": location.room}
        after = {"site": text(site, "site", 100), "room": text(room, "room", 100)}
        if before != after:
            Location.update(**after).where(Location.id == location.id).execute()
            ctx.log([NewEvent("location", location.id, "rename", before, after)])
    return Changes.of(ChangeKind.LOCATION, location.id)

"""Read queries for the people and locations screens: plain rows, with searching, counting and ordering in SQL.

A person's row carries how many devices they hold, so a departure with devices still out shows as
"to collect"; a location's row carries how many devices and people are placed there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN, fn

from klara_assets.domain.places import Place
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Assignment, Location, Person
from klara_assets.persistence.queries import location_label

PERSON_STATES = ("active", "left", "to_collect", "all")
PERSON_SORTS = ("name", "email", "department", "location", "state", "devices", "started")


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    email: str
    employee_no: str
    department: str
    location: str | None
    active: bool
    left_on: date | None
    devices: int
    version: int
    started_on: date | None = None
    place: Place | None = None  # `location` is its label

    @property
    def to_collect(self) -> bool:
        """Gone, yet still holding devices: someone must get them back."""
        return not self.active and self.devices > 0


@dataclass(frozen=True)
class HeldDevice:
    """A device in someone's hands, with the dates of its open assignment when there is one."""

    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    status: str
    since: datetime | None
    due_back: date | None


def _held_counts() -> Any:
    return (
        Asset.select(Asset.holder.alias("holder_id"), fn.COUNT(Asset.id).alias("held"))
        .where(Asset.holder.is_null(False))
        .group_by(Asset.holder)
    )


def people_rows(search: str = "", state: str = "all", sort: str = "name", descending: bool = False) -> list[PersonRow]:
    """People matching `search` (name, e-mail, department, employee number) in `state`, sorted in SQL."""
    held = _held_counts().alias("held_counts")
    devices = fn.COALESCE(held.c.held, 0)
    query = (
        Person.select(
            Person.id,
            Person.name,
            Person.email,
            Person.employee_no,
            Person.department,
            Location.site,
            Location.room,
            Person.active,
            Person.left_on,
            devices,
            Person.version,
            Person.started_on,
        )
        .join(Location, JOIN.LEFT_OUTER, on=Person.location == Location.id)
        .switch(Person)
        .join(held, JOIN.LEFT_OUTER, on=held.c.holder_id == Person.id)
    )
    term = search.strip()
    if term:
        query = query.where(
            Person.name.contains(term)
            | Person.email.contains(term)
            | Person.department.contains(term)
            | Person.employee_no.contains(term)
        )
    if state == "active":
        query = query.where(Person.active == True)  # noqa: E712
    elif state == "left":
        query = query.where(Person.active == False)  # noqa: E712
    elif state == "to_collect":
        query = query.where((Person.active == False) & (devices > 0))  # noqa: E712
    sorts: dict[str, list[Any]] = {
        "name": [Person.name],
        "email": [Person.email],
        "department": [Person.department],
        "location": [Location.site, Location.room],
        "state": [Person.active],
        "devices": [devices],
        "started": [Person.started_on],
    }
    order = [key.desc() if descending else key.asc() for key in sorts.get(sort, sorts["name"])]
    query = query.order_by(*order, Person.name, Person.id)
    return [
        PersonRow(
            pid,
            name,
            email,
            no,
            dept,
            location_label(site, room),
            bool(active),
            left,
            int(n),
            version,
            start,
            _place(site, room),
        )
        for pid, name, email, no, dept, site, room, active, left, n, version, start in lookups.rows(query)
    ]


def _place(site: str | None, room: str | None) -> Place | None:
    return None if site is None else Place(site, room or "")


def _held_devices() -> Any:
    return (
        Asset.select(
            Asset.tag,
            Asset.category,
            Asset.manufacturer,
            Asset.model,
            Asset.serial,
            Asset.status,
            Assignment.out_at,
            Assignment.due_back,
        )
        .join(
            Assignment,
            JOIN.LEFT_OUTER,
            on=(Assignment.asset == Asset.id) & Assignment.in_at.is_null() & (Assignment.person == Asset.holder),
        )
        .order_by(Asset.tag)
    )


def person_held_devices(person_id: int) -> list[HeldDevice]:
    """What a person holds now, by tag (the asset's holder, with its open assignment's dates)."""
    query = _held_devices().where(Asset.holder == person_id)
    return [HeldDevice(*row) for row in lookups.rows(query)]


@dataclass(frozen=True)
class LocationRow:
    id: int
    site: str
    room: str
    devices: int
    people: int
    address: str = ""  # a postal address, one line (the locations import fills it)

    @property
    def name(self) -> str:
        return Place(self.site, self.room).label


def location_rows() -> list[LocationRow]:
    """Every location, by site then room, with how many devices and people are placed there."""
    assets = (
        Asset.select(Asset.location.alias("location_id"), fn.COUNT(Asset.id).alias("n"))
        .where(Asset.location.is_null(False))
        .group_by(Asset.location)
        .alias("asset_counts")
    )
    people = (
        Person.select(Person.location.alias("location_id"), fn.COUNT(Person.id).alias("n"))
        .where(Person.location.is_null(False) & (Person.active == True))  # noqa: E712
        .group_by(Person.location)
        .alias("people_counts")
    )
    query = (
        Location.select(
            Location.id,
            Location.site,
            Location.room,
            fn.COALESCE(assets.c.n, 0),
            fn.COALESCE(people.c.n, 0),
            Location.address,
        )
        .join(assets, JOIN.LEFT_OUTER, on=assets.c.location_id == Location.id)
        .switch(Location)
        .join(people, JOIN.LEFT_OUTER, on=people.c.location_id == Location.id)
        .order_by(Location.site, Location.room)
    )
    return [
        LocationRow(lid, site, room, int(d), int(p), " ".join((address or "").split()))
        for lid, site, room, d, p, address in lookups.rows(query)
    ]


@dataclass(frozen=True)
class PlacedDevice:
    """A device kept in a location, with who holds it."""

    tag: str
    category: str
    manufacturer: str
    model: str
    status: str
    holder: str | None


def location_devices(location_id: int, limit: int | None = None) -> list[PlacedDevice]:
    """The devices placed in one location, by tag (the first `limit` of them: a stock room may hold thousands)."""
    query = (
        Asset.select(Asset.tag, Asset.category, Asset.manufacturer, Asset.model, Asset.status, Person.name)
        .join(Person, JOIN.LEFT_OUTER, on=Asset.holder == Person.id)
        .where(Asset.location == location_id)
        .order_by(Asset.tag)
    )
    if limit is not None:
        query = query.limit(limit)
    return [PlacedDevice(*row) for row in lookups.rows(query)]

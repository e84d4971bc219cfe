"""Small lookups used by services inside their transactions: by tag, email, place; uniqueness probes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from peewee import fn

from klara_assets.domain.errors import NotFound
from klara_assets.domain.places import Place
from klara_assets.persistence.models import Asset, Location, Person


def rows(query: Any) -> Iterator[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's stubs type `.tuples()` as model instances)."""
    return iter(query.tuples().iterator())


def asset_by_tag(tag: str) -> Asset:
    asset = Asset.get_or_none(Asset.tag == tag.strip().upper())
    if asset is None:
        raise NotFound(f"No asset has the tag {tag.strip().upper()!r}.", code="asset_not_found", tag=tag)
    return asset


def person_by_email(email: str) -> Person:
    person = Person.get_or_none(Person.email == email.strip().lower())
    if person is None:
        raise NotFound(f"No person has the e-mail address {email!r}.", code="person_not_found", field="person")
    return person


def location_at(place: Place) -> Location:
    """The location stored as exactly `place` (its site and room as they are written)."""
    if not isinstance(place, Place):  # a "SITE/ROOM" label is parsed where it is typed, never here
        raise TypeError(f"location_at takes a Place, not {type(place).__name__}: use Place.parse at the boundary")
    location = Location.get_or_none((Location.site == place.site) & (Location.room == place.room))
    if location is None:
        raise NotFound(  # exit 3, as the contract says for an unknown room
            f"Unknown location {place.label!r}: add it first (klara-assets location add).",
            code="unknown_location",
            field="location",
        )
    return location


def taken_values(column: str, values: Iterable[str], exclude_id: int | None = None) -> dict[str, str]:
    """Of `values`, those already used in asset column `column` (or the other IMEI column): value -> tag.

    Plain SQL with bound parameters: peewee builds one object per IN value, which an import of 100,000
    rows pays several times over.
    """
    wanted = list(dict.fromkeys(v for v in values if v))
    found: dict[str, str] = {}
    columns = ["imei", "imei2"] if column in ("imei", "imei2") else [Asset._meta.fields[column].column_name]
    db = Asset._meta.database
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        marks = ", ".join(db.param for _ in chunk)
        for col in columns:
            sql = f'SELECT "{col}", tag FROM asset WHERE "{col}" IN ({marks})'
            params: list[Any] = list(chunk)
            if exclude_id is not None:
                sql += f" AND id <> {db.param}"
                params.append(exclude_id)
            found.update(dict(db.execute_sql(sql, params).fetchall()))
    return found


def highest_tag(prefix: str, width: int) -> str | None:
    return (
        Asset.select(fn.MAX(Asset.tag))
        .where(Asset.tag.startswith(prefix) & (fn.LENGTH(Asset.tag) == len(prefix) + width))
        .scalar()
    )

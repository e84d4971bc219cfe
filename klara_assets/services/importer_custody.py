"""Locations, people and holders named by an imported file, resolved inside the import's transaction.

A missing location or person is created the first time a row names it (and logged). After the assets
are registered, each row with a holder is checked out to them through `status.change_status`: status
`assigned`, the holder set, an Assignment row. The encryption policy is not applied to an import (it
records what is already true), so the check-out carries an override reason that says so.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.domain.identifiers import normalize_email
from klara_assets.domain.lifecycle import Action
from klara_assets.domain.permissions import Permission
from klara_assets.domain.places import Place
from klara_assets.persistence import bulk, lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Assignment, Location, Person
from klara_assets.services.context import ServiceContext
from klara_assets.services.inventory import Problem
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for

IMPORT_REASON = "imported: holder recorded as in the source file (the encryption policy is not applied to an import)"


class Custody:
    """Caches and counters of one import run."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.locations: dict[Place, int] = {}
        self.typed: dict[str, Place] = {}  # a cell's text -> its place: 100,000 rows name a few rooms
        self.people: dict[str, tuple[int, bool]] = {}
        self.holders: list[tuple[int, int, bool]] = []  # (position among the rows, person id, active)
        self.position = 0
        self.created_people = 0
        self.created_locations = 0
        self.assigned = 0
        self.then: list[tuple[int, str]] = []  # (position among the rows, status to reach after registration)
        self.touched: dict[ChangeKind, set[int]] = {
            kind: set() for kind in (ChangeKind.PERSON, ChangeKind.LOCATION, ChangeKind.ASSIGNMENT)
        }

    def resolve(
        self,
        number: int,
        values: dict[str, Any],
        custody: dict[str, str],
        column: Callable[[str], str],
        problems: list[Problem],
    ) -> dict[str, Any] | None:
        """`values` ready for registration, or None when the row has a problem (appended to `problems`)."""
        try:
            if values.get("location"):
                values["location"] = self._location(str(values["location"]))
            holder = self._holder(custody, column)
        except _RowProblem as exc:
            problems.append(Problem(number, exc.column, exc.message))
            return None
        if holder is not None:
            self.holders.append((self.position, *holder))
        if custody.get("then"):
            self.then.append((self.position, custody["then"]))
        self.position += 1
        return values

    def _location(self, name: str) -> Place:
        """The cell's place (parsed here, once per distinct cell), created the first time a row names it."""
        known = self.typed.get(name)
        if known is not None:
            return known
        try:
            place = Place.parse(name)
        except ValidationFailed as exc:
            raise _RowProblem("location", exc.message) from None
        site, room = place
        for field, value in (("site", site), ("room", room)):
            if len(value) > 100:  # refused, never cut (a cut name would not be found again)
                raise _RowProblem("location", f"{field} is too long (at most 100 characters).")
        if place not in self.locations:
            found = Location.get_or_none((Location.site == place.site) & (Location.room == place.room))
            if found is None:
                found = Location.create(site=place.site, room=place.room)
                self.ctx.log([NewEvent("location", found.id, "add", None, {"site": site, "room": room})])
                self.created_locations += 1
                self.touched[ChangeKind.LOCATION].add(found.id)
            self.locations[place] = found.id
        self.typed[name] = place
        return place

    def _holder(self, custody: dict[str, str], column: Callable[[str], str]) -> tuple[int, bool] | None:
        email, username = custody.get("holder_email", ""), custody.get("holder_username", "")
        if not email and "@" in username:
            email = username
        if not email and username:
            email = self._email_of(username, column)
        if not email:
            return None
        try:
            email = normalize_email(email)
        except ValidationFailed as exc:
            raise _RowProblem(column("holder_email"), exc.message) from None
        if email not in self.people:
            self.people[email] = self._person(email, custody.get("holder_name", ""))
        return self.people[email]

    def _email_of(self, username: str, column: Callable[[str], str]) -> str:
        query = Person.select(Person.email).where(Person.email.startswith(f"{username.strip().lower()}@")).limit(2)
        found = [email for (email,) in lookups.rows(query)]
        if len(found) != 1:
            raise _RowProblem(
                column("holder_username"),
                f"holder {username!r} has no e-mail address: add the 'Checked Out To: Email' column.",
            )
        return found[0]

    def _person(self, email: str, name: str) -> tuple[int, bool]:
        person = Person.get_or_none(Person.email == email)
        if person is not None:
            return person.id, bool(person.active)
        clean_name = name.strip()[:200] or email.split("@")[0].replace(".", " ").replace("_", " ").title()
        person = Person.create(name=clean_name, email=email)
        self.ctx.log([NewEvent("person", person.id, "add", None, {"name": clean_name, "email": email})])
        self.created_people += 1
        self.touched[ChangeKind.PERSON].add(person.id)
        return person.id, True

    def changes(self) -> Changes:
        return Changes({kind: frozenset(ids) for kind, ids in self.touched.items() if ids})


class _RowProblem(Exception):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


def record_holders(
    ctx: ServiceContext,
    custody: Custody,
    tags: list[str],
    row_numbers: array[int],
    progress: Callable[[int, int], None] | None,
) -> list[Problem]:
    """Check each held asset out to its holder (no encryption guard); problems name the row."""
    ctx.require(Permission.INVENTORY_EDIT)
    problems: list[Problem] = []
    settings = load_settings()
    total = len(custody.holders)
    assignments: list[tuple[int, int, Any, str, str]] = []
    for start in range(0, total, 500):
        chunk = custody.holders[start : start + 500]
        assets = {a.tag: a for a in Asset.select().where(Asset.tag.in_([tags[pos] for pos, _, _ in chunk]))}
        for position, person_id, active in chunk:
            asset = assets[tags[position]]
            facts = facts_for(asset, settings, person_active=active, override_reason=IMPORT_REASON)
            try:
                change_status(
                    ctx, asset, Action.CHECK_OUT, facts, values={"holder": person_id}, note={"reason": IMPORT_REASON}
                )
            except InvalidTransition as exc:
                problems.append(Problem(row_numbers[position], "holder", exc.message))
                continue
            assignments.append((asset.id, person_id, ctx.now(), "", IMPORT_REASON))
        if progress:
            progress(min(start + 500, total), total)
    bulk.insert_rows(ctx.db, Assignment, ["asset", "person", "out_at", "receipt_no", "override_reason"], assignments)
    custody.assigned = len(assignments)
    return problems

"""Read queries for physical audits: one audit with its lines, the list of audits, and "not audited for N months".

An audit's lines are its scans (found, unexpected, unknown) plus the expected assets not found, which are
"missing" once the audit is closed (and "still to find" while it is open), and the devices recorded there
but checked out to someone when it opened ("held": with their holder, never missing). Plain dataclasses, SQL joins.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN, fn

from klara_assets.domain.enums import FINAL_STATUSES, AssetStatus
from klara_assets.domain.errors import NotFound
from klara_assets.domain.lifecycle import audit_expects, is_held
from klara_assets.domain.places import Place
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Asset, AuditExpected, AuditScan, AuditSession, Location, Person
from klara_assets.persistence.queries import location_label

RESULTS = ("missing", "unexpected", "unknown", "found", "held")  # the order of a report: what needs action first


@dataclass(frozen=True)
class AuditLine:
    result: str  # found | unexpected | unknown | missing | held (checked out: with its holder, not expected here)
    code: str  # what was scanned (the tag for an expected asset never scanned)
    tag: str | None
    category: str | None
    manufacturer: str
    model: str
    serial: str | None
    status: str | None
    holder: str | None
    location: str | None  # where the asset is recorded now
    at: datetime | None  # when it was scanned


@dataclass(frozen=True)
class AuditView:
    id: int
    location: str
    location_id: int
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    expected: int
    lines: tuple[AuditLine, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def of(self, result: str) -> list[AuditLine]:
        return [line for line in self.lines if line.result == result]

    def counts(self) -> dict[str, int]:
        return {result: len(self.of(result)) for result in RESULTS}


def _session(session_id: int) -> tuple[AuditSession, Location]:
    session = AuditSession.get_or_none(AuditSession.id == session_id)
    if session is None:
        raise NotFound(f"No audit has the number {session_id}.", code="audit_not_found", field="audit")
    return session, session.location


def _asset_columns() -> list[Any]:
    return [Asset.tag, Asset.category, Asset.manufacturer, Asset.model, Asset.serial, Asset.status, Person.name]


def _line(result: str, code: str, at: datetime | None, values: tuple[Any, ...], where: str | None) -> AuditLine:
    tag, category, manufacturer, model, serial, status, holder = values
    return AuditLine(result, code, tag, category, manufacturer or "", model or "", serial, status, holder, where, at)


def audit_view(session_id: int) -> AuditView:
    """The audit with every line: scans in scan order, then the expected assets not found, by tag."""
    session, location = _session(session_id)
    here = location_label(location.site, location.room) or ""
    scans = (
        AuditScan.select(
            AuditScan.result, AuditScan.code, AuditScan.at, *_asset_columns(), Location.site, Location.room
        )
        .join(Asset, JOIN.LEFT_OUTER, on=AuditScan.asset == Asset.id)
        .join(Person, JOIN.LEFT_OUTER, on=Asset.holder == Person.id)
        .join(Location, JOIN.LEFT_OUTER, on=Asset.location == Location.id)
        .where(AuditScan.session == session_id)
        .order_by(AuditScan.at, AuditScan.id)
    )
    lines = [_line(r[0], r[1], r[2], r[3:10], location_label(r[10], r[11])) for r in rows(scans)]
    found_ids = AuditScan.select(AuditScan.asset).where(
        (AuditScan.session == session_id) & (AuditScan.result == "found")
    )
    not_found = (
        AuditExpected.select(*_asset_columns(), Location.site, Location.room, AuditExpected.held)
        .join(Asset, on=AuditExpected.asset == Asset.id)
        .join(Person, JOIN.LEFT_OUTER, on=Asset.holder == Person.id)
        .join(Location, JOIN.LEFT_OUTER, on=Asset.location == Location.id)
        .where((AuditExpected.session == session_id) & AuditExpected.asset.not_in(found_ids))
        .order_by(AuditExpected.held, Asset.tag)
    )
    for r in rows(not_found):
        lines.append(_line("held" if r[9] else "missing", r[0], None, r[:7], location_label(r[7], r[8])))
    expected = AuditExpected.select().where((AuditExpected.session == session_id) & ~AuditExpected.held).count()
    return AuditView(
        session.id, here, location.id, session.opened_at, session.opened_by, session.closed_at, expected, tuple(lines)
    )


@dataclass(frozen=True)
class AuditListRow:
    id: int
    location: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    expected: int
    scanned: int


def audits(open_only: bool = False, limit: int = 200) -> list[AuditListRow]:
    """Audits, newest first, with their number of expected assets and of scans."""
    expected = AuditExpected.select(fn.COUNT(AuditExpected.id)).where(
        (AuditExpected.session == AuditSession.id) & ~AuditExpected.held
    )
    scanned = AuditScan.select(fn.COUNT(AuditScan.id)).where(AuditScan.session == AuditSession.id)
    query = (
        AuditSession.select(
            AuditSession.id,
            Location.site,
            Location.room,
            AuditSession.opened_at,
            AuditSession.opened_by,
            AuditSession.closed_at,
            expected,
            scanned,
        )
        .join(Location, on=AuditSession.location == Location.id)
        .order_by(AuditSession.opened_at.desc(), AuditSession.id.desc())
        .limit(limit)
    )
    if open_only:
        query = query.where(AuditSession.closed_at.is_null())
    return [AuditListRow(r[0], location_label(r[1], r[2]) or "", *r[3:]) for r in rows(query)]


def open_audit_of(location_id: int) -> AuditSession | None:
    return AuditSession.get_or_none((AuditSession.location == location_id) & AuditSession.closed_at.is_null())


def months_before(now: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the last day of a shorter month)."""
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


def not_audited_condition(cutoff: datetime) -> Any:
    """A filter for asset queries: still in the fleet and never audited, or last audited before `cutoff`."""
    finals = [status.value for status in FINAL_STATUSES]
    return Asset.status.not_in(finals) & (Asset.last_audit_at.is_null() | (Asset.last_audit_at < cutoff))


@dataclass(frozen=True)
class NotAuditedRow:
    tag: str
    category: str
    model: str
    location: str | None
    last_audit_at: datetime | None


def not_audited(now: datetime, months: int, limit: int | None = None) -> list[NotAuditedRow]:
    """Assets not seen in an audit for `months` months (never-audited first, then the oldest audits)."""
    query = (
        Asset.select(Asset.tag, Asset.category, Asset.model, Location.site, Location.room, Asset.last_audit_at)
        .join(Location, JOIN.LEFT_OUTER, on=Asset.location == Location.id)
        .where(not_audited_condition(months_before(now, months)))
        .order_by(Asset.last_audit_at.is_null(False), Asset.last_audit_at, Asset.tag)
    )
    if limit is not None:
        query = query.limit(limit)
    return [NotAuditedRow(r[0], r[1], r[2], location_label(r[3], r[4]), r[5]) for r in rows(query)]


def devices_per_location() -> list[tuple[int, Place]]:
    """(devices an audit would expect, location) for each location holding some, fewest first."""
    counted = [status.value for status in AssetStatus if audit_expects(status) and not is_held(status)]
    query = (
        Asset.select(fn.COUNT(Asset.id), Location.site, Location.room)
        .join(Location, on=Asset.location == Location.id)
        .where(Asset.status.in_(counted))
        .group_by(Location.id, Location.site, Location.room)
        .order_by(fn.COUNT(Asset.id), Location.site, Location.room)
    )
    return [(count, Place(site, room or "")) for count, site, room in rows(query)]

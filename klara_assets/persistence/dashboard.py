"""The dashboard's figures in one read: counts grouped in SQL, the open incidents with their 72-hour clocks.

Every figure is a GROUP BY or a COUNT (fast at 100,000 assets); only the open incidents (a handful) are
read as rows, to give each its GDPR deadline. The end-of-life candidate count comes from the end-of-life
service (`services.dashboard` adds it), since its rule lives there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import fn

from klara_assets.domain.enums import AssetStatus, Category
from klara_assets.domain.environment import FleetGroup
from klara_assets.domain.settings import Settings
from klara_assets.persistence import compliance, incident_queries, lookups, report_queries
from klara_assets.persistence.models import Asset, Assignment, Person

ACTIVE = (AssetStatus.IN_STOCK.value, AssetStatus.ASSIGNED.value, AssetStatus.IN_REPAIR.value)
WARRANTY_DAYS = 60
INCIDENTS_SHOWN = 20


@dataclass(frozen=True)
class AgeLine:
    """Active devices of one category: how many, how many have a purchase date, their average age."""

    category: str
    devices: int
    dated: int
    average_age_years: float | None
    lifetime_years: int
    past_lifetime: int


@dataclass(frozen=True)
class OpenIncident:
    number: str
    tag: str
    kind: str
    discovered_at: datetime
    deadline: datetime | None  # None: not a likely notifiable breach (no 72-hour clock)
    hours_left: float | None
    urgent: bool


@dataclass(frozen=True)
class Dashboard:
    today: date
    total: int
    by_status: dict[str, int]
    by_category: dict[str, int]  # the active fleet (in stock, assigned, in repair), in category order
    ages: tuple[AgeLine, ...]
    encryption_required: int  # active devices the policy (or their storage) concerns
    encryption_compliant: int  # of which encrypted with a recent check
    open_incidents: int
    incidents: tuple[OpenIncident, ...]  # the most pressing first
    overdue_returns: int
    to_collect: int  # devices still held by people who left
    warranties_ending: int  # active devices whose warranty ends within 60 days
    eol_candidates: int = 0
    encryption_stale: int = 0  # recorded encrypted, check missing or too old: to re-check (domain.encryption)
    encryption_partial: int = 0  # of the missing ones, partly encrypted (said so, not "not encrypted")

    @property
    def encryption_share(self) -> float | None:
        """None when no device is concerned (an empty fleet is not "100 % encrypted")."""
        return self.encryption_compliant / self.encryption_required if self.encryption_required else None

    @property
    def encryption_missing(self) -> int:
        """Concerned devices neither encrypted with a recent check nor merely to re-check."""
        return self.encryption_required - self.encryption_compliant - self.encryption_stale

    @property
    def urgent_incidents(self) -> int:
        return sum(1 for i in self.incidents if i.urgent)


def _counts(column: object) -> dict[str, int]:
    query = Asset.select(column, fn.COUNT(Asset.id)).group_by(column)
    return {str(key): int(count) for key, count in lookups.rows(query)}


def _ages(fleet: list[FleetGroup], today: date, settings: Settings) -> tuple[AgeLine, ...]:
    """Average age per category against its lifetime, from the active fleet grouped by purchase day."""
    totals: dict[str, list[int]] = {}  # category: [devices, dated, age days sum, past lifetime]
    for group in fleet:
        line = totals.setdefault(group.category, [0, 0, 0, 0])
        line[0] += group.count
        if group.purchased_on is not None:
            days = (today - group.purchased_on).days
            line[1] += group.count
            line[2] += days * group.count
            lifetime = settings.eol_years.get(group.category, 5)
            line[3] += group.count if days >= lifetime * 365.25 else 0
    order = [c.value for c in Category]
    return tuple(
        AgeLine(
            category,
            devices,
            dated,
            round(days / dated / 365.25, 2) if dated else None,
            int(settings.eol_years.get(category, 5)),
            past,
        )
        for category, (devices, dated, days, past) in sorted(totals.items(), key=lambda kv: order.index(kv[0]))
    )


def _incidents(now: datetime) -> tuple[int, tuple[OpenIncident, ...]]:
    rows = incident_queries.incidents(open_only=True)
    shown = []
    for row in rows:
        t = row.triage(now)
        hours = None if t.time_left is None else t.time_left.total_seconds() / 3600
        shown.append(OpenIncident(row.number, row.tag, row.kind, row.discovered_at, t.deadline, hours, t.urgent))
    shown.sort(key=lambda i: (i.hours_left is None, i.hours_left or 0, i.discovered_at))
    return len(rows), tuple(shown[:INCIDENTS_SHOWN])


def _open_loans_count(where: object) -> int:
    query = Assignment.select(fn.COUNT(Assignment.id)).where(Assignment.in_at.is_null() & where)
    return int(query.join(Person, on=Assignment.person == Person.id).scalar() or 0)


def dashboard(now: datetime, settings: Settings) -> Dashboard:
    """Every figure of the dashboard at `now` (naive UTC); call inside a read transaction."""
    today = now.date()
    by_status = _counts(Asset.status)
    fleet = report_queries.active_fleet(today)  # in service and bought by today (services refuse later dates)
    ages = _ages(fleet, today, settings)
    buckets = compliance.by_category(tuple(settings.encrypted_categories), settings.encryption_check_max_days, now)
    open_count, incidents = _incidents(now)
    warranty = Asset.select(fn.COUNT(Asset.id)).where(
        Asset.status.in_(ACTIVE)
        & (Asset.warranty_end >= today)
        & (Asset.warranty_end <= today + timedelta(days=WARRANTY_DAYS))
    )
    return Dashboard(
        today=today,
        total=sum(by_status.values()),
        by_status=by_status,
        by_category={line.category: line.devices for line in ages},
        ages=ages,
        encryption_required=sum(b.total for b in buckets),
        encryption_compliant=sum(b.encrypted for b in buckets),
        encryption_stale=sum(b.stale for b in buckets),
        encryption_partial=sum(b.partial for b in buckets),
        open_incidents=open_count,
        incidents=incidents,
        overdue_returns=_open_loans_count(Assignment.due_back < today),
        to_collect=_open_loans_count(Person.active == False),  # noqa: E712
        warranties_ending=int(warranty.scalar() or 0),
    )

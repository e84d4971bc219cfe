"""What needs attention today (issue 17 §1), each item with the day it became due, most urgent first.

Rules (today = the service clock's local day):
- return: an open loan due back within `days` (default 7) days; overdue (urgent) from the day after it.
- left: a person who left and still holds devices (urgent).
- gdpr: an open likely-notifiable incident whose 72-hour deadline is within 24 hours or passed (urgent).
- certification: a partner certification ending within 60 days; once ended, only while the partner has
  an open batch (urgent then).
- warranty: an active device whose warranty ends within 60 days.
- encryption: an active policy device whose last encryption check is `encryption_check_max_days` old.
- audit: a location holding devices not audited for `audit_interval_months` (12 by default), or never.
- batch: a batch still open (not shipped) more than 30 days after it was created.
- repair: a device in repair for more than 30 days.

An item can be snoozed until a day (stored): it is left out before that day and comes back on it. The
item key names the thing and its date, so a new loan or a new warranty date is a new item.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import parse_date
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import incident_queries, reminder_queries
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import ReminderSnooze
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

RETURN_DAYS = 7
WINDOW_DAYS = 60
STALE_DAYS = 30
GDPR_WARNING = timedelta(hours=24)
KINDS = ("gdpr", "left", "return", "certification", "repair", "batch", "encryption", "audit", "warranty")


@dataclass(frozen=True)
class Reminder:
    key: str  # stable: kind, the thing and its date
    kind: str
    due_on: date  # the day it became (or becomes) due
    urgent: bool
    subject: str  # the tag, e-mail, incident or batch number, partner, location it is about
    detail: str  # English detail line (the window and mail translate from kind + params)
    page: str  # the window page that shows it: assets, people, incidents, partners, locations, batches
    params: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "kind": self.kind,
            "due_on": self.due_on.isoformat(),
            "urgent": self.urgent,
            "subject": self.subject,
            "detail": self.detail,
            "page": self.page,
            "params": dict(self.params),
        }


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _returns(today: date, days: int) -> list[Reminder]:
    out = []
    for assignment_id, tag, name, email, due in reminder_queries.open_loans_due_by(today + timedelta(days=days)):
        overdue = due < today
        detail = f"{tag} held by {name} <{email}> " + (f"overdue since {due}" if overdue else f"due back {due}")
        params = {"tag": tag, "name": name, "email": email, "date": due.isoformat()}
        out.append(Reminder(f"return:{assignment_id}:{due}", "return", due, overdue, tag, detail, "assets", params))
    return out


def _left(today: date) -> list[Reminder]:
    out = []
    for name, email, left_on, count in reminder_queries.left_with_devices():
        since = left_on or today
        detail = f"{name} <{email}> left on {since} with {count} device(s)"
        params = {"name": name, "email": email, "date": since.isoformat(), "count": str(count)}
        out.append(Reminder(f"left:{email}", "left", since, True, email, detail, "people", params))
    return out


def _gdpr(now: datetime) -> list[Reminder]:
    out = []
    for row in incident_queries.incidents(open_only=True):
        t = row.triage(now)
        if t.deadline is None or t.time_left is None or t.time_left > GDPR_WARNING:
            continue
        passed = t.time_left <= timedelta(0)
        when = t.deadline.strftime("%Y-%m-%d %H:%M")
        detail = f"{row.number} ({row.tag}): notify the CNIL before {when} UTC" + (" — passed" if passed else "")
        params = {"number": row.number, "tag": row.tag, "deadline": when, "passed": "1" if passed else ""}
        due = (t.deadline - GDPR_WARNING).date()
        out.append(Reminder(f"gdpr:{row.number}", "gdpr", due, True, row.number, detail, "incidents", params))
    return out


def _certifications(today: date) -> list[Reminder]:
    out = []
    for partner, scheme, number, until, open_batches in reminder_queries.certifications_until(
        today + timedelta(days=WINDOW_DAYS)
    ):
        expired = until < today
        if expired and not open_batches:
            continue
        detail = f"{partner}: {scheme} {number} " + (
            f"expired on {until} with {open_batches} open batch(es)" if expired else f"valid until {until}"
        )
        params = {"partner": partner, "scheme": scheme, "date": until.isoformat(), "batches": str(open_batches)}
        key = f"certification:{partner}:{scheme}:{until}"
        due = until - timedelta(days=WINDOW_DAYS)
        out.append(Reminder(key, "certification", due, expired, partner, detail, "partners", params))
    return out


def _warranties(today: date) -> list[Reminder]:
    out = []
    for tag, model, end in reminder_queries.warranties_between(today, today + timedelta(days=WINDOW_DAYS)):
        params = {"tag": tag, "model": model, "date": end.isoformat()}
        due = end - timedelta(days=WINDOW_DAYS)
        detail = f"{tag} {model}: warranty ends on {end}"
        out.append(Reminder(f"warranty:{tag}:{end}", "warranty", due, False, tag, detail, "assets", params))
    return out


def _encryption(today: date, categories: tuple[str, ...], max_days: int) -> list[Reminder]:
    out = []
    before = datetime.combine(today - timedelta(days=max_days - 1), datetime.min.time())
    for tag, _category, checked in reminder_queries.encryption_checked_before(categories, before):
        due = checked.date() + timedelta(days=max_days)
        params = {"tag": tag, "date": checked.date().isoformat(), "days": str(max_days)}
        detail = f"{tag}: encryption last checked on {checked.date()} (policy: every {max_days} days)"
        out.append(
            Reminder(f"encryption:{tag}:{checked.date()}", "encryption", due, False, tag, detail, "assets", params)
        )
    return out


def _audits(today: date, months: int) -> list[Reminder]:
    out = []
    for site, room, last in reminder_queries.last_audits():
        name = f"{site}/{room}" if room else site
        if last is None:
            due, detail = today, f"{name}: never audited"
        else:
            due = add_months(last.date(), months)
            if due > today:
                continue
            detail = f"{name}: last audited on {last.date()} (every {months} months)"
        params = {"location": name, "date": last.date().isoformat() if last else "", "months": str(months)}
        key = f"audit:{name}:{last.date() if last else 'never'}"
        out.append(Reminder(key, "audit", due, False, name, detail, "locations", params))
    return out


def _batches(today: date) -> list[Reminder]:
    out = []
    before = datetime.combine(today - timedelta(days=STALE_DAYS), datetime.min.time())
    for number, partner, created in reminder_queries.open_batches_created_before(before):
        due = created.date() + timedelta(days=STALE_DAYS + 1)
        params = {"number": number, "partner": partner, "date": created.date().isoformat()}
        detail = f"{number} ({partner}): open since {created.date()}, not shipped"
        out.append(Reminder(f"batch:{number}", "batch", due, False, number, detail, "batches", params))
    return out


def _repairs(today: date) -> list[Reminder]:
    out = []
    for tag, model, sent in reminder_queries.in_repair_since():
        if sent is None:
            continue
        due = sent.date() + timedelta(days=STALE_DAYS + 1)
        if due > today:
            continue
        params = {"tag": tag, "model": model, "date": sent.date().isoformat()}
        detail = f"{tag} {model}: in repair since {sent.date()}"
        out.append(Reminder(f"repair:{tag}:{sent.date()}", "repair", due, False, tag, detail, "assets", params))
    return out


def due_items(ctx: ServiceContext, days: int = RETURN_DAYS, *, include_snoozed: bool = False) -> list[Reminder]:
    """Everything that needs attention today, urgent first, then by the day it became due (reads only)."""
    if not 0 <= days <= 365:
        raise ValidationFailed(f"--days must be between 0 and 365, not {days}.", code="invalid_days", field="days")
    today, now = ctx.today(), ctx.now()
    settings = load_settings()
    items = (
        _gdpr(now)
        + _left(today)
        + _returns(today, days)
        + _certifications(today)
        + _repairs(today)
        + _batches(today)
        + _encryption(today, tuple(settings.encrypted_categories), settings.encryption_check_max_days)
        + _audits(today, settings.audit_interval_months)
        + _warranties(today)
    )
    if not include_snoozed:
        hidden = reminder_queries.snoozed(today)
        items = [item for item in items if item.key not in hidden]
    return sorted(items, key=lambda i: (not i.urgent, KINDS.index(i.kind), i.due_on, i.subject))


def snooze(ctx: ServiceContext, key: str, until: object) -> Changes:
    """Hide one item until a day (it comes back on that day); snoozing again moves the day."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    day = parse_date(until, "until")
    if day is None or day <= ctx.today():
        raise ValidationFailed("Snooze until a day after today.", code="snooze_not_future", field="until")
    if not key or len(key) > 200 or key.split(":", 1)[0] not in KINDS:
        raise ValidationFailed(f"Unknown reminder {key!r}.", code="unknown_reminder", field="key")
    with ctx.transaction():
        before = ReminderSnooze.get_or_none(ReminderSnooze.key == key)
        values = {"until": day, "snoozed_by": ctx.actor, "snoozed_at": ctx.now()}
        ReminderSnooze.insert(key=key, **values).on_conflict(
            conflict_target=[ReminderSnooze.key], update=values
        ).execute()
        ctx.log(
            [
                NewEvent(
                    "reminder", None, "snooze", {"until": before.until} if before else None, {"key": key, "until": day}
                )
            ]
        )
    return Changes.of(ChangeKind.REMINDER)

"""The demo's custody and incident step: most laptops, phones and tablets handed to people (the policy
respected, a few overrides with their reason), some loans overdue, one person gone with a device still
out, and open and closed incidents — one lost unencrypted laptop recent enough for a running 72-hour clock.

Check-outs are done in bulk (one `transition()` per device, one executemany for the rows, one append of
events), so `demo --assets 100000` stays fast; incidents, being few, go through the ordinary services.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from klara_assets.domain.enums import AssetStatus, Category, EncryptionState
from klara_assets.domain.errors import Conflict
from klara_assets.domain.identifiers import document_number
from klara_assets.domain.lifecycle import Action, Facts, transition
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Person
from klara_assets.services import custody, incidents, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

HANDED = (Category.LAPTOP.value, Category.SMARTPHONE.value, Category.TABLET.value)
OVERRIDE_REASONS = [
    "Replacement needed the same day; encryption scheduled at the next office visit (approved by the CTO).",
    "Field sales trip tomorrow; BitLocker enrolment pending Intune sync (approved by the sales director).",
    "Loaner for a broken device; to be encrypted on return (approved by the security officer).",
]


@dataclass(frozen=True)
class Loan:
    """One device handed out in bulk."""

    asset_id: int
    tag: str
    version: int
    person_id: int
    person_email: str
    out_at: datetime
    due_back: date | None
    receipt_no: str
    override_reason: str


def _candidates() -> list[tuple[Any, ...]]:
    query = (
        Asset.select(Asset.id, Asset.tag, Asset.category, Asset.encryption_state, Asset.purchased_on, Asset.version)
        .where((Asset.status == AssetStatus.IN_STOCK.value) & Asset.category.in_(HANDED))
        .order_by(Asset.id)
    )
    return list(lookups.rows(query))


def _plan(rnd: random.Random, today: date, policy: frozenset[Category]) -> list[dict[str, Any]]:
    """Which device goes to whom, when, and under which override: plain dicts, no database writes."""
    people = list(lookups.rows(Person.select(Person.id, Person.email).where(Person.active).order_by(Person.id)))
    plan: list[dict[str, Any]] = []
    overrides = 0  # a few unencrypted devices go out under a manager's override, never most
    for index, (asset_id, tag, category, state, purchased, version) in enumerate(_candidates()):
        encrypted = state == EncryptionState.ENCRYPTED.value
        override = ""
        if Category(category) in policy and not encrypted:
            if overrides >= 3 and rnd.random() > 0.1:
                continue  # the policy keeps it in stock until it is encrypted
            overrides += 1
            override = rnd.choice(OVERRIDE_REASONS)
        elif rnd.random() > 0.85:
            continue  # spare devices stay in stock
        earliest = purchased or today - timedelta(days=700)
        loan = rnd.random() < 0.04
        if loan:  # a short loan: out recently, due back in a few weeks (about half are overdue)
            out_day = max(earliest, today - timedelta(days=rnd.randint(1, 90)))
        else:
            out_day = earliest + timedelta(days=rnd.randint(0, max(0, (today - earliest).days - 1)))
        person_id, email = people[index % len(people)]
        plan.append({"asset": (asset_id, tag, version), "person": (person_id, email), "out": out_day, "loan": loan})
        plan[-1].update(due_days=rnd.randint(14, 100), override=override, facts=(category, state))
    return plan


def _loans(ctx: ServiceContext, plan: list[dict[str, Any]]) -> list[Loan]:
    """One receipt per person and year, numbered from the year's counter."""
    groups: dict[tuple[int, int, bool], list[dict[str, Any]]] = defaultdict(list)
    for item in plan:
        groups[(item["out"].year, item["person"][0], item["loan"])].append(item)
    per_year: dict[int, int] = defaultdict(int)
    for year, _, _ in groups:
        per_year[year] += 1
    next_no = {year: sequences.take(f"receipt:{year}", count) for year, count in sorted(per_year.items())}
    loans: list[Loan] = []
    for (year, _, loan), items in sorted(groups.items()):
        number = document_number("REC", year, next_no[year], 4)
        next_no[year] += 1
        out_day = min(item["out"] for item in items)
        out_at = datetime.combine(out_day, datetime.min.time()) + timedelta(hours=9)
        for item in items:
            (asset_id, tag, version), (person_id, email) = item["asset"], item["person"]
            due = out_day + timedelta(days=item["due_days"]) if loan else None
            loans.append(Loan(asset_id, tag, version, person_id, email, out_at, due, number, item["override"]))
    return loans


def check_out_in_bulk(ctx: ServiceContext, loans: list[Loan], facts: dict[int, tuple[str, str]]) -> None:
    """Many check-outs at once: the lifecycle decides each one, rows are written with executemany.

    Each UPDATE is conditional on the version read (a concurrent change is a `Conflict`, nothing saved).
    """
    ctx.require(Permission.DATABASE_MANAGE)
    policy = frozenset(Category(c) for c in load_settings().encrypted_categories)
    for loan in loans:
        category, state = facts[loan.asset_id]
        guard = Facts(
            category=Category(category),
            encryption=EncryptionState(state),
            encrypted_categories=policy,
            person_active=True,
            override_reason=loan.override_reason or None,
        )
        transition(AssetStatus.IN_STOCK, Action.CHECK_OUT, guard)
    p, now = ctx.db.param, ctx.now()
    cursor = ctx.db.cursor()
    cursor.executemany(
        f"UPDATE asset SET status = {p}, holder_id = {p}, updated_at = {p}, version = version + 1 "
        f"WHERE id = {p} AND version = {p}",
        [(AssetStatus.ASSIGNED.value, x.person_id, now, x.asset_id, x.version) for x in loans],
    )
    if cursor.rowcount != len(loans):
        raise Conflict("Some devices were changed by someone else meanwhile; nothing was saved.", code="stale_version")
    cursor.executemany(
        "INSERT INTO assignment (asset_id, person_id, out_at, due_back, receipt_no, override_reason) "
        f"VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
        [(x.asset_id, x.person_id, x.out_at, x.due_back, x.receipt_no, x.override_reason) for x in loans],
    )
    ctx.log([event for loan in loans for event in _events(loan, facts[loan.asset_id][1])])


def _events(loan: Loan, state: str) -> list[NewEvent]:
    after = {"status": AssetStatus.ASSIGNED.value, "holder": loan.person_id, "receipt_no": loan.receipt_no}
    after.update(person=loan.person_email, due_back=loan.due_back, out_at=loan.out_at)
    before = {"status": AssetStatus.IN_STOCK.value, "holder": None}
    events = [NewEvent("asset", loan.asset_id, Action.CHECK_OUT.value, before, after)]
    if loan.override_reason:
        override = {"reason": loan.override_reason, "encryption_state": state, "receipt_no": loan.receipt_no}
        events.append(NewEvent("asset", loan.asset_id, "encryption_override", None, override))
    return events


def _pick(loans: list[Loan], facts: dict[int, tuple[str, str]], category: str, encrypted: bool, used: set[str]) -> str:
    for loan in loans:
        cat, state = facts[loan.asset_id]
        if cat == category and (state == EncryptionState.ENCRYPTED.value) == encrypted and loan.tag not in used:
            used.add(loan.tag)
            return loan.tag
    return ""


# kind, category, encrypted, hours ago discovered, personal data, place, description, steps, outcome, note
INCIDENTS: list[tuple[str, str, bool, int, str, str, str, list[tuple[str, int, str]], str, str]] = [
    (
        "lost",
        "laptop",
        False,
        20,
        "unknown",
        "TGV Paris Gare de Lyon → Lyon Part-Dieu",
        "Left in the luggage rack of the train; the holder noticed on arrival. Customer exports may be on it.",
        [("security_officer_notified", 1, ""), ("credentials_revoked", 2, "")],
        "",
        "",
    ),
    (
        "stolen",
        "smartphone",
        True,
        12 * 24,
        "yes",
        "Paris 11e, café terrace",
        "Snatched from the table during a customer lunch.",
        [
            ("security_officer_notified", 1, ""),
            ("remote_lock", 1, "MDM lock"),
            ("police_report", 20, "PV 75011-2026-0457"),
            ("remote_wipe", 26, "Intune wipe"),
        ],
        "written_off",
        "",
    ),
    (
        "lost",
        "laptop",
        True,
        45 * 24,
        "unknown",
        "Lyon office",
        "Not found after the office move.",
        [("security_officer_notified", 2, "")],
        "recovered",
        "Found at the Lyon reception desk; FileVault verified on, no sign of tampering.",
    ),
    ("damaged", "smartphone", True, 5 * 24, "no", "Nantes office", "Cracked screen after a fall.", [], "repaired", ""),
    (
        "compromised",
        "laptop",
        True,
        3 * 24,
        "yes",
        "Remote work",
        "Credentials typed into a phishing page; suspicious OAuth grant found on the account.",
        [
            ("security_officer_notified", 1, ""),
            ("credentials_revoked", 2, ""),
            ("cnil_notified", 40, "CNIL-2026-004512"),  # the notification number the CNIL gives
        ],
        "",
        "",
    ),
    (
        "stolen",
        "tablet",
        True,
        2 * 24,
        "unknown",
        "Car park, Paris 15e",
        "Car broken into overnight.",
        [("security_officer_notified", 3, ""), ("remote_lock", 4, "")],
        "",
        "",
    ),
]


def _unencrypted_laptop(ctx: ServiceContext, loans: list[Loan]) -> Loan | None:
    """An unencrypted laptop handed out under an override (checked out now through the service if needed)."""
    query = Asset.select(Asset.tag).where(
        (Asset.category == Category.LAPTOP.value)
        & (Asset.encryption_state != EncryptionState.ENCRYPTED.value)
        & (Asset.status == AssetStatus.IN_STOCK.value)
    )
    tag = query.limit(1).scalar()
    if tag is None or not loans:
        return None
    holder = loans[0]
    custody.check_out(ctx, [tag], holder.person_email, override_reason=OVERRIDE_REASONS[0])
    return Loan(0, tag, 0, holder.person_id, holder.person_email, ctx.now(), None, "", OVERRIDE_REASONS[0])


def _incidents(ctx: ServiceContext, loans: list[Loan], facts: dict[int, tuple[str, str]]) -> None:
    now, used = ctx.now(), set[str]()
    recent = _unencrypted_laptop(ctx, loans)
    if recent is not None:
        loans, facts = [recent, *loans], {**facts, 0: (Category.LAPTOP.value, EncryptionState.NONE.value)}
    for kind, category, encrypted, hours, personal, place, text, steps, outcome, note in INCIDENTS:
        tag = _pick(loans, facts, category, encrypted, used) or _pick(loans, facts, category, not encrypted, used)
        if not tag:
            continue
        discovered = (now - timedelta(hours=hours)).replace(microsecond=0)
        result = incidents.report_incident(
            ctx, tag, kind, discovered, discovered - timedelta(hours=5), personal, text, place
        ).result
        assert isinstance(result, incidents.IncidentResult)
        for step, after, reference in steps:
            at = min(discovered + timedelta(hours=after), now)
            incidents.add_step(ctx, result.number, step, at, reference)
        if outcome:
            incidents.close_incident(ctx, result.number, outcome, note or None)


def _departed(ctx: ServiceContext, rnd: random.Random, loans: list[Loan]) -> None:
    """One person left last week and still holds a device."""
    if loans:
        leaver = loans[rnd.randrange(len(loans))]
        inventory.deactivate_person(ctx, leaver.person_email, ctx.now().date() - timedelta(days=7))


def demo_extend(ctx: ServiceContext, rnd: random.Random, today: date) -> None:
    """The demo step of this area (called from `demo._fill`, inside its transaction)."""
    ctx.require(Permission.DATABASE_MANAGE)
    policy = frozenset(Category(c) for c in load_settings().encrypted_categories)
    plan = _plan(rnd, today, policy)
    facts = {item["asset"][0]: item["facts"] for item in plan}
    loans = _loans(ctx, plan)
    check_out_in_bulk(ctx, loans, facts)
    _incidents(ctx, loans, facts)
    _departed(ctx, rnd, [x for x in loans if x.due_back is None])

"""End of life (SPEC §3): candidates, retire / unretire with a reason, routing advice and routing.

Every status change goes through `status.change_status`, so the lifecycle guards (sanitization before
routing, no Destroy-sanitized media to refurbishment) hold here as everywhere.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import AssetStatus, Condition, SanitizationMethod
from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.domain.lifecycle import Action, transition
from klara_assets.domain.permissions import Permission
from klara_assets.domain.routing import DeviceFacts, RouteTarget, RoutingAdvice, advise, needs_reason
from klara_assets.domain.settings import DEFAULT_LIFETIME_YEARS, Settings
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Person
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for

ACTIVE = (AssetStatus.IN_STOCK.value, AssetStatus.ASSIGNED.value, AssetStatus.IN_REPAIR.value)
WORN = (Condition.POOR.value, Condition.BROKEN.value)
ROUTE_ACTIONS = {RouteTarget.REFURBISH: Action.ROUTE_TO_REFURBISHMENT, RouteTarget.RECYCLE: Action.ROUTE_TO_RECYCLING}


@dataclass(frozen=True)
class EolCandidate:
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str | None
    purchased_on: date | None
    age_years: float | None
    lifetime_years: int
    condition: str
    status: str
    holder_name: str | None
    reasons: tuple[str, ...]  # "past_lifetime", "condition_poor", "condition_broken"


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def lifetime_of(settings: Settings, category: str) -> int:
    return int(settings.eol_years.get(category, DEFAULT_LIFETIME_YEARS.get(category, 5)))


def _candidates_query(today: date, settings: Settings) -> Any:
    categories = set(DEFAULT_LIFETIME_YEARS) | set(settings.eol_years)
    old = [
        (Asset.category == category) & (Asset.purchased_on <= years_before(today, lifetime_of(settings, category)))
        for category in sorted(categories)
    ]
    worn_or_old = functools.reduce(operator.or_, old, Asset.condition.in_(WORN))
    return Asset.select().where(Asset.status.in_(ACTIVE) & worn_or_old)


def eol_candidates(today: date, *, limit: int | None = None, offset: int = 0) -> list[EolCandidate]:
    """Active devices past their category's lifetime (settings `eol_years`) or in poor / broken condition,
    oldest first. Retired, routed and final devices are not candidates."""
    settings = load_settings()
    query = (
        _candidates_query(today, settings)
        .select(
            Asset.tag,
            Asset.category,
            Asset.manufacturer,
            Asset.model,
            Asset.serial,
            Asset.purchased_on,
            Asset.condition,
            Asset.status,
            Person.name,
        )
        .join(Person, JOIN.LEFT_OUTER, on=(Asset.holder == Person.id))
        .order_by(Asset.purchased_on.asc(nulls="LAST"), Asset.tag)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [_candidate(row, today, settings) for row in lookups.rows(query)]


def _candidate(row: tuple[Any, ...], today: date, settings: Settings) -> EolCandidate:
    tag, category, manufacturer, model, serial, purchased, condition, status, holder = row
    lifetime = lifetime_of(settings, category)
    age = None if purchased is None else (today - purchased).days / 365.25
    reasons = []
    if purchased is not None and purchased <= years_before(today, lifetime):
        reasons.append("past_lifetime")
    if condition in WORN:
        reasons.append(f"condition_{condition}")
    return EolCandidate(
        tag, category, manufacturer, model, serial, purchased, age, lifetime, condition, status, holder, tuple(reasons)
    )


def count_eol_candidates(today: date) -> int:
    return int(_candidates_query(today, load_settings()).count())


def _reason(reason: str | None) -> str:
    clean = (reason or "").strip()
    if not clean:
        raise InvalidTransition("A reason is required for this action.", code="reason_required", field="reason")
    if len(clean) > 1000:
        raise ValidationFailed("The reason is too long (at most 1000 characters).", code="too_long", field="reason")
    return clean


def retire_asset(ctx: ServiceContext, tag: str, reason: str) -> Changes:
    """in_stock / in_repair -> retired. An assigned device must be checked in first."""
    ctx.require(Permission.EOL_MANAGE)
    clean = _reason(reason)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        facts = facts_for(asset, load_settings(), reason=clean)
        status = change_status(ctx, asset, Action.RETIRE, facts, note={"reason": clean})
    return Changes.of(ChangeKind.ASSET, asset.id, result=status)


def unretire_asset(ctx: ServiceContext, tag: str, reason: str) -> Changes:
    """retired -> in_stock (a device retired by mistake, or kept as a spare)."""
    ctx.require(Permission.EOL_MANAGE)
    clean = _reason(reason)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        facts = facts_for(asset, load_settings(), reason=clean)
        status = change_status(ctx, asset, Action.UNRETIRE, facts, note={"reason": clean})
    return Changes.of(ChangeKind.ASSET, asset.id, result=status)


def _advice_for(asset: Asset, settings: Settings, today: date) -> RoutingAdvice:
    facts = facts_for(asset, settings)
    age = None if asset.purchased_on is None else (today - asset.purchased_on).days / 365.25
    return advise(
        DeviceFacts(
            category=asset.category,
            age_years=age,
            lifetime_years=lifetime_of(settings, asset.category),
            condition=Condition(asset.condition),
            has_storage=facts.has_storage,
            passed_methods=frozenset(SanitizationMethod(m) for m in facts.passed_sanitizations),
        )
    )


def routing_advice(tag: str, today: date) -> RoutingAdvice:
    """Refurbish or recycle, with its reasons (and blockers: no passed sanitization yet)."""
    return _advice_for(lookups.asset_by_tag(tag), load_settings(), today)


def route_asset(ctx: ServiceContext, tag: str, target: str, reason: str | None = None) -> Changes:
    """retired -> to_refurbish / to_recycle. The guards come first (sanitization, Destroy-sanitized media);
    then going against the advice needs a reason. The result is the advice that was shown."""
    ctx.require(Permission.EOL_MANAGE)
    chosen = _target(target)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        settings = load_settings()
        facts = facts_for(asset, settings, reason=reason)
        transition(AssetStatus(asset.status), ROUTE_ACTIONS[chosen], facts)
        advice = _advice_for(asset, settings, ctx.now().date())
        if needs_reason(advice, chosen, reason):
            raise InvalidTransition(
                f"The advice for {asset.tag} is to {advice.target.value}: give a reason to {chosen.value} it instead.",
                code="reason_required",
                field="reason",
            )
        note = {"advice": advice.target.value, "reason": (reason or "").strip()}
        change_status(ctx, asset, ROUTE_ACTIONS[chosen], facts, note=note)
    return Changes.of(ChangeKind.ASSET, asset.id, result=advice)


def _target(raw: str) -> RouteTarget:
    try:
        return RouteTarget(str(raw).strip().lower())
    except ValueError:
        raise ValidationFailed(
            f"Invalid route {raw!r}: expected refurbish or recycle.", code="invalid_choice", field="target"
        ) from None

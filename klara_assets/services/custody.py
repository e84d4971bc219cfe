"""Custody use cases: check out (one or several devices to one person, one receipt), check in, repair.

Every status change goes through `status.change_status` (the lifecycle table decides). The encryption
policy is a guard of CHECK_OUT: a device of a policy category that is not `encrypted` needs a manager
override with a reason, which is stored on the assignment and appended to the activity log as its own
`encryption_override` event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.encryption import STALE, encryption_standing
from klara_assets.domain.enums import AssetStatus, Category, Condition, EncryptionState
from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.domain.fields import choice, parse_date, text
from klara_assets.domain.identifiers import document_number, normalize_tag
from klara_assets.domain.lifecycle import Action
from klara_assets.domain.permissions import Permission
from klara_assets.domain.settings import Settings
from klara_assets.domain.signatures import Signature
from klara_assets.persistence import custody_queries, lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Assignment, Person
from klara_assets.services import custody_receipts
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for


@dataclass(frozen=True)
class CheckOutResult:
    receipt_no: str
    tags: tuple[str, ...]
    overridden: tuple[str, ...]


def needs_override(asset: Asset, settings: Settings, now: datetime) -> bool:
    """True when the policy requires encryption for this category and the device is not encrypted with a
    recent check (the one definition of `domain.encryption`: a stale check needs a re-check or an override)."""
    in_policy = Category(asset.category) in {Category(c) for c in settings.encrypted_categories}
    return in_policy and _standing(asset, settings, now) != EncryptionState.ENCRYPTED.value


def _standing(asset: Asset, settings: Settings, now: datetime) -> str:
    return encryption_standing(
        asset.encryption_state, asset.encryption_checked_at, now, settings.encryption_check_max_days
    )


def _clean_tags(tags: Sequence[str]) -> list[str]:
    clean = list(dict.fromkeys(normalize_tag(t) for t in tags if t and t.strip()))
    if not clean:
        raise ValidationFailed("Name at least one device to check out.", code="no_device", field="tags")
    return clean


def _clean_override(override_reason: str | None) -> str | None:
    if override_reason is None:
        return None
    reason = text(override_reason, "override_reason", 1000)
    if not reason:
        raise ValidationFailed(
            "An encryption override needs a reason (who decided it and why).",
            code="override_reason_required",
            field="override_reason",
        )
    return reason


def _due_date(due: object, today: date) -> date | None:
    day = parse_date(due, "due")
    if day is not None and day < today:
        raise ValidationFailed(f"The due date {day.isoformat()} is already past.", code="due_in_past", field="due")
    return day


def _refuse_assigned(asset: Asset) -> None:
    if asset.status == AssetStatus.ASSIGNED.value:
        holder = Person.get_or_none(Person.id == asset.holder_id)
        who = f"{holder.name} <{holder.email}>" if holder else "someone"
        raise InvalidTransition(
            f"{asset.tag} is already assigned to {who}: check it in first.", code="already_assigned", field="tag"
        )


def check_out(
    ctx: ServiceContext,
    tags: Sequence[str],
    email: str,
    due: object = None,
    override_reason: str | None = None,
    signatures: Sequence[Signature] = (),
) -> Changes:
    """Hand one or several devices to one person under one receipt `REC-YYYY-NNNN` (all or none)."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    clean_tags = _clean_tags(tags)
    reason = _clean_override(override_reason)
    now = ctx.now()
    due_back = _due_date(due, now.date())
    with ctx.transaction():
        settings = load_settings()
        person = lookups.person_by_email(email)
        assets = [lookups.asset_by_tag(tag) for tag in clean_tags]
        number = document_number("REC", now.year, sequences.take(f"receipt:{now.year}"), 4)
        overridden: list[str] = []
        for asset in assets:
            _refuse_assigned(asset)
            override = reason if needs_override(asset, settings, now) else None
            stale = _standing(asset, settings, now) == STALE
            facts = facts_for(
                asset, settings, person_active=person.active, override_reason=override, encryption_stale=stale
            )
            note = {"receipt_no": number, "person": person.email, "due_back": due_back}
            try:
                change_status(ctx, asset, Action.CHECK_OUT, facts, values={"holder": person.id}, note=note)
            except InvalidTransition as exc:
                raise InvalidTransition(
                    f"{asset.tag}: {exc.message}", code=exc.code, field=exc.field, **{**exc.params, "tag": asset.tag}
                ) from None
            assignment = Assignment.create(
                asset=asset.id,
                person=person.id,
                out_at=now,
                due_back=due_back,
                receipt_no=number,
                override_reason=override or "",
            )
            if override:
                overridden.append(asset.tag)
                ctx.log([_override_event(asset, person, number, override, assignment.id)])
        custody_receipts.store_handover(ctx, number, signatures)
    result = CheckOutResult(number, tuple(a.tag for a in assets), tuple(overridden))
    return Changes(
        {ChangeKind.ASSET: frozenset(a.id for a in assets), ChangeKind.PERSON: frozenset({person.id})}, result
    )


def _override_event(asset: Asset, person: Person, number: str, reason: str, assignment_id: int) -> NewEvent:
    after = {
        "reason": reason,
        "encryption_state": asset.encryption_state,
        "category": asset.category,
        "person": person.email,
        "receipt_no": number,
        "assignment": assignment_id,
    }
    return NewEvent("asset", asset.id, "encryption_override", None, after)


def _close_assignment(ctx: ServiceContext, asset: Asset, condition: str) -> int | None:
    assignment = custody_queries.open_assignment(asset.id)
    if assignment is None:
        return None
    Assignment.update(in_at=ctx.now(), condition_at_return=condition).where(Assignment.id == assignment.id).execute()
    return int(assignment.id)


def check_in(
    ctx: ServiceContext,
    tag: str,
    condition: str | None = None,
    note: str = "",
    signatures: Sequence[Signature] = (),
) -> Changes:
    """Take a device back: the assignment is closed with the condition at return, the holder cleared.

    `condition` None keeps the condition on record. The result is the assignment id (for the return receipt);
    the return receipt is numbered and kept with the remark (`note`) in the same transaction.
    """
    ctx.require(Permission.CUSTODY_CHECKOUT)
    given = choice(Condition, condition, "condition") if condition else None
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        if asset.status != AssetStatus.ASSIGNED.value:
            raise InvalidTransition(
                f"{asset.tag} is not checked out to anyone (its status is {asset.status}).",
                code="not_assigned",
                field="tag",
            )
        clean = given or asset.condition
        facts = facts_for(asset, load_settings(), condition=Condition(clean))
        holder_id = asset.holder_id
        values = {"holder": None, "condition": clean}
        remark = text(note, "note", 1000)
        change_status(ctx, asset, Action.CHECK_IN, facts, values=values, note={"note": remark})
        assignment_id = _close_assignment(ctx, asset, clean)
        if assignment_id is not None:
            custody_receipts.store_return(ctx, assignment_id, remark, signatures)
    touched = {
        ChangeKind.ASSET: frozenset({asset.id}),
        ChangeKind.PERSON: frozenset({holder_id} if holder_id else set()),
    }
    return Changes(touched, assignment_id)


def send_to_repair(ctx: ServiceContext, tag: str, note: str = "") -> Changes:
    """In stock or assigned -> in repair. An assigned device is handed back first (its assignment closes)."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        facts = facts_for(asset, load_settings())
        was_holder = asset.holder_id
        change_status(ctx, asset, Action.SEND_TO_REPAIR, facts, values={"holder": None}, note={"note": note})
        _close_assignment(ctx, asset, asset.condition)
    touched = {
        ChangeKind.ASSET: frozenset({asset.id}),
        ChangeKind.PERSON: frozenset({was_holder} if was_holder else set()),
    }
    return Changes(touched)


def back_from_repair(ctx: ServiceContext, tag: str, condition: str | None = None, note: str = "") -> Changes:
    """In repair -> in stock, with the condition after repair when given."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        values = {"condition": choice(Condition, condition, "condition")} if condition else {}
        change_status(
            ctx, asset, Action.REPAIRED, facts_for(asset, load_settings()), values=values, note={"note": note}
        )
    return Changes.of(ChangeKind.ASSET, asset.id)

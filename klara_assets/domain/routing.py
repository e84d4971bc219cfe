"""Refurbish-or-recycle advice for a retired device (SPEC §3): a pure function that always gives its reasons.

Klara's charter puts a second life before recycling, so the advice leans to refurbishment and turns to
recycling only for a decisive reason: media destroyed, a broken device, or one far past its lifetime or
both old and in poor condition. The office manager decides; choosing against the advice needs a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from klara_assets.domain.enums import Condition, SanitizationMethod

# Past this multiple of its lifetime, a device is advised to recycling whatever its condition.
FAR_PAST_LIFETIME = 1.5


class RouteTarget(StrEnum):
    REFURBISH = "refurbish"
    RECYCLE = "recycle"


@dataclass(frozen=True)
class Reason:
    """One reason behind the advice: a stable code (for translation) and its English text."""

    code: str
    text: str


@dataclass(frozen=True)
class RoutingAdvice:
    target: RouteTarget
    reasons: tuple[Reason, ...]
    blockers: tuple[Reason, ...] = ()

    @property
    def routable(self) -> bool:
        """False while a blocker (no passed sanitization) forbids either way."""
        return not self.blockers

    def to_json(self) -> dict[str, object]:
        return {
            "advice": self.target.value,
            "reasons": [{"code": r.code, "text": r.text} for r in self.reasons],
            "blockers": [{"code": r.code, "text": r.text} for r in self.blockers],
        }


@dataclass(frozen=True)
class DeviceFacts:
    category: str
    age_years: float | None
    lifetime_years: int
    condition: Condition
    has_storage: bool
    passed_methods: frozenset[SanitizationMethod]


def _age_reason(facts: DeviceFacts) -> Reason:
    if facts.age_years is None:
        return Reason("age_unknown", "Purchase date unknown: the age cannot be weighed.")
    age, life = facts.age_years, facts.lifetime_years
    if age < life:
        return Reason("within_lifetime", f"{age:.1f} years old, within the {life}-year lifetime of a {facts.category}.")
    if age >= life * FAR_PAST_LIFETIME:
        return Reason(
            "far_past_lifetime", f"{age:.1f} years old, far past the {life}-year lifetime of a {facts.category}."
        )
    return Reason("past_lifetime", f"{age:.1f} years old, past the {life}-year lifetime of a {facts.category}.")


def _condition_reason(condition: Condition) -> Reason:
    texts = {
        Condition.GOOD: "In good condition: fit for a second life.",
        Condition.FAIR: "In fair condition: fit for a second life after light refurbishment.",
        Condition.POOR: "In poor condition: needs repairs before any reuse.",
        Condition.BROKEN: "Broken: not worth repairing for reuse.",
    }
    return Reason(f"condition_{condition.value}", texts[condition])


def _sanitization_reasons(facts: DeviceFacts) -> tuple[list[Reason], list[Reason]]:
    """(reasons, blockers) about the data on the device."""
    if not facts.has_storage:
        return [Reason("no_storage", "No storage: no data to sanitize.")], []
    methods = facts.passed_methods
    if not methods:
        return [], [Reason("sanitization_missing", "No passed sanitization yet: sanitize the device before routing.")]
    if methods & {SanitizationMethod.CLEAR, SanitizationMethod.PURGE}:
        names = " and ".join(sorted(m.value.capitalize() for m in methods - {SanitizationMethod.DESTROY}))
        return [Reason("sanitized_reusable", f"Sanitized by {names}: the device can be reused.")], []
    return [Reason("media_destroyed", "Media sanitized by Destroy: refurbishment is impossible.")], []


def advise(facts: DeviceFacts) -> RoutingAdvice:
    """Refurbish unless a decisive reason calls for recycling; every consideration is listed."""
    age = _age_reason(facts)
    condition = _condition_reason(facts.condition)
    data_reasons, blockers = _sanitization_reasons(facts)
    reasons = (age, condition, *data_reasons)
    codes = {r.code for r in reasons}
    recycle = bool(
        codes & {"media_destroyed", "condition_broken", "far_past_lifetime"}
        or {"past_lifetime", "condition_poor"} <= codes
    )
    target = RouteTarget.RECYCLE if recycle else RouteTarget.REFURBISH
    return RoutingAdvice(target, reasons, tuple(blockers))


def age_in_years(purchased_days_ago: int | None) -> float | None:
    return None if purchased_days_ago is None else purchased_days_ago / 365.25


def needs_reason(advice: RoutingAdvice, chosen: RouteTarget, reason: str | None) -> bool:
    """True when `chosen` goes against the advice and no reason was given (the caller refuses it)."""
    return chosen != advice.target and not (reason or "").strip()

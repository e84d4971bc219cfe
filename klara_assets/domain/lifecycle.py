"""The asset lifecycle (SPEC §3): one transition table and one `transition()` function.

Nothing else decides an asset's status. A service gathers the facts a guard needs into `Facts`, calls
`transition()`, stores the status it returns and appends the event, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from klara_assets.domain.enums import (
    FINAL_STATUSES,
    AssetStatus,
    Category,
    Condition,
    EncryptionState,
    SanitizationMethod,
)
from klara_assets.domain.errors import InvalidTransition

S = AssetStatus

DEFAULT_ENCRYPTED_CATEGORIES = frozenset({Category.LAPTOP, Category.SMARTPHONE, Category.TABLET})


class Action(StrEnum):
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    SEND_TO_REPAIR = "send_to_repair"
    REPAIRED = "repaired"
    REPORT_LOST = "report_lost"
    REPORT_STOLEN = "report_stolen"
    RECOVER = "recover"
    WRITE_OFF = "write_off"
    RETIRE = "retire"
    UNRETIRE = "unretire"
    ROUTE_TO_REFURBISHMENT = "route_to_refurbishment"
    ROUTE_TO_RECYCLING = "route_to_recycling"
    CLOSE_REFURBISHED = "close_refurbished"
    CLOSE_RECYCLED = "close_recycled"
    DONATE_TO_EMPLOYEE = "donate_to_employee"  # issue 16: a gift to staff, a second life


@dataclass(frozen=True)
class Facts:
    """What the guards look at. A service fills in the fields that its action needs."""

    category: Category = Category.OTHER
    has_storage: bool = False
    encryption: EncryptionState = EncryptionState.UNKNOWN
    encryption_stale: bool = False  # recorded encrypted, but the check is missing or too old (to re-check)
    encrypted_categories: frozenset[Category] = DEFAULT_ENCRYPTED_CATEGORIES
    person_active: bool | None = None
    override_reason: str | None = None
    condition: Condition | None = None
    reason: str | None = None
    inspection_note: str | None = None
    incident_closed: bool = False
    passed_sanitizations: frozenset[SanitizationMethod] = field(default_factory=frozenset)
    partner_certified: bool | None = None
    donation_within_cap: bool | None = None


Guard = Callable[[Facts], None]


def _refuse(code: str, message: str, field: str | None = None) -> None:
    raise InvalidTransition(message, code=code, field=field)


def _needs_reason(facts: Facts) -> None:
    if not (facts.reason or "").strip():
        _refuse("reason_required", "A reason is required for this action.", "reason")


def _check_out(facts: Facts) -> None:
    if not facts.person_active:
        _refuse("person_inactive", "The person is not active: a device cannot be checked out to them.", "person")
    needs_encryption = facts.category in facts.encrypted_categories
    overridden = bool((facts.override_reason or "").strip())
    if needs_encryption and facts.encryption == EncryptionState.ENCRYPTED and facts.encryption_stale and not overridden:
        _refuse(
            "encryption_recheck",
            f"Encryption policy: this {facts.category.value} is recorded encrypted but its check is missing or "
            "too old: re-check it before check-out; a manager override needs a reason.",
            "encryption",
        )
    if needs_encryption and facts.encryption != EncryptionState.ENCRYPTED and not overridden:
        _refuse(
            "encryption_required",
            f"Encryption policy: a {facts.category.value} must be encrypted before check-out "
            f"(its encryption state is {facts.encryption.value}); a manager override needs a reason.",
            "encryption",
        )


def _check_in(facts: Facts) -> None:
    if facts.condition is None:
        _refuse("condition_required", "The condition at return must be recorded.", "condition")


def _recover(facts: Facts) -> None:
    if not facts.incident_closed:
        _refuse("incident_open", "The incident must be closed as recovered first.")
    if not (facts.inspection_note or "").strip():
        _refuse("inspection_required", "An inspection note is required to recover a device.", "inspection_note")


def _write_off(facts: Facts) -> None:
    if not facts.incident_closed:
        _refuse("incident_open", "The incident must be closed as unrecovered first.")


def _route_refurbish(facts: Facts) -> None:
    if not facts.has_storage:
        return
    allowed = {SanitizationMethod.CLEAR, SanitizationMethod.PURGE}
    if not facts.passed_sanitizations & allowed:
        if SanitizationMethod.DESTROY in facts.passed_sanitizations:
            _refuse(
                "destroyed_media",
                "Media sanitized by Destroy cannot go to refurbishment; route it to recycling.",
                "sanitization",
            )
        _refuse(
            "sanitization_required",
            "A device with storage needs a passed sanitization (Clear or Purge) before refurbishment.",
            "sanitization",
        )


def _route_recycle(facts: Facts) -> None:
    if facts.has_storage and not facts.passed_sanitizations:
        _refuse(
            "sanitization_required",
            "A device with storage needs a passed sanitization before recycling.",
            "sanitization",
        )


def _partner_certified(facts: Facts) -> None:
    if not facts.partner_certified:
        _refuse(
            "partner_not_certified",
            "The batch partner holds no certification valid on the pickup date.",
            "partner",
        )


def _donate(facts: Facts) -> None:
    """A gift to an employee: the medium Cleared or Purged (as for refurbishment), the person active and the
    yearly cap of CGI art. 81, 31° bis respected (the service checks the figures and states them)."""
    _route_refurbish(facts)
    if not facts.person_active:
        _refuse("person_inactive", "The person is not active: a device cannot be given to them.", "person")
    if not facts.donation_within_cap:
        _refuse("donation_cap_exceeded", "The gift is above the yearly cap per employee.", "price")


def _no_guard(facts: Facts) -> None:
    return None


# (from statuses, action) -> (to status, guard)
TRANSITIONS: dict[Action, tuple[frozenset[AssetStatus], AssetStatus, Guard]] = {
    Action.CHECK_OUT: (frozenset({S.IN_STOCK}), S.ASSIGNED, _check_out),
    Action.CHECK_IN: (frozenset({S.ASSIGNED}), S.IN_STOCK, _check_in),
    Action.SEND_TO_REPAIR: (frozenset({S.IN_STOCK, S.ASSIGNED}), S.IN_REPAIR, _no_guard),
    Action.REPAIRED: (frozenset({S.IN_REPAIR}), S.IN_STOCK, _no_guard),
    Action.REPORT_LOST: (frozenset({S.IN_STOCK, S.ASSIGNED, S.IN_REPAIR}), S.LOST, _no_guard),
    Action.REPORT_STOLEN: (frozenset({S.IN_STOCK, S.ASSIGNED, S.IN_REPAIR}), S.STOLEN, _no_guard),
    Action.RECOVER: (frozenset({S.LOST, S.STOLEN}), S.IN_STOCK, _recover),
    Action.WRITE_OFF: (frozenset({S.LOST, S.STOLEN}), S.WRITTEN_OFF, _write_off),
    Action.RETIRE: (frozenset({S.IN_STOCK, S.IN_REPAIR}), S.RETIRED, _needs_reason),
    Action.UNRETIRE: (frozenset({S.RETIRED}), S.IN_STOCK, _needs_reason),
    Action.ROUTE_TO_REFURBISHMENT: (frozenset({S.RETIRED}), S.TO_REFURBISH, _route_refurbish),
    Action.ROUTE_TO_RECYCLING: (frozenset({S.RETIRED}), S.TO_RECYCLE, _route_recycle),
    Action.CLOSE_REFURBISHED: (frozenset({S.TO_REFURBISH}), S.REFURBISHED, _partner_certified),
    Action.CLOSE_RECYCLED: (frozenset({S.TO_RECYCLE}), S.RECYCLED, _partner_certified),
    # A device given to an employee leaves the fleet with a second life: the final status `refurbished`
    # (reused as it is), its donation record telling it from a partner's refurbishment.
    Action.DONATE_TO_EMPLOYEE: (frozenset({S.RETIRED, S.TO_REFURBISH}), S.REFURBISHED, _donate),
}


class Record(StrEnum):
    """Things recorded about a device that do not change its status; each is allowed in some statuses."""

    SANITIZATION = "sanitization"  # NIST 800-88 record, and its certificate
    ENCRYPTION_CHECK = "encryption_check"


RECORDS: dict[Record, frozenset[AssetStatus]] = {
    # In our hands and not yet gone: a held device is checked in first, a lost one recovered first.
    Record.SANITIZATION: frozenset({S.IN_STOCK, S.IN_REPAIR, S.RETIRED, S.TO_REFURBISH, S.TO_RECYCLE}),
    Record.ENCRYPTION_CHECK: frozenset(set(S) - FINAL_STATUSES),
}


class Reason(StrEnum):
    """Why the device's status refuses an action (the window translates it; see `refusal`)."""

    CHECK_IN_FIRST = "check_in_first"
    RECOVER_FIRST = "recover_first"
    UNRETIRE_FIRST = "unretire_first"
    RETIRE_FIRST = "retire_first"
    ROUTE_FIRST = "route_first"
    IN_REPAIR = "in_repair"
    FINAL_STATUS = "final_status"
    WRONG_STATUS = "wrong_status"


@dataclass(frozen=True)
class Refusal:
    action: Action | Record
    status: AssetStatus
    reason: Reason

    @property
    def hint(self) -> str:
        return _HINT_TEXT.get(self.reason, "")


_HINT_TEXT = {
    Reason.CHECK_IN_FIRST: "check it in first",
    Reason.RECOVER_FIRST: "it must be recovered first",
    Reason.UNRETIRE_FIRST: "unretire it first",
    Reason.RETIRE_FIRST: "retire it first",
    Reason.ROUTE_FIRST: "route it first",
    Reason.IN_REPAIR: "it must come back from repair first",
}

# Kept exactly as the transition messages have always read; `refusal` gives the window its reason.
_MESSAGE_HINTS = {(Action.RETIRE, S.ASSIGNED)}


def allowed_actions(status: AssetStatus) -> list[Action]:
    """The actions whose source statuses include `status` (guards not evaluated)."""
    return [action for action, (sources, _, _) in TRANSITIONS.items() if status in sources]


def sources_of(action: Action | Record) -> frozenset[AssetStatus]:
    return RECORDS[action] if isinstance(action, Record) else TRANSITIONS[action][0]


def refusal(status: AssetStatus, action: Action | Record) -> Refusal | None:
    """None when `status` allows `action` (guards not evaluated), else why not: what to do first."""
    sources = sources_of(action)
    if status in sources:
        return None
    if status in FINAL_STATUSES:
        return Refusal(action, status, Reason.FINAL_STATUS)
    reason = Reason.WRONG_STATUS
    if status == S.ASSIGNED and S.IN_STOCK in sources:
        reason = Reason.CHECK_IN_FIRST
    elif status in (S.LOST, S.STOLEN) and S.IN_STOCK in sources:
        reason = Reason.RECOVER_FIRST
    elif status == S.IN_REPAIR and S.IN_STOCK in sources:
        reason = Reason.IN_REPAIR
    elif status == S.RETIRED and S.IN_STOCK in sources:
        reason = Reason.UNRETIRE_FIRST
    elif status == S.RETIRED and sources & {S.TO_REFURBISH, S.TO_RECYCLE}:
        reason = Reason.ROUTE_FIRST
    elif status in (S.IN_STOCK, S.IN_REPAIR) and S.RETIRED in sources and action != Action.UNRETIRE:
        reason = Reason.RETIRE_FIRST
    return Refusal(action, status, reason)


def transition(current: AssetStatus, action: Action, facts: Facts) -> AssetStatus:
    """The status after `action`, or `InvalidTransition` naming why it is refused."""
    sources, target, guard = TRANSITIONS[action]
    if current not in sources:
        if current in FINAL_STATUSES:
            detail = f"the device is {current.value}, a final status"
        else:
            detail = f"the device is {current.value}"
        found = refusal(current, action)
        if found is not None and (action, current) in _MESSAGE_HINTS:
            detail = f"{detail}: {found.hint}"
        raise InvalidTransition(
            f"Cannot {action.value.replace('_', ' ')}: {detail}.",
            code="status_forbids",
            action=action.value,
            status=current.value,
        )
    guard(facts)
    return target


def is_missing(status: AssetStatus) -> bool:
    """Lost or stolen: the device is away under an open incident (it can only be recovered or written off)."""
    return Action.RECOVER in allowed_actions(status)


def is_held(status: AssetStatus) -> bool:
    """Checked out to someone: the device is with its holder, not in a room."""
    return Action.CHECK_IN in allowed_actions(status)


def audit_expects(status: AssetStatus) -> bool:
    """Whether an audit of the device's location counts it (held devices are listed apart, never missing)."""
    return status not in FINAL_STATUSES and not is_missing(status)

"""GDPR triage of an incident (SPEC §5, GDPR art. 33): is a personal-data breach notification likely due?

A lost or stolen device whose encryption state at the time was not `encrypted`, and which may hold
personal data (yes or unknown), is a *likely notifiable* breach: the supervisory authority (CNIL) must be
told within 72 hours of discovery. An encrypted device is still a breach, recorded with low risk. A
compromised device is judged the same way except that disk encryption does not protect data on a running,
compromised system, so it never lowers the risk. A damaged device is not a confidentiality breach.

Pure: the caller passes `now`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from klara_assets.domain.enums import EncryptionState, IncidentKind, PersonalData

NOTIFICATION_DELAY = timedelta(hours=72)
URGENT_BELOW = timedelta(hours=24)


class Assessment(StrEnum):
    LIKELY_NOTIFIABLE = "likely_notifiable"
    LOW_RISK = "low_risk"
    NO_PERSONAL_DATA = "no_personal_data"
    NOT_A_BREACH = "not_a_breach"


@dataclass(frozen=True)
class Triage:
    """The assessment and, for a likely notifiable breach, the deadline and the time left at `now`."""

    assessment: Assessment
    reason: str
    reason_code: str
    deadline: datetime | None = None
    time_left: timedelta | None = None
    urgent: bool = False
    notified_at: datetime | None = None  # when the CNIL was notified (the clock stopped then)

    @property
    def notifiable(self) -> bool:
        return self.assessment == Assessment.LIKELY_NOTIFIABLE

    @property
    def is_breach(self) -> bool:
        return self.assessment != Assessment.NOT_A_BREACH

    @property
    def overdue(self) -> bool:
        return self.time_left is not None and self.time_left <= timedelta(0)


def _assessment(kind: IncidentKind, encryption: EncryptionState, personal: PersonalData) -> tuple[Assessment, str, str]:
    """The assessment, its English reason and a stable reason code (documents translate the code)."""
    if kind == IncidentKind.DAMAGED:
        return Assessment.NOT_A_BREACH, "a damaged device in our hands exposes no data", "damaged"
    if personal == PersonalData.NO:
        return Assessment.NO_PERSONAL_DATA, "the device holds no personal data", "no_personal_data"
    if kind == IncidentKind.COMPROMISED:
        reason = "a compromised device exposes its data whatever its disk encryption"
        return Assessment.LIKELY_NOTIFIABLE, reason, "compromised"
    if encryption == EncryptionState.ENCRYPTED:
        reason = "the device was encrypted: the data is unintelligible to whoever holds it"
        return Assessment.LOW_RISK, reason, "encrypted"
    if encryption == EncryptionState.PARTIAL:
        reason = "the device was only partly encrypted: its unencrypted part may hold personal data"
        return Assessment.LIKELY_NOTIFIABLE, reason, "partly_encrypted"
    reason = f"the device was not encrypted (state: {encryption.value}) and may hold personal data"
    return Assessment.LIKELY_NOTIFIABLE, reason, "not_encrypted"


def triage(
    kind: IncidentKind,
    encryption_at_time: EncryptionState,
    personal_data: PersonalData,
    discovered_at: datetime,
    now: datetime,
    *,
    settled: bool = False,
    notified_at: datetime | None = None,
) -> Triage:
    """Assess an incident. `settled` (CNIL notified or incident closed) stops the clock: no urgency;
    `notified_at` says when the CNIL was notified, if it was."""
    assessment, reason, code = _assessment(kind, encryption_at_time, personal_data)
    if assessment != Assessment.LIKELY_NOTIFIABLE:
        return Triage(assessment, reason, code, notified_at=notified_at)
    deadline = discovered_at + NOTIFICATION_DELAY
    if settled or notified_at is not None:
        return Triage(assessment, reason, code, deadline, notified_at=notified_at)
    left = deadline - now
    return Triage(assessment, reason, code, deadline, left, urgent=left < URGENT_BELOW)


def format_time_left(left: timedelta) -> str:
    """`51 h 12 min`, or `overdue by 3 h 05 min` (English; the UI translates)."""
    minutes = int(abs(left).total_seconds() // 60)
    text = f"{minutes // 60} h {minutes % 60:02d} min"
    return text if left > timedelta(0) else f"overdue by {text}"

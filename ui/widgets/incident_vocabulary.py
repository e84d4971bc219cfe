"""Display names of the incident vocabularies (kind, personal data, timeline steps, outcome, GDPR
assessment) and the time left before the 72-hour deadline, in the user's language.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from ui.errors import QT_TRANSLATE_NOOP
from ui.widgets.display import translated_name

KIND_NAMES = {
    "lost": QT_TRANSLATE_NOOP("incident_vocabulary", "Lost"),
    "stolen": QT_TRANSLATE_NOOP("incident_vocabulary", "Stolen"),
    "damaged": QT_TRANSLATE_NOOP("incident_vocabulary", "Damaged"),
    "compromised": QT_TRANSLATE_NOOP("incident_vocabulary", "Compromised"),
}
PERSONAL_DATA_NAMES = {
    "yes": QT_TRANSLATE_NOOP("incident_vocabulary", "Yes"),
    "no": QT_TRANSLATE_NOOP("incident_vocabulary", "No"),
    "unknown": QT_TRANSLATE_NOOP("incident_vocabulary", "Unknown"),
}
STEP_NAMES = {
    "security_officer_notified": QT_TRANSLATE_NOOP("incident_vocabulary", "Security officer notified"),
    "credentials_revoked": QT_TRANSLATE_NOOP("incident_vocabulary", "Credentials revoked"),
    "remote_lock": QT_TRANSLATE_NOOP("incident_vocabulary", "Remote lock"),
    "remote_wipe": QT_TRANSLATE_NOOP("incident_vocabulary", "Remote wipe"),
    "police_report": QT_TRANSLATE_NOOP("incident_vocabulary", "Police report"),
    "cnil_notified": QT_TRANSLATE_NOOP("incident_vocabulary", "CNIL notified"),
}
OUTCOME_NAMES = {
    "recovered": QT_TRANSLATE_NOOP("incident_vocabulary", "Recovered"),
    "written_off": QT_TRANSLATE_NOOP("incident_vocabulary", "Written off"),
    "repaired": QT_TRANSLATE_NOOP("incident_vocabulary", "Repaired"),
}
ASSESSMENT_NAMES = {
    "likely_notifiable": QT_TRANSLATE_NOOP("incident_vocabulary", "Likely notifiable"),
    "low_risk": QT_TRANSLATE_NOOP("incident_vocabulary", "Low risk"),
    "no_personal_data": QT_TRANSLATE_NOOP("incident_vocabulary", "No personal data"),
    "not_a_breach": QT_TRANSLATE_NOOP("incident_vocabulary", "Not a breach"),
}
STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("incident_vocabulary", "Open"),
    "closed": QT_TRANSLATE_NOOP("incident_vocabulary", "Closed"),
}


def _name(names: dict[str, str], value: str | None) -> str:
    return translated_name("incident_vocabulary", names, value)


def kind_name(value: str | None) -> str:
    return _name(KIND_NAMES, value)


def personal_data_name(value: str | None) -> str:
    return _name(PERSONAL_DATA_NAMES, value)


def step_name(value: str | None) -> str:
    return _name(STEP_NAMES, value)


def outcome_name(value: str | None) -> str:
    return _name(OUTCOME_NAMES, value)


def assessment_name(value: str | None) -> str:
    return _name(ASSESSMENT_NAMES, value)


def incident_status_name(value: str | None) -> str:
    return _name(STATUS_NAMES, value)


def time_left_text(left: timedelta) -> str:
    """`51 h 12 min left`, or `Overdue by 3 h 05 min`."""
    minutes = int(abs(left).total_seconds() // 60)
    hours, rest = f"{minutes // 60}", f"{minutes % 60:02d}"
    if left > timedelta(0):
        text = QCoreApplication.translate("incident_vocabulary", "%1 h %2 min left")
    else:
        text = QCoreApplication.translate("incident_vocabulary", "Overdue by %1 h %2 min")
    return text.replace("%1", hours).replace("%2", rest)

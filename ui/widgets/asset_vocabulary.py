"""Display names of the asset vocabularies that `ui.widgets.display` does not cover (encryption, condition,
storage), and of the activity log's actions, in the user's language. Stored identifiers stay English.
"""

from __future__ import annotations

from ui.errors import QT_TRANSLATE_NOOP
from ui.widgets.display import translated_name

ENCRYPTION_NAMES = {
    "unknown": QT_TRANSLATE_NOOP("vocabulary", "Unknown"),
    "none": QT_TRANSLATE_NOOP("vocabulary", "Not encrypted"),
    "partial": QT_TRANSLATE_NOOP("vocabulary", "Partly encrypted"),
    "encrypted": QT_TRANSLATE_NOOP("vocabulary", "Encrypted"),
}
CONDITION_NAMES = {
    "good": QT_TRANSLATE_NOOP("vocabulary", "Good"),
    "fair": QT_TRANSLATE_NOOP("vocabulary", "Fair"),
    "poor": QT_TRANSLATE_NOOP("vocabulary", "Poor"),
    "broken": QT_TRANSLATE_NOOP("vocabulary", "Broken"),
}
STORAGE_NAMES = {
    "none": QT_TRANSLATE_NOOP("vocabulary", "No storage"),
    "hdd": QT_TRANSLATE_NOOP("vocabulary", "Hard disk (HDD)"),
    "ssd": QT_TRANSLATE_NOOP("vocabulary", "SSD"),
    "flash": QT_TRANSLATE_NOOP("vocabulary", "Flash memory"),
    "emmc": QT_TRANSLATE_NOOP("vocabulary", "eMMC"),
    "unknown": QT_TRANSLATE_NOOP("vocabulary", "Not recorded (treated as storage)"),
}
ACTION_NAMES = {
    "register": QT_TRANSLATE_NOOP("vocabulary", "Registered"),
    "edit": QT_TRANSLATE_NOOP("vocabulary", "Edited"),
    "check_out": QT_TRANSLATE_NOOP("vocabulary", "Checked out"),
    "check_in": QT_TRANSLATE_NOOP("vocabulary", "Checked in"),
    "send_to_repair": QT_TRANSLATE_NOOP("vocabulary", "Sent to repair"),
    "repaired": QT_TRANSLATE_NOOP("vocabulary", "Back from repair"),
    "report_lost": QT_TRANSLATE_NOOP("vocabulary", "Reported lost"),
    "report_stolen": QT_TRANSLATE_NOOP("vocabulary", "Reported stolen"),
    "recover": QT_TRANSLATE_NOOP("vocabulary", "Recovered"),
    "write_off": QT_TRANSLATE_NOOP("vocabulary", "Written off"),
    "retire": QT_TRANSLATE_NOOP("vocabulary", "Retired"),
    "unretire": QT_TRANSLATE_NOOP("vocabulary", "Back in service"),
    "route_to_refurbishment": QT_TRANSLATE_NOOP("vocabulary", "Sent for refurbishment"),
    "route_to_recycling": QT_TRANSLATE_NOOP("vocabulary", "Sent for recycling"),
    "close_refurbished": QT_TRANSLATE_NOOP("vocabulary", "Refurbished"),
    "close_recycled": QT_TRANSLATE_NOOP("vocabulary", "Recycled"),
    "encryption_check": QT_TRANSLATE_NOOP("vocabulary", "Encryption checked"),
    "encryption_override": QT_TRANSLATE_NOOP("vocabulary", "Encryption policy overridden"),
    "donate": QT_TRANSLATE_NOOP("vocabulary", "Given to an employee"),
    "donate_to_employee": QT_TRANSLATE_NOOP("vocabulary", "Given to an employee"),
    "attach": QT_TRANSLATE_NOOP("vocabulary", "File attached"),
    "detach": QT_TRANSLATE_NOOP("vocabulary", "Attachment removed"),
}


def _name(names: dict[str, str], value: str | None) -> str:
    return translated_name("vocabulary", names, value)


def encryption_name(value: str | None) -> str:
    return _name(ENCRYPTION_NAMES, value)


def condition_name(value: str | None) -> str:
    return _name(CONDITION_NAMES, value)


def storage_name(value: str | None) -> str:
    return _name(STORAGE_NAMES, value)


def action_name(value: str | None) -> str:
    return _name(ACTION_NAMES, value)

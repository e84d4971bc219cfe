"""Why a device action is not available, in the user's language: the tooltip of a disabled button or menu item.

The domain decides (`lifecycle.refusal` names the reason: check it in first, recover it first...); this
module only words it. Selection reasons (nothing selected, one device at a time) are the window's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.lifecycle import Action, Reason, Record, Refusal, refusal
from ui.errors import QT_TRANSLATE_NOOP
from ui.widgets.display import status_name

DomainAction = Action | Record

REASONS = {
    Reason.CHECK_IN_FIRST: QT_TRANSLATE_NOOP("action_reasons", "Check the device in first."),
    Reason.RECOVER_FIRST: QT_TRANSLATE_NOOP("action_reasons", "The device is %1: record it as found first."),
    Reason.UNRETIRE_FIRST: QT_TRANSLATE_NOOP("action_reasons", "The device is retired: unretire it first."),
    Reason.RETIRE_FIRST: QT_TRANSLATE_NOOP("action_reasons", "Retire the device first."),
    Reason.ROUTE_FIRST: QT_TRANSLATE_NOOP("action_reasons", "Route the device to refurbishment or recycling first."),
    Reason.IN_REPAIR: QT_TRANSLATE_NOOP("action_reasons", "The device is in repair: record it back first."),
    Reason.FINAL_STATUS: QT_TRANSLATE_NOOP("action_reasons", "The device is %1: its record is closed."),
    Reason.WRONG_STATUS: QT_TRANSLATE_NOOP("action_reasons", "Not possible while the device is %1."),
}


def _translated(text: str) -> str:  # for texts marked above; literals call translate() itself (lupdate)
    return QCoreApplication.translate("action_reasons", text)


def describe(found: Refusal) -> str:
    return _translated(REASONS[found.reason]).replace("%1", status_name(found.status.value).lower())


def first_refusal(actions: Sequence[DomainAction], statuses: Iterable[str]) -> Refusal | None:
    """The first selected status that none of `actions` allows (an action list means "any of them")."""
    for value in sorted(statuses):
        status = AssetStatus(value)
        found = [refusal(status, action) for action in actions]
        if all(item is not None for item in found):
            return found[0]
    return None


def why_not(actions: Sequence[DomainAction], count: int, statuses: Iterable[str], single: bool = False) -> str:
    """'' when the selection allows the action, else the reason to show."""
    if count == 0:
        return QCoreApplication.translate("action_reasons", "Select a device first.")
    if single and count != 1:
        return QCoreApplication.translate("action_reasons", "Select one device only.")
    found = first_refusal(actions, statuses) if actions else None
    return describe(found) if found is not None else ""

"""Custody, incident and encryption actions on the assets page's selection.

Each handler resolves the selected ids to tags on the worker, then opens its dialog (non-blocking) or,
for repair, asks for confirmation and calls the service. The services decide; a refusal is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from klara_assets.domain.lifecycle import Action, Record
from klara_assets.persistence.asset_search import tags_for
from klara_assets.services import custody
from ui.actions.base import AssetAction
from ui.context import UiContext
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.checkout_dialog import CheckoutDialog
from ui.dialogs.encryption_dialog import EncryptionCheckDialog
from ui.dialogs.incident_dialog import ReportIncidentDialog
from ui.errors import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("custody_actions", text)


def open_dialog(dialog: QDialog) -> None:
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()


def with_tags(ui: UiContext, ids: list[int], then: Callable[[list[str]], None]) -> None:
    chosen = list(ids)
    ui.run(lambda: tags_for(chosen), lambda tags: then(tags) if tags else None)


def check_out(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    with_tags(ui, ids, lambda tags: open_dialog(CheckoutDialog(ui, tags, parent)))


def check_in(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    with_tags(ui, ids, lambda tags: open_dialog(CheckinDialog(ui, tags[0], parent)))


def report_incident(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    with_tags(ui, ids, lambda tags: open_dialog(ReportIncidentDialog(ui, tags[0], "lost", parent)))


def record_encryption(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    with_tags(ui, ids, lambda tags: open_dialog(EncryptionCheckDialog(ui, tags[0], parent)))


def send_to_repair(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    def go(tags: list[str]) -> None:
        text = QCoreApplication.translate(
            "custody_actions", "Send %1 to repair? If someone holds it, it is checked in first."
        ).replace("%1", tags[0])
        if ui.dialogs.confirm(
            QCoreApplication.translate("custody_actions", "Send to repair"),
            text,
            QCoreApplication.translate("custody_actions", "Send to repair"),
        ):
            ctx, tag = ui.services, tags[0]
            ui.run(lambda: custody.send_to_repair(ctx, tag))

    with_tags(ui, ids, go)


def back_from_repair(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    def go(tags: list[str]) -> None:
        text = QCoreApplication.translate("custody_actions", "%1 is back from repair and goes back to stock.").replace(
            "%1", tags[0]
        )
        if ui.dialogs.confirm(
            QCoreApplication.translate("custody_actions", "Back from repair"),
            text,
            QCoreApplication.translate("custody_actions", "Back to stock"),
        ):
            ctx, tag = ui.services, tags[0]
            ui.run(lambda: custody.back_from_repair(ctx, tag))

    with_tags(ui, ids, go)


LABELS = {
    "check_out": QT_TRANSLATE_NOOP("custody_actions", "Check out…"),
    "check_in": QT_TRANSLATE_NOOP("custody_actions", "Check in…"),
    "send_to_repair": QT_TRANSLATE_NOOP("custody_actions", "Send to repair…"),
    "back_from_repair": QT_TRANSLATE_NOOP("custody_actions", "Back from repair…"),
    "report_incident": QT_TRANSLATE_NOOP("custody_actions", "Report loss or theft…"),
    "record_encryption": QT_TRANSLATE_NOOP("custody_actions", "Record encryption check…"),
}


def _label(key: str) -> Callable[[], str]:
    return lambda: tr(LABELS[key])


def actions() -> list[AssetAction]:
    return [
        AssetAction("check_out", _label("check_out"), check_out, (Action.CHECK_OUT,), "Ctrl+Shift+O"),
        AssetAction("check_in", _label("check_in"), check_in, (Action.CHECK_IN,), "Ctrl+Shift+I", single=True),
        AssetAction("send_to_repair", _label("send_to_repair"), send_to_repair, (Action.SEND_TO_REPAIR,), single=True),
        AssetAction("back_from_repair", _label("back_from_repair"), back_from_repair, (Action.REPAIRED,), single=True),
        AssetAction(
            "report_incident", _label("report_incident"), report_incident, (Action.REPORT_LOST,), "Ctrl+Shift+L", True
        ),
        AssetAction(
            "record_encryption", _label("record_encryption"), record_encryption, (Record.ENCRYPTION_CHECK,), single=True
        ),
    ]

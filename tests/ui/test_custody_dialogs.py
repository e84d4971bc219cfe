"""Custody and incident dialogs driven like a user would: check-out from the assets page with the
encryption override (refused without a reason, accepted with one, logged), check-in with its receipt,
reporting an incident (deadline, notify link), recording an encryption check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from klara_assets.persistence.models import Asset, Assignment, Event, Incident
from klara_assets.services import inventory, settings
from main import asset_actions
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.checkout_dialog import CheckoutDialog
from ui.dialogs.encryption_dialog import EncryptionCheckDialog
from ui.dialogs.incident_dialog import ReportIncidentDialog
from ui.pages.assets_page import AssetsPage


def _fleet(ui: UiContext) -> None:
    ctx = ui.services
    settings.update_settings(ctx, security_officer_email="rssi@example.fr", organisation_name="Klara SAS")
    inventory.add_person(ctx, "Zoé Lefèvre", "zoe@example.fr")
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="Latitude 5440", serial="SN-LAP-1")
    inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2422H", serial="SN-MON-1")


def _open_dialog(qtbot: Any, cls: type) -> Any:
    qtbot.waitUntil(lambda: any(isinstance(w, cls) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


def _ok(dialog: Any) -> None:
    qt_ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qt_ok.click()


def test_check_out_from_the_assets_page_needs_an_override_reason(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    page = AssetsPage(ui, asset_actions())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    qtbot.waitUntil(lambda: page.model.row_at(1) is not None)
    selection = page.table.selectionModel()
    for row in (0, 1):
        selection.select(
            page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    check_out = next(a for a in page._menu_actions if a.text() == "Check out…")
    assert check_out.isEnabled()
    check_out.trigger()
    dialog: CheckoutDialog = _open_dialog(qtbot, CheckoutDialog)
    qtbot.waitUntil(lambda: not dialog.policy.isHidden())
    assert "KLA-000001" in dialog.policy_text.text() and "KLA-000002" not in dialog.policy_text.text()
    assert "Unknown" in dialog.policy_text.text()
    qtbot.keyClicks(dialog.person, "zoe@example.fr")
    before = snapshot()
    _ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.visible_messages()))
    assert "override" in dialog.errors.visible_messages()["override_reason"].lower()
    assert snapshot() == before
    ui.dialogs.save_path = str(tmp_path / "receipt.pdf")  # type: ignore[attr-defined]
    opened: list[QUrl] = []
    dialog.opener = opened.append
    qtbot.keyClicks(dialog.reason, "CEO trip tomorrow, BitLocker on return (J. Martin)")
    with qtbot.waitSignal(dialog.completed, timeout=10_000) as done:
        _ok(dialog)
    assert done.args[0].receipt_no.startswith("REC-") and done.args[0].overridden == ("KLA-000001",)
    qtbot.waitUntil(lambda: bool(opened))
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "receipt.pdf").pages)
    assert "Zoé Lefèvre" in text and "SN-LAP-1" in text and "SN-MON-1" in text
    override = Event.get(Event.action == "encryption_override")
    assert "CEO trip tomorrow" in override.data
    assert Asset.get(Asset.tag == "KLA-000002").status == "assigned"


def test_check_in_closes_the_assignment_and_saves_the_return_receipt(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    from klara_assets.services import custody

    _fleet(ui)
    custody.check_out(ui.services, ["KLA-000002"], "zoe@example.fr")
    dialog = CheckinDialog(ui, "KLA-000002")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.condition.setCurrentIndex(dialog.condition.findData("fair"))
    ui.dialogs.save_path = str(tmp_path / "return.pdf")  # type: ignore[attr-defined]
    opened: list[QUrl] = []
    dialog.opener = opened.append
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        _ok(dialog)
    qtbot.waitUntil(lambda: bool(opened))
    assert Assignment.get().in_at is not None and Assignment.get().condition_at_return == "fair"
    assert "SN-MON-1" in PdfReader(tmp_path / "return.pdf").pages[0].extract_text()


def test_check_in_of_a_device_in_stock_is_refused(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    dialog = CheckinDialog(ui, "KLA-000002")
    qtbot.addWidget(dialog)
    before = snapshot()
    _ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.visible_messages()))
    assert "not checked out" in dialog.errors.visible_messages()["tag"]
    assert snapshot() == before


def test_reporting_a_theft_shows_the_deadline_and_the_notify_link(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    dialog = ReportIncidentDialog(ui, "KLA-000001", "stolen")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.personal_data.setCurrentIndex(dialog.personal_data.findData("yes"))
    qtbot.keyClicks(dialog.place, "Gare de Lyon")
    with qtbot.waitSignal(dialog.completed, timeout=10_000) as done:
        _ok(dialog)
    number = done.args[0].number
    assert number.startswith("INC-2026-") and done.args[0].triage.notifiable
    assert "Likely notifiable" in dialog.verdict.heading.text()
    assert "72 h 00 min left" in dialog.verdict.deadline.text()
    opened: list[QUrl] = []
    dialog.opener = opened.append
    qtbot.mouseClick(dialog.verdict.notify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    url = unquote(opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert url.startswith("mailto:rssi@example.fr")
    subject, body = url.split("subject=")[1].split("&body=")
    assert number in subject and number in body and "SN-LAP-1" in body
    assert Asset.get(Asset.tag == "KLA-000001").status == "stolen"


def test_an_incident_discovered_before_it_occurred_is_refused_under_the_field(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    dialog = ReportIncidentDialog(ui, "KLA-000001")
    qtbot.addWidget(dialog)
    dialog.occurred_known.setChecked(True)
    dialog.occurred.setDateTime(dialog.discovered.dateTime().addSecs(-600))
    dialog.discovered.setDateTime(dialog.discovered.dateTime().addSecs(-3600))
    before = snapshot()
    _ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.visible_messages()))
    assert "before it occurred" in dialog.errors.visible_messages()["discovered_at"]
    assert snapshot() == before and Incident.select().count() == 0


def test_an_encryption_check_refuses_a_recovery_key(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    dialog = EncryptionCheckDialog(ui, "KLA-000001")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.method, "BitLocker")
    qtbot.keyClicks(dialog.escrow, "123456-234567-345678-456789-567890-678901-789012-890123")
    before = snapshot()
    _ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.visible_messages()))
    assert "recovery key" in dialog.errors.visible_messages()["recovery_key_escrow"].lower()
    assert snapshot() == before
    dialog.escrow.setText("Intune")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        _ok(dialog)
    asset = Asset.get(Asset.tag == "KLA-000001")
    assert (asset.encryption_state, asset.recovery_key_escrow) == ("encrypted", "Intune")

"""Scan station: a wedge scanner types a tag and Enter, the card shows the device and what can be done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import qrcode
from PySide6.QtCore import Qt

from klara_assets.domain.places import Place
from klara_assets.persistence.audit_queries import audit_view
from klara_assets.persistence.models import Asset
from klara_assets.services import audits, inventory
from ui.context import UiContext
from ui.pages.scan_page import ScanPage


def _page(qtbot: Any, ui: UiContext) -> ScanPage:
    page = ScanPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    return page


def _fleet(ui: UiContext) -> None:
    inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="Latitude 7440", serial="5CG1")
    inventory.register_asset(ui.services, category="smartphone", manufacturer="Apple", model="iPhone 15")
    Asset.update(status="assigned").where(Asset.tag == "KLA-000002").execute()


def _wedge(qtbot: Any, page: ScanPage, code: str) -> None:
    qtbot.keyClicks(page.field, code)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_wedge_scan_shows_the_card_with_the_actions_of_its_status(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    page = _page(qtbot, ui)
    _wedge(qtbot, page, "kla-000001")
    qtbot.waitUntil(lambda: page.card.heading.text() == "KLA-000001", timeout=10_000)
    card = page.card
    assert card.chip.text() == "In stock"
    assert card.fields["device"].text() == "Dell Latitude 7440" and card.fields["serial"].text() == "5CG1"
    assert card.buttons["check_out"].isVisibleTo(page) and not card.buttons["check_in"].isVisibleTo(page)
    assert card.property("flash") == "ok"
    assert page.field.text() == "" and page.field.hasFocus()
    _wedge(qtbot, page, "KLA-000002")
    qtbot.waitUntil(lambda: page.card.heading.text() == "KLA-000002", timeout=10_000)
    assert card.chip.text() == "Assigned"
    assert card.buttons["check_in"].isVisibleTo(page) and not card.buttons["check_out"].isVisibleTo(page)
    assert card.buttons["report_lost"].isVisibleTo(page)
    assert page.history.count() == 2 and "KLA-000002" in page.history.item(0).text()


def test_garbage_scan_says_no_asset_matches_and_is_recorded(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    page = _page(qtbot, ui)
    _wedge(qtbot, page, "'; DROP TABLE asset; --")
    qtbot.waitUntil(lambda: page.history.count() == 1, timeout=10_000)
    assert page.card.heading.text() == "No asset matches this code"
    assert page.card.property("flash") == "fail"
    assert "No asset matches" in page.history.item(0).text()
    assert not page.card.buttons["register"].isVisibleTo(page)  # not shaped like a serial
    assert Asset.select().count() == 2


def test_unknown_serial_offers_registration_prefilled(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    page = _page(qtbot, ui)
    _wedge(qtbot, page, "PF3ABC99")
    qtbot.waitUntil(lambda: page.card.buttons["register"].isVisibleTo(page), timeout=10_000)
    qtbot.mouseClick(page.card.buttons["register"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    assert page.dialog.inputs["serial"].editor.text() == "PF3ABC99"
    page.dialog.reject()


def test_paste_is_a_scan(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    page = _page(qtbot, ui)
    page.field.paste_text("KLA-000001\nKLA-000002\n")
    qtbot.waitUntil(lambda: page.history.count() == 2, timeout=10_000)
    assert page.card.heading.text() == "KLA-000002"


def test_image_with_a_qr_code_opens_the_card(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    image = tmp_path / "photo.png"
    qrcode.make("KLA-000001").save(image)
    ui.dialogs.open_path = str(image)  # type: ignore[attr-defined]
    page = _page(qtbot, ui)
    qtbot.mouseClick(page.image_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card.heading.text() == "KLA-000001", timeout=10_000)
    blank = tmp_path / "blank.png"
    qrcode.make("x").resize((10, 10)).save(blank)
    ui.dialogs.open_path = str(blank)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.image_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card.heading.text() == "No code was found in this image.", timeout=10_000)


def test_camera_is_disabled_with_an_explanation_without_a_backend(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    assert not page.camera.start_button.isEnabled()
    assert page.camera.start_button.toolTip()
    assert page.camera.status.isVisibleTo(page) and page.camera.status.text()


def test_add_to_the_running_audit_records_the_scan(qtbot: Any, ui: UiContext) -> None:
    for room in ("Paris/Accueil", "Paris/Stock"):
        inventory.add_location(ui.services, Place.parse(room))
    inventory.register_asset(
        ui.services, category="laptop", manufacturer="Dell", model="X", location=Place.parse("Paris/Stock")
    )
    page = _page(qtbot, ui)
    _wedge(qtbot, page, "KLA-000001")
    qtbot.waitUntil(lambda: page.card.heading.text() == "KLA-000001", timeout=10_000)
    assert not page.card.buttons["add_to_audit"].isVisibleTo(page)  # no audit is running
    number = audits.open_audit(ui.services, Place.parse("Paris/Accueil")).result
    _wedge(qtbot, page, "KLA-000001")
    qtbot.waitUntil(lambda: page.card.buttons["add_to_audit"].isVisibleTo(page), timeout=10_000)
    qtbot.mouseClick(page.card.buttons["add_to_audit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "unexpected here" in page.card.message.text(), timeout=10_000)
    assert [line.result for line in audit_view(number).lines] == ["unexpected"]


def test_a_demo_certificate_scanned_shows_its_verdict(qtbot: Any, ui: UiContext) -> None:
    from klara_assets.domain.scan_payload import certificate_payload
    from klara_assets.persistence.models import Certificate
    from klara_assets.services import certificates, demo

    demo.generate(ui.services, assets=120)
    issued = Certificate.select().order_by(Certificate.number).first()
    page = _page(qtbot, ui)
    _wedge(qtbot, page, certificate_payload(issued.number, issued.content_digest))
    qtbot.waitUntil(lambda: page.card.chip.text() == "Valid", timeout=10_000)
    assert page.card.heading.text() == f"Certificate {issued.number}"
    assert page.card.message.text().startswith("Genuine and in force, issued on")
    assert not page.card.fields["holder"].isVisibleTo(page)  # no empty device rows for a certificate
    certificates.revoke_certificate(ui.services, issued.number, "Wrong weights")
    _wedge(qtbot, page, certificate_payload(issued.number, issued.content_digest))
    qtbot.waitUntil(lambda: page.card.chip.text() == "Revoked", timeout=10_000)
    assert "no longer in force" in page.card.message.text()
    _wedge(qtbot, page, certificate_payload(issued.number, "0" * 64))
    qtbot.waitUntil(lambda: page.card.chip.text() == "Altered", timeout=10_000)
    assert page.history.count() == 3


def test_check_out_from_the_card_opens_the_custody_dialog(qtbot: Any, ui: UiContext) -> None:
    from ui.dialogs.checkout_dialog import CheckoutDialog

    inventory.add_person(ui.services, "Zoé Lefèvre", "zoe@example.fr")
    inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model="P2422H", serial="SN-MON-1")
    page = _page(qtbot, ui)
    _wedge(qtbot, page, "KLA-000001")
    qtbot.waitUntil(lambda: page.card.buttons["check_out"].isVisibleTo(page), timeout=10_000)
    qtbot.mouseClick(page.card.buttons["check_out"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CheckoutDialog) and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog.tags == ["KLA-000001"]
    qtbot.waitUntil(lambda: "KLA-000001" in dialog.devices.text(), timeout=10_000)
    dialog.save_receipt.setChecked(False)
    qtbot.keyClicks(dialog.person, "zoe@example.fr")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert Asset.get(Asset.tag == "KLA-000001").status == "assigned"
    qtbot.waitUntil(lambda: page.card.buttons["check_in"].isVisibleTo(page), timeout=10_000)
    assert page.card.fields["holder"].text() == "Zoé Lefèvre"

"""The first start sets the real identity (issue 14 §3): the welcome dialog asks for it (SIRET checked),
Enter never starts a database, the demo is clearly a demo, documents carry one name, and the dashboard
reminds until the identity is complete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from klara_assets.services import first_start
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings, update_settings
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.welcome import WelcomeDialog
from ui.widgets.identity_banner import IdentityBanner

IDENTITY = {
    "organisation_name": "Acme",
    "legal_name": "Acme Conseil SAS",
    "siret": "732 829 320 00074",
    "address": "1 rue du Port, 44000 Nantes",
    "security_officer_name": "Inès Moreau",
    "security_officer_email": "securite@acme.fr",
    "dpo_name": "Paul Roy",
    "dpo_email": "dpo@acme.fr",
}


def _dialog(qtbot: Any, ui: UiContext) -> WelcomeDialog:
    dialog = WelcomeDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_welcome_saves_the_whole_identity(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    for key, value in IDENTITY.items():
        dialog.fields[key].setText(value)  # typed text with accents: QTest cannot type every character
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    settings = load_settings()
    assert (settings.legal_name, settings.siret, settings.dpo_email) == (
        "Acme Conseil SAS",
        "73282932000074",
        "dpo@acme.fr",
    )
    assert settings.identity_missing() == ()


def test_a_wrong_siret_is_refused_next_to_it_and_nothing_is_saved(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    qtbot.keyClicks(dialog.organisation, "Acme")
    qtbot.keyClicks(dialog.fields["siret"], "73282932000075")
    before = snapshot()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    label = dialog.errors.label("siret")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "SIRET" in label.text() and dialog.isVisible()
    assert snapshot() == before and load_settings().organisation_name == ""


def test_enter_in_the_name_moves_on_and_starts_nothing(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    dialog.activateWindow()
    dialog.organisation.setFocus()
    qtbot.keyClicks(dialog.organisation, "Acme")
    before = snapshot()
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert not any(b.isDefault() or b.autoDefault() for b in (dialog.demo_button, dialog.empty_button))
    assert dialog.focusWidget() is dialog.fields["legal_name"]
    assert snapshot() == before


def test_demo_without_an_identity_is_clearly_a_demo(ctx: ServiceContext) -> None:
    first_start.start_with_demo(ctx, {}, assets=20)
    settings = load_settings()
    assert settings.organisation_name.startswith("Démo") and settings.document_name == "Démo — Exemple SAS"


def test_demo_with_a_typed_identity_never_mixes_the_two(ctx: ServiceContext) -> None:
    first_start.start_with_demo(ctx, {"organisation_name": "Acme"}, assets=20)
    settings = load_settings()
    assert settings.document_name == "Acme"
    assert "Démo" not in settings.legal_name and settings.siret == "" and settings.if_found_text == ""


def test_the_dashboard_banner_reminds_until_the_identity_is_complete(qtbot: Any, ui: UiContext) -> None:
    first_start.start_empty(ui.services, "Acme")
    banner = IdentityBanner(ui)
    qtbot.addWidget(banner)
    banner.refresh()
    qtbot.waitUntil(lambda: banner.missing != ())
    assert "SIRET" in banner.text.text() and not banner.isHidden()
    shown: list[str] = []
    ui.events.show_page_requested.connect(lambda page, _criteria: shown.append(page))
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert shown == ["settings"]
    identity = {k: v for k, v in IDENTITY.items() if k != "organisation_name"}
    ui.events.publish(update_settings(ui.services, **identity))
    qtbot.waitUntil(lambda: banner.missing == () and banner.isHidden())

"""Disabled controls look disabled in both palettes and say why (issue 14 §1): the Actions menu, the
end-of-life buttons, a closed audit's scan field. The reasons come from the lifecycle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from klara_assets.domain.places import Place
from klara_assets.persistence.models import Asset
from klara_assets.services import audits, inventory
from main import asset_actions
from ui import i18n
from ui.context import UiContext
from ui.pages.assets_page import AssetsPage
from ui.pages.audits_page import AuditsPage
from ui.pages.end_of_life_page import EndOfLifePage
from ui.theme import dark_palette, light_palette


def test_disabled_colours_differ_from_enabled_in_both_palettes() -> None:
    for palette in (light_palette(), dark_palette()):
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            enabled = palette.color(QPalette.ColorGroup.Active, role)
            disabled = palette.color(QPalette.ColorGroup.Disabled, role)
            assert abs(enabled.lightness() - disabled.lightness()) > 40, (role, enabled.name(), disabled.name())


def test_a_disabled_button_is_drawn_differently(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    try:
        for palette in (light_palette(), dark_palette()):
            app.setPalette(palette)
            images = []
            for enabled in (True, False):
                button = QPushButton("Retire…")
                qtbot.addWidget(button)
                button.setEnabled(enabled)
                button.resize(120, 32)
                images.append(button.grab().toImage())
            assert images[0] != images[1]
    finally:
        app.setPalette(saved)


def _select(page: AssetsPage, row: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.model.index(row, 0), flags)


def test_actions_menu_says_why_an_action_is_disabled(qtbot: Any, ui: UiContext) -> None:
    inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model="P2422H")
    Asset.update(status="assigned").where(Asset.tag == "KLA-000001").execute()
    page = AssetsPage(ui, asset_actions())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    assert page.actions_menu.toolTipsVisible()
    by_key = dict(zip([a.key for a in page.asset_actions], page._menu_actions, strict=True))
    assert by_key["eol.retire"].toolTip() == "Select a device first."
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    _select(page, 0)
    retire, check_in = by_key["eol.retire"], by_key["check_in"]
    assert not retire.isEnabled() and retire.toolTip() == "Check the device in first."
    assert check_in.isEnabled()
    assert not by_key["eol.route"].isEnabled() and "Not possible while the device is assigned" in (
        by_key["eol.route"].toolTip()
    )


def test_actions_menu_reason_in_french(qtbot: Any, ui: UiContext, qapp: Any) -> None:
    translators = i18n.install_translators(qapp, "fr")
    try:
        inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model="P2422H")
        Asset.update(status="assigned").where(Asset.tag == "KLA-000001").execute()
        page = AssetsPage(ui, asset_actions())
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.activate()
        by_key = dict(zip([a.key for a in page.asset_actions], page._menu_actions, strict=True))
        assert by_key["eol.retire"].toolTip() == "Sélectionnez d’abord un appareil."
        qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
        _select(page, 0)
        assert by_key["eol.retire"].toolTip() == "Restituez d’abord l’appareil."
    finally:
        i18n.remove_translators(qapp, translators)


def test_end_of_life_buttons_follow_the_lifecycle_and_say_why(qtbot: Any, ui: UiContext) -> None:
    inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model="P2422H", condition="broken")
    page = EndOfLifePage(ui)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    assert not page.buttons["retire"].isEnabled() and page.buttons["retire"].toolTip() == "Select a device first."
    qtbot.waitUntil(lambda: page.candidates_model.rowCount() == 1)
    page.candidates.selectRow(0)
    assert page.buttons["retire"].isEnabled() and page.buttons["sanitize"].isEnabled()
    assert not page.buttons["route"].isEnabled() and page.buttons["route"].toolTip() == "Retire the device first."
    assert page.buttons["unretire"].toolTip() == "Not possible while the device is in stock."


def test_a_closed_audit_scan_field_says_why(qtbot: Any, ui: UiContext) -> None:
    inventory.add_location(ui.services, Place.parse("Paris/Stock"))
    number = int(str(audits.open_audit(ui.services, Place.parse("Paris/Stock")).result))
    audits.close_audit(ui.services, number)
    page = AuditsPage(ui)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    assert not page.field.isEnabled() and "Start an audit" in page.field.toolTip()
    page.show_audit(number)
    qtbot.waitUntil(lambda: page.view is not None)
    assert (
        not page.field.isEnabled() and page.field.toolTip() == "This audit is closed: start a new audit to scan again."
    )


def test_links_are_readable_in_the_dark_palette() -> None:
    palette = dark_palette()
    link, base = palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Base)
    assert link.lightness() - base.lightness() > 100

"""Emission factors and backups kept, edited on the settings page: an override is saved, a clearing goes
back to the published value, a bad number is refused next to the table with nothing saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from klara_assets.domain.enums import Category
from klara_assets.domain.environment import FACTOR_KEYS
from klara_assets.services.reports import shipped_factors
from klara_assets.services.settings import load_settings
from tests.helpers import snapshot
from ui.context import UiContext
from ui.pages.settings_page import SettingsPage

LAPTOP = [c.value for c in Category].index("laptop")
EMBODIED = FACTOR_KEYS.index("embodied_kgco2e")


def _page(qtbot: Any, ui: UiContext) -> SettingsPage:
    page = SettingsPage(ui)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def test_the_table_shows_the_published_factors(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    shipped = shipped_factors()["categories"]["laptop"]["embodied_kgco2e"]
    assert float(page.form.data.factors.item(LAPTOP, EMBODIED).text()) == float(shipped)
    assert page.form.data.values()["emission_factors"] == {}
    assert not page.save_button.isEnabled()


def test_an_override_is_saved_and_a_cleared_cell_goes_back(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    page.form.data.factors.item(LAPTOP, EMBODIED).setText("312,5")
    page.form.data.backup_keep.setValue(14)
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: load_settings().backup_keep == 14, timeout=5000)
    assert load_settings().emission_factors == {"laptop": {"embodied_kgco2e": 312.5}}
    assert page.form.data.factors.item(LAPTOP, EMBODIED).font().bold()
    page.form.data.factors.item(LAPTOP, EMBODIED).setText("")
    assert page.form.data.values()["emission_factors"] == {}


def test_a_bad_factor_is_refused_next_to_the_table(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    before = snapshot()
    page.form.data.factors.item(LAPTOP, EMBODIED).setText("lots")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    label = page.form.errors.label("emission_factors")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=5000)
    assert "embodied_kgco2e for laptop" in label.text()
    assert snapshot() == before

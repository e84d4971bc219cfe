"""Issue 13, leftovers in the window: a location's address on the locations page, and the MDM changes of
the import wizard naming the encryption states in the user's language, check times in their local form."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.domain.places import Place
from klara_assets.services import inventory
from klara_assets.services.import_formats.dispatch import import_any
from ui import i18n
from ui.context import UiContext
from ui.dialogs.import_wizard import _change_value
from ui.pages.locations_page import LocationsPage
from ui.widgets.display import format_datetime


def test_the_locations_page_shows_the_address(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    inventory.add_location(ui.services, Place.parse("Paris"))
    path = tmp_path / "locations.csv"
    path.write_text("Name,Address,City,Zip,Country\nLyon,12 rue Garibaldi,Lyon,69003,FR\n", encoding="utf-8")
    import_any(ui.services, path, "snipeit")
    page = LocationsPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    model = page.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Address")
    lyon = next(i for i, r in enumerate(model.rows) if r.name == "Lyon")
    paris = next(i for i, r in enumerate(model.rows) if r.name == "Paris")
    assert model.index(lyon, column).data() == "12 rue Garibaldi, 69003 Lyon, FR"
    assert model.index(paris, column).data() == ""
    page.table.selectRow(lyon)
    qtbot.waitUntil(lambda: "Address" in page.devices_title.text())
    assert page.devices_title.text() == "Lyon: no device kept here.\nAddress: 12 rue Garibaldi, 69003 Lyon, FR"
    page.table.selectRow(paris)
    qtbot.waitUntil(lambda: page.devices_title.text() == "Paris: no device kept here.")


def test_mdm_changes_name_the_encryption_states_in_the_users_language(qapp: Any) -> None:
    assert (_change_value("encryption_state", "unknown"), _change_value("encryption_state", "none")) == (
        "Unknown",
        "Not encrypted",
    )
    assert _change_value("encryption_method", "") == "—" and _change_value("encryption_method", "BitLocker") == (
        "BitLocker"
    )
    shown = _change_value("encryption_checked_at", "2026-11-20 08:15:00")
    assert shown == format_datetime(datetime(2026, 11, 20, 8, 15)) and "2026" in shown
    translators = i18n.install_translators(qapp, "fr")
    try:
        assert _change_value("encryption_state", "encrypted") == "Chiffré"
        assert _change_value("encryption_state", "unknown") == "Inconnu"
    finally:
        i18n.remove_translators(qapp, translators)

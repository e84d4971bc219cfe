"""The locations page: device and people counts per room, adding and renaming a location, a room's devices."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from klara_assets.domain.places import Place
from klara_assets.persistence import people_queries, queries
from klara_assets.services import inventory
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.location_dialog import LocationDialog
from ui.models.locations_table import LocationsTableModel
from ui.models.placed_devices_table import PlacedDevicesModel
from ui.pages.locations_page import LocationsPage


@pytest.fixture
def sited(ui: UiContext) -> UiContext:
    ctx = ui.services
    for name in ("Paris/Stock IT", "Paris/Direction", "Lyon"):
        inventory.add_location(ctx, Place.parse(name))
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr", location=Place.parse("Paris/Direction"))
    for serial in ("SN-1", "SN-2"):
        inventory.register_asset(
            ctx, category="laptop", model="Latitude", serial=serial, location=Place.parse("Paris/Stock IT")
        )
    return ui


def _page(qtbot: Any, ui: UiContext) -> LocationsPage:
    page = LocationsPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _row(page: LocationsPage, name: str) -> int:
    return next(i for i, row in enumerate(page.model.rows) if row.name == name)


def _save(qtbot: Any, page: LocationsPage) -> LocationDialog:
    dialog = page.dialog
    assert isinstance(dialog, LocationDialog) and dialog.isVisible()
    return dialog


def test_locations_show_their_counts_and_devices(qtbot: Any, sited: UiContext) -> None:
    page = _page(qtbot, sited)
    counts = {row.name: (row.devices, row.people) for row in page.model.rows}
    assert counts == {"Lyon": (0, 0), "Paris/Direction": (0, 1), "Paris/Stock IT": (2, 0)}
    assert page.count.text() == "3 location(s)"
    page.table.selectRow(_row(page, "Paris/Stock IT"))
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 2)
    assert page.devices_title.text() == "Paris/Stock IT: 2 device(s)"
    assert page.devices_model.index(0, 0).data() == "KLA-000001"
    assert page.devices_model.index(0, 1).data() == "Laptop"


def test_add_a_location(qtbot: Any, sited: UiContext) -> None:
    page = _page(qtbot, sited)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _save(qtbot, page)
    qtbot.keyClicks(dialog.site, "Nantes")
    qtbot.keyClicks(dialog.room, "Bureau")
    qtbot.keyClick(dialog.room, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(row.name == "Nantes/Bureau" for row in page.model.rows))
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_adding_an_existing_location_is_refused_next_to_the_fields(qtbot: Any, sited: UiContext) -> None:
    page = _page(qtbot, sited)
    before = snapshot()
    page.add_location()
    dialog = _save(qtbot, page)
    qtbot.keyClicks(dialog.site, "Paris")
    qtbot.keyClicks(dialog.room, "Stock IT")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    label = dialog.errors.label("location")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "already exists" in label.text()
    assert snapshot() == before


def test_rename_a_location_keeps_its_devices(qtbot: Any, sited: UiContext) -> None:
    page = _page(qtbot, sited)
    page.table.selectRow(_row(page, "Paris/Stock IT"))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = _save(qtbot, page)
    assert (dialog.site.text(), dialog.room.text()) == ("Paris", "Stock IT")
    dialog.room.selectAll()
    qtbot.keyClicks(dialog.room, "Reserve IT")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(row.name == "Paris/Reserve IT" for row in page.model.rows))
    assert Place("Paris", "Stock IT") not in queries.location_places()
    assert queries.asset_detail("KLA-000001").location == "Paris/Reserve IT"
    qtbot.waitUntil(lambda: page.devices_title.text() == "Paris/Reserve IT: 2 device(s)")


def test_location_models_pass_the_model_tester(qtmodeltester: Any, sited: UiContext) -> None:
    locations = LocationsTableModel()
    locations.set_rows(people_queries.location_rows())
    qtmodeltester.check(locations)
    devices = PlacedDevicesModel()
    stock = next(row for row in locations.rows if row.room == "Stock IT")
    devices.set_rows(people_queries.location_devices(stock.id))
    qtmodeltester.check(devices)


def test_a_crowded_room_shows_its_first_devices_and_says_so(
    qtbot: Any, sited: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.pages.locations_page.MAX_DEVICES_SHOWN", 1)
    page = _page(qtbot, sited)
    page.table.selectRow(_row(page, "Paris/Stock IT"))
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 1)
    assert page.devices_title.text() == "Paris/Stock IT: 2 device(s), the first 1 by tag shown"


def test_rename_a_site_whose_name_holds_a_slash(qtbot: Any, sited: UiContext) -> None:
    """Snipe-IT names sites freely: the dialog sends the selected place itself, not its label read back."""
    inventory.add_location(sited.services, Place("Lyon/Part-Dieu"))
    page = _page(qtbot, sited)
    page.table.selectRow(_row(page, "Lyon/Part-Dieu"))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = _save(qtbot, page)
    assert (dialog.site.text(), dialog.room.text()) == ("Lyon/Part-Dieu", "")
    dialog.site.selectAll()
    qtbot.keyClicks(dialog.site, "Lyon Part-Dieu")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(row.name == "Lyon Part-Dieu" for row in page.model.rows) or dialog.message.isVisible())
    assert Place("Lyon Part-Dieu") in queries.location_places(), dialog.message.text()
    assert Place("Lyon/Part-Dieu") not in queries.location_places()

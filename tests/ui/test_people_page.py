"""The people page: list with device counts, search and filters, add / edit with refusals next to the field,
departures that list the devices to collect and keep a "to collect" marker on the person.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from klara_assets.domain.places import Place
from klara_assets.persistence import people_queries
from klara_assets.services import custody, inventory
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.departure_dialog import DepartureDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.models.held_devices_table import HeldDevicesModel
from ui.models.people_table import PeopleTableModel
from ui.pages.people_page import PeoplePage


@pytest.fixture
def staffed(ui: UiContext) -> UiContext:
    ctx = ui.services
    inventory.add_location(ctx, Place.parse("Paris/Open space A"))
    inventory.add_person(
        ctx, "Zoé Kovács", "zoe.kovacs@klara.fr", "Engineering", location=Place.parse("Paris/Open space A")
    )
    inventory.add_person(ctx, "Łukasz Nowak", "lukasz.nowak@klara.fr", "Sales")
    for serial in ("MON-1", "MON-2"):
        inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2723DE", serial=serial)
    custody.check_out(ctx, ["KLA-000001", "KLA-000002"], "zoe.kovacs@klara.fr", due="2026-12-31")
    return ui


def _page(qtbot: Any, ui: UiContext) -> PeoplePage:
    page = PeoplePage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _select(qtbot: Any, page: PeoplePage, email: str) -> None:
    row = page.model.row_of(email)
    assert row >= 0, email
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.panel.name.text() == page.model.rows[row].name and page.panel.model.rowCount() >= 0)


def test_people_are_listed_with_the_devices_they_hold(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    shown = {(r.name, r.devices) for r in page.model.rows}
    assert shown == {("Zoé Kovács", 2), ("Łukasz Nowak", 0)}
    assert page.count.text() == "2 person(s) shown"
    _select(qtbot, page, "zoe.kovacs@klara.fr")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 2)
    assert [d.tag for d in page.panel.model.rows] == ["KLA-000001", "KLA-000002"]
    assert page.panel.model.rows[0].due_back == date(2026, 12, 31)
    assert "Engineering" in page.panel.details.text()


def test_search_and_filter_run_in_sql(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    qtbot.keyClicks(page.search, "sales")
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows] == ["Łukasz Nowak"], timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=3000)
    page.state.setCurrentIndex(page.state.findData("left"))
    qtbot.waitUntil(lambda: page.model.rows == [])
    assert page.count.text() == "0 person(s) shown"


def test_add_person_refused_next_to_the_email_and_nothing_saved(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    before = snapshot()
    page.add_person()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PersonDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name, "Zoe Imposter")
    qtbot.keyClicks(dialog.email, "Zoe.Kovacs@klara.fr")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    label = dialog.errors.label("email")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "already used" in label.text()
    assert dialog.isVisible() and dialog.email.hasFocus()
    assert snapshot() == before


def test_add_person_appears_in_the_list(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    page.add_person()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PersonDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.name.insert("Ömer Yılmaz")  # QTest types ASCII only: a pasted Unicode name
    qtbot.keyClicks(dialog.email, "omer.yilmaz@klara.fr")
    qtbot.keyClicks(dialog.department, "Finance")
    dialog.location.setCurrentIndex(dialog.location.findText("Paris/Open space A"))
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.model.row_of("omer.yilmaz@klara.fr") >= 0)
    row = page.model.rows[page.model.row_of("omer.yilmaz@klara.fr")]
    assert (row.name, row.department, row.location) == ("Ömer Yılmaz", "Finance", "Paris/Open space A")


def test_edit_person_saves_the_new_department(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    _select(qtbot, page, "lukasz.nowak@klara.fr")
    page.edit_person()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PersonDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog) and dialog.email.text() == "lukasz.nowak@klara.fr"
    dialog.department.clear()
    qtbot.keyClicks(dialog.department, "Marketing")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rows[page.model.row_of("lukasz.nowak@klara.fr")].department == "Marketing")


def test_departure_lists_the_devices_to_collect_and_marks_the_person(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    _select(qtbot, page, "zoe.kovacs@klara.fr")
    page.record_departure()
    dialog = page.dialog
    assert isinstance(dialog, DepartureDialog) and dialog.isVisible()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()  # Enter is the safe choice
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    shown = staffed.dialogs.shown  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(shown) == 1)
    kind, title, text = shown[0]
    assert kind == "info" and title == "Devices to collect"
    assert "KLA-000001" in text and "KLA-000002" in text and "Zoé Kovács" in text
    qtbot.waitUntil(lambda: not page.model.rows[page.model.row_of("zoe.kovacs@klara.fr")].active)
    row = page.model.row_of("zoe.kovacs@klara.fr")
    assert page.model.rows[row].to_collect
    status = page.model.index(row, 5).data()
    assert "to collect" in status
    qtbot.waitUntil(lambda: page.panel.banner.isVisible())
    assert "still to collect" in page.panel.banner.text()
    assert not page.leave_button.isEnabled()
    gone = people_queries.people_rows(state="to_collect")
    assert [p.email for p in gone] == ["zoe.kovacs@klara.fr"]


def test_departure_cancelled_changes_nothing(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    _select(qtbot, page, "lukasz.nowak@klara.fr")
    before = snapshot()
    page.record_departure()
    dialog = page.dialog
    assert isinstance(dialog, DepartureDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert snapshot() == before


def test_people_models_pass_the_model_tester(qtmodeltester: Any, staffed: UiContext) -> None:
    people = PeopleTableModel()
    people.set_rows(people_queries.people_rows())
    qtmodeltester.check(people)
    devices = HeldDevicesModel(date(2027, 1, 5))
    devices.set_rows(people_queries.person_held_devices(people.rows[people.row_of("zoe.kovacs@klara.fr")].id))
    qtmodeltester.check(devices)
    assert devices.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue shows in colour


def test_check_out_to_the_selected_person_then_check_in_from_their_list(qtbot: Any, staffed: UiContext) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from klara_assets.persistence.models import Asset
    from ui.dialogs.checkin_dialog import CheckinDialog
    from ui.dialogs.checkout_dialog import CheckoutDialog
    from ui.dialogs.pick_devices_dialog import PickDevicesDialog

    inventory.register_asset(staffed.services, category="monitor", manufacturer="LG", model="27UP850", serial="MON-3")
    page = _page(qtbot, staffed)
    _select(qtbot, page, "lukasz.nowak@klara.fr")
    assert page.checkout_button.isEnabled() and not page.checkin_button.isEnabled()
    assert page.checkin_button.toolTip() == "Select a device first."  # the reason, from the lifecycle
    qtbot.mouseClick(page.checkout_button, Qt.MouseButton.LeftButton)
    picker = page.dialog
    assert isinstance(picker, PickDevicesDialog)
    qtbot.keyClicks(picker.field, "not a tag !")
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert "not a tag" in picker.message.text() and picker.chosen() == []
    qtbot.keyClicks(picker.field, "kla-000003")
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert picker.chosen() == ["KLA-000003"]
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    checkout = picker.checkout
    assert isinstance(checkout, CheckoutDialog) and checkout.person.text() == "lukasz.nowak@klara.fr"
    checkout.save_receipt.setChecked(False)
    with qtbot.waitSignal(checkout.completed, timeout=10_000):
        checkout.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Asset.get(Asset.tag == "KLA-000003").status == "assigned"

    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10_000)
    page.panel.devices.selectRow(0)
    assert page.selected_device() == "KLA-000003" and page.checkin_button.isEnabled()
    assert page.checkin_button.toolTip() == ""
    qtbot.mouseClick(page.checkin_button, Qt.MouseButton.LeftButton)
    checkin = page.dialog
    assert isinstance(checkin, CheckinDialog)
    checkin.save_receipt.setChecked(False)
    with qtbot.waitSignal(checkin.completed, timeout=10_000):
        checkin.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Asset.get(Asset.tag == "KLA-000003").status == "in_stock"

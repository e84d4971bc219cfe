"""The asset form and the bulk-edit dialog, driven with the keyboard on a real database."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search, queries
from klara_assets.persistence.models import Asset
from klara_assets.services import inventory
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.asset_form import AssetForm
from ui.dialogs.bulk_edit import BulkEditDialog

LOCATIONS = [Place("Lyon", "Bureau"), Place("Paris", "Stock IT")]


@pytest.fixture
def stocked(ui: UiContext) -> UiContext:
    for place in LOCATIONS:
        inventory.add_location(ui.services, place)
    inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="Latitude 7440", serial="DL1")
    inventory.register_asset(ui.services, category="monitor", manufacturer="LG", model="27UP850-W")
    return ui


def form(qtbot: Any, ui: UiContext, tag: str | None) -> AssetForm:
    dialog = AssetForm(ui, queries.asset_detail(tag) if tag else None, LOCATIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(qtbot: Any, dialog: AssetForm, name: str, text: str) -> None:
    editor = dialog.inputs[name].editor
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_create_a_smartphone_with_enter(qtbot: Any, stocked: UiContext) -> None:
    dialog = form(qtbot, stocked, None)
    category = dialog.inputs["category"].editor
    category.setCurrentIndex(category.findData("smartphone"))  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "manufacturer", "Apple")
    type_into(qtbot, dialog, "model", "iPhone 15")
    type_into(qtbot, dialog, "imei", "352099001761481")
    type_into(qtbot, dialog, "price", "969,50")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_tag == "KLA-000003"
    phone = queries.asset_detail("KLA-000003")
    assert (phone.model, phone.imei, phone.price) == ("iPhone 15", "352099001761481", Decimal("969.50"))


def test_imei_field_takes_only_15_digits(qtbot: Any, stocked: UiContext) -> None:
    dialog = form(qtbot, stocked, None)
    type_into(qtbot, dialog, "imei", "35-2099 0017614810000")
    assert dialog.inputs["imei"].value() == "352099001761481"


def test_invalid_imei_is_refused_next_to_the_field_and_nothing_is_saved(qtbot: Any, stocked: UiContext) -> None:
    before = snapshot()
    dialog = form(qtbot, stocked, None)
    type_into(qtbot, dialog, "model", "Pixel 8")
    type_into(qtbot, dialog, "imei", "352099001761482")  # wrong check digit
    qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "imei" in dialog.errors.visible_messages(), timeout=10_000)
    assert (
        "IMEI" in dialog.errors.visible_messages()["imei"] and "check digit" in dialog.errors.visible_messages()["imei"]
    )
    assert dialog.isVisible() and dialog.inputs["imei"].editor.hasFocus()
    assert snapshot() == before


def test_edit_sends_only_the_changed_fields(qtbot: Any, stocked: UiContext) -> None:
    dialog = form(qtbot, stocked, "KLA-000001")
    assert not dialog.inputs["tag"].editor.isEnabled() and dialog.inputs["serial"].value() == "DL1"
    dialog.inputs["model"].editor.clear()  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "model", "Latitude 7450")
    location = dialog.inputs["location"].editor
    location.setCurrentIndex(location.findText("Lyon/Bureau"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
    detail = queries.asset_detail("KLA-000001")
    assert (detail.model, detail.location, detail.serial, detail.version) == ("Latitude 7450", "Lyon/Bureau", "DL1", 2)


def test_stale_version_offers_reload_and_keeps_the_users_edits(qtbot: Any, stocked: UiContext) -> None:
    dialog = form(qtbot, stocked, "KLA-000001")
    inventory.edit_asset(stocked.services, "KLA-000001", model="Latitude 9450")  # another seat, meanwhile
    before = snapshot()
    type_into(qtbot, dialog, "supplier", "LDLC Pro")
    qtbot.keyClick(dialog.inputs["supplier"].editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.reload_button.isVisible(), timeout=10_000)
    assert "Someone else changed this device" in dialog.banner.text() and dialog.isVisible()
    assert snapshot() == before
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.inputs["model"].value() == "Latitude 9450", timeout=10_000)
    assert dialog.inputs["supplier"].value() == "LDLC Pro"  # the user's edit is still there
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.inputs["supplier"].editor, Qt.Key.Key_Return)
    detail = queries.asset_detail("KLA-000001")
    assert (detail.model, detail.supplier, detail.version) == ("Latitude 9450", "LDLC Pro", 3)


def test_escape_cancels_without_saving(qtbot: Any, stocked: UiContext) -> None:
    before = snapshot()
    dialog = form(qtbot, stocked, "KLA-000002")
    type_into(qtbot, dialog, "notes", "to be forgotten")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and snapshot() == before


def test_bulk_edit_moves_the_selection(qtbot: Any, stocked: UiContext) -> None:
    ids = asset_search.ordered_ids(asset_search.AssetQuery())
    dialog = BulkEditDialog(stocked, ids, LOCATIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setCurrentIndex(dialog.location.findText("Paris/Stock IT"))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.location, Qt.Key.Key_Return)
    assert {queries.asset_detail(t).location for t in ("KLA-000001", "KLA-000002")} == {"Paris/Stock IT"}


def test_bulk_edit_refusal_is_shown_and_changes_nothing(qtbot: Any, stocked: UiContext) -> None:
    with stocked.services.db.atomic():
        Asset.update(status="recycled").where(Asset.tag == "KLA-000002").execute()
    before = snapshot()
    dialog = BulkEditDialog(stocked, asset_search.ordered_ids(asset_search.AssetQuery()), LOCATIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.setCurrentIndex(dialog.category.findData("desktop"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "final status" in dialog.message.text() and dialog.isVisible()
    assert snapshot() == before


def test_a_new_laptop_shows_and_saves_unknown_storage_a_monitor_none(qtbot: Any, stocked: UiContext) -> None:
    dialog = form(qtbot, stocked, None)
    category, storage = dialog.inputs["category"].editor, dialog.inputs["storage_kind"].editor
    category.setCurrentIndex(category.findData("laptop"))  # type: ignore[attr-defined]
    assert storage.currentData() == "unknown"  # type: ignore[attr-defined]
    category.setCurrentIndex(category.findData("monitor"))  # type: ignore[attr-defined]
    assert storage.currentData() == "none"  # type: ignore[attr-defined]
    category.setCurrentIndex(category.findData("tablet"))  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "manufacturer", "Apple")
    type_into(qtbot, dialog, "model", "iPad Air")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.banner.text()
    assert queries.asset_detail("KLA-000003").storage_kind == "unknown"

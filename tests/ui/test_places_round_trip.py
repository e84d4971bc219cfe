"""A place chosen in a form is saved as that place: labels are never parsed back (issue 15 §5).

The awkward places come from a real Snipe-IT locations export: a site whose name holds a "/" (with no
room), and a room with a "/" and doubled spaces. Read back from its label, the first would become the
room "Part-Dieu" of a site "Lyon" that does not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search, people_queries, queries
from klara_assets.persistence.models import AuditSession
from klara_assets.services import inventory
from klara_assets.services.import_formats.people import import_locations
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.asset_form import AssetForm
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.pages.audits_page import AuditsPage
from ui.pages.people_page import PeoplePage

SITE_WITH_SLASH = Place("Lyon/Part-Dieu")  # a site, the whole of it: no room
SPACED_ROOM = Place("Paris", "Salle  3 / B")  # a "/" inside the room, two spaces kept
AWKWARD = [SITE_WITH_SLASH, SPACED_ROOM]


@pytest.fixture
def sites(ui: UiContext, tmp_path: Path) -> UiContext:
    export = tmp_path / "locations.csv"
    export.write_text("Name,Parent\nParis,\nLyon/Part-Dieu,\n Salle  3 / B ,Paris\n", encoding="utf-8")
    import_locations(ui.services, export)
    assert set(AWKWARD) <= set(queries.location_places())  # as the import stored them
    inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="Latitude 7440")
    inventory.register_asset(ui.services, category="monitor", manufacturer="LG", model="27UP850-W")
    return ui


def _open_form(qtbot: Any, ui: UiContext, tag: str) -> AssetForm:
    dialog = AssetForm(ui, queries.asset_detail(tag), queries.location_places())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("place", AWKWARD, ids=["site-with-slash", "spaced-room"])
def test_asset_form_saves_the_place_chosen_and_preselects_it_again(qtbot: Any, sites: UiContext, place: Place) -> None:
    dialog = _open_form(qtbot, sites, "KLA-000001")
    combo = dialog.inputs["location"].editor
    combo.setCurrentIndex(combo.findText(place.label))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.visible_messages()
    detail = queries.asset_detail("KLA-000001")
    assert (detail.place, detail.location, detail.version) == (place, place.label, 2)
    again = _open_form(qtbot, sites, "KLA-000001")
    assert again.inputs["location"].editor.currentData() == place  # type: ignore[attr-defined]
    with qtbot.waitSignal(again.finished, timeout=10_000):
        qtbot.keyClick(again.inputs["model"].editor, Qt.Key.Key_Return)
    assert queries.asset_detail("KLA-000001").version == 2  # preselected as it is: nothing to save


def test_bulk_edit_moves_the_selection_to_a_site_whose_name_holds_a_slash(qtbot: Any, sites: UiContext) -> None:
    dialog = BulkEditDialog(sites, asset_search.ordered_ids(asset_search.AssetQuery()), queries.location_places())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setCurrentIndex(dialog.location.findText(SITE_WITH_SLASH.label))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert {queries.asset_detail(t).place for t in ("KLA-000001", "KLA-000002")} == {SITE_WITH_SLASH}


def test_person_dialog_saves_and_preselects_a_spaced_room(qtbot: Any, sites: UiContext) -> None:
    inventory.add_person(sites.services, "Zoé Kovács", "zoe.kovacs@klara.fr", location=SITE_WITH_SLASH)
    page = PeoplePage(sites)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    page.table.selectRow(page.model.row_of("zoe.kovacs@klara.fr"))
    page.edit_person()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog.location.currentData() == SITE_WITH_SLASH  # preselected by value, not by its label's parts
    dialog.location.setCurrentIndex(dialog.location.findText(SPACED_ROOM.label))
    with qtbot.waitSignal(dialog.finished, timeout=10_000, raising=False) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert saved.signal_triggered, dialog.message.text()
    row = next(r for r in people_queries.people_rows() if r.email == "zoe.kovacs@klara.fr")
    assert (row.place, row.location) == (SPACED_ROOM, "Paris/Salle  3 / B")


def test_an_audit_starts_at_the_site_chosen(qtbot: Any, sites: UiContext) -> None:
    inventory.edit_asset(sites.services, "KLA-000001", location=SITE_WITH_SLASH)
    page = AuditsPage(sites)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    page.location.setCurrentIndex(page.location.findText(SITE_WITH_SLASH.label))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    shown = sites.dialogs.shown  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.view is not None or bool(shown), timeout=10_000)
    assert page.view is not None, shown
    session = AuditSession.get_by_id(page.view.id)
    assert (session.location.site, session.location.room, page.view.expected) == ("Lyon/Part-Dieu", "", 1)


def test_a_place_gone_since_the_form_opened_is_refused_under_the_field(qtbot: Any, sites: UiContext) -> None:
    gone = Place("Nantes", "Bureau")  # listed when the form opened, then renamed or never saved on this seat
    dialog = AssetForm(sites, queries.asset_detail("KLA-000001"), [*queries.location_places(), gone])
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot()
    combo = dialog.inputs["location"].editor
    combo.setCurrentIndex(combo.findText("Nantes/Bureau"))  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "location" in dialog.errors.visible_messages(), timeout=10_000)
    assert "does not exist" in dialog.errors.visible_messages()["location"] and dialog.isVisible()
    assert snapshot() == before

"""A person's start date (issue 13): typed in the person form, cleared back to none, shown and sorted on the
people page; a start date after the leaving date is refused next to the field and nothing is saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt

from klara_assets.persistence.models import Person
from klara_assets.services import inventory
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.person_dialog import NO_DATE, PersonDialog
from ui.pages.people_page import PeoplePage
from ui.widgets.display import format_date


def _page(qtbot: Any, ui: UiContext) -> PeoplePage:
    page = PeoplePage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _edit(qtbot: Any, page: PeoplePage, email: str) -> PersonDialog:
    row = page.model.row_of(email)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.panel.name.text() == page.model.rows[row].name)
    old = page.dialog
    page.edit_person()
    qtbot.waitUntil(lambda: page.dialog is not old and isinstance(page.dialog, PersonDialog))
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    return dialog


def test_start_date_typed_shown_in_its_column_then_cleared(qtbot: Any, ui: UiContext) -> None:
    inventory.add_person(ui.services, "Zoé Kovács", "zoe@klara.fr", started_on="2021-09-01")
    inventory.add_person(ui.services, "Luc Martin", "luc@klara.fr")
    page = _page(qtbot, ui)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    column = headers.index("Started")
    zoe = page.model.index(page.model.row_of("zoe@klara.fr"), column)
    assert page.model.data(zoe) == format_date(date(2021, 9, 1))
    assert page.model.data(page.model.index(page.model.row_of("luc@klara.fr"), column)) == ""
    dialog = _edit(qtbot, page, "luc@klara.fr")
    assert dialog.started_on.date() == NO_DATE and dialog.started_on.text() == "—"
    dialog.started_on.setDate(QDate(2019, 1, 15))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Person.get(Person.email == "luc@klara.fr").started_on == date(2019, 1, 15))
    dialog = _edit(qtbot, page, "zoe@klara.fr")
    assert dialog.started_on.date() == QDate(2021, 9, 1)
    dialog.started_on.setDate(NO_DATE)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Person.get(Person.email == "zoe@klara.fr").started_on is None)


def test_start_after_leaving_is_refused_next_to_the_field(qtbot: Any, ui: UiContext) -> None:
    inventory.add_person(ui.services, "Luc Martin", "luc@klara.fr")
    inventory.deactivate_person(ui.services, "luc@klara.fr", "2026-01-31")
    page = _page(qtbot, ui)
    dialog = _edit(qtbot, page, "luc@klara.fr")
    before = snapshot()
    dialog.started_on.setDate(QDate(2026, 2, 1))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "started_on" in dialog.errors.visible_messages())
    assert dialog.errors.visible_messages()["started_on"] == "The start date is after the leaving date."
    assert dialog.isVisible() and snapshot() == before

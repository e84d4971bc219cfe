"""Issue 14 §6 in the window: the search field's keys, the new device selected with "Print the label"
offered, Escape on a filled form asks first, and Enter does each dialog's action (never "Cancel")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search
from klara_assets.services import inventory
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.asset_form import AssetForm
from ui.dialogs.labels_dialog import LabelsDialog
from ui.dialogs.location_dialog import LocationDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.service import Dialogs
from ui.pages.assets_page import AssetsPage


@pytest.fixture
def page(qtbot: Any, ui: UiContext) -> AssetsPage:
    inventory.add_location(ui.services, Place.parse("Paris/Stock"))
    for model in ("Latitude 7440", "Latitude 5540", "ThinkPad T14"):
        inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model=model)
    page = AssetsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.activate()
    return page


def _search(qtbot: Any, page: AssetsPage, text: str, rows: int) -> None:
    page.focus_search()
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, text)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=10_000)


def test_down_moves_into_the_results_and_enter_opens_the_single_match(qtbot: Any, page: AssetsPage) -> None:
    _search(qtbot, page, "latitude", 2)
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.selected_ids() == [page.model.ids[0]]
    _search(qtbot, page, "thinkpad", 1)
    qtbot.waitUntil(lambda: len(page.selected_ids()) == 1, timeout=10_000)  # the single match is selected
    assert page.filters.search.hasFocus()
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(w, AssetForm) and w.isVisible() for w in page.children()), timeout=10_000)
    form = next(w for w in page.children() if isinstance(w, AssetForm))
    assert form.inputs["model"].value() == "ThinkPad T14"


def test_a_new_device_is_selected_and_its_label_offered(qtbot: Any, page: AssetsPage, ui: UiContext) -> None:
    _search(qtbot, page, "latitude", 2)  # the new device is not in this view: it is shown anyway
    page.new_asset()
    qtbot.waitUntil(lambda: any(isinstance(w, AssetForm) and w.isVisible() for w in page.children()), timeout=10_000)
    form = next(w for w in page.children() if isinstance(w, AssetForm))
    category = form.inputs["category"].editor
    category.setCurrentIndex(category.findData("monitor"))  # type: ignore[attr-defined]
    form.inputs["manufacturer"].editor.setFocus()
    qtbot.keyClicks(form.inputs["manufacturer"].editor, "LG")
    qtbot.keyClicks(form.inputs["model"].editor, "27UP850")
    qtbot.keyClick(form.inputs["model"].editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(w, LabelsDialog) for w in page.children()), timeout=10_000)
    assert ("confirm", "Device saved", "KLA-000004 is registered. Print its label now?") in ui.dialogs.shown  # type: ignore[attr-defined]
    labels = next(w for w in page.children() if isinstance(w, LabelsDialog))
    assert labels.tags == ["KLA-000004"]
    qtbot.waitUntil(lambda: asset_search.tags_for(page.selected_ids()) == ["KLA-000004"], timeout=10_000)


def test_escape_on_a_filled_form_asks_before_discarding(qtbot: Any, ui: UiContext) -> None:
    before = snapshot()
    dialog = PersonDialog(ui, [Place("Paris", "Stock")])
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.name
    first.setFocus()
    qtbot.keyClicks(first, "Zoe Kovacs")
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert dialog.isVisible() and ui.dialogs.shown[-1][1] == "Discard this form?"  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = True  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and snapshot() == before


def test_escape_on_an_untouched_form_closes_without_asking(qtbot: Any, ui: UiContext) -> None:
    dialog = LocationDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ui.dialogs.shown == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "make", [lambda ui: PersonDialog(ui, [Place("Paris", "Stock")]), lambda ui: LocationDialog(ui)]
)
def test_the_default_button_is_the_action_not_cancel(qtbot: Any, ui: UiContext, make: Any) -> None:
    dialog = make(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    default = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert len(default) == 1 and default[0].text().replace("&", "") not in ("Cancel", "Annuler")


def test_a_plain_confirmation_answers_enter_with_its_action(qtbot: Any, qapp: Any) -> None:
    answers: list[str] = []

    def press_enter() -> None:
        box = next(w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        answers.append(box.defaultButton().text())
        box.defaultButton().click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, press_enter)
    assert Dialogs().confirm("Export done", "Open it?", "Open the file")
    QTimer.singleShot(50, press_enter)
    assert not Dialogs().confirm("Revoke", "Revoke it?", "Revoke", destructive=True)
    assert answers[0] == "Open the file" and answers[1] != "Revoke"


def test_enter_saves_even_after_cancel_had_the_focus(qtbot: Any, ui: UiContext) -> None:
    dialog = LocationDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.site, "Lyon")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).setFocus()  # Tab went past Save
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.site, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    from klara_assets.persistence import queries

    assert "Lyon" in " ".join(p.label for p in queries.location_places())


def test_notify_the_officer_records_the_step_and_offers_copy_without_a_mail_program(qtbot: Any, ui: UiContext) -> None:
    from PySide6.QtGui import QGuiApplication

    from klara_assets.persistence import incident_queries
    from klara_assets.services import incidents, settings
    from ui.dialogs.mail_text_dialog import MailTextDialog
    from ui.widgets.triage_panel import TriagePanel

    ctx = ui.services
    settings.update_settings(ctx, security_officer_email="rssi@klara.fr")
    inventory.register_asset(ctx, category="monitor", manufacturer="LG", model="27UL")
    result = incidents.report_incident(ctx, "KLA-000001", "stolen").result
    panel = TriagePanel(ui)
    qtbot.addWidget(panel)
    panel.opener = lambda url: False  # type: ignore[assignment]  # no mail client answers
    panel.show_result(result.number, result.triage)  # type: ignore[union-attr]
    panel.show()
    qtbot.mouseClick(panel.notify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.mail_dialog, MailTextDialog), timeout=10_000)
    dialog = panel.mail_dialog
    assert isinstance(dialog, MailTextDialog) and dialog.copy_button.isDefault()
    steps = incident_queries.incident(result.number).steps  # type: ignore[union-attr]
    assert [s.step for s in steps] == ["security_officer_notified"]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "rssi@klara.fr" in copied and result.number in copied  # type: ignore[union-attr]
    panel.opener = lambda url: True  # type: ignore[assignment]  # a second e-mail: no second step
    qtbot.mouseClick(panel.notify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_mailto is not None, timeout=10_000)
    qtbot.wait(200)
    assert len(incident_queries.incident(result.number).steps) == 1  # type: ignore[union-attr]

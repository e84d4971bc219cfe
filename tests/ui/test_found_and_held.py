"""Issue 14 §4–5 in the window: a lost device scanned at the scan station or in an audit shows its incident
and offers "Found"; an audit lists the devices held by staff apart; the close confirmation counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from klara_assets.domain.places import Place
from klara_assets.persistence import audit_queries, incident_queries, queries
from klara_assets.services import audits, custody, incidents, inventory
from ui.context import UiContext
from ui.dialogs.found_dialog import FoundDialog
from ui.pages.audits_page import AuditsPage
from ui.pages.scan_page import ScanPage


def _fleet(ui: UiContext) -> str:
    for room in ("Paris/Accueil", "Paris/Stock"):
        inventory.add_location(ui.services, Place.parse(room))
    inventory.add_person(ui.services, "Zoé Kovács", "zoe@klara.fr")
    rows = [
        {"category": "monitor", "manufacturer": "Dell", "model": "A", "location": Place.parse("Paris/Accueil")},
        {"category": "monitor", "manufacturer": "Dell", "model": "B", "location": Place.parse("Paris/Accueil")},
        {"category": "monitor", "manufacturer": "Dell", "model": "C", "location": Place.parse("Paris/Stock")},
    ]
    inventory.register_assets(ui.services, rows)
    custody.check_out(ui.services, ["KLA-000002"], "zoe@klara.fr")
    result = incidents.report_incident(ui.services, "KLA-000003", "lost").result
    return str(result.number)  # type: ignore[union-attr]


def _wedge(qtbot: Any, field: Any, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _found(qtbot: Any, page: Any, note: str) -> FoundDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, FoundDialog) and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog.ok.isDefault()
    qtbot.keyClicks(dialog.note, note)
    return dialog


def test_scan_station_shows_the_incident_and_found_recovers(qtbot: Any, ui: UiContext) -> None:
    number = _fleet(ui)
    page = ScanPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    _wedge(qtbot, page.field, "KLA-000003")
    qtbot.waitUntil(lambda: page.card.heading.text() == "KLA-000003", timeout=10_000)
    assert number in page.card.message.text() and "lost" in page.card.message.text()
    button = page.card.buttons["found"]
    assert button.isVisibleTo(page) and not page.card.buttons["report_lost"].isVisibleTo(page)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _found(qtbot, page, "   ")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # an empty note is refused under the field
    qtbot.waitUntil(lambda: "inspection" in dialog.errors.visible_messages().get("inspection_note", ""), timeout=10_000)
    assert queries.asset_detail("KLA-000003").status == "lost"
    qtbot.keyClicks(dialog.note, "Intact")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert incident_queries.incident(number).outcome == "recovered"
    qtbot.waitUntil(lambda: page.card.chip.text() == "In stock", timeout=10_000)
    assert not page.card.buttons["found"].isVisibleTo(page)


def test_audit_lists_holders_apart_offers_found_and_counts_at_close(qtbot: Any, ui: UiContext) -> None:
    number = _fleet(ui)
    page = AuditsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    page.location.setCurrentText("Paris/Accueil")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None and page.field.isEnabled(), timeout=10_000)
    assert page.view is not None and page.view.expected == 1
    assert "With their holder: 1" in page.counts.text()
    assert [line.tag for line in page.view.lines if line.result == "held"] == ["KLA-000002"]
    assert not page.found_button.isEnabled()
    _wedge(qtbot, page.field, "KLA-000003")  # lost from the stock room, here
    qtbot.waitUntil(lambda: page.found_button.isEnabled(), timeout=10_000)
    assert "Found" in page.message.text()
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.of("unexpected")) == 1, timeout=10_000)
    row = next(i for i, line in enumerate(page.lines_model.rows) if line.result == "unexpected")
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.lines.selectionModel().select(page.lines_model.index(row, 0), flags)
    assert not page.move_button.isEnabled()  # a lost device is not moved silently
    assert page.found_button.isEnabled()
    qtbot.mouseClick(page.found_button, Qt.MouseButton.LeftButton)
    dialog = _found(qtbot, page, "Found under a desk, intact")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    session = page.view.id
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.of("found")) == 1, timeout=10_000)
    assert incident_queries.incident(number).outcome == "recovered"
    assert queries.asset_detail("KLA-000003").location == "Paris/Accueil"
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    question = ui.dialogs.shown[-1][2]  # type: ignore[attr-defined]
    assert "1 device" in question and "recorded as missing" in question
    assert "with their holder are not counted" in question
    assert audit_queries.audit_view(session).is_open  # answered no: nothing closed
    assert audits.close_audit(ui.services, session).result.counts()["missing"] == 1  # type: ignore[union-attr]

"""The welcome dialog on the first start: organisation saved, demo fleet loaded with progress, empty start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from klara_assets.persistence import queries
from klara_assets.services import inventory
from klara_assets.services.settings import load_settings
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.welcome import WelcomeDialog, offer_welcome


def _dialog(qtbot: Any, ui: UiContext) -> WelcomeDialog:
    dialog = WelcomeDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_start_empty_saves_the_organisation(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    qtbot.keyClicks(dialog.organisation, "Acme Conseil")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert load_settings().organisation_name == "Acme Conseil"
    assert queries.is_empty()


def test_start_empty_without_a_name_is_refused_next_to_it(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    before = snapshot()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # Enter only moves to the next field
    label = dialog.errors.label("organisation_name")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "name is required" in label.text()
    assert dialog.isVisible() and dialog.empty_button.isEnabled()
    assert snapshot() == before


def test_demo_fleet_loads_with_progress(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    qtbot.keyClicks(dialog.organisation, "Acme Conseil")
    reports: list[int] = []
    seen_busy: list[bool] = []
    original = dialog._progressed

    def spy(done: int, total: int) -> None:
        seen_busy.append(not dialog.demo_button.isEnabled() and dialog.progress.isVisible())
        original(done, total)
        reports.append(dialog.progress.value())

    dialog._progressed = spy  # type: ignore[method-assign]
    changed: list[Any] = []
    ui.events.changed.connect(changed.append)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.empty_button.isEnabled()
    assert reports and reports[-1] == dialog.progress.maximum() and all(seen_busy)
    counts = queries.counts()
    assert counts["assets"] > 100 and counts["people"] > 50
    assert load_settings().organisation_name == "Acme Conseil"
    assert changed and changed[0].concerns("asset") and changed[0].concerns("person")


def test_offered_only_on_an_empty_database(qtbot: Any, ui: UiContext) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    offer_welcome(ui, window)
    qtbot.waitUntil(lambda: any(isinstance(w, WelcomeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WelcomeDialog):
            widget.done(0)
    inventory.add_person(ui.services, "Zoé Kovács", "zoe.kovacs@klara.fr")
    done: list[bool] = []
    ui.run(queries.is_empty, done.append)
    offer_welcome(ui, window)
    qtbot.waitUntil(lambda: done == [False])
    ui.run(lambda: None, lambda _r: done.append(True))  # the runner is in order: the offer was answered
    qtbot.waitUntil(lambda: len(done) == 2)
    assert not any(isinstance(w, WelcomeDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_import_a_file_fills_the_database_and_names_the_organisation(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    sheet = tmp_path / "parc.csv"
    sheet.write_text(
        "category,manufacturer,model,serial\nlaptop,Dell,Latitude 7440,SN-A1\nmonitor,LG,27UP850-W,SN-B2\n",
        encoding="utf-8",
    )
    ui.dialogs.open_path = str(sheet)  # type: ignore[attr-defined]
    dialog = _dialog(qtbot, ui)
    qtbot.keyClicks(dialog.organisation, "Acme Conseil")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert queries.counts()["assets"] == 2
    assert load_settings().organisation_name == "Acme Conseil"
    assert ui.dialogs.shown == [("info", "Import done", "2 device(s) imported.")]  # type: ignore[attr-defined]


def test_a_refused_import_changes_nothing_and_names_the_row(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    sheet = tmp_path / "parc.csv"
    sheet.write_text(
        "category,model,imei\nsmartphone,iPhone 15,352099001761481\nsmartphone,Pixel 8,352099001761482\n",
        encoding="utf-8",
    )
    ui.dialogs.open_path = str(sheet)  # type: ignore[attr-defined]
    dialog = _dialog(qtbot, ui)
    qtbot.keyClicks(dialog.organisation, "Acme Conseil")
    before = snapshot()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    shown = ui.dialogs.shown  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20000)
    kind, _title, text = shown[0]
    assert kind == "error" and "Nothing was imported" in text and "row 3" in text
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert snapshot() == before


def test_choosing_no_file_does_nothing(qtbot: Any, ui: UiContext) -> None:
    dialog = _dialog(qtbot, ui)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.import_button.isEnabled() and dialog.progress.isHidden()

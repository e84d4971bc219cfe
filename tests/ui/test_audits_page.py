"""Audits page: start an audit, scan found/unexpected/unknown, move here, close, missing, losses, reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt

from klara_assets.domain.places import Place
from klara_assets.persistence.models import Asset, Incident
from klara_assets.services import inventory
from ui.context import UiContext
from ui.pages.audits_page import AuditsPage


def _fleet(ui: UiContext) -> None:
    for room in ("Paris/Accueil", "Paris/Stock"):
        inventory.add_location(ui.services, Place.parse(room))
    rows = [
        {"category": "laptop", "manufacturer": "Dell", "model": "A", "location": Place.parse("Paris/Accueil")},
        {"category": "laptop", "manufacturer": "Dell", "model": "B", "location": Place.parse("Paris/Accueil")},
        {"category": "monitor", "manufacturer": "Dell", "model": "C", "location": Place.parse("Paris/Stock")},
    ]
    inventory.register_assets(ui.services, rows)


def _wedge(qtbot: Any, page: AuditsPage, code: str) -> None:
    qtbot.keyClicks(page.field, code)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def _select(page: AuditsPage, result: str) -> None:
    selection = page.lines.selectionModel()
    selection.clearSelection()
    for row, line in enumerate(page.lines_model.rows):
        if line.result == result:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(page.lines_model.index(row, 0), flags)


def test_audit_from_start_to_report(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    _fleet(ui)
    page = AuditsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    page.location.setCurrentText("Paris/Accueil")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None and page.field.isEnabled(), timeout=10_000)
    assert "Still expected: 2" in page.counts.text()
    for code in ("kla-000001", "KLA-000003", "NOPE-42"):
        _wedge(qtbot, page, code)
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.lines) == 4, timeout=10_000)
    assert sorted(line.result for line in page.view.lines) == ["found", "missing", "unexpected", "unknown"]
    assert "Unknown code: 1" in page.counts.text()
    _select(page, "unexpected")
    assert page.move_button.isEnabled()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Asset.get(Asset.tag == "KLA-000003").location.room == "Accueil", timeout=10_000)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None and not page.view.is_open, timeout=10_000)
    assert "Missing: 1" in page.counts.text() and not page.field.isEnabled()
    _select(page, "missing")
    assert page.losses_button.isEnabled()
    qtbot.mouseClick(page.losses_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Asset.get(Asset.tag == "KLA-000002").status == "lost", timeout=10_000)
    assert Incident.select().count() == 1
    target = tmp_path / "audit.pdf"
    ui.dialogs.save_path = str(target)  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "KLA-000002" in text and "NOPE-42" in text
    csv_target = tmp_path / "audit.csv"
    ui.dialogs.save_path = str(csv_target)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: csv_target.exists() and csv_target.stat().st_size > 0, timeout=10_000)
    assert "missing" in csv_target.read_text(encoding="utf-8-sig")


def test_audit_already_open_is_refused_with_the_reason(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    page = AuditsPage(ui)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    page.location.setCurrentText("Paris/Accueil")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ui.dialogs.shown), timeout=10_000)  # type: ignore[attr-defined]
    assert "already open" in ui.dialogs.shown[-1][2]  # type: ignore[attr-defined]

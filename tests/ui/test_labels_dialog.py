"""Labels dialog: the preview shows the sheet the options ask for; saving writes a PDF whose codes decode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from klara_assets.services import inventory
from tests.documents.label_checks import decode_pages
from ui.context import UiContext
from ui.dialogs.labels_dialog import LabelsDialog


def _register(ui: UiContext, count: int) -> list[str]:
    rows = [{"category": "laptop", "manufacturer": "Dell", "model": f"Latitude {i}"} for i in range(count)]
    inventory.register_assets(ui.services, rows)
    return [f"KLA-{i:06d}" for i in range(1, count + 1)]


def _open(qtbot: Any, ui: UiContext, tags: list[str]) -> LabelsDialog:
    dialog = LabelsDialog(ui, tags)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0 and dialog.save_button.isEnabled(), timeout=15_000)
    return dialog


def test_preview_pages_follow_layout_and_skip(qtbot: Any, ui: UiContext) -> None:
    tags = _register(ui, 25)
    dialog = _open(qtbot, ui, tags)
    assert dialog.layout_choice.currentData() == "L7160"  # the settings' default, 21 per sheet
    assert dialog.preview.page_count() == 2
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("L7651"))  # 65 per sheet
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1 and dialog.save_button.isEnabled(), timeout=15_000)
    assert "1 sheet" in dialog.pages.text()
    dialog.skip.setValue(50)  # 50 used + 25 = 75 > 65
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 2 and dialog.save_button.isEnabled(), timeout=15_000)


def test_save_writes_a_pdf_whose_codes_decode(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    tags = _register(ui, 5)
    dialog = _open(qtbot, ui, tags)
    target = tmp_path / "out" / "labels.pdf"
    target.parent.mkdir()
    ui.dialogs.save_path = str(target)  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "confirm" for kind, *_ in ui.dialogs.shown), timeout=10_000)  # type: ignore[attr-defined]
    pdf = target.read_bytes()
    assert len(PdfReader(target).pages) == 1
    decoded = sorted(code.text for code in decode_pages(pdf, tmp_path, 300))
    assert decoded == tags


def test_print_paints_every_page_to_the_printer(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    tags = _register(ui, 30)
    dialog = _open(qtbot, ui, tags)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.send_to(printer)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and out.exists() and out.stat().st_size > 0, timeout=20_000)
    assert len(PdfReader(out).pages) == 2
    decoded = {code.text for code in decode_pages(out.read_bytes(), tmp_path, 150)}
    assert decoded == set(tags)

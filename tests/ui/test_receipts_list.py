"""Kept receipts on the person's page and in the device's detail (issue 17 §3): number, date in the local
form, kind, devices, signature; "Save a copy…" writes the PDF as issued (same SHA-256) through the
output-file helper and refuses a missing folder with nothing written; "Open" shows it; "Print…" prints it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from klara_assets.persistence import queries, receipt_queries
from klara_assets.services import custody, inventory
from ui.context import UiContext
from ui.dialogs.receipt_preview import ReceiptPreview, send_to
from ui.pages.people_page import PeoplePage
from ui.widgets.asset_detail import AssetDetailPanel
from ui.widgets.display import format_datetime
from ui.widgets.receipts_list import ReceiptsList


@pytest.fixture
def handed(ui: UiContext) -> UiContext:
    """Zoé received two monitors on one receipt and gave one back on a return receipt."""
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.add_person(ctx, "Łukasz Nowak", "lukasz@klara.fr")
    for serial in ("MON-1", "MON-2"):
        inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2723DE", serial=serial)
    custody.check_out(ctx, ["KLA-000001", "KLA-000002"], "zoe@klara.fr")
    custody.check_in(ctx, "KLA-000001", note="Écran rayé")
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]  # "open it now?": no
    return ui


def _people(qtbot: Any, ui: UiContext) -> PeoplePage:
    page = PeoplePage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _person_receipts(qtbot: Any, page: PeoplePage, email: str) -> ReceiptsList:
    receipts = page.panel.receipts
    assert isinstance(receipts, ReceiptsList)
    with qtbot.waitSignal(receipts.loaded, timeout=5000):
        page.table.selectRow(page.model.row_of(email))
    return receipts


def _texts(receipts: ReceiptsList) -> list[list[str]]:
    table = receipts.table
    return [[table.model().index(r, c).data() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_person_page_lists_their_receipts(qtbot: Any, handed: UiContext) -> None:
    page = _people(qtbot, handed)
    receipts = _person_receipts(qtbot, page, "zoe@klara.fr")
    rows = receipt_queries.receipts("zoe@klara.fr")
    ret, rec = rows
    assert _texts(receipts) == [
        [ret.number, format_datetime(ret.issued_at), "Return", "KLA-000001", "Not signed on screen"],
        [rec.number, format_datetime(rec.issued_at), "Handover", "KLA-000001, KLA-000002", "Not signed on screen"],
    ]
    assert ret.number.startswith("RET-") and rec.number.startswith("REC-")
    assert ret.issued_at.date().isoformat() not in _texts(receipts)[0][1]  # the local form, not ISO
    assert receipts.title.text() == "2 receipt(s)" and not receipts.save_button.isEnabled()
    receipts = _person_receipts(qtbot, page, "lukasz@klara.fr")
    assert receipts.table.rowCount() == 0 and receipts.title.text() == "No receipt."


def test_save_a_copy_writes_the_receipt_as_issued(qtbot: Any, handed: UiContext, tmp_path: Path) -> None:
    receipts = _person_receipts(qtbot, _people(qtbot, handed), "zoe@klara.fr")
    receipts.table.selectRow(1)
    target = tmp_path / "copy.pdf"
    handed.dialogs.save_path = str(target)  # type: ignore[attr-defined]
    qtbot.mouseClick(receipts.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "confirm" for kind, *_ in handed.dialogs.shown))  # type: ignore[attr-defined]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == receipt_queries.receipts("zoe@klara.fr")[1].sha256


def test_save_a_copy_into_a_missing_folder_is_refused(qtbot: Any, handed: UiContext, tmp_path: Path) -> None:
    receipts = _person_receipts(qtbot, _people(qtbot, handed), "zoe@klara.fr")
    receipts.table.selectRow(0)
    target = tmp_path / "gone" / "copy.pdf"
    handed.dialogs.save_path = str(target)  # type: ignore[attr-defined]
    qtbot.mouseClick(receipts.save_button, Qt.MouseButton.LeftButton)
    shown = handed.dialogs.shown  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(kind == "error" for kind, *_ in shown))
    assert "folder does not exist" in shown[-1][2] and not target.parent.exists()


def test_open_shows_the_pdf_and_print_renders_its_pages(qtbot: Any, handed: UiContext, tmp_path: Path) -> None:
    receipts = _person_receipts(qtbot, _people(qtbot, handed), "zoe@klara.fr")
    receipts.table.selectRow(0)
    qtbot.mouseClick(receipts.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(receipts.dialog, ReceiptPreview) and receipts.dialog.isVisible())
    preview = receipts.dialog
    assert isinstance(preview, ReceiptPreview) and preview.preview.page_count() >= 1
    assert preview.number in preview.windowTitle()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    send_to(handed, preview.pdf, printer)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=10000)
    preview.close()
    QApplication.processEvents()


def test_the_device_detail_lists_its_receipts(qtbot: Any, handed: UiContext) -> None:
    receipts = ReceiptsList(handed)
    panel = AssetDetailPanel(receipts=receipts)
    qtbot.addWidget(panel)
    detail = queries.asset_detail("KLA-000002")
    assert detail is not None
    with qtbot.waitSignal(receipts.loaded, timeout=5000):
        panel.show_asset(detail, [])
    assert [row[2:4] for row in _texts(receipts)] == [["Handover", "KLA-000001, KLA-000002"]]
    panel.show_nothing()
    assert receipts.table.rowCount() == 0


def test_the_scan_of_a_receipt_signed_on_paper_is_kept_with_it(qtbot: Any, handed: UiContext, tmp_path: Path) -> None:
    receipts = _person_receipts(qtbot, _people(qtbot, handed), "zoe@klara.fr")
    receipts.table.selectRow(0)
    number = receipts.selected().number  # type: ignore[union-attr]
    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    handed.dialogs.open_path = str(scan)  # type: ignore[attr-defined]
    with qtbot.waitSignal(receipts.loaded, timeout=5000):
        qtbot.mouseClick(receipts.attach_button, Qt.MouseButton.LeftButton)
    row = next(r for r in receipt_queries.receipts("zoe@klara.fr") if r.number == number)
    assert row.scans == 1
    assert any("1 scan" in cell for cells in _texts(receipts) for cell in cells)


def test_a_scan_that_is_not_a_pdf_or_image_is_refused_and_nothing_kept(
    qtbot: Any, handed: UiContext, tmp_path: Path
) -> None:
    receipts = _person_receipts(qtbot, _people(qtbot, handed), "zoe@klara.fr")
    receipts.table.selectRow(0)
    shown = handed.dialogs.shown  # type: ignore[attr-defined]
    for name, content in (("notes.txt", b"signed, honest"), ("gone.pdf", None)):
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        handed.dialogs.open_path = str(path)  # type: ignore[attr-defined]
        before = len(shown)
        qtbot.mouseClick(receipts.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda before=before: len(shown) > before, timeout=5000)
        kind, _title, text = shown[-1]
        assert kind == "error"
        assert ("PDF, PNG or JPEG" in text) if content else ("cannot be read" in text), text
    assert all(r.scans == 0 for r in receipt_queries.receipts("zoe@klara.fr"))

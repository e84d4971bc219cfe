"""The certificates register page: list, preview, save a copy, verify a dropped file (VALID, ALTERED,
REVOKED, UNKNOWN), revoke with a reason, correct (supersede)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from klara_assets.services import batches, certificates
from tests import eol_setup as S
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.certificate_preview import CertificatePreview
from ui.dialogs.reason_dialog import ReasonDialog
from ui.models.eol_tables import CertificatesModel
from ui.pages.certificates_page import CertificatesPage


@pytest.fixture
def issued(ui: UiContext) -> str:
    ctx = ui.services
    S.organisation(ctx)
    S.recycler(ctx)
    tag = S.routed(ctx, "recycle")
    number = S.shipped_batch(ctx, S.RECYCLER, [tag])
    return batches.close_batch(ctx, number, lang="en").result.number  # type: ignore[attr-defined]


def _page(qtbot: Any, ui: UiContext) -> CertificatesPage:
    page = CertificatesPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _drop(page: CertificatesPage, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)  # QApplication delivers drop events only during a real drag


def _verdict(qtbot: Any, page: CertificatesPage, path: Path, expected: str) -> None:
    page.verdict.hide()
    _drop(page, path)
    qtbot.waitUntil(lambda: page.verdict.isVisible(), timeout=5000)
    assert page.verdict.result_word() == expected, page.verdict.details.text()


def test_register_lists_previews_and_saves(qtbot: Any, ui: UiContext, issued: str, tmp_path: Path) -> None:
    page = _page(qtbot, ui)
    assert [row.number for row in page.model.rows] == [issued]
    assert page.count.text() == "1 certificate(s)"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.preview.page_count() >= 1, timeout=5000)
    ui.dialogs.save_path = str(tmp_path / "copy.pdf")  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "copy.pdf").exists(), timeout=5000)
    assert (tmp_path / "copy.pdf").read_bytes() == certificates.certificate_pdf(issued)


def test_search_filters_the_register(qtbot: Any, ui: UiContext, issued: str) -> None:
    page = _page(qtbot, ui)
    qtbot.keyClicks(page.search, "NOPE")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.count.text() == "No certificate matches."
    page.apply_filter({"text": issued})
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_dropped_files_get_a_verdict(qtbot: Any, ui: UiContext, issued: str, tmp_path: Path) -> None:
    page = _page(qtbot, ui)
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(certificates.certificate_pdf(issued))
    _verdict(qtbot, page, genuine, "VALID")
    assert issued in page.verdict.details.text() and "Recycling" in page.verdict.details.text()
    altered = tmp_path / "altered.pdf"
    data = bytearray(genuine.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit changed in the middle of the file
    altered.write_bytes(bytes(data))
    _verdict(qtbot, page, altered, "ALTERED")
    stranger = tmp_path / "notes.txt"
    stranger.write_text("hello")
    _verdict(qtbot, page, stranger, "UNKNOWN")


def test_revoke_then_verify_reads_revoked(qtbot: Any, ui: UiContext, issued: str, tmp_path: Path) -> None:
    page = _page(qtbot, ui)
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["revoke"], Qt.MouseButton.LeftButton)
    assert ui.dialogs.shown[-1][0] == "confirm"  # type: ignore[attr-defined]
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    before = snapshot()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no reason
    qtbot.waitUntil(lambda: not dialog.errors.label("reason").isHidden(), timeout=5000)
    assert "reason" in dialog.errors.label("reason").text().lower()
    assert snapshot() == before
    qtbot.keyClicks(dialog.reason, "Wrong partner address")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].revoked_at is not None, timeout=5000)
    assert page.model.index(0, 5).data().startswith("revoked on")
    copy = tmp_path / "revoked.pdf"
    copy.write_bytes(certificates.certificate_pdf(issued))
    page.ui.dialogs.open_path = str(copy)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.buttons["verify"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verdict.isVisible(), timeout=5000)
    assert page.verdict.result_word() == "REVOKED"
    assert "Wrong partner address" in page.verdict.details.text()


def test_correct_issues_a_new_certificate_that_supersedes(qtbot: Any, ui: UiContext, issued: str) -> None:
    page = _page(qtbot, ui)
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["correct"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.keyClicks(dialog.reason, "Weight corrected")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CertificatePreview), timeout=5000)
    preview = page.dialog
    assert preview.number != issued and preview.preview.page_count() >= 1
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    states = {row.number: page.model.index(i, 5).data() for i, row in enumerate(page.model.rows)}
    assert states[preview.number] == f"in force (replaces {issued})"
    assert states[issued].startswith("revoked on")


def test_certificates_model_passes_the_model_tester(qtmodeltester: Any, ui: UiContext, issued: str) -> None:
    model = CertificatesModel()
    model.set_rows(certificates.list_certificates())
    qtmodeltester.check(model)

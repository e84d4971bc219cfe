"""The certificates register: search, the list (number, kind, date, batch or device, state), the selected
certificate in a PDF preview, save a copy, revoke, correct (a new certificate supersedes it), and verify a
file dropped on the page or picked with "Verify a file…" (VALID / ALTERED / REVOKED / UNKNOWN).

Filter criteria: {"text": a number, batch number or tag}.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.services import certificates
from klara_assets.services.certificates import CertificateRow, CertificateVerification
from ui import read_only
from ui.context import UiContext
from ui.dialogs.certificate_preview import CertificatePreview
from ui.dialogs.form import open_dialog
from ui.dialogs.reason_dialog import ReasonDialog
from ui.models.eol_tables import CertificatesModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.save_document import save_document
from ui.widgets.tables import make_table
from ui.widgets.verdict_panel import VerdictPanel


def read_and_verify(path: str) -> CertificateVerification:
    return certificates.verify_certificate(Path(path).read_bytes())


class CertificatesPage(Page):
    page_id = "certificates"
    refresh_on = frozenset({ChangeKind.CERTIFICATE, ChangeKind.BATCH})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: Any = None
        self.model = CertificatesModel(self)
        self.table = make_table(self.model, (120, 175, 85, 100, 45))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a certificate, batch or device number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.preview = PdfPreview()
        self.preview.show_message(self.tr("Select a certificate to see it here."))
        self.verdict = VerdictPanel()
        self.drop_hint = QLabel(self.tr("Drop a PDF file on this page to check whether it is a genuine certificate."))
        self.drop_hint.setWordWrap(True)
        self.buttons = {
            key: QPushButton(text)
            for key, text in (
                ("save", self.tr("&Save a copy…")),
                ("revoke", self.tr("Re&voke…")),
                ("correct", self.tr("C&orrect…")),
                ("verify", self.tr("&Verify a file…")),
            )
        }
        self._timer = QTimer(self, singleShot=True, interval=250)
        self.setAcceptDrops(True)
        self._layout()
        self._connect()
        self._update_buttons()
        read_only.editing(self.ui, self.buttons["revoke"], self.buttons["correct"])

    def title(self) -> str:
        return self.tr("Certificates")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.count, 1)
        for key in ("save", "revoke", "correct", "verify"):
            bar.addWidget(self.buttons[key])
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.verdict)
        column.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setSizes([660, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.buttons["save"].clicked.connect(self.save_copy)
        self.buttons["revoke"].clicked.connect(self.revoke)
        self.buttons["correct"].clicked.connect(self.correct)
        self.buttons["verify"].clicked.connect(self.pick_and_verify)
        action = QAction(self.buttons["verify"].text(), self)
        action.setShortcut(QKeySequence("Ctrl+O"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.pick_and_verify)
        self.addAction(action)

    def first_load(self) -> None:
        restore_layout(
            self.ui.state,
            ("certificates/splitter", self.splitter),
            ("certificates/columns", self.table.horizontalHeader()),
        )
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        term = self.search.text()
        self.ui.run(lambda: certificates.list_certificates(term), lambda rows: self._show(rows, term, first))

    def _show(self, rows: list[CertificateRow], term: str, first: bool) -> None:
        if term != self.search.text():
            return  # a newer search is on its way
        selected = self.selected()
        self.model.set_rows(rows)
        if rows:
            self.count.setText(self.tr("%n certificate(s)", "", len(rows)))
        else:
            self.count.setText(self.tr("No certificate matches.") if term else self.tr("No certificate issued yet."))
        row = next((i for i, r in enumerate(rows) if selected and r.number == selected.number), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        if first:
            self.loaded.emit()

    def selected(self) -> CertificateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._update_buttons()
        row = self.selected()
        if row is None:
            self.preview.show_message(self.tr("Select a certificate to see it here."))
            return
        number = row.number
        self.ui.run(lambda: certificates.certificate_pdf(number), lambda pdf: self._preview(number, pdf))

    def _preview(self, number: str, pdf: bytes) -> None:
        current = self.selected()
        if current is not None and current.number == number:
            self.preview.set_pdf(pdf)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.buttons["save"].setEnabled(row is not None)
        in_force = row is not None and row.revoked_at is None
        self.buttons["revoke"].setEnabled(in_force)
        self.buttons["correct"].setEnabled(in_force)

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def save_copy(self) -> None:
        row = self.selected()
        if row is not None:
            number = row.number
            save_document(
                self.ui, self.tr("Save a copy"), lambda: certificates.certificate_pdf(number), f"{number}.pdf"
            )

    def revoke(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = self.tr("Revoke %1? It stays in the register, and anyone verifying it will read REVOKED.")
        if not self.ui.dialogs.confirm(
            self.tr("Revoke"), text.replace("%1", row.number), self.tr("Revoke"), destructive=True
        ):
            return
        ctx, number = self.ui.services, row.number
        self.dialog = open_dialog(
            ReasonDialog(
                self.ui, self.tr("Revoke %1").replace("%1", number), self.tr("Why is this certificate revoked?"),
                self.tr("Re&voke"), lambda reason: certificates.revoke_certificate(ctx, number, reason), self,
            )
        )  # fmt: skip

    def correct(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, number = self.ui.services, row.number
        text = self.tr("A new certificate is issued from the current records; %1 is revoked and names it.")
        self.dialog = open_dialog(
            ReasonDialog(
                self.ui, self.tr("Correct %1").replace("%1", number), text.replace("%1", number),
                self.tr("&Issue the correction"),
                lambda reason: certificates.supersede_certificate(ctx, number, reason), self,
            ),
            self._corrected,
        )  # fmt: skip

    def _corrected(self, issued: certificates.IssuedCertificate) -> None:
        self.dialog = open_dialog(CertificatePreview(self.ui, issued.number, issued.pdf, self))

    def pick_and_verify(self) -> None:
        path = self.ui.dialogs.open_file(self.tr("Verify a certificate"), self.tr("PDF files (*.pdf);;All files (*)"))
        if path:
            self.verify_file(path)

    def verify_file(self, path: str) -> None:
        name = Path(path).name
        self.ui.run(lambda: read_and_verify(path), lambda result: self.verdict.show_result(result, name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.verify_file(files[0])

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.search.setText(str(criteria.get("text") or ""))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        self.ui.state.setValue("certificates/splitter", self.splitter.saveState())
        self.ui.state.setValue("certificates/columns", self.table.horizontalHeader().saveState())

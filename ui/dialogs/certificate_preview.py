"""Show a certificate just issued (or any from the register): the PDF itself and "Save a copy…"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import UiContext
from ui.state import remember
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.save_document import save_document


class CertificatePreview(QDialog):
    def __init__(self, ui: UiContext, number: str, pdf: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui, self.number, self.pdf = ui, number, pdf
        self.setWindowTitle(self.tr("Certificate %1").replace("%1", number))
        self.resize(760, 860)
        self.preview = PdfPreview()
        self.preview.set_pdf(pdf)
        note = QLabel(self.tr("%1 is in the register. Save a copy to send it or print it.").replace("%1", number))
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.preview, 1)
        column.addWidget(buttons)

    def save_copy(self) -> None:
        pdf = self.pdf
        save_document(self.ui, self.tr("Save the certificate"), lambda: pdf, f"{self.number}.pdf")

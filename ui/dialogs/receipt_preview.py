"""Show a kept receipt (issue 17 §3): the PDF exactly as issued, "Save a copy…" (through the output-file
helper) and "Print…" (the system print dialog, pages rendered on the worker at the printer's resolution).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from klara_assets.services.custody_receipts import receipt_pdf
from ui.context import UiContext
from ui.state import remember
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.pdf_printing import page_images, print_images
from ui.widgets.save_document import save_document


class ReceiptPreview(QDialog):
    def __init__(self, ui: UiContext, number: str, pdf: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)  # fits the screen (760 × 860 does not on a laptop)
        self.ui, self.number, self.pdf = ui, number, pdf
        self.setWindowTitle(self.tr("Receipt %1").replace("%1", number))
        self.resize(760, 860)
        self.preview = PdfPreview()
        self.preview.set_pdf(pdf)
        note = QLabel(self.tr("%1 as it was issued. A correction issues a new receipt.").replace("%1", number))
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_copy)
        self.print_button.clicked.connect(lambda: print_pdf(self.ui, self.number, self.pdf, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.preview, 1)
        column.addWidget(buttons)

    def save_copy(self) -> None:
        number = self.number
        save_document(self.ui, self.tr("Save the receipt"), lambda: receipt_pdf(number), f"{number}.pdf")


def print_pdf(ui: UiContext, number: str, pdf: bytes, parent: QWidget) -> None:
    """Ask for a printer, then render the pages on the worker and paint them on the GUI thread."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(number)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return
    send_to(ui, pdf, printer)


def send_to(ui: UiContext, pdf: bytes, printer: QPrinter) -> None:
    dpi = printer.resolution()

    def printed(images: list[QImage]) -> None:
        print_images(images, printer)

    ui.render(partial(page_images, pdf, dpi), printed)

"""`PdfPreview`: shows a PDF held in memory (QtPdf, loaded from bytes through a QBuffer), one page under
another, fitted to the width, with a short message while nothing is shown."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitting to the width while the scroll bar comes and goes can resize forever (a page about as tall
        # as the view): keep the bar, so the width never changes with the zoom.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.empty = QLabel(self.tr("No document to show."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self._buffer: QBuffer | None = None

    def set_pdf(self, data: bytes) -> bool:
        """Show `data`; False (and the message) when QtPdf cannot read it."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it while it is shown
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.show_message(self.tr("This file cannot be shown: it is not a readable PDF."))
            return False
        self.stack.setCurrentWidget(self.view)
        return True

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_message(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.show_message(self.tr("No document to show."))

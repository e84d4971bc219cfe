"""Print a PDF held in memory at actual size: pages rendered at the printer's resolution on the worker
(`page_images`, its own QPdfDocument), then painted unscaled on the GUI thread (`print_images`), so label
positions land where the sheet expects them."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi` (actual size); runs on the worker with its own document."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    images = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        images.append(document.render(page, size))
    document.close()
    return images


def print_images(images: list[QImage], printer: QPrinter) -> int:
    """Paint page images made at the printer's resolution, one per sheet, unscaled; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(images):
            if number > 0:
                printer.newPage()
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return len(images)

"""A light and a dark palette (Fusion) following the system colour scheme, and the status chip colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

STATUS_COLOURS = {
    "in_stock": "#2f855a",
    "assigned": "#2b6cb0",
    "in_repair": "#b7791f",
    "lost": "#c53030",
    "stolen": "#9b2c2c",
    "written_off": "#4a5568",
    "retired": "#718096",
    "to_refurbish": "#6b46c1",
    "to_recycle": "#805ad5",
    "refurbished": "#276749",
    "recycled": "#2c7a7b",
}


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(_dark() if is_dark(app) else _light())
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: app.setPalette(_dark() if is_dark(app) else _light()))


def _light() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f7fa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f4f8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0b6e4f"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#e4e7eb"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8794"))
    return palette


def _dark() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1f2329"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#16191d"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#22262c"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f9e78"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e4e7eb"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e4e7eb"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#2d3239"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#e4e7eb"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa5b1"))
    return palette

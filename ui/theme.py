"""A light and a dark palette (Fusion) following the system colour scheme, and the status chip colours.

`light_palette()` and `dark_palette()` are public so tests and screenshots can apply either.

The start-up asks the scheme without `Qt.ColorScheme` (issue 18): the first use of PySide6's `Qt` namespace
creates its 93 Python enums (≈ 1,200 members), about a fifth of a bare window's start-up, and nothing else
of the first page needs them. `native_color_scheme()` calls Qt's own `QStyleHints::colorScheme()` through
ctypes on Linux (the library PySide6 already loaded); anywhere else, or if the symbol is not found, the
ordinary PySide6 call answers.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPalette, QStyleHints
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


DARK = 2  # Qt::ColorScheme::Dark (Unknown 0, Light 1)


def native_color_scheme(hints: QStyleHints) -> int | None:
    """`hints.colorScheme()` as Qt's integer, read without PySide6's `Qt` enums; None where it cannot be."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        import shiboken6

        function = ctypes.CDLL("libQt6Gui.so.6")._ZNK11QStyleHints11colorSchemeEv  # QStyleHints::colorScheme() const
    except (OSError, AttributeError, ImportError):
        return None
    function.argtypes, function.restype = [ctypes.c_void_p], ctypes.c_int
    return int(function(shiboken6.getCppPointer(hints)[0]))


def color_scheme(hints: QStyleHints) -> int:
    native = native_color_scheme(hints)
    return native if native is not None else hints.colorScheme().value


def is_dark(app: QApplication) -> bool:
    return color_scheme(app.styleHints()) == DARK


FUSION = "Fusion"


def apply_theme(app: QApplication, style: bool = True) -> None:
    """Fusion (`style=False`: the application was created with `-style Fusion`) and the palette of the system's
    colour scheme, followed when it changes."""
    if style:
        app.setStyle(FUSION)
    app.setPalette(dark_palette() if is_dark(app) else light_palette())
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: app.setPalette(dark_palette() if is_dark(app) else light_palette())
    )


def light_palette() -> QPalette:
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
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b6e4f"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#5b4a8a"))
    _disabled(palette, text="#9aa5b1", button="#eef0f3", base="#f0f2f5")
    return palette


def dark_palette() -> QPalette:
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
    palette.setColor(QPalette.ColorRole.Link, QColor("#6fd3ad"))  # Qt's default dark blue is unreadable here
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#b9a6f0"))
    _disabled(palette, text="#5f6b7a", button="#262a30", base="#1c1f23")
    return palette


def _disabled(palette: QPalette, text: str, button: str, base: str) -> None:
    """Disabled controls look disabled (issue 14): `setColor(role, colour)` above sets every colour group,
    the disabled one included, so without this a disabled button or menu item looks like an enabled one."""
    group = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(group, role, QColor(text))
    palette.setColor(group, QPalette.ColorRole.Button, QColor(button))
    palette.setColor(group, QPalette.ColorRole.Base, QColor(base))
    palette.setColor(group, QPalette.ColorRole.Light, QColor(button))  # Fusion's etched text shadow: none

"""Render the application icon `resources/icons/klara-assets.svg` to the PNG, .ico and .icns the bundles use.

Run once after changing the SVG (the results are committed): `python packaging/make_icons.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "klara-assets.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in (256, 48):
        render(size).save(str(ICONS / f"klara-assets-{size}.png"))
    render(256).save(str(ICONS / "klara-assets.ico"), "ICO")
    render(512).save(str(ICONS / "klara-assets.icns"), "ICNS")
    return 0


if __name__ == "__main__":
    sys.exit(main())

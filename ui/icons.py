"""The application's icons: one family (Lucide, ISC licence, `resources/icons/lucide/`), tinted for the palette.

The SVGs draw with `currentColor`; `icon(name)` swaps in the palette's text colour (and its disabled colour
for the disabled mode) and renders three sizes with QtSvg, imported on first use and cached per colour, so
start-up pays for the sidebar's icons only. `page_icon(page_id)` is the sidebar's icon of each page.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from klara_assets.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32)  # Qt scales from the nearest; each size costs a render at start-up

PAGE_ICONS = {
    "todo": "list-todo",
    "dashboard": "layout-dashboard",
    "assets": "laptop",
    "scan": "scan-line",
    "people": "users",
    "locations": "map-pin",
    "incidents": "siren",
    "compliance": "shield-check",
    "audits": "clipboard-check",
    "end_of_life": "archive",
    "batches": "package",
    "partners": "handshake",
    "certificates": "award",
    "environment": "leaf",
    "settings": "settings",
    "operators": "user-cog",
}


def has_icon(name: str) -> bool:
    return resource_path("icons", "lucide", f"{name}.svg").is_file()


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` of the shipped set in `palette`'s colours (the application's by default)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return QIcon(_icon(name, normal, disabled))  # a copy: callers may change theirs


def page_icon(page_id: str, palette: QPalette | None = None) -> QIcon:
    name = PAGE_ICONS.get(page_id, "")
    return icon(name, palette) if name else QIcon()


@lru_cache(maxsize=256)
def _icon(name: str, colour: str, disabled: str) -> QIcon:
    path = resource_path("icons", "lucide", f"{name}.svg")
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()  # a damaged install: no icon rather than no window
    result = QIcon()
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0)
    from PySide6.QtSvg import QSvgRenderer  # first use only: start-up does not load QtSvg before an icon

    for mode, tint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", tint).encode("utf-8")))
        for size in SIZES:
            result.addPixmap(_render(renderer, size, ratio), mode)
    return result


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap

"""The application's icons: one family (Lucide, ISC licence, `resources/icons/lucide/`), tinted for the palette.

The SVGs draw with `currentColor`; `icon(name)` swaps in the palette's text colour (and its disabled colour
for the disabled mode). Its engine renders with QtSvg (imported on first use) only the size and mode Qt
paints, when it first paints them, and keeps each pixmap: start-up renders the sidebar's icons once, at the
sidebar's size, instead of three sizes and both modes of every icon. `page_icon(page_id)` is the sidebar's
icon of each page.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from klara_assets.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32)  # the sizes an icon says it has (QIcon.availableSizes); any size is rendered on demand

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
    engine = _SvgEngine(source.replace("currentColor", colour), source.replace("currentColor", disabled))
    _ENGINES.append(engine)  # kept alive with the cache: Qt holds the engine, Python owns the wrapper
    return QIcon(engine)


_ENGINES: list[QIconEngine] = []


class _SvgEngine(QIconEngine):
    """One tinted SVG for the normal modes, one for the disabled mode; pixmaps rendered on first request."""

    def __init__(self, normal: str, disabled: str) -> None:
        super().__init__()
        self._sources = (normal, disabled)
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, bool, float], QPixmap] = {}

    def _renderer(self, is_disabled: bool) -> QSvgRenderer:
        if is_disabled not in self._renderers:
            from PySide6.QtSvg import QSvgRenderer  # first use only: start-up does not load QtSvg before an icon

            data = QByteArray(self._sources[is_disabled].encode("utf-8"))
            self._renderers[is_disabled] = QSvgRenderer(data)
        return self._renderers[is_disabled]

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        is_disabled = mode == QIcon.Mode.Disabled
        side = max(1, min(size.width(), size.height()))
        ratio = max(1.0, scale)
        key = (side, side, is_disabled, ratio)
        if key not in self._pixmaps:
            self._pixmaps[key] = _render(self._renderer(is_disabled), side, ratio)
        return self._pixmaps[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, _screen_ratio())

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def clone(self) -> QIconEngine:
        engine = _SvgEngine(*self._sources)
        _ENGINES.append(engine)
        return engine


def _screen_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return max(1.0, screen.devicePixelRatio() if screen is not None else 1.0)


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent (Qt.GlobalColor would cost the start-up its enums)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap

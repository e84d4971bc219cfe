"""The application's icons: one family (Lucide, ISC licence, `resources/icons/lucide/`), tinted for the palette.

The SVGs draw with `currentColor`; `icon(name)` swaps in the palette's text colour (and its disabled colour
for the disabled mode). Its engine renders with QtSvg (imported on first use) only the size and mode Qt
paints, when it first paints them, and keeps each pixmap: start-up renders the sidebar's icons once, at the
sidebar's size, instead of three sizes and both modes of every icon. `page_icon(page_id)` is the sidebar's
icon of each page.

Each rendered pixmap is also kept as a PNG in the user's cache folder (`icons/`), named by the icon, a
checksum of its tinted SVG, its mode, size and pixel ratio: the next start reads the sixteen sidebar icons
from there rather than loading QtSvg and parsing and drawing each SVG (issue 18). A file that is missing,
unreadable or of the wrong size is rendered again; a cache that cannot be written only costs that time.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from klara_assets.paths import resource_path, user_folder

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
    normal, grey = source.replace("currentColor", colour), source.replace("currentColor", disabled)
    engine = _SvgEngine(normal, grey, f"{name}-{zlib.crc32((normal + grey).encode('utf-8')):08x}")
    _ENGINES.append(engine)  # kept alive with the cache: Qt holds the engine, Python owns the wrapper
    return QIcon(engine)


_ENGINES: list[QIconEngine] = []


class _SvgEngine(QIconEngine):
    """One tinted SVG for the normal modes, one for the disabled mode; pixmaps rendered on first request."""

    def __init__(self, normal: str, disabled: str, key: str = "") -> None:
        super().__init__()
        self._sources = (normal, disabled)
        self._key = key  # the cached PNGs' name (none: not cached on disk)
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
            path = cache_folder() / f"{self._key}-{'d' if is_disabled else 'n'}-{side}@{ratio:g}.png"
            pixmap = _read(path, round(side * ratio)) if self._key else None
            if pixmap is None:
                pixmap = _render(self._renderer(is_disabled), side, ratio)
                if self._key:
                    _write(pixmap, path)
            pixmap.setDevicePixelRatio(ratio)
            self._pixmaps[key] = pixmap
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
        engine = _SvgEngine(*self._sources, self._key)
        _ENGINES.append(engine)
        return engine


@cache
def cache_folder() -> Path:
    return user_folder("cache") / "icons"


def _read(path: Path, pixels: int) -> QPixmap | None:
    """The cached rendering at `path`, if it is there, readable and `pixels` wide and high."""
    pixmap = QPixmap(str(path))  # a null pixmap when missing or unreadable
    return None if pixmap.isNull() or pixmap.width() != pixels or pixmap.height() != pixels else pixmap


def _write(pixmap: QPixmap, path: Path) -> None:
    """Keep a rendering for the next start, whole or not at all (another window may be reading the folder)."""
    partial = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if pixmap.save(str(partial), "PNG"):
            os.replace(partial, path)
    except OSError:
        pass  # a read-only or full disk: rendered again next time
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


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
    return pixmap

"""Per-user window state kept in QSettings, and windows that fit the screen.

`Key` is a typed QSettings key: `get` returns a value of its type or the default, never the surprises
QSettings hands back (a string where a QByteArray was expected, an empty value after a crash).
`remember(dialog, state, name)` is the one way a dialog keeps its size: it restores the saved geometry on
the first show, keeps the dialog inside the available screen (taskbar excluded), grows it when its
content grows (a device line loaded later, a warning box shown) without ever passing the screen, and saves
the geometry when the dialog closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # only named in annotations: their classes are not created at start-up (issue 18)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QHeaderView, QSplitter

T = TypeVar("T")

FRAME = QSize(16, 40)  # a window manager's title bar and borders, before the window is shown the first time


class Key(Generic[T]):
    """One QSettings key and the type its value must have."""

    def __init__(self, name: str, kind: type[T], default: T | None = None):
        self.name, self.kind, self.default = name, kind, default

    def get(self, state: QSettings) -> T | None:
        value = state.value(self.name)
        return value if isinstance(value, self.kind) else self.default

    def set(self, state: QSettings, value: T) -> None:
        state.setValue(self.name, value)


MAIN_GEOMETRY = Key("main/geometry", QByteArray)


def geometry_key(name: str) -> Key[QByteArray]:
    return Key(f"dialogs/{name}/geometry", QByteArray)


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (the taskbar and docks excluded)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_of(widget: QWidget) -> QSize:
    """What the window frame adds around the widget (estimated until the window manager drew one)."""
    outer, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return extra if extra.height() > 0 else FRAME


def room(widget: QWidget) -> QSize:
    """The largest size the widget (without its frame) may take on its screen."""
    area, frame = available(widget), frame_of(widget)
    return QSize(area.width() - frame.width(), area.height() - frame.height())


def fit(widget: QWidget) -> None:
    """Shrink the window to the available screen if needed and move it so that all of it is on screen."""
    limit = room(widget)
    size = widget.size().boundedTo(limit).expandedTo(widget.minimumSize().boundedTo(limit))
    if size != widget.size():
        widget.resize(size)
    area, frame = available(widget), frame_of(widget)
    x = min(max(widget.x(), area.left()), area.right() + 1 - size.width() - frame.width())
    y = min(max(widget.y(), area.top()), area.bottom() + 1 - size.height() - frame.height())
    if (x, y) != (widget.x(), widget.y()):
        widget.move(max(x, area.left()), max(y, area.top()))


def needed(widget: QWidget) -> QSize:
    """The size the widget's content asks for at its current width (wrapped labels included)."""
    layout = widget.layout()
    if layout is None:
        return widget.minimumSizeHint()
    width = max(widget.width(), layout.totalMinimumSize().width())
    height = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalMinimumHeightForWidth(width), layout.totalHeightForWidth(width))
    return QSize(width, height)


def grow(widget: QWidget) -> None:
    """Make room for content that grew since the window was sized, never past the screen."""
    wanted = widget.size().expandedTo(needed(widget)).boundedTo(room(widget))
    if wanted != widget.size():
        widget.resize(wanted)
    fit(widget)


class _Remember(QObject):
    """The event filter behind `remember`. It keeps no reference to its dialog (its parent): a reference
    would make a cycle that the garbage collector breaks by emptying this object while Qt still calls it."""

    def __init__(self, dialog: QWidget, state: QSettings | None, name: str):
        super().__init__(dialog)
        self.state, self.key = state, geometry_key(name)
        self.shown = False
        self.pending = False
        dialog.installEventFilter(self)

    def _dialog(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) and shiboken6.isValid(parent) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent  # a dialog's: the main window's start-up creates no event class

        dialog = self._dialog()
        if dialog is None or watched is not dialog:
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and not self.shown:
            self.shown = True
            saved = self.key.get(self.state) if self.state is not None else None
            if saved is not None:
                dialog.restoreGeometry(saved)
            grow(dialog)
        elif kind == QEvent.Type.LayoutRequest and self.shown and not self.pending:
            self.pending = True  # after the layout has been redone by the dialog itself
            QTimer.singleShot(0, self, self._grow)  # dropped if the dialog is gone by then
        elif kind == QEvent.Type.Hide and self.shown and self.state is not None:
            self.key.set(self.state, dialog.saveGeometry())
        return False

    def _grow(self) -> None:
        self.pending = False
        dialog = self._dialog()
        if dialog is not None and dialog.isVisible():
            grow(dialog)


def remember(dialog: QWidget, state: QSettings | None, name: str) -> None:
    """Keep `dialog` on the available screen, growing with its content, and its size between uses under
    `dialogs/<name>/geometry` (nothing is saved when `state` is None)."""
    _Remember(dialog, state, name)


def restore_layout(state: QSettings, *saved: tuple[str, QSplitter | QHeaderView]) -> None:
    """Each (key, splitter or header) gets back the state saved under its key; a missing or foreign value
    (a string, nothing after a crash) leaves the widget as built. The one way pages restore their layout."""
    for name, widget in saved:
        value = Key(name, QByteArray).get(state)
        if value is not None:
            widget.restoreState(value)


def restore_window(window: QWidget, state: QSettings, key: Key[QByteArray], default: QSize) -> None:
    """A main window: its saved geometry, or `default` bounded by the screen; always fully on screen."""
    saved = key.get(state)
    if saved is not None:
        window.restoreGeometry(saved)
    else:
        window.resize(default)
    fit(window)

"""`Page`: what the main window needs from a page (title, icon, first load, filters, saved layout)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from ui.context import UiContext


class Page(QWidget):
    """A page of the main window. `loaded` is emitted once its first data is on screen."""

    page_id = ""
    loaded = Signal()
    usable_before_data = False  # True: the window counts the page usable once shown, its data still coming

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self._activated = False

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        """The sidebar icon: the page's in the shipped icon set (`ui/icons.py`), in the current palette."""
        from ui import icons

        return icons.page_icon(self.page_id)

    def activate(self) -> None:
        """Called each time the page is shown; the first call loads its data."""
        if not self._activated:
            self._activated = True
            self.first_load()

    def first_load(self) -> None:
        self.loaded.emit()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        """Show what `criteria` selects (from a dashboard card, a link...). Pages that filter override it."""

    def save_state(self) -> None:
        """Store column widths, splitters... in `self.ui.state`."""

    def focus_search(self) -> None:
        """Ctrl+F: put the focus in the page's search field, if it has one."""

"""`Page`: what the main window needs from a page (title, icon, first load, filters, saved layout), and its
lazy refresh: a page names once the change kinds that concern it (`refresh_on`); a change of those kinds
refreshes it at once when it is on screen, and only marks it stale when hidden: it refreshes when shown
(as Anki's browser table does), that is when the window brings it up (`activate()`; the window is never
hidden, only minimised, and a minimised window's pages stay visible). A page shows nothing before its first
load, so it ignores changes until then. No Qt event handler is overridden here: the first event handed to
Python costs the start-up PySide6's fifty-odd event classes (issue 18).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from klara_assets.domain.changes import ChangeKind, Changes
from ui.context import UiContext


class Page(QWidget):
    """A page of the main window. `loaded` is emitted once its first data is on screen."""

    page_id = ""
    loaded = Signal()
    usable_before_data = False  # True: the window counts the page usable once shown, its data still coming
    refresh_on: ClassVar[frozenset[ChangeKind]] = frozenset()  # the change kinds that concern the page

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self._activated = False
        self._stale: Changes | None = None  # what changed while the page was hidden
        if self.refresh_on:
            ui.events.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if not self._activated or not changes.concerns_any(self.refresh_on):
            return
        if self.isVisible():
            self.refresh(changes)
        else:
            self._stale = changes if self._stale is None else self._stale.merge(changes)
            self.changed_while_hidden(changes)

    @property
    def stale(self) -> bool:
        return self._stale is not None

    def refresh(self, changes: Changes) -> None:
        """Show again what `changes` touched (the page is on screen). Pages with `refresh_on` override it."""

    def changed_while_hidden(self, changes: Changes) -> None:
        """A change of the page's kinds while it was hidden (it refreshes when shown). Most pages wait."""

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        """The sidebar icon: the page's in the shipped icon set (`ui/icons.py`), in the current palette."""
        from ui import icons

        return icons.page_icon(self.page_id)

    def activate(self) -> None:
        """Called each time the page is shown; the first call loads its data, a later one shows again what
        changed while it was hidden."""
        if not self._activated:
            self._activated = True
            self.first_load()
        elif self._stale is not None:
            stale, self._stale = self._stale, None
            self.refresh(stale)

    def first_load(self) -> None:
        self.loaded.emit()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        """Show what `criteria` selects (from a dashboard card, a link...). Pages that filter override it."""

    def save_state(self) -> None:
        """Store column widths, splitters... in `self.ui.state`."""

    def focus_search(self) -> None:
        """Ctrl+F: put the focus in the page's search field, if it has one."""

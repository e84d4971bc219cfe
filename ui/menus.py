"""Menu helpers shared by the areas that add entries to the window's menus."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def insert_at_top(menu: QMenu, actions: Sequence[QAction]) -> None:
    """Put `actions` before the menu's current entries, with a separator between when there are any."""
    first = menu.actions()[0] if menu.actions() else None
    for action in actions:
        if first is not None:
            menu.insertAction(first, action)
        else:
            menu.addAction(action)
    if first is not None:
        menu.insertSeparator(first)

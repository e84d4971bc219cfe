"""A database opened read-only (issue 11 §5): every control that changes data is disabled and says why.

Pages name their editing buttons and actions once, with `editing(ui, ...)`. On a writable database that
does nothing. On a read-only one (a read-only medium, or `file:…?mode=ro`) each control is disabled with
the reason as its tooltip, and stays so: the page's own updates (`setEnabled(True)` when a row is selected,
a tooltip with the lifecycle's reason) are undone at once, so no page needs to know about read-only files.
The services refuse every change on such a database anyway; this only makes the window say it up front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ui.context import UiContext

if TYPE_CHECKING:  # a writable database (the usual start-up) needs neither class (issue 18)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction


def reason() -> str:
    return QCoreApplication.translate("read_only", "The database is read-only: nothing can be changed.")


def active(ui: UiContext) -> bool:
    return ui.services.read_only  # known before the database is opened (the worker opens it)


class _Keeper(QObject):
    """Undoes any later enabling or tooltip change of the widgets it watches."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif event.type() == QEvent.Type.ToolTipChange and watched.toolTip() != reason():
                watched.setToolTip(reason())
        return False


def _keep_action(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)
    if action.toolTip() != reason():
        action.setToolTip(reason())


def editing(ui: UiContext, *controls: QWidget | QAction) -> None:
    """Marks `controls` as changing data: disabled for good, with the reason, when the database is read-only."""
    if not active(ui):
        return
    from PySide6.QtGui import QAction

    for control in controls:
        control.setEnabled(False)
        control.setToolTip(reason())
        if isinstance(control, QAction):
            control.changed.connect(lambda action=control: _keep_action(action))
        else:
            keeper = _Keeper(control)
            control.installEventFilter(keeper)

"""Escape on a filled form asks before discarding it, and Enter does the dialog's action (issue 14 §6).

`DiscardGuard` is mixed into a dialog before `QDialog` (`class X(DiscardGuard, QDialog)`); the dialog has
a `ui` (its `UiContext`). When shown, it notes what every input holds and makes the first accepting button
of its button box the default one (never "Cancel"); `reject()` (Escape, Cancel, the window's close button)
asks first when an input changed since then. Saving goes through `accept()`, which never asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


def input_values(root: QWidget) -> list[tuple[int, str]]:
    """What each input of `root` holds, in widget order (read-only inputs left out)."""
    values: list[tuple[int, str]] = []
    for index, widget in enumerate(root.findChildren(QWidget)):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            values.append((index, widget.text()))
        elif (isinstance(widget, QPlainTextEdit) and not widget.isReadOnly()) or (
            isinstance(widget, QTextEdit) and not widget.isReadOnly()
        ):
            values.append((index, widget.toPlainText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            values.append((index, str(widget.currentIndex())))
    return values


def make_action_default(root: QWidget) -> None:
    """The first accepting button of the dialog's button box answers Enter (not Cancel), even after Cancel
    had the focus: the other buttons of the box are no "auto default" buttons."""
    accepting = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.ApplyRole)
    for box in root.findChildren(QDialogButtonBox):
        pushes = [b for b in box.buttons() if isinstance(b, QPushButton)]
        action = next((b for b in pushes if box.buttonRole(b) in accepting), None)
        if action is None:
            continue
        for button in pushes:  # Cancel taking the focus (the action still disabled, loading) stays no default
            button.setAutoDefault(button is action)
        action.setDefault(True)
        return


class DiscardGuard:
    """Mixin for a `QDialog` with a `ui` attribute."""

    _values_at_open: list[tuple[int, str]] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._values_at_open is None:
            widget: Any = self
            self._values_at_open = input_values(widget)
            make_action_default(widget)

    def is_filled(self) -> bool:
        """Whether an input changed since the dialog was shown."""
        widget: Any = self
        return self._values_at_open is not None and input_values(widget) != self._values_at_open

    def reject(self) -> None:
        if self.is_filled() and not _confirm_discard(self):
            return
        super().reject()  # type: ignore[misc]


def _confirm_discard(dialog: Any) -> bool:
    return bool(
        dialog.ui.dialogs.confirm(
            QCoreApplication.translate("DiscardGuard", "Discard this form?"),
            QCoreApplication.translate("DiscardGuard", "What you typed in this form is not saved. Discard it?"),
            QCoreApplication.translate("DiscardGuard", "&Discard"),
            destructive=True,
        )
    )

"""Ask for the reason of an end-of-life step (retire, unretire, revoke, correct) and do it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.context import UiContext
from ui.dialogs.form import FormDialog


class ReasonDialog(FormDialog):
    """`action(reason)` runs on the worker; a missing reason is refused by the service, under the field."""

    def __init__(
        self,
        ui: UiContext,
        title: str,
        text: str,
        action_label: str,
        action: Callable[[str], Any],
        parent: QWidget | None = None,
    ):
        super().__init__(ui, title, action_label, parent)
        self.action = action
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.reason = QLineEdit()  # Enter submits
        self.reason.setMinimumWidth(360)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Reason"), self.errors.wrap(self.reason, "reason"))
        self.reason.setFocus()

    def call(self) -> Callable[[], Any]:
        action, reason = self.action, self.reason.text()
        return lambda: action(reason)

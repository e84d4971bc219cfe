"""`FormDialog`: the one frame of the dialogs that call a service. A form, a message line, the button box;
the subclass reads its fields in `send()` and calls one service with `self.request(service, *args)`, which
runs `service(ctx, *args)` on the worker (`UiContext.call`). A refusal is shown under the field it names,
else on the message line (or in a message box, `inline_refusals = False`); the dialog stays open with what
was typed, also when the connection was lost. Success emits `completed` with the service's result.
Escape on a changed form asks first (`DiscardGuard`) and the dialog reopens at its last size (`remember`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klara_assets.domain.changes import Changes
from ui.context import UiContext
from ui.errors import show_refusal
from ui.state import remember
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors

Ok = QDialogButtonBox.StandardButton.Ok
Save = QDialogButtonBox.StandardButton.Save
Cancel = QDialogButtonBox.StandardButton.Cancel
Apply = QDialogButtonBox.StandardButton.Apply
Discard = QDialogButtonBox.StandardButton.Discard  # the destructive role


class FormDialog(DiscardGuard, QDialog):
    completed = Signal(object)
    inline_refusals = True  # a refusal no field claims: on the message line (False: in a message box)
    asks_before_discarding = True  # Escape on a changed form asks first

    def __init__(
        self,
        ui: UiContext,
        title: str,
        action: str = "",
        parent: QWidget | None = None,
        *,
        width: int = 460,
        accept: QDialogButtonBox.StandardButton = Ok,
    ):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(accept | Cancel)
        self.ok: QPushButton = self.buttons.button(accept)
        if action:
            self.ok.setText(action)
        if self.buttons.buttonRole(self.ok) == QDialogButtonBox.ButtonRole.AcceptRole:
            self.buttons.accepted.connect(self.submit)
        else:  # Apply, or a destructive action
            self.ok.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.form)
        self.column.addWidget(self.message)
        self.column.addWidget(self.buttons)

    def add_above(self, widget: QWidget) -> None:
        """A widget above the form (an introduction)."""
        self.column.insertWidget(0, widget)

    def add_below(self, widget: QWidget) -> None:
        """A widget under the form, above the message line and the buttons."""
        self.column.insertWidget(self.column.indexOf(self.message), widget)

    def send(self) -> None:
        """Read the fields (on the GUI thread) and call one service: `self.request(service, *args)`."""
        self.ui.run(self.call(), self._done, self.refuse)

    def call(self) -> Callable[[], Any]:
        """The older form of `send()`: a function of no argument that makes the service call."""
        raise NotImplementedError

    def request(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.ui.call(service, *args, on_done=self._done, on_error=self.refuse, **kwargs)

    def submit(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.ok.setEnabled(False)
        self.send()

    def _done(self, result: Any) -> None:
        self.ok.setEnabled(True)
        self.completed.emit(result.result if isinstance(result, Changes) else result)
        self.accept()

    def refuse(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        show_refusal(
            exc, fields=self.errors, say=self.say if self.inline_refusals else None, otherwise=self.ui.show_error
        )

    def is_filled(self) -> bool:
        return self.asks_before_discarding and super().is_filled()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def open_dialog(dialog: QDialog, on_completed: Callable[[Any], None] | None = None) -> QDialog:
    """Open `dialog` non-blocking, delete it once closed, and call `on_completed` with its result."""
    if on_completed is not None and isinstance(dialog, FormDialog):
        dialog.completed.connect(on_completed)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog

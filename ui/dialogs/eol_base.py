"""`FormDialog`: the shared frame of the end-of-life dialogs. A form, a message line, Save/Cancel; the
subclass says which service call the fields make, the dialog runs it on the worker, shows a refusal
under its field (or on the message line) and emits `completed` with the service's result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import KlaraError
from ui.context import UiContext
from ui.errors import describe
from ui.state import remember
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import ERROR_STYLE, FieldErrors


class FormDialog(DiscardGuard, QDialog):
    completed = Signal(object)

    def __init__(self, ui: UiContext, title: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.form)
        self.column.addWidget(self.message)
        self.column.addWidget(self.buttons)

    def call(self) -> Callable[[], Any]:
        """The service call the fields make (read on the GUI thread, run on the worker)."""
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.ok.setEnabled(False)
        self.ui.run(self.call(), self._done, self.refuse)

    def _done(self, result: Any) -> None:
        self.ok.setEnabled(True)
        self.completed.emit(result.result if isinstance(result, Changes) else result)
        self.accept()

    def refuse(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if not isinstance(exc, KlaraError):
            self.ui.show_error(exc)
        elif not self.errors.show(exc):
            self.say(describe(exc))

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

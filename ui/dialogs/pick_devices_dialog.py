"""From a person's page: scan or type the tags of the devices to hand over, then check them out to that person.

The tags are gathered here (a keyboard-wedge scanner works in the field); `CheckoutDialog` then shows the
devices, the encryption policy and the receipt, prefilled with the person.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.identifiers import normalize_tag
from ui.context import UiContext
from ui.dialogs.checkout_dialog import CheckoutDialog
from ui.state import remember
from ui.widgets.scan_field import ScanField


class PickDevicesDialog(QDialog):
    completed = Signal(object)  # CheckOutResult, relayed from the check-out dialog

    def __init__(self, ui: UiContext, email: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.email = email
        self.setWindowTitle(self.tr("Check out to %1").replace("%1", name))
        self.setMinimumWidth(460)
        self.field = ScanField()
        self.field.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.tags = QListWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue…"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Devices to hand over to %1:").replace("%1", name)))
        layout.addWidget(self.field)
        layout.addWidget(self.tags, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.field.scanned.connect(self.add_tag)
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self.proceed)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def add_tag(self, code: str) -> None:
        try:
            tag = normalize_tag(code)
        except ValidationFailed:
            self.message.setText(self.tr("“%1” is not a tag.").replace("%1", code[:60]))
            return
        if tag not in self.chosen():
            self.tags.addItem(tag)
        self.message.clear()
        self._update()

    def chosen(self) -> list[str]:
        return [self.tags.item(row).text() for row in range(self.tags.count())]

    def _remove(self) -> None:
        for item in self.tags.selectedItems():
            self.tags.takeItem(self.tags.row(item))
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.tags.count() > 0)

    def proceed(self) -> None:
        dialog = CheckoutDialog(self.ui, self.chosen(), self.parentWidget(), person=self.email)
        dialog.completed.connect(self.completed)
        self.checkout = dialog
        self.accept()
        dialog.open()

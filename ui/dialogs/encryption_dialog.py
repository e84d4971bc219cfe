"""Record an encryption check on one device: the state found, the method, the day it was checked and
where the recovery key is escrowed. Never the key itself: the service refuses anything that looks like one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from klara_assets.domain.changes import Changes
from klara_assets.domain.enums import EncryptionState
from klara_assets.domain.errors import KlaraError
from klara_assets.services import compliance
from ui.context import UiContext
from ui.state import remember
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.date_field import DateField
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors


class EncryptionCheckDialog(DiscardGuard, QDialog):
    completed = Signal(object)

    def __init__(self, ui: UiContext, tag: str, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.tag = tag
        self.setWindowTitle(self.tr("Encryption check of %1").replace("%1", tag))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.state = QComboBox()
        for value in (
            EncryptionState.ENCRYPTED,
            EncryptionState.PARTIAL,
            EncryptionState.NONE,
            EncryptionState.UNKNOWN,
        ):
            self.state.addItem(encryption_name(value.value), value.value)
        self.method = QLineEdit()
        self.method.setPlaceholderText(self.tr("BitLocker, FileVault, LUKS, Android…"))
        self.checked_on = DateField(ui.today)
        self.checked_on.set_value(ui.services.now().date())
        self.escrow = QLineEdit()
        self.escrow.setPlaceholderText(self.tr("Intune, a sealed envelope in the safe…"))
        warning = QLabel(self.tr("Record where the recovery key is kept, never the key itself."))
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        form = QFormLayout()
        form.addRow(self.tr("&State found"), self.errors.wrap(self.state, "encryption_state", "tag"))
        form.addRow(self.tr("&Method"), self.errors.wrap(self.method, "encryption_method"))
        form.addRow(self.tr("&Checked on"), self.errors.wrap(self.checked_on, "encryption_checked_at"))
        form.addRow(self.tr("Recovery key &escrowed at"), self.errors.wrap(self.escrow, "recovery_key_escrow"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)

    def record(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        ctx, tag, state, method = self.ui.services, self.tag, self.state.currentData(), self.method.text()
        day: date | None = self.checked_on.value()
        escrow = self.escrow.text()
        self.ui.run(
            lambda: compliance.record_encryption_check(ctx, tag, state, method, day, escrow), self._saved, self._refused
        )

    def _saved(self, changes: Changes) -> None:
        self.completed.emit(changes.result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(exc, KlaraError) and self.errors.show(exc)):
            self.ui.show_error(exc)

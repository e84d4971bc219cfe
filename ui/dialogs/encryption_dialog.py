"""Record an encryption check on one device: the state found, the method, the day it was checked and
where the recovery key is escrowed. Never the key itself: the service refuses anything that looks like one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from klara_assets.domain.enums import EncryptionState
from klara_assets.services import compliance
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.date_field import DateField


class EncryptionCheckDialog(FormDialog):
    inline_refusals = False

    def __init__(self, ui: UiContext, tag: str, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Encryption check of %1").replace("%1", tag), self.tr("&Record"), parent)
        self.tag = tag
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
        form = self.form
        form.addRow(self.tr("&State found"), self.errors.wrap(self.state, "encryption_state", "tag"))
        form.addRow(self.tr("&Method"), self.errors.wrap(self.method, "encryption_method"))
        form.addRow(self.tr("&Checked on"), self.errors.wrap(self.checked_on, "encryption_checked_at"))
        form.addRow(self.tr("Recovery key &escrowed at"), self.errors.wrap(self.escrow, "recovery_key_escrow"))
        self.add_below(warning)

    def send(self) -> None:
        day: date | None = self.checked_on.value()
        state, method, escrow = self.state.currentData(), self.method.text(), self.escrow.text()
        self.request(compliance.record_encryption_check, self.tag, state, method, day, escrow)

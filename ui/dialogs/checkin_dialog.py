"""Check a device back in: its condition at return and a note; the return receipt is offered as a PDF.

`completed` carries the closed assignment's id (the service's result), from which the receipt is made.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import Changes
from klara_assets.domain.enums import Condition
from klara_assets.domain.errors import KlaraError
from klara_assets.services import custody, custody_documents
from ui.context import UiContext
from ui.state import remember
from ui.widgets.asset_vocabulary import condition_name
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors
from ui.widgets.save_document import Opener, open_url, save_document
from ui.widgets.signature_pad import SigningSection


class CheckinDialog(DiscardGuard, QDialog):
    completed = Signal(object)  # the closed assignment's id

    def __init__(self, ui: UiContext, tag: str, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.tag = tag
        self.opener: Opener = open_url
        self.setWindowTitle(self.tr("Check in %1").replace("%1", tag))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        intro = QLabel(self.tr("%1 comes back: record the state it is in.").replace("%1", tag))
        intro.setWordWrap(True)
        self.condition = QComboBox()
        self.condition.addItem(self.tr("As recorded (unchanged)"), None)
        for value in Condition:
            self.condition.addItem(condition_name(value.value), value.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Scratches, missing charger…"))
        self.save_receipt = QCheckBox(self.tr("Save the return receipt (PDF) afterwards"))
        self.save_receipt.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Check in"))
        form = QFormLayout()
        form.addRow(self.tr("C&ondition at return"), self.errors.wrap(self.condition, "condition"))
        form.addRow(self.tr("&Note"), self.errors.wrap(self.note, "note", "tag"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.signing = SigningSection(it_name=ui.services.who.name)
        layout.addWidget(self.errors.wrap(self.signing, "signature"))
        layout.addWidget(self.save_receipt)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.check_in)
        self.buttons.rejected.connect(self.reject)
        self.condition.setFocus()

    def check_in(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        ctx, tag, condition, note = self.ui.services, self.tag, self.condition.currentData(), self.note.text()
        signatures = self.signing.signatures()
        self.ui.run(lambda: custody.check_in(ctx, tag, condition, note, signatures), self._saved, self._refused)

    def _saved(self, changes: Changes) -> None:
        assignment_id = changes.result
        self.completed.emit(assignment_id)
        if self.save_receipt.isChecked() and isinstance(assignment_id, int):
            ctx, lang = self.ui.services, self.ui.language
            save_document(
                self.ui,
                self.tr("Save the return receipt"),
                lambda: custody_documents.return_receipt(ctx, assignment_id, lang),
                self.tr("return-%1.pdf").replace("%1", self.tag),
                self.opener,
            )
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(exc, KlaraError) and self.errors.show(exc)):
            self.ui.show_error(exc)

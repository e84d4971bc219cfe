"""Check a device back in: its condition at return and a note; the return receipt is offered as a PDF.

`completed` carries the closed assignment's id (the service's result), from which the receipt is made.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from klara_assets.domain.changes import Changes
from klara_assets.domain.enums import Condition
from klara_assets.services import custody, custody_documents
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.asset_vocabulary import condition_name
from ui.widgets.save_document import Opener, open_url, save_document
from ui.widgets.signature_pad import SigningSection


class CheckinDialog(FormDialog):
    """`completed` carries the closed assignment's id."""

    inline_refusals = False

    def __init__(self, ui: UiContext, tag: str, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Check in %1").replace("%1", tag), self.tr("&Check in"), parent, width=440)
        self.tag = tag
        self.opener: Opener = open_url
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
        form = self.form
        form.addRow(self.tr("C&ondition at return"), self.errors.wrap(self.condition, "condition"))
        form.addRow(self.tr("&Note"), self.errors.wrap(self.note, "note", "tag"))
        self.add_above(intro)
        self.signing = SigningSection(it_name=ui.services.who.name)
        self.add_below(self.errors.wrap(self.signing, "signature"))
        self.add_below(self.save_receipt)
        self.condition.setFocus()

    def send(self) -> None:
        condition, note, signatures = self.condition.currentData(), self.note.text(), self.signing.signatures()
        self.request(custody.check_in, self.tag, condition, note, signatures)

    def _done(self, result: object) -> None:
        assignment_id = result.result if isinstance(result, Changes) else None
        super()._done(result)
        if self.save_receipt.isChecked() and isinstance(assignment_id, int):
            save_document(
                self.ui,
                self.tr("Save the return receipt"),
                partial(custody_documents.return_receipt, self.ui.services, assignment_id, self.ui.language),
                self.tr("return-%1.pdf").replace("%1", self.tag),
                self.opener,
            )

"""Check out one or several devices to one person under one handover receipt.

The person is picked with completion over active people (name or e-mail); a due date makes it a loan.
Devices the encryption policy covers but that are not encrypted are named with their state, and the
manager override reason field appears for them: the service refuses without a reason, and logs it.
After saving, `completed` carries the `CheckOutResult` and the receipt is offered as a PDF.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import KlaraError
from klara_assets.services import custody, custody_documents, custody_preview
from klara_assets.services.custody_preview import CheckOutCandidate
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.date_field import DateField
from ui.widgets.display import category_name, status_name
from ui.widgets.save_document import Opener, open_url, save_document
from ui.widgets.signature_pad import SigningSection

POLICY_STYLE = "QFrame#policy { background: #fff5e6; border: 1px solid #dd8a2b; border-radius: 4px; }"


def email_of(text: str) -> str:
    """`Name <email>` as completed, or a bare e-mail address typed by hand."""
    found = re.search(r"<([^>]+)>\s*$", text)
    return (found.group(1) if found else text).strip()


class CheckoutDialog(FormDialog):
    """`completed` carries the `CheckOutResult`."""

    inline_refusals = False

    def __init__(self, ui: UiContext, tags: list[str], parent: QWidget | None = None, person: str = ""):
        super().__init__(ui, self.tr("Check out"), self.tr("&Check out"), parent, width=520)
        self.tags = list(tags)
        self.opener: Opener = open_url
        self.candidates: list[CheckOutCandidate] = []
        self.devices = QLabel(self.tr("Loading…"))
        self.devices.setWordWrap(True)
        self.devices.setTextFormat(Qt.TextFormat.PlainText)
        self.devices.setMinimumWidth(380)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Type a name or an e-mail address"))
        self.person.setText(person)  # from a person's page: already chosen
        self.due = DateField(ui.today)
        self.due.setToolTip(self.tr("For a loan: the day the device must come back. Leave empty otherwise."))
        self.policy = QFrame()
        self.policy_text = QLabel()
        self.reason = QLineEdit()
        self.signing = SigningSection(holder_name=person.split("<")[0].strip(), it_name=ui.services.who.name)
        self.person.textEdited.connect(lambda text: self.signing.holder_name.setText(text.split("<")[0].strip()))
        self.save_receipt = QCheckBox(self.tr("Save the handover receipt (PDF) afterwards"))
        self.save_receipt.setChecked(True)
        self._layout()
        self.ui.call(_preview, self.tags, on_done=self._loaded)

    def _layout(self) -> None:
        self.policy.setObjectName("policy")
        self.policy.setStyleSheet(POLICY_STYLE)
        self.policy_text.setWordWrap(True)
        self.reason.setPlaceholderText(self.tr("Who decided the override, and why"))
        box = QVBoxLayout(self.policy)
        box.addWidget(self.policy_text)
        reason_form = QFormLayout()
        reason_form.addRow(self.tr("Override &reason"), self.errors.wrap(self.reason, "override_reason", "encryption"))
        box.addLayout(reason_form)
        self.policy.hide()
        form = self.form
        form.addRow(self.tr("Devices"), self.errors.wrap(self.devices, "tags", "tag"))
        form.addRow(self.tr("&Person"), self.errors.wrap(self.person, "person"))
        form.addRow(self.tr("&Due back"), self.errors.wrap(self.due, "due"))
        self.add_below(self.policy)
        self.add_below(self.errors.wrap(self.signing, "signature"))
        self.add_below(self.save_receipt)
        self.setTabOrder(self.person, self.due)
        self.setTabOrder(self.due, self.reason)
        self.person.setFocus()

    def _loaded(self, data: tuple[list[CheckOutCandidate], list[tuple[str, str]]]) -> None:
        self.candidates, people = data
        completer = QCompleter([f"{name} <{email}>" for name, email in people], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        lines = [self._device_line(c) for c in self.candidates] or self.tags
        self.devices.setText("\n".join(lines))
        exposed = [c for c in self.candidates if c.needs_override]
        self.policy.setVisible(bool(exposed))
        if exposed:
            self.policy_text.setText(self._policy_text(exposed))

    def _device_line(self, c: CheckOutCandidate) -> str:
        line = self.tr("%1 — %2 %3 (%4)").replace("%1", c.tag).replace("%2", category_name(c.category))
        line = line.replace("%3", c.model).replace("%4", status_name(c.status))
        return line.replace("  ", " ")

    def _policy_text(self, exposed: list[CheckOutCandidate]) -> str:
        head = self.tr(
            "Encryption policy: %n device(s) must be encrypted before check-out but are not:", "", len(exposed)
        )
        lines = [
            self.tr("• %1 (%2): %3")
            .replace("%1", c.tag)
            .replace("%2", category_name(c.category))
            .replace("%3", self.tr("to re-check") if c.standing == "stale" else encryption_name(c.encryption_state))
            for c in exposed
        ]
        tail = self.tr("Handing them over anyway needs a manager override: give its reason, it is kept in the log.")
        return "\n".join([head, *lines, tail])

    def send(self) -> None:
        email, due = email_of(self.person.text()), self.due.value()
        reason = self.reason.text() if not self.policy.isHidden() or self.reason.text() else None
        self.request(custody.check_out, self.tags, email, due, reason, self.signing.signatures())

    def _done(self, result: object) -> None:
        assert isinstance(result, Changes) and isinstance(result.result, custody.CheckOutResult)
        number = result.result.receipt_no
        super()._done(result)
        if self.save_receipt.isChecked():
            save_document(
                self.ui,
                self.tr("Save the handover receipt"),
                partial(custody_documents.handover_receipt, self.ui.services, number, self.ui.language),
                f"{number}.pdf",
                self.opener,
            )

    def refuse(self, exc: BaseException) -> None:
        if isinstance(exc, KlaraError) and exc.field == "encryption":
            self.policy.show()
        super().refuse(exc)


def _preview(ctx: Any, tags: list[str]) -> tuple[list[CheckOutCandidate], list[tuple[str, str]]]:
    return custody_preview.check_out_preview(tags, ctx.now()), custody_preview.active_people()

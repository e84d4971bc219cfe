"""When no e-mail program opens the prepared message: show it, with "Copy" to paste it into any mail."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from klara_assets.services.incident_documents import OfficerMail
from ui.widgets.discard_guard import make_action_default


class MailTextDialog(QDialog):
    def __init__(self, mail: OfficerMail, parent: QWidget | None = None):
        super().__init__(parent)
        self.mail = mail
        self.setWindowTitle(self.tr("E-mail to the security officer"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr("No e-mail program opened. Copy this message and send it from your usual mail.")
            + ("" if mail.to else "\n" + self.tr("No security officer e-mail is set in the settings."))
        )
        intro.setWordWrap(True)
        self.to = QLineEdit(mail.to)
        self.subject = QLineEdit(mail.subject)
        self.body = QPlainTextEdit(mail.body.replace("\r\n", "\n"))
        for field in (self.to, self.subject):
            field.setReadOnly(True)
        self.body.setReadOnly(True)
        self.body.setMinimumHeight(self.fontMetrics().height() * 14)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        self.copied = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.copied)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        make_action_default(self)  # Enter copies; Close never steals it

    def text(self) -> str:
        head = [f"{self.tr('To')}: {self.mail.to}"] if self.mail.to else []
        return "\n".join([*head, f"{self.tr('Subject')}: {self.mail.subject}", "", self.body.toPlainText()])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copied.setText(self.tr("Copied: paste it into a new e-mail."))

"""The settings section of the e-mail digest (issue 17 §1): SMTP server, port, security, user, sender,
recipients, HTML part; the password field and "Send a test message".

The server settings are business settings (read and saved with the rest of the form). The password is
not: "Keep in the keyring" hands it to the system keyring through the page, and where this computer has
no keyring the section says so and names the environment variable the scheduled job reads instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from klara_assets.services.mail import PASSWORD_ENV
from ui.widgets.field_errors import FieldErrors

HINT_STYLE = "color: palette(placeholder-text);"
TEXTS = ("smtp_host", "smtp_user", "smtp_sender", "smtp_recipients")


class MailSettingsGroup(QGroupBox):
    edited = Signal()
    test_requested = Signal()
    keep_password_requested = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("E-mail digest"))
        self.errors = errors
        self.texts = {name: QLineEdit() for name in TEXTS}
        for name, edit in self.texts.items():
            edit.setObjectName(name)
        self.texts["smtp_host"].setPlaceholderText(self.tr("smtp.example.org"))
        self.texts["smtp_sender"].setPlaceholderText(self.tr("assets@example.org"))
        self.texts["smtp_recipients"].setPlaceholderText(self.tr("office@example.org, it@example.org"))
        self.port = QSpinBox()
        self.port.setObjectName("smtp_port")
        self.port.setRange(1, 65535)
        self.port.setMaximumWidth(120)
        self.security = QComboBox()
        self.security.setObjectName("smtp_security")
        for label, value in (
            (self.tr("STARTTLS (port 587)"), "starttls"),
            (self.tr("TLS (port 465)"), "tls"),
            (self.tr("None (local relay only)"), "none"),
        ):
            self.security.addItem(label, value)
        self.html = QCheckBox(self.tr("Also send an &HTML version"))
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep_button = QPushButton(self.tr("&Keep in the keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(HINT_STYLE)
        self.test_button = QPushButton(self.tr("Send a &test message"))
        self.test_result = QLabel()
        self.test_result.setObjectName("mail_test_result")
        self.test_result.setWordWrap(True)
        self._layout()
        self._connect()
        self.set_keyring("")

    def _layout(self) -> None:
        form = QFormLayout(self)
        wrap = self.errors.wrap
        form.addRow(self.tr("SMTP &server"), wrap(self.texts["smtp_host"], "smtp_host"))
        form.addRow(self.tr("&Port"), wrap(self.port, "smtp_port"))
        form.addRow(self.tr("Se&curity"), wrap(self.security, "smtp_security"))
        form.addRow(self.tr("&User"), wrap(self.texts["smtp_user"], "smtp_user"))
        password = QWidget()
        row = QHBoxLayout(password)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.keep_button)
        form.addRow(self.tr("Pass&word"), wrap(password, "smtp_password"))
        form.addRow(self.keyring_note)
        form.addRow(self.tr("Se&nder"), wrap(self.texts["smtp_sender"], "smtp_sender"))
        form.addRow(self.tr("&Recipients"), wrap(self.texts["smtp_recipients"], "smtp_recipients"))
        form.addRow(self.html)
        test = QWidget()
        row = QHBoxLayout(test)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        form.addRow(test)
        note = QLabel(
            self.tr("The security officer also receives the urgent incident items. A scheduled job sends the digest:")
            + " klara-assets reminders --send"
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        form.addRow(note)

    def _connect(self) -> None:
        for edit in self.texts.values():
            edit.textChanged.connect(self.edited)
        self.port.valueChanged.connect(self.edited)
        self.security.currentIndexChanged.connect(self.edited)
        self.html.toggled.connect(self.edited)
        self.password.textChanged.connect(self._update_buttons)
        self.keep_button.clicked.connect(self.keep_password_requested)
        self.test_button.clicked.connect(self.test_requested)

    def set_keyring(self, name: str) -> None:
        """Say where the password goes: the named system keyring, or nowhere (the environment variable)."""
        self.keyring_name = name
        if name:
            text = self.tr("The password is kept in the system keyring (%1), never in the database.")
            self.keyring_note.setText(text.replace("%1", name))
        else:
            text = self.tr(
                "This computer has no system keyring: the password typed here is only used for the test "
                "message. For the scheduled job, set the environment variable %1."
            )
            self.keyring_note.setText(text.replace("%1", PASSWORD_ENV))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.keep_button.setEnabled(bool(self.keyring_name) and bool(self.password.text()))

    def set_values(self, values: dict[str, Any]) -> None:
        for name, edit in self.texts.items():
            value = values.get(name, "")
            edit.setText(", ".join(value) if isinstance(value, list | tuple) else str(value))
        self.port.setValue(int(values.get("smtp_port", 587)))
        self.security.setCurrentIndex(max(0, self.security.findData(values.get("smtp_security", "starttls"))))
        self.html.setChecked(bool(values.get("smtp_html", False)))

    def values(self) -> dict[str, Any]:
        """The form's values in the shape `Settings.to_json()` gives (recipients as a list)."""
        recipients = self.texts["smtp_recipients"].text().replace(";", ",").replace("\n", ",")
        return {
            "smtp_host": self.texts["smtp_host"].text().strip(),
            "smtp_port": self.port.value(),
            "smtp_security": self.security.currentData(),
            "smtp_user": self.texts["smtp_user"].text().strip(),
            "smtp_sender": self.texts["smtp_sender"].text().strip(),
            "smtp_recipients": [part.strip() for part in recipients.split(",") if part.strip()],
            "smtp_html": self.html.isChecked(),
        }

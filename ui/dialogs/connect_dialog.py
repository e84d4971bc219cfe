"""Connect to a shared PostgreSQL database: server, port, database, user, password (or a URL) and TLS mode.

The connection is tried on the worker (`persistence.database.probe`: reachable, authenticated, existing,
not from a newer program) before the dialog closes; each failure is explained inside the dialog. The
password goes to the system keyring only when "remember" is ticked; the choice itself (no password) is
kept in QSettings for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.errors import DatabaseProblem
from klara_assets.persistence.database import probe
from ui.connection_store import SSL_MODES, Connection, ConnectionStore
from ui.errors import show_refusal
from ui.state import remember
from ui.tasks import TaskRunner
from ui.widgets.field_errors import ERROR_STYLE


class ConnectDialog(QDialog):
    def __init__(self, runner: TaskRunner, store: ConnectionStore, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, store.state, type(self).__name__)
        self.runner = runner
        self.store = store
        self.connection: Connection | None = None
        self.url = ""  # with the password, for this session only
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.setMinimumWidth(520)
        self._build()
        self._fill(store.last() or Connection())

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Several seats can work together on one PostgreSQL database. "
                "Your administrator gives you these details."
            )
        )
        intro.setWordWrap(True)
        self.host, self.database, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        for mode, label in zip(SSL_MODES, self._tls_labels(), strict=True):
            self.tls.addItem(label, mode)
        self.url_field = QLineEdit()
        self.url_field.setPlaceholderText("postgresql://user@server:5432/klara")
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.message = QLabel()
        self.message.setObjectName("connect_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _form(self) -> QFormLayout:
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        port_label = QLabel(self.tr("&Port"))
        port_label.setBuddy(self.port)
        server.addWidget(port_label)
        server.addWidget(self.port)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        server_label = QLabel(self.tr("&Server"))
        server_label.setBuddy(self.host)
        form.addRow(server_label, server)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Encryption (TLS)"), self.tls)
        form.addRow(self.tr("Or a U&RL"), self.url_field)
        return form

    def _tls_labels(self) -> list[str]:
        return [
            self.tr("Use TLS when the server offers it"),
            self.tr("Require TLS"),
            self.tr("Require TLS and check the certificate"),
            self.tr("Require TLS, check the certificate and the server name"),
            self.tr("No TLS (local network only)"),
        ]

    def _fill(self, connection: Connection) -> None:
        self.host.setText(connection.host)
        self.port.setValue(connection.port)
        self.database.setText(connection.database)
        self.user.setText(connection.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(connection.sslmode)))
        self._options = connection.options
        focus = self.password if connection.user else self.host
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> tuple[Connection, str | None]:
        """The connection and password the form describes (the URL field wins when filled)."""
        typed = self.password.text() or None
        if self.url_field.text().strip():
            connection, in_url = Connection.from_url(self.url_field.text())
            return connection, in_url or typed
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        return Connection(host, self.port.value(), database, user, self.tls.currentData(), self._options), typed

    def try_connect(self) -> None:
        connection, password = self.chosen()
        if not connection.host or not connection.database:
            self.show_message(self.tr("Give the server and the database (or a URL)."))
            return
        self.connect_button.setEnabled(False)
        self.message.hide()
        store, remember = self.store, self.remember.isChecked()

        def work() -> None:
            probe(connection.url(password))
            try:
                store.remember(connection, password if remember else None)
            except Exception as exc:
                raise DatabaseProblem(f"The system keyring refused the password: {exc}", code="keyring") from exc

        self.runner.submit(work, lambda _r: self._connected(connection, password), self._refused)

    def _connected(self, connection: Connection, password: str | None) -> None:
        self.connect_button.setEnabled(True)
        self.store.save(connection)
        self.connection, self.url = connection, connection.url(password)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.connect_button.setEnabled(True)
        show_refusal(exc, say=self.show_message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

"""Log in as an operator: login and password, checked by `operators.login` on the worker.

Shown at start-up when the database requires a login (always in shared mode). A refusal says only
"login or password incorrect", under the password, and clears it; the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from klara_assets.domain.permissions import Operator
from klara_assets.persistence.database import describe as describe_database
from klara_assets.services import operators
from klara_assets.services.context import ServiceContext
from ui.errors import show_refusal
from ui.state import remember
from ui.tasks import TaskRunner
from ui.widgets.field_errors import FieldErrors


class LoginDialog(QDialog):
    def __init__(self, runner: TaskRunner, services: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, None, type(self).__name__)
        self.runner = runner
        self.services = services
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("Log in to Klara Assets"))
        self.setMinimumWidth(420)
        where = QLabel(self.tr("Database: %1").replace("%1", describe_database(services.url)))
        where.setWordWrap(True)
        self.errors = FieldErrors()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.errors.wrap(self.login, "login"))
        form.addRow(self.tr("&Password"), self.errors.wrap(self.password, "password"))
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Log &in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.login.setFocus()

    def try_login(self) -> None:
        self.errors.clear()
        self.ok.setEnabled(False)
        ctx, login_name, password = self.services, self.login.text(), self.password.text()
        self.runner.submit(lambda: operators.login(ctx, login_name, password), self._logged_in, self._refused)

    def _logged_in(self, operator: Operator) -> None:
        self.ok.setEnabled(True)
        self.operator = operator
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.password.clear()
        show_refusal(exc, fields=self.errors)  # login refusals name the login or the password

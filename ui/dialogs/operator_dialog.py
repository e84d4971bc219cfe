"""Add an operator, change an operator's roles, or reset a password (one dialog, three modes).

The service decides (login format and uniqueness, at least one role, password length, the last
administrator); a refusal shows under the field it names and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.errors import KlaraError, ValidationFailed
from klara_assets.domain.permissions import Role
from klara_assets.services import operators
from klara_assets.services.operators import OperatorSummary
from ui.context import UiContext
from ui.state import remember
from ui.widgets.field_errors import FieldErrors
from ui.widgets.role_names import role_hint, role_name

ADD, ROLES, PASSWORD = "add", "roles", "password"


class OperatorDialog(QDialog):
    def __init__(self, ui: UiContext, mode: str, account: OperatorSummary | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui, self.mode, self.account = ui, mode, account
        titles = {
            ADD: self.tr("Add an operator"),
            ROLES: self.tr("Roles of %1"),
            PASSWORD: self.tr("New password for %1"),
        }
        self.setWindowTitle(titles[mode].replace("%1", account.login if account else ""))
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        self.name, self.login = QLineEdit(), QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. marie.dupont"))
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_boxes: dict[Role, QCheckBox] = {}
        form = QFormLayout()
        if mode == ADD:
            form.addRow(self.tr("&Name"), self.errors.wrap(self.name, "name"))
            form.addRow(self.tr("&Login"), self.errors.wrap(self.login, "login"))
        if mode in (ADD, ROLES):
            form.addRow(self.tr("Roles"), self.errors.wrap(self._roles_box(), "roles"))
        if mode in (ADD, PASSWORD):
            form.addRow(self.tr("&Password"), self.errors.wrap(self.password, "password"))
            form.addRow(self.tr("&Again"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        first = {ADD: self.name, ROLES: next(iter(self.role_boxes.values()), None), PASSWORD: self.password}[mode]
        if first is not None:
            first.setFocus()

    def _roles_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        held = set(self.account.roles) if self.account else set()
        for role in Role:
            check = QCheckBox(role_name(role))
            check.setObjectName(f"role_{role.value}")
            check.setToolTip(role_hint(role))
            check.setChecked(role.value in held)
            self.role_boxes[role] = check
            column.addWidget(check)
        return box

    def roles(self) -> list[str]:
        return [role.value for role, box in self.role_boxes.items() if box.isChecked()]

    def work(self) -> Callable[[], Any]:
        ctx, account, roles, password = self.ui.services, self.account, self.roles(), self.password.text()
        if self.mode == ADD:
            login, name = self.login.text(), self.name.text()
            return lambda: operators.add_operator(ctx, login, name, roles, password)
        assert account is not None
        if self.mode == ROLES:
            return lambda: operators.set_roles(ctx, account.login, roles, expected_version=account.version)
        return lambda: operators.set_password(ctx, account.login, password)

    def save(self) -> None:
        self.errors.clear()
        if self.mode != ROLES and self.password.text() != self.again.text():
            message = self.tr("The two passwords differ.")
            self.errors.show(ValidationFailed(message, code="password_mismatch", field="password"))
            return
        self.buttons.setEnabled(False)
        self.ui.run(self.work(), self._saved, self._refused)

    def _saved(self, _changes: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(exc, KlaraError) and self.errors.show(exc)):
            self.ui.show_error(exc)

"""Add an operator, change an operator's roles, or reset a password (one dialog, three modes).

The service decides (login format and uniqueness, at least one role, password length, the last
administrator); a refusal shows under the field it names and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Role
from klara_assets.services import operators
from klara_assets.services.operators import OperatorSummary
from ui.context import UiContext
from ui.dialogs.form import FormDialog, Save
from ui.widgets.role_names import role_hint, role_name

ADD, ROLES, PASSWORD = "add", "roles", "password"


class OperatorDialog(FormDialog):
    inline_refusals = False
    asks_before_discarding = False

    def __init__(self, ui: UiContext, mode: str, account: OperatorSummary | None = None, parent: QWidget | None = None):
        super().__init__(ui, "", parent=parent, width=480, accept=Save)
        self.mode, self.account = mode, account
        titles = {
            ADD: self.tr("Add an operator"),
            ROLES: self.tr("Roles of %1"),
            PASSWORD: self.tr("New password for %1"),
        }
        self.setWindowTitle(titles[mode].replace("%1", account.login if account else ""))
        self.name, self.login = QLineEdit(), QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. marie.dupont"))
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_boxes: dict[Role, QCheckBox] = {}
        form = self.form
        if mode == ADD:
            form.addRow(self.tr("&Name"), self.errors.wrap(self.name, "name"))
            form.addRow(self.tr("&Login"), self.errors.wrap(self.login, "login"))
        if mode in (ADD, ROLES):
            form.addRow(self.tr("Roles"), self.errors.wrap(self._roles_box(), "roles"))
        if mode in (ADD, PASSWORD):
            form.addRow(self.tr("&Password"), self.errors.wrap(self.password, "password"))
            form.addRow(self.tr("&Again"), self.again)
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

    def send(self) -> None:
        account, roles, password = self.account, self.roles(), self.password.text()
        if self.mode != ROLES and password != self.again.text():
            message = self.tr("The two passwords differ.")
            self.refuse(ValidationFailed(message, code="password_mismatch", field="password"))
        elif self.mode == ADD:
            self.request(operators.add_operator, self.login.text(), self.name.text(), roles, password)
        elif self.mode == ROLES:
            assert account is not None
            self.request(operators.set_roles, account.login, roles, expected_version=account.version)
        else:
            assert account is not None
            self.request(operators.set_password, account.login, password)

"""The operators page (administrators): the accounts with their roles; add one, change roles, reset a
password, deactivate or reactivate. The services refuse anyone without `operators.manage` anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.services import operators
from klara_assets.services.operators import OperatorSummary
from ui import read_only
from ui.context import UiContext
from ui.dialogs.operator_dialog import ADD, PASSWORD, ROLES, OperatorDialog
from ui.models.operators_table import OperatorsTableModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.tables import make_table


class OperatorsPage(Page):
    page_id = "operators"
    refresh_on = frozenset({ChangeKind.OPERATOR})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: OperatorDialog | None = None
        self.model = OperatorsTableModel(self)
        self.table = make_table(self.model, (160, 220, 380))
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add operator…"))
        self.add_button.setToolTip(self.tr("Create an operator account (Ctrl+N)"))
        self.roles_button = QPushButton(self.tr("&Roles…"))
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for button in (self.add_button, self.roles_button, self.password_button, self.active_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._connect()
        self._update_buttons()
        read_only.editing(self.ui, self.add_button, self.roles_button, self.password_button, self.active_button)

    def title(self) -> str:
        return self.tr("Operators")

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.change_roles())
        self.add_button.clicked.connect(self.add_operator)
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        action = QAction(self.add_button.text(), self)
        action.setShortcut(QKeySequence("Ctrl+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.add_operator)
        self.addAction(action)

    def first_load(self) -> None:
        restore_layout(self.ui.state, ("operators/columns", self.table.horizontalHeader()))
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        self.ui.run(operators.list_operators, lambda rows: self._show(rows, first))

    def _show(self, rows: list[OperatorSummary], first: bool) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if rows:
            self.count.setText(self.tr("%n operator account(s)", "", len(rows)))
        else:
            self.count.setText(
                self.tr(
                    "No operator account yet: add an administrator first. "
                    "Until then, anyone using this computer may do everything."
                )
            )
        row = self.model.row_of(selected.login) if selected else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        if first:
            self.loaded.emit()

    def selected(self) -> OperatorSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.roles_button, self.password_button, self.active_button):
            button.setEnabled(account is not None)
        self.active_button.setText(
            self.tr("&Reactivate") if account is not None and not account.active else self.tr("&Deactivate")
        )

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def add_operator(self) -> None:
        self._open(OperatorDialog(self.ui, ADD, None, self))

    def change_roles(self) -> None:
        if (account := self.selected()) is not None:
            self._open(OperatorDialog(self.ui, ROLES, account, self))

    def reset_password(self) -> None:
        if (account := self.selected()) is not None:
            self._open(OperatorDialog(self.ui, PASSWORD, account, self))

    def toggle_active(self) -> None:
        account, ctx = self.selected(), self.ui.services
        if account is None:
            return
        if not account.active:
            self.ui.run(lambda: operators.reactivate_operator(ctx, account.login))
            return
        question = self.tr("%1 will no longer be able to log in. Their past actions stay in the activity log.")
        if self.ui.dialogs.confirm(
            self.tr("Deactivate %1?").replace("%1", account.login),
            question.replace("%1", account.name),
            self.tr("Deactivate"),
            destructive=True,
        ):
            self.ui.run(lambda: operators.deactivate_operator(ctx, account.login, expected_version=account.version))

    def _open(self, dialog: OperatorDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def save_state(self) -> None:
        self.ui.state.setValue("operators/columns", self.table.horizontalHeader().saveState())

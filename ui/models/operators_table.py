"""The operators table: login, name, roles and whether the account is active."""

from __future__ import annotations

from klara_assets.services.operators import OperatorSummary
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.role_names import role_name


class OperatorsTableModel(RowsTableModel[OperatorSummary]):
    def make_columns(self) -> list[Column[OperatorSummary]]:
        active, inactive = self.tr("Active"), self.tr("Deactivated")
        return [
            Column(self.tr("Login"), lambda r: r.login),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Roles"), lambda r: ", ".join(role_name(role) for role in r.roles)),
            Column(self.tr("Account"), lambda r: active if r.active else inactive, colour=self._colour),
        ]

    @staticmethod
    def _colour(row: OperatorSummary) -> str | None:
        return None if row.active else "#8a8f98"

    def row_of(self, login: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.login == login), -1)

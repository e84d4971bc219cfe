"""The devices a person holds: tag, category, model, since when and when they are due back."""

from __future__ import annotations

from datetime import date
from typing import Any

from klara_assets.persistence.people_queries import HeldDevice
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import category_name, format_date

OVERDUE_COLOUR = "#c53030"


class HeldDevicesModel(RowsTableModel[HeldDevice]):
    def __init__(self, today: date, parent: Any = None):
        super().__init__(parent)
        self.today = today

    def make_columns(self) -> list[Column[HeldDevice]]:
        return [
            Column(self.tr("Tag"), lambda d: d.tag),
            Column(self.tr("Category"), lambda d: category_name(d.category)),
            Column(self.tr("Model"), self._model, tooltip=lambda d: d.serial or ""),
            Column(self.tr("Since"), lambda d: format_date(d.since)),
            Column(self.tr("Due back"), lambda d: format_date(d.due_back), colour=self._overdue),
        ]

    @staticmethod
    def _model(device: HeldDevice) -> str:
        return " ".join(part for part in (device.manufacturer, device.model) if part)

    def _overdue(self, device: HeldDevice) -> str | None:
        return OVERDUE_COLOUR if device.due_back is not None and device.due_back < self.today else None

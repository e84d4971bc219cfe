"""The devices kept in one location: tag, category, model, status and holder."""

from __future__ import annotations

from klara_assets.persistence.people_queries import PlacedDevice
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import category_name, status_name


class PlacedDevicesModel(RowsTableModel[PlacedDevice]):
    def make_columns(self) -> list[Column[PlacedDevice]]:
        return [
            Column(self.tr("Tag"), lambda d: d.tag),
            Column(self.tr("Category"), lambda d: category_name(d.category)),
            Column(self.tr("Model"), lambda d: " ".join(p for p in (d.manufacturer, d.model) if p)),
            Column(self.tr("Status"), lambda d: status_name(d.status)),
            Column(self.tr("Holder"), lambda d: d.holder or ""),
        ]

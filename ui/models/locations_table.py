"""The locations table: site, room, how many devices are kept there, how many people work there, the address."""

from __future__ import annotations

from klara_assets.persistence.people_queries import LocationRow
from ui.models.rows_model import Column, RowsTableModel


class LocationsTableModel(RowsTableModel[LocationRow]):
    def make_columns(self) -> list[Column[LocationRow]]:
        whole_site = self.tr("(whole site)")
        return [
            Column(self.tr("Site"), lambda r: r.site),
            Column(self.tr("Room"), lambda r: r.room or whole_site),
            Column(self.tr("Devices"), lambda r: str(r.devices), numeric=True),
            Column(self.tr("People"), lambda r: str(r.people), numeric=True),
            Column(self.tr("Address"), lambda r: r.address, tooltip=lambda r: r.address),
        ]

    def row_of(self, location_id: int) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == location_id), -1)

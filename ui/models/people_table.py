"""The people table: name, e-mail, department, location, devices held, active / left (with "to collect"), start
date."""

from __future__ import annotations

from klara_assets.persistence.people_queries import PersonRow
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import format_date

TO_COLLECT_COLOUR = "#c05621"
LEFT_COLOUR = "#718096"


class PeopleTableModel(RowsTableModel[PersonRow]):
    def make_columns(self) -> list[Column[PersonRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, sort_key="name"),
            Column(self.tr("E-mail"), lambda r: r.email, sort_key="email"),
            Column(self.tr("Department"), lambda r: r.department, sort_key="department"),
            Column(self.tr("Location"), lambda r: r.location or "", sort_key="location"),
            Column(self.tr("Devices"), lambda r: str(r.devices), numeric=True, sort_key="devices"),
            Column(self.tr("Status"), self.state, tooltip=self._tooltip, colour=self._colour, sort_key="state"),
            Column(self.tr("Started"), lambda r: format_date(r.started_on) if r.started_on else "", sort_key="started"),
        ]

    def state(self, row: PersonRow) -> str:
        """ "Active", "Left on 12/11/2026" or "Left · 2 devices to collect"."""
        if row.active:
            return self.tr("Active")
        if row.to_collect:
            return self.tr("Left · %n device(s) to collect", "", row.devices)
        if row.left_on is None:
            return self.tr("Left")
        return self.tr("Left on %1").replace("%1", format_date(row.left_on))

    def _colour(self, row: PersonRow) -> str | None:
        if row.to_collect:
            return TO_COLLECT_COLOUR
        return None if row.active else LEFT_COLOUR

    def _tooltip(self, row: PersonRow) -> str:
        if not row.to_collect:
            return ""
        text = self.tr("Left on %1 and still holds %n device(s): collect them.", "", row.devices)
        return text.replace("%1", format_date(row.left_on))

    def row_of(self, email: str) -> int:
        """The row showing `email`, or -1."""
        return next((i for i, row in enumerate(self.rows) if row.email == email), -1)

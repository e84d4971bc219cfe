"""The dashboard's open incidents: number, device, kind and the time left before the 72-hour CNIL deadline."""

from __future__ import annotations

from klara_assets.persistence.dashboard import OpenIncident
from ui.errors import QT_TRANSLATE_NOOP
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import format_date

URGENT_COLOUR = "#c53030"
KIND_NAMES = {
    "lost": QT_TRANSLATE_NOOP("IncidentDeadlinesModel", "Lost"),
    "stolen": QT_TRANSLATE_NOOP("IncidentDeadlinesModel", "Stolen"),
    "damaged": QT_TRANSLATE_NOOP("IncidentDeadlinesModel", "Damaged"),
    "compromised": QT_TRANSLATE_NOOP("IncidentDeadlinesModel", "Compromised"),
}


class IncidentDeadlinesModel(RowsTableModel[OpenIncident]):
    def make_columns(self) -> list[Column[OpenIncident]]:
        return [
            Column(self.tr("Incident"), lambda i: i.number),
            Column(self.tr("Device"), lambda i: i.tag),
            Column(self.tr("Kind"), lambda i: self.tr(KIND_NAMES[i.kind]) if i.kind in KIND_NAMES else i.kind),
            Column(self.tr("Discovered"), lambda i: format_date(i.discovered_at)),
            Column(self.tr("Time left"), self.time_left, colour=self._urgent),
        ]

    def time_left(self, incident: OpenIncident) -> str:
        if incident.deadline is None:
            return self.tr("no 72-hour deadline")
        if incident.hours_left is None:
            return self.tr("CNIL notified")  # an open incident past its clock: the CNIL was told
        minutes = int(abs(incident.hours_left) * 60)
        span = self.tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")
        return span if incident.hours_left > 0 else self.tr("overdue by %1").replace("%1", span)

    @staticmethod
    def _urgent(incident: OpenIncident) -> str | None:
        return URGENT_COLOUR if incident.urgent else None

"""The incident register as a table: number, device, kind, discovered, GDPR assessment, deadline with the
time left (amber under 24 h, red when overdue), status. `set_now` moves the clock without a query.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.persistence.incident_queries import IncidentRow
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import format_datetime
from ui.widgets.incident_vocabulary import (
    assessment_name,
    incident_status_name,
    kind_name,
    outcome_name,
    time_left_text,
)

URGENT_COLOUR = "#b7791f"
OVERDUE_COLOUR = "#c53030"
DEADLINE_COLUMN = 5


class IncidentsTableModel(RowsTableModel[IncidentRow]):
    def __init__(self, now: datetime, parent: Any = None):
        self.now = now
        super().__init__(parent)

    def make_columns(self) -> list[Column[IncidentRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Device"), self._device, tooltip=lambda r: r.serial or ""),
            Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
            Column(self.tr("Discovered"), lambda r: format_datetime(r.discovered_at)),
            Column(self.tr("Assessment"), lambda r: assessment_name(r.triage(self.now).assessment.value)),
            Column(self.tr("Deadline"), self._deadline, colour=self.deadline_colour),
            Column(self.tr("Status"), self._status),
        ]

    @staticmethod
    def _device(row: IncidentRow) -> str:
        return " ".join(part for part in (row.tag, row.manufacturer, row.model) if part)

    def _deadline(self, row: IncidentRow) -> str:
        t = row.triage(self.now)
        if t.deadline is None:
            return ""
        if t.time_left is None:
            return format_datetime(t.deadline)
        return self.tr("%1 (%2)").replace("%1", format_datetime(t.deadline)).replace("%2", time_left_text(t.time_left))

    def deadline_colour(self, row: IncidentRow) -> str | None:
        t = row.triage(self.now)
        if t.overdue:
            return OVERDUE_COLOUR
        return URGENT_COLOUR if t.urgent else None

    @staticmethod
    def _status(row: IncidentRow) -> str:
        if row.outcome:
            return f"{incident_status_name(row.status)} — {outcome_name(row.outcome)}"
        return incident_status_name(row.status)

    def set_now(self, now: datetime) -> None:
        """The minute changed: only the deadline column (and assessment of nothing else) is repainted."""
        self.now = now
        if self.rows:
            top, bottom = self.index(0, DEADLINE_COLUMN), self.index(len(self.rows) - 1, DEADLINE_COLUMN)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])

    def row_of(self, number: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.number == number), -1)

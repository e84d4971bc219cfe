"""The incidents page: the register (open or all) with the GDPR deadline and time left, the selected
incident's verdict and timeline, and the actions: add a step, close, incident report, notify the
security officer, export the breach register (CSV, PDF).

Criteria for `apply_filter`: `{"open": bool, "number": "INC-2026-0001"}` (the number is selected).
The time left moves every minute from the clock alone; data reloads when an incident changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.persistence import incident_queries
from klara_assets.persistence.incident_queries import IncidentRow
from klara_assets.services import incident_documents
from ui import read_only
from ui.context import UiContext
from ui.dialogs.incident_steps import AddStepDialog, CloseIncidentDialog
from ui.models.incidents_table import IncidentsTableModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.display import format_datetime
from ui.widgets.incident_vocabulary import step_name
from ui.widgets.save_document import save_document
from ui.widgets.tables import make_table
from ui.widgets.triage_panel import TriagePanel


class IncidentsPage(Page):
    page_id = "incidents"
    refresh_on = frozenset({ChangeKind.INCIDENT})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.wanted_number = ""
        self.dialog: QDialog | None = None
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Open incidents"), True)
        self.scope.addItem(self.tr("All incidents"), False)
        self.step_button = QPushButton(self.tr("Add &step…"))
        self.close_button = QPushButton(self.tr("C&lose…"))
        self.csv_button = QPushButton(self.tr("Breach register (CSV)…"))
        self.pdf_button = QPushButton(self.tr("Breach register (PDF)…"))
        self.model = IncidentsTableModel(ui.services.now(), self)
        self.table = make_table(self.model, (120, 260, 100, 140, 140, 260, 120))
        self.count = QLabel()
        self.triage = TriagePanel(ui, closable=False)
        self.timeline = QLabel()
        self.timeline.setWordWrap(True)
        self.timeline.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.timeline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.minute = QTimer(self, interval=60_000)
        self._layout()
        self._connect()
        self._show_selected()
        read_only.editing(self.ui, self.step_button, self.close_button)

    def title(self) -> str:
        return self.tr("Incidents")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.scope)
        bar.addStretch(1)
        for button in (self.step_button, self.close_button, self.csv_button, self.pdf_button):
            bar.addWidget(button)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        detail = QWidget()
        row = QHBoxLayout(detail)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.triage, 1)
        row.addWidget(self.timeline, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.step_button.clicked.connect(self.add_step)
        self.close_button.clicked.connect(self.close_incident)
        self.csv_button.clicked.connect(lambda: self.export_register("csv"))
        self.pdf_button.clicked.connect(lambda: self.export_register("pdf"))
        self.minute.timeout.connect(self.tick)

    def first_load(self) -> None:
        restore_layout(self.ui.state, ("incidents/splitter", self.splitter))
        self.minute.start()
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        open_only = bool(self.scope.currentData())
        self.ui.run(lambda: incident_queries.incidents(open_only=open_only), lambda rows: self._show(rows, first))

    def _show(self, rows: list[IncidentRow], first: bool) -> None:
        selected = self.selected()
        self.model.set_now(self.ui.services.now())
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n incident(s)", "", len(rows)))
        if not rows:
            self.count.setText(self.tr("No incident to show."))
        wanted = self.wanted_number or (selected.number if selected else "")
        index = self.model.row_of(wanted) if wanted else -1
        if index >= 0:
            self.table.selectRow(index)
            self.wanted_number = ""
        self._show_selected()
        if first:
            self.loaded.emit()

    def selected(self) -> IncidentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        for widget in (self.step_button, self.triage):
            widget.setEnabled(row is not None)
        self.close_button.setEnabled(row is not None and row.status == "open")
        if row is None:
            self.timeline.setText(self.tr("Select an incident to see its verdict and timeline."))
            return
        self.triage.show_result(row.number, row.triage(self.ui.services.now()))
        self.timeline.setText(self._timeline(row))

    def _timeline(self, row: IncidentRow) -> str:
        lines = [self.tr("Timeline of %1").replace("%1", row.number)]
        lines.append(
            self.tr("%1 — reported by %2").replace("%1", format_datetime(row.discovered_at)).replace("%2", row.reporter)
        )
        for step in row.steps:
            line = self.tr("%1 — %2").replace("%1", format_datetime(step.at)).replace("%2", step_name(step.step))
            lines.append(f"{line} ({step.reference})" if step.reference else line)
        if row.closed_at:
            lines.append(self.tr("%1 — closed").replace("%1", format_datetime(row.closed_at)))
        return "\n".join(lines)

    def tick(self) -> None:
        self.model.set_now(self.ui.services.now())

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def add_step(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(AddStepDialog(self.ui, row.number, self))

    def close_incident(self) -> None:
        row = self.selected()
        if row is not None and row.status == "open":
            self._open(CloseIncidentDialog(self.ui, row.number, row.kind, self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def export_register(self, kind: str) -> None:
        ctx, lang = self.ui.services, self.ui.language
        day = ctx.now().date().isoformat()
        if kind == "csv":
            make = lambda: incident_documents.breach_register_csv(ctx)  # noqa: E731
        else:
            make = lambda: incident_documents.breach_register_pdf(ctx, lang)  # noqa: E731
        save_document(
            self.ui, self.tr("Export the breach register"), make, f"breach-register-{day}.{kind}", self.triage.opener
        )

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        if "open" in criteria:
            self.scope.setCurrentIndex(0 if criteria["open"] else 1)
        if criteria.get("number"):
            self.wanted_number = str(criteria["number"]).strip().upper()
            if not self.scope.currentData():
                self.reload()
            else:
                self.scope.setCurrentIndex(1)  # a closed incident must be findable too

    def save_state(self) -> None:
        self.ui.state.setValue("incidents/splitter", self.splitter.saveState())

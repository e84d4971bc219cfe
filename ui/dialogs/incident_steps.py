"""Two small dialogs of the incidents page: add a timeline step (with its time and reference), and close
an incident with its outcome (recovered needs an inspection note; the service says which outcome fits).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QWidget

from klara_assets.domain.enums import IncidentOutcome, IncidentStep
from klara_assets.services import incidents
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.dialogs.incident_dialog import local_now, local_to_aware
from ui.widgets.incident_vocabulary import outcome_name, step_name


class AddStepDialog(FormDialog):
    inline_refusals = False

    def __init__(self, ui: UiContext, number: str, parent: QWidget | None = None):
        title = self.tr("Add a step to %1").replace("%1", number)
        super().__init__(ui, title, self.tr("&Add step"), parent, width=440)
        self.number = number
        self.step = QComboBox()
        for value in IncidentStep:
            self.step.addItem(step_name(value.value), value.value)
        self.at = QDateTimeEdit(local_now(ui))
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Police report number, CNIL notification number…"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Step"), self.errors.wrap(self.step, "step"))
        self.form.addRow(self.tr("&When"), self.errors.wrap(self.at, "at"))
        self.form.addRow(self.tr("&Reference"), self.errors.wrap(self.reference, "reference"))
        self.form.addRow(self.tr("&Note"), self.errors.wrap(self.note, "note"))

    def send(self) -> None:
        at, step = local_to_aware(self.at.dateTime()), self.step.currentData()
        self.request(incidents.add_step, self.number, step, at, self.reference.text(), self.note.text())


class CloseIncidentDialog(FormDialog):
    inline_refusals = False

    def __init__(self, ui: UiContext, number: str, kind: str, parent: QWidget | None = None):
        title = self.tr("Close incident %1").replace("%1", number)
        super().__init__(ui, title, self.tr("C&lose incident"), parent, width=440)
        self.number = number
        self.outcome = QComboBox()
        fitting = ("recovered", "written_off") if kind in ("lost", "stolen") else ("repaired",)
        for value in IncidentOutcome:
            if value.value in fitting:
                self.outcome.addItem(outcome_name(value.value), value.value)
        self.inspection = QLineEdit()
        self.inspection.setPlaceholderText(self.tr("For a recovered device: what the inspection found"))
        self.form.addRow(self.tr("&Outcome"), self.errors.wrap(self.outcome, "outcome"))
        self.form.addRow(self.tr("&Inspection note"), self.errors.wrap(self.inspection, "inspection_note"))

    def send(self) -> None:
        self.request(incidents.close_incident, self.number, self.outcome.currentData(), self.inspection.text())

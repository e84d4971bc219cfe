"""Two small dialogs of the incidents page: add a timeline step (with its time and reference), and close
an incident with its outcome (recovered needs an inspection note; the service says which outcome fits).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import Changes
from klara_assets.domain.enums import IncidentOutcome, IncidentStep
from klara_assets.domain.errors import KlaraError
from klara_assets.services import incidents
from ui.context import UiContext
from ui.dialogs.incident_dialog import local_now, local_to_aware
from ui.state import remember
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors
from ui.widgets.incident_vocabulary import outcome_name, step_name


class _ServiceDialog(DiscardGuard, QDialog):
    completed = Signal(object)

    def __init__(self, ui: UiContext, parent: QWidget | None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.errors = FieldErrors()
        self.setMinimumWidth(440)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def _finish(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _saved(self, changes: Changes) -> None:
        self.completed.emit(changes.result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(exc, KlaraError) and self.errors.show(exc)):
            self.ui.show_error(exc)


class AddStepDialog(_ServiceDialog):
    def __init__(self, ui: UiContext, number: str, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.number = number
        self.setWindowTitle(self.tr("Add a step to %1").replace("%1", number))
        self.step = QComboBox()
        for value in IncidentStep:
            self.step.addItem(step_name(value.value), value.value)
        self.at = QDateTimeEdit(local_now(ui))
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Police report number, CNIL notification number…"))
        self.note = QLineEdit()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add step"))
        form = QFormLayout()
        form.addRow(self.tr("&Step"), self.errors.wrap(self.step, "step"))
        form.addRow(self.tr("&When"), self.errors.wrap(self.at, "at"))
        form.addRow(self.tr("&Reference"), self.errors.wrap(self.reference, "reference"))
        form.addRow(self.tr("&Note"), self.errors.wrap(self.note, "note"))
        self._finish(form)
        self.buttons.accepted.connect(self.add)

    def add(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        ctx, number, step = self.ui.services, self.number, self.step.currentData()
        at, reference, note = local_to_aware(self.at.dateTime()), self.reference.text(), self.note.text()
        self.ui.run(lambda: incidents.add_step(ctx, number, step, at, reference, note), self._saved, self._refused)


class CloseIncidentDialog(_ServiceDialog):
    def __init__(self, ui: UiContext, number: str, kind: str, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.number = number
        self.setWindowTitle(self.tr("Close incident %1").replace("%1", number))
        self.outcome = QComboBox()
        fitting = ("recovered", "written_off") if kind in ("lost", "stolen") else ("repaired",)
        for value in IncidentOutcome:
            if value.value in fitting:
                self.outcome.addItem(outcome_name(value.value), value.value)
        self.inspection = QLineEdit()
        self.inspection.setPlaceholderText(self.tr("For a recovered device: what the inspection found"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&lose incident"))
        form = QFormLayout()
        form.addRow(self.tr("&Outcome"), self.errors.wrap(self.outcome, "outcome"))
        form.addRow(self.tr("&Inspection note"), self.errors.wrap(self.inspection, "inspection_note"))
        self._finish(form)
        self.buttons.accepted.connect(self.close_incident)

    def close_incident(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        ctx, number, outcome, note = self.ui.services, self.number, self.outcome.currentData(), self.inspection.text()
        self.ui.run(lambda: incidents.close_incident(ctx, number, outcome, note), self._saved, self._refused)

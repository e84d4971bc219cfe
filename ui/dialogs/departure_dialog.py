"""Record a person's departure: the day they left, confirmed with Cancel as the default button.

On success `recorded` carries the tags of the devices they still hold, to be collected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import KlaraError
from klara_assets.persistence.people_queries import PersonRow
from klara_assets.services import inventory
from ui.context import UiContext
from ui.state import remember
from ui.widgets.field_errors import FieldErrors


class DepartureDialog(QDialog):
    recorded = Signal(list)  # tags still to collect

    def __init__(self, ui: UiContext, person: PersonRow, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.person = person
        self.setWindowTitle(self.tr("Record a departure"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        intro = QLabel(
            self.tr(
                "%1 will be marked as having left. Nobody can hand them a device any more, "
                "and the devices they still hold will be listed to collect."
            ).replace("%1", person.name)
        )
        intro.setWordWrap(True)
        self.left_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.left_on.setCalendarPopup(True)
        self.left_on.setMaximumDate(QDate(today.year, today.month, today.day).addYears(1))
        form = QFormLayout()
        form.addRow(self.tr("&Left on"), self.errors.wrap(self.left_on, "left_on", "person"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(
            self.tr("&Record departure"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.record_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # the safe choice answers Enter
        self.record_button.clicked.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def record(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        ctx, email, day = self.ui.services, self.person.email, self.left_on.date().toPython()
        self.ui.run(lambda: inventory.deactivate_person(ctx, email, day), self._recorded, self._refused)

    def _recorded(self, changes: Changes) -> None:
        self.buttons.setEnabled(True)
        self.recorded.emit(changes.result if isinstance(changes.result, list) else [])
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(exc, KlaraError) and self.errors.show(exc)):
            self.ui.show_error(exc)

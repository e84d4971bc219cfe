"""Record a person's departure: the day they left, confirmed with Cancel as the default button.

On success `recorded` carries the tags of the devices they still hold, to be collected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from klara_assets.domain.changes import Changes
from klara_assets.persistence.people_queries import PersonRow
from klara_assets.services import inventory
from ui.context import UiContext
from ui.dialogs.form import Cancel, Discard, FormDialog


class DepartureDialog(FormDialog):
    recorded = Signal(list)  # tags still to collect
    inline_refusals = False
    asks_before_discarding = False

    def __init__(self, ui: UiContext, person: PersonRow, today: date, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Record a departure"), parent=parent, width=440, accept=Discard)
        self.person = person
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
        self.form.addRow(self.tr("&Left on"), self.errors.wrap(self.left_on, "left_on", "person"))
        self.record_button = self.ok  # a destructive action (Discard's role)
        self.record_button.setText(self.tr("&Record departure"))
        self.record_button.setAutoDefault(False)
        self.buttons.button(Cancel).setDefault(True)  # the safe choice answers Enter
        self.add_above(intro)

    def send(self) -> None:
        self.request(inventory.deactivate_person, self.person.email, self.left_on.date().toPython())

    def _done(self, result: object) -> None:
        tags = result.result if isinstance(result, Changes) else None
        self.recorded.emit(tags if isinstance(tags, list) else [])
        super()._done(result)

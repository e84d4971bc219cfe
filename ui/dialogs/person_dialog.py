"""Add or edit a person: name, e-mail (unique), department, employee number, location, start date (or none).

The service decides; a refusal is shown under the field it names and the dialog stays open.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from klara_assets.domain.places import Place
from klara_assets.persistence.people_queries import PersonRow
from klara_assets.services import inventory
from ui.context import UiContext
from ui.dialogs.form import FormDialog, Save
from ui.widgets.place_choice import chosen_place, fill_places, select_place

NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum, shown as "—": no start date


class PersonDialog(FormDialog):
    inline_refusals = False

    def __init__(
        self, ui: UiContext, locations: list[Place], person: PersonRow | None = None, parent: QWidget | None = None
    ):
        title = self.tr("Edit person") if person else self.tr("Add a person")
        super().__init__(ui, title, parent=parent, accept=Save)
        self.person = person
        self.name = QLineEdit(person.name if person else "")
        self.email = QLineEdit(person.email if person else "")
        self.email.setPlaceholderText(self.tr("first.last@company.fr"))
        self.department = QLineEdit(person.department if person else "")
        self.employee_no = QLineEdit(person.employee_no if person else "")
        self.location = QComboBox()
        fill_places(self.location, locations, self.tr("(none)"))
        select_place(self.location, person.place if person else None)
        # The lowest date means "not given" and shows "—"; Page Down/Home to it, or clear the field.
        self.started_on = QDateEdit()
        self.started_on.setObjectName("started_on")
        self.started_on.setCalendarPopup(True)
        self.started_on.setMinimumDate(NO_DATE)
        self.started_on.setSpecialValueText("—")
        start = person.started_on if person else None
        self.started_on.setDate(QDate(start.year, start.month, start.day) if start else NO_DATE)
        form = self.form
        form.addRow(self.tr("&Name"), self.errors.wrap(self.name, "name"))
        form.addRow(self.tr("&E-mail"), self.errors.wrap(self.email, "email"))
        form.addRow(self.tr("&Department"), self.errors.wrap(self.department, "department"))
        form.addRow(self.tr("Employee &number"), self.errors.wrap(self.employee_no, "employee_no"))
        form.addRow(self.tr("&Location"), self.errors.wrap(self.location, "location"))
        form.addRow(self.tr("&Start date"), self.errors.wrap(self.started_on, "started_on"))
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "email": self.email.text(),
            "department": self.department.text(),
            "employee_no": self.employee_no.text(),
            "location": chosen_place(self.location),
            "started_on": self.start_date(),
        }

    def start_date(self) -> date | None:
        day = self.started_on.date()
        return None if day == NO_DATE else date(day.year(), day.month(), day.day())

    def send(self) -> None:
        person = self.person
        if person is None:
            self.request(inventory.add_person, **self.values())
        else:
            self.request(inventory.edit_person, person.email, expected_version=person.version, **self.values())

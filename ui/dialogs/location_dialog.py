"""Add a location (site and room) or rename one. A refusal is shown under the fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from klara_assets.domain.places import Place
from klara_assets.services import inventory
from ui.context import UiContext
from ui.dialogs.form import FormDialog, Save


class LocationDialog(FormDialog):
    inline_refusals = False

    def __init__(self, ui: UiContext, current: Place | None = None, parent: QWidget | None = None):
        """`current` renames that location; None adds a new one."""
        title = self.tr("Rename the location") if current else self.tr("Add a location")
        super().__init__(ui, title, parent=parent, width=420, accept=Save)
        self.current = current
        self.site = QLineEdit(current[0] if current else "")
        self.site.setPlaceholderText(self.tr("Paris"))
        self.room = QLineEdit(current[1] if current else "")
        self.room.setPlaceholderText(self.tr("Open space A (empty: the whole site)"))
        self.form.addRow(self.tr("&Site"), self.site)
        self.form.addRow(self.tr("&Room"), self.errors.wrap(self.room, "location", "site", "room"))

    def place(self) -> Place:
        """The two fields as they are (the service trims them): a "/" in the site stays in the site."""
        return Place(self.site.text(), self.room.text())

    def send(self) -> None:
        if self.current is None:
            self.request(inventory.add_location, self.place())
        else:
            self.request(inventory.rename_location, self.current, self.place())

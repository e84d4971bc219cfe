"""Add a location (site and room) or rename one. A refusal is shown under the fields."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from klara_assets.domain.errors import KlaraError
from klara_assets.services import inventory
from ui.context import UiContext
from ui.state import remember
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors


class LocationDialog(DiscardGuard, QDialog):
    def __init__(self, ui: UiContext, current: tuple[str, str] | None = None, parent: QWidget | None = None):
        """`current` (site, room) renames that location; None adds a new one."""
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.current = current
        self.setWindowTitle(self.tr("Rename the location") if current else self.tr("Add a location"))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.site = QLineEdit(current[0] if current else "")
        self.site.setPlaceholderText(self.tr("Paris"))
        self.room = QLineEdit(current[1] if current else "")
        self.room.setPlaceholderText(self.tr("Open space A (empty: the whole site)"))
        form = QFormLayout()
        form.addRow(self.tr("&Site"), self.site)
        form.addRow(self.tr("&Room"), self.errors.wrap(self.room, "location", "site", "room"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def name(self) -> str:
        return f"{self.site.text().strip()}/{self.room.text().strip()}"

    def save(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        ctx, name = self.ui.services, self.name()
        if self.current is None:
            self.ui.run(lambda: inventory.add_location(ctx, name), self._saved, self._refused)
        else:
            old = "/".join(self.current)
            self.ui.run(lambda: inventory.rename_location(ctx, old, name), self._saved, self._refused)

    def _saved(self, _changes: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(exc, KlaraError) and self.errors.show(exc)):
            self.ui.show_error(exc)

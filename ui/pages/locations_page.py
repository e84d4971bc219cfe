"""The locations page: sites and rooms with how many devices and people each holds, adding and renaming
a location, and the devices kept in the selected one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.places import Place
from klara_assets.persistence import people_queries
from klara_assets.persistence.people_queries import LocationRow, PlacedDevice
from ui import read_only
from ui.context import UiContext
from ui.dialogs.location_dialog import LocationDialog
from ui.models.locations_table import LocationsTableModel
from ui.models.placed_devices_table import PlacedDevicesModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.tables import make_table

MAX_DEVICES_SHOWN = 1000  # a stock room may hold thousands; the assets page filters by location for all


class LocationsPage(Page):
    page_id = "locations"
    refresh_on = frozenset({ChangeKind.LOCATION, ChangeKind.ASSET, ChangeKind.PERSON})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: LocationDialog | None = None
        self.model = LocationsTableModel(self)
        self.devices_model = PlacedDevicesModel(self)
        self.table = make_table(self.model, (80, 130, 85))
        self.devices = make_table(self.devices_model, (100, 140, 205, 115))
        self.add_button = QPushButton(self.tr("&Add location…"))
        self.add_button.setToolTip(self.tr("Add a site or a room (Ctrl+N)"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the selected location (F2)"))
        self.count = QLabel()
        self.devices_title = QLabel(self.tr("Select a location to see the devices kept there."))
        self._layout()
        self._connect()
        self._update_buttons()
        read_only.editing(self.ui, self.add_button, self.rename_button)

    def title(self) -> str:
        return self.tr("Locations")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.rename_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.devices_title)
        column.addWidget(self.devices, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([410, 710])  # until the user's own split is restored
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.rename_location())
        self.add_button.clicked.connect(self.add_location)
        self.rename_button.clicked.connect(self.rename_location)
        for keys, slot, button in (
            ("Ctrl+N", self.add_location, self.add_button),
            ("F2", self.rename_location, self.rename_button),
        ):
            action = QAction(button.text(), self)  # its text names it in Help › Keyboard shortcuts
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def first_load(self) -> None:
        header = self.table.horizontalHeader()
        restore_layout(self.ui.state, ("locations/splitter", self.splitter), ("locations/columns", header))
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        self.ui.run(people_queries.location_rows, lambda rows: self._show(rows, first))

    def _show(self, rows: list[LocationRow], first: bool) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        text = self.tr("%n location(s)", "", len(rows))
        self.count.setText(text if rows else self.tr("No location yet: add the company's sites and rooms."))
        row = self.model.row_of(selected.id) if selected else -1
        if row >= 0:
            self.table.selectRow(row)  # reloads its devices
        else:
            self._selected()
        self._update_buttons()
        if first:
            self.loaded.emit()

    def selected(self) -> LocationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._update_buttons()
        location = self.selected()
        if location is None:
            self.devices_model.set_rows([])
            self.devices_title.setText(self.tr("Select a location to see the devices kept there."))
            return
        self.ui.run(
            lambda: people_queries.location_devices(location.id, MAX_DEVICES_SHOWN),
            lambda devices: self._show_devices(location, devices),
        )

    def _show_devices(self, location: LocationRow, devices: list[PlacedDevice]) -> None:
        if self.selected() != location:
            return
        self.devices_model.set_rows(devices)
        if not devices:
            text = self.tr("%1: no device kept here.")
        elif location.devices > len(devices):
            text = self.tr("%1: %n device(s), the first %2 by tag shown", "", location.devices)
        else:
            text = self.tr("%1: %n device(s)", "", location.devices)
        text = text.replace("%1", location.name).replace("%2", str(len(devices)))
        if location.address:
            text += "\n" + self.tr("Address: %1").replace("%1", location.address)
        self.devices_title.setText(text)

    def _update_buttons(self) -> None:
        self.rename_button.setEnabled(self.selected() is not None)

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def add_location(self) -> None:
        self._open(LocationDialog(self.ui, None, self))

    def rename_location(self) -> None:
        location = self.selected()
        if location is not None:
            self._open(LocationDialog(self.ui, Place(location.site, location.room), self))

    def _open(self, dialog: LocationDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def save_state(self) -> None:
        self.ui.state.setValue("locations/splitter", self.splitter.saveState())
        self.ui.state.setValue("locations/columns", self.table.horizontalHeader().saveState())

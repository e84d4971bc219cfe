"""The people page: who works here, what each person holds, and departures with the devices to collect.

The list is searched and sorted in SQL on the worker; selecting a person loads their devices. "Record
departure…" deactivates the person and lists what they still hold; such a person keeps a "to collect"
marker until every device is back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.lifecycle import Action
from klara_assets.persistence import people_queries, queries
from klara_assets.persistence.people_queries import PersonRow
from ui import action_reasons, read_only
from ui.context import UiContext
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.departure_dialog import DepartureDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.pick_devices_dialog import PickDevicesDialog
from ui.models.people_table import PeopleTableModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.empty_state import EmptyState
from ui.widgets.person_panel import PersonPanel
from ui.widgets.receipts_list import ReceiptsList
from ui.widgets.tables import make_table


class PeoplePage(Page):
    page_id = "people"
    refresh_on = frozenset({ChangeKind.PERSON, ChangeKind.ASSET})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.sort: tuple[str, bool] = ("name", False)
        self.dialog: QDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, department or employee number"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        for label, value in (
            (self.tr("Everyone"), "all"),
            (self.tr("Active"), "active"),
            (self.tr("Left"), "left"),
            (self.tr("Left, devices to collect"), "to_collect"),
        ):
            self.state.addItem(label, value)
        self.add_button = QPushButton(self.tr("&Add person…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.leave_button = QPushButton(self.tr("Record &departure…"))
        self.checkout_button = QPushButton(self.tr("Check &out devices…"))
        self.checkin_button = QPushButton(self.tr("Check &in the device…"))
        self.model = PeopleTableModel(self)
        self.table = self._make_table()
        self.panel = PersonPanel(ui.services.now().date(), receipts=ReceiptsList(ui))
        self.count = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._layout()
        self._connect()
        self._update_buttons()
        self.empty = EmptyState(
            self.table,
            self.tr("No one yet. Add the staff who receive devices, or import them from a spreadsheet."),
            [(self.tr("Add a person…"), self.add_person), (self.tr("Import a file…"), self.open_import)],
            lambda: self._activated and not self.search.text() and self.state.currentData() == "all",
        )
        read_only.editing(
            self.ui,
            self.add_button,
            self.edit_button,
            self.leave_button,
            self.checkout_button,
            self.checkin_button,
            *self.empty.buttons,
        )

    def title(self) -> str:
        return self.tr("People")

    def _make_table(self) -> QTableView:
        table = make_table(self.model, (200, 250, 150, 170, 90))
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        bar.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.leave_button, self.checkout_button, self.checkin_button):
            bar.addWidget(button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._debounce.timeout.connect(self.reload)
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.sort_requested.connect(self._sort)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.leave_button.clicked.connect(self.record_departure)
        self.checkout_button.clicked.connect(self.check_out_to_person)
        self.checkin_button.clicked.connect(self.check_in_device)
        self.panel.devices.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        shortcuts = (
            ("Ctrl+N", self.add_person, self.add_button),
            ("Ctrl+E", self.edit_person, self.edit_button),
            ("Ctrl+D", self.record_departure, self.leave_button),
        )
        for keys, slot, button in shortcuts:
            action = QAction(button.text(), self)  # its text names it in Help › Keyboard shortcuts
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Edit the selected person (Ctrl+E)"))
        self.leave_button.setToolTip(self.tr("Record that the selected person has left (Ctrl+D)"))
        self.checkout_button.setToolTip(self.tr("Hand devices over to the selected person, with a receipt"))
        self.checkin_button.setToolTip(self.tr("Take back the device selected in the person's list, with a receipt"))

    def first_load(self) -> None:
        self._restore()
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        search, state, (sort, descending) = self.search.text(), self.state.currentData(), self.sort
        self.ui.run(
            lambda: people_queries.people_rows(search, state, sort, descending),
            lambda rows: self._show(rows, first),
        )

    def _show(self, rows: list[PersonRow], first: bool) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n person(s) shown", "", len(rows)))
        row = self.model.row_of(selected.email) if selected else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.panel.show_person(None, [])
        self._update_buttons()
        if first:
            self.loaded.emit()

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._update_buttons()
        person = self.selected()
        receipts = self.panel.receipts
        if person is None:
            self.panel.show_person(None, [])
            if isinstance(receipts, ReceiptsList):
                receipts.clear()
            return
        if isinstance(receipts, ReceiptsList):
            receipts.load_person(person.email)
        self.ui.run(
            lambda: people_queries.person_held_devices(person.id),
            lambda devices: self._show_devices(person, devices),
        )

    def _show_devices(self, person: PersonRow, devices: list[Any]) -> None:
        if self.selected() == person:
            self.panel.show_person(person, devices)

    def _update_buttons(self) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.leave_button.setEnabled(person is not None and person.active)
        self.checkout_button.setEnabled(person is not None and person.active)
        left = person is not None and not person.active
        self.checkout_button.setToolTip(
            self.tr("This person has left: nothing can be checked out to them.") if left else ""
        )
        device = self._device_row()
        reason = action_reasons.why_not((Action.CHECK_IN,), int(device is not None), [device.status] if device else [])
        self.checkin_button.setEnabled(not reason)
        self.checkin_button.setToolTip(reason)

    def _device_row(self) -> Any:
        rows = self.panel.devices.selectionModel().selectedRows()
        return self.panel.model.row_at(rows[0].row()) if rows else None

    def selected_device(self) -> str | None:
        """The tag of the device selected in the person's list, when the lifecycle lets it be checked in."""
        device = self._device_row()
        allowed = device is not None and not action_reasons.why_not((Action.CHECK_IN,), 1, [device.status])
        return device.tag if allowed else None

    def check_out_to_person(self) -> None:
        person = self.selected()
        if person is not None and person.active:
            self._open(PickDevicesDialog(self.ui, person.email, person.name, self))

    def check_in_device(self) -> None:
        tag = self.selected_device()
        if tag is not None:
            self._open(CheckinDialog(self.ui, tag, self))

    def _sort(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)
        self.reload()

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def open_import(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ui, self).open()

    def add_person(self) -> None:
        self.ui.run(queries.location_places, lambda places: self._open(PersonDialog(self.ui, places, None, self)))

    def edit_person(self) -> None:
        person = self.selected()
        if person is not None:
            places = queries.location_places
            self.ui.run(places, lambda found: self._open(PersonDialog(self.ui, found, person, self)))

    def record_departure(self) -> None:
        person = self.selected()
        if person is None or not person.active:
            return
        dialog = DepartureDialog(self.ui, person, self.ui.services.now().date(), self)
        dialog.recorded.connect(lambda tags: self._departed(person, tags))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _departed(self, person: PersonRow, tags: list[str]) -> None:
        if tags:
            text = self.tr("%1 has left. Collect %n device(s):", "", len(tags)).replace("%1", person.name)
            self.ui.dialogs.info(self.tr("Devices to collect"), f"{text}\n\n" + "\n".join(tags))
        else:
            text = self.tr("%1 has left and holds no device.").replace("%1", person.name)
            self.ui.dialogs.info(self.tr("Departure recorded"), text)

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        state = criteria.get("state")
        index = self.state.findData(state) if state else -1
        if index >= 0:
            self.state.setCurrentIndex(index)
        if "search" in criteria:
            self.search.setText(str(criteria["search"]))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        self.ui.state.setValue("people/splitter", self.splitter.saveState())
        self.ui.state.setValue("people/columns", self.table.horizontalHeader().saveState())
        self.ui.state.setValue("people/state", self.state.currentData())

    def _restore(self) -> None:
        restore_layout(
            self.ui.state, ("people/splitter", self.splitter), ("people/columns", self.table.horizontalHeader())
        )
        index = self.state.findData(self.ui.state.value("people/state", "all"))
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(0, index))
        self.state.blockSignals(False)

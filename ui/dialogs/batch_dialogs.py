"""Batch dialogs: create a batch for a partner, add devices (from the eligible list, or to an open batch
from the assets page), ship (pickup date, carrier, waste tracking reference, waste code)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from klara_assets.domain.disposal import ROUTED
from klara_assets.domain.enums import BatchKind
from klara_assets.persistence import eol_queries
from klara_assets.services import batches, partners
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.display import category_name
from ui.widgets.eol_names import batch_kind_name, partner_kind_name


class NewBatchDialog(FormDialog):
    """The result is the new batch number."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, self.tr("New batch"), self.tr("&Create"), parent)
        self.partner = QComboBox()
        self.eco = QComboBox()
        self.eco.addItem(self.tr("none"), "")
        self.form.addRow(self.tr("&Partner"), self.errors.wrap(self.partner, "partner"))
        self.form.addRow(self.tr("&Eco-organisme"), self.errors.wrap(self.eco, "eco_organisme"))
        self.ok.setEnabled(False)
        ui.run(partners.list_partners, self._fill)

    def _fill(self, rows: list[partners.PartnerRow]) -> None:
        for row in rows:
            text = self.tr("%1 (%2)").replace("%1", row.name).replace("%2", partner_kind_name(row.kind))
            (self.eco if row.kind == "eco_organisme" else self.partner).addItem(text, row.name)
        if self.partner.count() == 0:
            self.say(self.tr("Add a refurbisher or a recycler on the Partners page first."))
        self.ok.setEnabled(self.partner.count() > 0)

    def send(self) -> None:
        self.request(batches.create_batch, self.partner.currentData(), eco_organisme=self.eco.currentData() or None)


class AddDevicesDialog(FormDialog):
    """Tick devices routed the batch's way and in no batch yet; the result lists the added tags."""

    def __init__(self, ui: UiContext, number: str, kind: str, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Add devices to %1").replace("%1", number), self.tr("&Add"), parent)
        self.number = number
        self.setMinimumSize(560, 460)
        self.devices = QListWidget()
        intro = QLabel(self.tr("Devices routed to %1 and in no batch yet:").replace("%1", batch_kind_name(kind)))
        self.form.addRow(intro)
        self.form.addRow(self.errors.wrap(self.devices, "tags"))
        self.ok.setEnabled(False)
        status = ROUTED[BatchKind(kind)].value
        ui.run(lambda: eol_queries.outgoing_devices([status], unbatched=True), self._fill)

    def _fill(self, rows: list[eol_queries.OutgoingDevice]) -> None:
        for row in rows:
            text = f"{row.tag} — {category_name(row.category)} {row.manufacturer} {row.model}".rstrip()
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.tag)
            item.setCheckState(Qt.CheckState.Checked)
            self.devices.addItem(item)
        if not rows:
            self.say(self.tr("No device waits for this kind of batch: route retired devices first."))
        self.ok.setEnabled(bool(rows))

    def tags(self) -> list[str]:
        items = [self.devices.item(i) for i in range(self.devices.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def send(self) -> None:
        self.request(batches.add_to_batch, self.number, self.tags())


class AddToBatchDialog(FormDialog):
    """From the assets page: put the selected devices into an open batch of their kind."""

    def __init__(self, ui: UiContext, tags: list[str], kind: str, parent: QWidget | None = None):
        title = self.tr("Add %n device(s) to a batch", "", len(tags))
        super().__init__(ui, title, self.tr("&Add"), parent)
        self.tags = tags
        self.batch = QComboBox()
        self.form.addRow(QLabel(", ".join(tags)))
        self.form.addRow(self.tr("&Open batch"), self.errors.wrap(self.batch, "tags", "batch"))
        self.ok.setEnabled(False)
        ui.run(lambda: eol_queries.batch_numbers("open", kind), self._fill)

    def _fill(self, numbers: list[str]) -> None:
        self.batch.addItems(numbers)
        if not numbers:
            self.say(self.tr("No open batch of this kind: create one on the Batches page."))
        self.ok.setEnabled(bool(numbers))

    def send(self) -> None:
        self.request(batches.add_to_batch, self.batch.currentText(), self.tags)


class ShipDialog(FormDialog):
    def __init__(self, ui: UiContext, number: str, waste_code: str, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Ship %1").replace("%1", number), self.tr("&Ship"), parent)
        self.number = number
        day = ui.today()
        today = QDate(day.year, day.month, day.day)
        self.pickup = QDateEdit(today)
        self.pickup.setCalendarPopup(True)
        self.pickup.setMaximumDate(today)
        self.carrier = QLineEdit()
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("BSD or Trackdéchets number"))
        self.waste_code = QLineEdit(waste_code)
        self.waste_code.setPlaceholderText("16 02 14")
        self.form.addRow(self.tr("&Pickup date"), self.errors.wrap(self.pickup, "pickup"))
        self.form.addRow(self.tr("&Carrier"), self.errors.wrap(self.carrier, "carrier"))
        self.form.addRow(self.tr("&Tracking reference"), self.errors.wrap(self.tracking, "tracking_ref"))
        self.form.addRow(self.tr("&Waste code"), self.errors.wrap(self.waste_code, "waste_code"))
        self.carrier.setFocus()

    def send(self) -> None:
        pickup = self.pickup.date().toPython()
        values = {
            "carrier": self.carrier.text(),
            "tracking_ref": self.tracking.text(),
            "waste_code": self.waste_code.text(),
        }
        self.request(batches.ship_batch, self.number, pickup=pickup, **values)

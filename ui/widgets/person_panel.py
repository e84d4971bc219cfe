"""The panel beside the people table: who the selected person is, whether devices must be collected from
them, and the devices they hold (tag, category, model, since, due back).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from klara_assets.persistence.people_queries import HeldDevice, PersonRow
from ui.models.held_devices_table import HeldDevicesModel
from ui.widgets.display import format_date
from ui.widgets.tables import make_table

BANNER_STYLE = "background: #fdebd3; color: #7b341e; border: 1px solid #f6ad55; border-radius: 4px;"


class PersonPanel(QFrame):
    def __init__(self, today: date, parent: QWidget | None = None, receipts: QWidget | None = None):
        super().__init__(parent)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setObjectName("to_collect_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setMargin(6)  # counted in the wrapped height, unlike a style sheet padding
        self.devices_title = QLabel()
        self.model = HeldDevicesModel(today, self)
        self.devices = make_table(self.model, (110, 160, 250, 100))
        self.empty = QLabel(self.tr("Select a person to see the devices they hold."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        info = QVBoxLayout()
        for widget in (self.name, self.details, self.banner, self.devices_title):
            info.addWidget(widget)
        info.addStretch(1)
        self.info_box = QWidget()
        self.info_box.setLayout(info)
        self.info_box.setFixedWidth(360)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.info_box)
        # The devices held and, beside them, the person's kept receipts (issue 17 §3).
        self.tabs = QTabWidget()
        self.tabs.addTab(self.devices, self.tr("Devices held"))
        self.receipts = receipts
        if receipts is not None:
            self.tabs.addTab(receipts, self.tr("Receipts"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self.show_person(None, [])

    def show_person(self, person: PersonRow | None, devices: list[HeldDevice]) -> None:
        self.model.set_rows(devices)
        known = person is not None
        for widget in (self.name, self.details, self.devices_title, self.devices):
            widget.setVisible(known)
        self.info_box.setVisible(known)
        self.tabs.setVisible(known)
        self.empty.setVisible(not known)
        self.banner.setVisible(known and person is not None and person.to_collect)
        if person is None:
            return
        self.name.setText(person.name)
        parts = [person.department, person.location or "", person.employee_no]
        if not person.active and not person.to_collect:
            parts.append(self.tr("left on %1").replace("%1", format_date(person.left_on)))
        self.details.setText("\n".join((person.email, " · ".join(part for part in parts if part))))
        if person.to_collect:
            text = self.tr("Left on %1: %n device(s) still to collect.", "", person.devices)
            self.banner.setText(text.replace("%1", format_date(person.left_on)))
        if devices:
            self.devices_title.setText(self.tr("Holds %n device(s)", "", len(devices)))
        else:
            self.devices_title.setText(self.tr("Holds no device."))
        self.devices.setVisible(bool(devices))

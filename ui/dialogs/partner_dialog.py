"""Add or edit a partner (name, kind, SIRET checked by the service, address, contact, social and
solidarity economy), and add a certification to one. Refusals appear under their field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from klara_assets.domain.enums import CertificationScheme, PartnerKind
from klara_assets.services import partners
from klara_assets.services.partners import PartnerRow
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.eol_names import partner_kind_name


class PartnerDialog(FormDialog):
    def __init__(self, ui: UiContext, current: PartnerRow | None = None, parent: QWidget | None = None):
        title = self.tr("Edit %1").replace("%1", current.name) if current else self.tr("Add a partner")
        super().__init__(ui, title, self.tr("&Save"), parent)
        self.current = current
        self.name = QLineEdit(current.name if current else "")
        self.kind = QComboBox()
        for kind in PartnerKind:
            self.kind.addItem(partner_kind_name(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(current.kind if current else "recycler"))
        self.siret = QLineEdit(current.siret if current else "")
        self.siret.setPlaceholderText(self.tr("14 digits"))
        self.address = QLineEdit(current.address if current else "")
        self.contact = QLineEdit(current.contact if current else "")
        self.social = QCheckBox(self.tr("Social and solidarity economy (ESS)"))
        self.social.setChecked(bool(current and current.social_economy))
        self.form.addRow(self.tr("&Name"), self.errors.wrap(self.name, "name"))
        self.form.addRow(self.tr("&Kind"), self.errors.wrap(self.kind, "kind"))
        self.form.addRow(self.tr("&SIRET"), self.errors.wrap(self.siret, "siret"))
        self.form.addRow(self.tr("&Address"), self.errors.wrap(self.address, "address"))
        self.form.addRow(self.tr("&Contact"), self.errors.wrap(self.contact, "contact"))
        self.form.addRow(self.social)
        self.name.setReadOnly(current is not None)  # the name identifies the partner on its documents
        (self.kind if current else self.name).setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "siret": self.siret.text(),
            "address": self.address.text(),
            "contact": self.contact.text(),
            "social_economy": self.social.isChecked(),
        }

    def send(self) -> None:
        if self.current is None:
            self.request(partners.add_partner, self.name.text(), **self.values())
        else:
            self.request(partners.edit_partner, self.current.name, self.current.version, **self.values())


class CertificationDialog(FormDialog):
    def __init__(self, ui: UiContext, partner: str, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Add a certification to %1").replace("%1", partner), self.tr("&Add"), parent)
        self.partner = partner
        self.scheme = QComboBox()
        self.scheme.addItems([scheme.value for scheme in CertificationScheme])
        self.number = QLineEdit()
        today = ui.today()
        self.valid_until = QDateEdit(QDate(today.year, today.month, today.day).addYears(1))
        self.valid_until.setCalendarPopup(True)
        self.form.addRow(self.tr("&Scheme"), self.errors.wrap(self.scheme, "scheme"))
        self.form.addRow(self.tr("&Number"), self.errors.wrap(self.number, "cert"))
        self.form.addRow(self.tr("&Valid until"), self.valid_until)
        self.number.setFocus()

    def send(self) -> None:
        cert = (self.scheme.currentText(), self.number.text(), self.valid_until.date().toPython())
        self.request(partners.add_certification, self.partner, cert)

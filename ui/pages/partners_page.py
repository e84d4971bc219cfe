"""Partners: refurbishers, recyclers, donees and eco-organismes with kind, SIRET and certifications
(expired in red, ending within 60 days in amber); add, edit, and add or remove certifications.

Filter criteria: {"kind": a partner kind}.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from klara_assets.domain.attachments import AttachmentKind
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import PartnerKind
from klara_assets.services import partners
from klara_assets.services.partners import PartnerRow
from ui import read_only
from ui.context import UiContext
from ui.dialogs.form import open_dialog
from ui.dialogs.partner_dialog import CertificationDialog, PartnerDialog
from ui.models.eol_tables import CertificationsModel, PartnersModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.eol_names import partner_kind_name
from ui.widgets.tables import make_table


class PartnersPage(Page):
    page_id = "partners"
    refresh_on = frozenset({ChangeKind.PARTNER})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: Any = None
        today = ui.services.now().date()
        self.model = PartnersModel(today, self)
        self.certs_model = CertificationsModel(today, self)
        self.table = make_table(self.model, (200, 120, 120))
        self.certs = make_table(self.certs_model, (110, 150))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All partners"), "")
        for kind in PartnerKind:
            self.kind.addItem(partner_kind_name(kind.value), kind.value)
        self.count = QLabel()
        self.certs_title = QLabel(self.tr("Select a partner to see its certifications."))
        labels = {
            "add": self.tr("&Add partner…"),
            "edit": self.tr("&Edit…"),
            "add_cert": self.tr("Add &certification…"),
            "remove_cert": self.tr("&Remove certification"),
        }
        self.buttons = {key: QPushButton(text) for key, text in labels.items()}
        self._layout()
        self._connect()
        self._update_buttons()
        read_only.editing(self.ui, *self.buttons.values())

    def title(self) -> str:
        return self.tr("Partners")

    def _make_attachments(self) -> AttachmentsPanel:
        return AttachmentsPanel(self.ui, AttachmentKind.PARTNER)

    def _layout(self) -> None:
        self.attachments = self._make_attachments()
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.buttons["add"])
        bar.addWidget(self.buttons["edit"])
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.certs_title)
        column.addWidget(self.certs, 1)
        row = QHBoxLayout()
        row.addWidget(self.buttons["add_cert"])
        row.addWidget(self.buttons["remove_cert"])
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.attachments, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setSizes([760, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.certs.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["edit"].clicked.connect(self.edit)
        self.buttons["add_cert"].clicked.connect(self.add_certification)
        self.buttons["remove_cert"].clicked.connect(self.remove_certification)

    def first_load(self) -> None:
        restore_layout(self.ui.state, ("partners/columns", self.table.horizontalHeader()))
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        kind = self.kind.currentData() or None
        self.ui.run(lambda: partners.list_partners(kind), lambda rows: self._show(rows, first))

    def _show(self, rows: list[PartnerRow], first: bool) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.count.setText(
            self.tr("%n partner(s)", "", len(rows))
            if rows
            else self.tr("No partner yet: add your refurbishers and recyclers.")
        )
        row = next((i for i, r in enumerate(rows) if selected and r.id == selected.id), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selected()
        if first:
            self.loaded.emit()

    def selected(self) -> PartnerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        partner = self.selected()
        self.certs_model.set_rows(partner.certifications if partner else [])
        name = partner.name if partner else None
        if self.attachments.reference != name:
            self.attachments.set_owner(name)
        if partner is None:
            self.certs_title.setText(self.tr("Select a partner to see its certifications."))
        elif not partner.certifications:
            self.certs_title.setText(self.tr("%1 has no certification recorded.").replace("%1", partner.name))
        else:
            self.certs_title.setText(self.tr("Certifications of %1").replace("%1", partner.name))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["add_cert"].setEnabled(chosen)
        self.buttons["remove_cert"].setEnabled(chosen and bool(self.certs.selectionModel().selectedRows()))

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def add(self) -> None:
        self.dialog = open_dialog(PartnerDialog(self.ui, None, self))

    def edit(self) -> None:
        if (partner := self.selected()) is not None:
            self.dialog = open_dialog(PartnerDialog(self.ui, partner, self))

    def add_certification(self) -> None:
        if (partner := self.selected()) is not None:
            self.dialog = open_dialog(CertificationDialog(self.ui, partner.name, self))

    def remove_certification(self) -> None:
        partner, rows = self.selected(), self.certs.selectionModel().selectedRows()
        cert = self.certs_model.row_at(rows[0].row()) if rows else None
        if partner is None or cert is None:
            return
        text = self.tr("Remove the %1 certification %2 from %3?")
        text = text.replace("%1", cert.scheme.value).replace("%2", cert.number).replace("%3", partner.name)
        if self.ui.dialogs.confirm(self.tr("Remove certification"), text, self.tr("Remove"), destructive=True):
            ctx, name = self.ui.services, partner.name
            self.ui.run(lambda: partners.remove_certification(ctx, name, cert.scheme.value, cert.number))

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(criteria.get("kind") or "")))

    def save_state(self) -> None:
        self.ui.state.setValue("partners/columns", self.table.horizontalHeader().saveState())

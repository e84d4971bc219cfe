"""Every dialog of the window, built over a demo database as the pages build them (the screen-fit test
and the screenshot script open each one). `test_every_dialog_is_in_the_catalog` keeps the list complete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QWidget,
)

from klara_assets.domain.enums import AssetStatus
from klara_assets.persistence.models import Asset, Certificate, CustodyReceipt, DisposalBatch, Incident, Partner
from klara_assets.services.incident_documents import OfficerMail
from ui.context import UiContext
from ui.state import frame_of


@dataclass(frozen=True)
class Demo:
    """Demo facts each dialog needs: a device in each state, a person who holds devices, a batch..."""

    in_stock: str
    assigned: str
    retired: str
    sanitized: str
    open_batch: str
    open_batch_kind: str
    shipped_batch: str
    incident: str
    incident_kind: str
    partner: str


def demo_facts() -> Demo:
    def tag(status: AssetStatus) -> str:
        row = Asset.select(Asset.tag).where(Asset.status == status).order_by(Asset.tag).first()
        return row.tag if row else ""

    def batch(status: str) -> DisposalBatch | None:
        return DisposalBatch.select().where(DisposalBatch.status == status).order_by(DisposalBatch.number).first()

    open_batch, shipped = batch("open"), batch("shipped")
    incident = Incident.select().order_by(Incident.number).first()
    partner = Partner.select().order_by(Partner.name).first()
    sanitized = tag(AssetStatus.TO_RECYCLE) or tag(AssetStatus.RETIRED)
    return Demo(
        tag(AssetStatus.IN_STOCK),
        tag(AssetStatus.ASSIGNED),
        tag(AssetStatus.RETIRED),
        sanitized,
        open_batch.number if open_batch else "",
        str(open_batch.kind) if open_batch else "recycling",
        shipped.number if shipped else "",
        incident.number if incident else "",
        str(incident.kind) if incident else "lost",
        partner.name if partner else "",
    )


def catalog(ui: UiContext) -> list[tuple[str, Callable[[], QDialog]]]:
    """(name, factory) for every dialog; the factories read the demo database on the GUI thread."""
    from klara_assets.persistence import people_queries, queries
    from klara_assets.services import batch_items, custody, operators, partners
    from ui.connection_store import ConnectionStore
    from ui.dialogs.asset_form import AssetForm
    from ui.dialogs.batch_dialogs import AddDevicesDialog, AddToBatchDialog, NewBatchDialog, ShipDialog
    from ui.dialogs.bulk_edit import BulkEditDialog
    from ui.dialogs.certificate_preview import CertificatePreview
    from ui.dialogs.checkin_dialog import CheckinDialog
    from ui.dialogs.checkout_dialog import CheckoutDialog
    from ui.dialogs.close_batch_dialog import CloseBatchDialog
    from ui.dialogs.connect_dialog import ConnectDialog
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.dialogs.departure_dialog import DepartureDialog
    from ui.dialogs.donation_dialog import DonationDialog
    from ui.dialogs.encryption_dialog import EncryptionCheckDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.found_dialog import FoundDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.incident_dialog import ReportIncidentDialog
    from ui.dialogs.incident_steps import AddStepDialog, CloseIncidentDialog
    from ui.dialogs.labels_dialog import LabelsDialog
    from ui.dialogs.location_dialog import LocationDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.mail_text_dialog import MailTextDialog
    from ui.dialogs.operator_dialog import ADD, PASSWORD, ROLES, OperatorDialog
    from ui.dialogs.partner_dialog import CertificationDialog, PartnerDialog
    from ui.dialogs.person_dialog import PersonDialog
    from ui.dialogs.pick_devices_dialog import PickDevicesDialog
    from ui.dialogs.reason_dialog import ReasonDialog
    from ui.dialogs.receipt_preview import ReceiptPreview
    from ui.dialogs.route_dialog import RouteDialog
    from ui.dialogs.sanitization_dialog import SanitizationDialog
    from ui.dialogs.welcome import WelcomeDialog
    from ui.scan_lookup import missing_incident

    d = demo_facts()
    people = people_queries.people_rows()
    holder = next(p for p in people if p.devices)
    locations = queries.location_places()
    first_ids = [row.id for row in Asset.select(Asset.id).order_by(Asset.id).limit(12)]
    accounts = operators.list_operators()
    certificate = Certificate.select().order_by(Certificate.number).first()
    laptops = Asset.select(Asset.tag).where(Asset.status == AssetStatus.IN_STOCK, Asset.category == "laptop")
    exposed = [  # one encrypted laptop, one that is not: the override box shows
        row.tag
        for wanted in (Asset.encryption_state == "encrypted", Asset.encryption_state != "encrypted")
        for row in laptops.where(wanted).order_by(Asset.tag).limit(1)
    ]

    lost = Asset.select(Asset.tag).where(Asset.status.in_(("lost", "stolen"))).order_by(Asset.tag).first()
    mail = OfficerMail(
        "mailto:rssi@exemple.fr", "rssi@exemple.fr", "INC-2026-0001 : vol", "Bonjour,\n\nUn portable a été volé.\n"
    )

    def receipt_preview() -> QDialog:
        receipt = CustodyReceipt.select().order_by(CustodyReceipt.number).first()
        if receipt is None:  # the demo hands devices over without receipts: hand a monitor over with one
            monitor = Asset.select(Asset.tag).where(Asset.status == AssetStatus.IN_STOCK, Asset.category == "monitor")
            custody.check_out(ui.services, [monitor.order_by(Asset.tag).first().tag], holder.email)
            receipt = CustodyReceipt.select().order_by(CustodyReceipt.number).first()
        return ReceiptPreview(ui, receipt.number, bytes(receipt.pdf))

    def found() -> QDialog:
        incident = missing_incident(queries.asset_detail(lost.tag))
        assert incident is not None
        return FoundDialog(ui, lost.tag, incident)

    def account(mode: str) -> QDialog:
        return OperatorDialog(ui, mode, accounts[0] if accounts else None)

    return [
        ("AssetForm-new", lambda: AssetForm(ui, None, locations)),
        ("AssetForm-edit", lambda: AssetForm(ui, queries.asset_detail(d.assigned), locations)),
        ("NewBatchDialog", lambda: NewBatchDialog(ui)),
        ("AddDevicesDialog", lambda: AddDevicesDialog(ui, d.open_batch, d.open_batch_kind)),
        ("AddToBatchDialog", lambda: AddToBatchDialog(ui, [d.sanitized], d.open_batch_kind)),
        ("ShipDialog", lambda: ShipDialog(ui, d.open_batch, "16 02 14")),
        ("CloseBatchDialog", lambda: CloseBatchDialog(ui, batch_items.batch_detail(d.shipped_batch or d.open_batch))),
        ("BulkEditDialog", lambda: BulkEditDialog(ui, first_ids, locations)),
        (
            "CertificatePreview",
            lambda: CertificatePreview(ui, certificate.number, bytes(certificate.pdf)),
        ),
        ("CheckinDialog", lambda: CheckinDialog(ui, d.assigned)),
        ("CheckoutDialog", lambda: CheckoutDialog(ui, exposed or [d.in_stock])),
        ("ConnectDialog", lambda: ConnectDialog(ui.runner, ConnectionStore(ui.state))),
        ("DepartureDialog", lambda: DepartureDialog(ui, holder, ui.today())),
        ("DonationDialog", lambda: DonationDialog(ui, d.retired)),
        ("EncryptionCheckDialog", lambda: EncryptionCheckDialog(ui, d.in_stock)),
        ("ExportDialog", lambda: ExportDialog(ui)),
        ("ImportWizard", lambda: ImportWizard(ui)),
        ("ReportIncidentDialog", lambda: ReportIncidentDialog(ui, d.assigned, "stolen")),
        ("AddStepDialog", lambda: AddStepDialog(ui, d.incident)),
        ("CloseIncidentDialog", lambda: CloseIncidentDialog(ui, d.incident, d.incident_kind)),
        ("LabelsDialog", lambda: LabelsDialog(ui, [d.in_stock, d.assigned])),
        ("LocationDialog", lambda: LocationDialog(ui, None)),
        ("LoginDialog", lambda: LoginDialog(ui.runner, ui.services)),
        ("OperatorDialog-add", lambda: OperatorDialog(ui, ADD, None)),
        ("OperatorDialog-roles", lambda: account(ROLES)),
        ("OperatorDialog-password", lambda: account(PASSWORD)),
        ("PartnerDialog", lambda: PartnerDialog(ui, partners.partner_detail(d.partner))),
        ("CertificationDialog", lambda: CertificationDialog(ui, d.partner)),
        ("PersonDialog", lambda: PersonDialog(ui, locations, holder)),
        ("PickDevicesDialog", lambda: PickDevicesDialog(ui, holder.email, holder.name)),
        (
            "ReasonDialog",
            lambda: ReasonDialog(ui, "Retire", "The device leaves service.", "&Retire", lambda _r: None),
        ),
        ("RouteDialog", lambda: RouteDialog(ui, d.sanitized)),
        ("SanitizationDialog", lambda: SanitizationDialog(ui, d.retired or d.sanitized)),
        ("WelcomeDialog", lambda: WelcomeDialog(ui)),
        ("FoundDialog", found),
        ("ReceiptPreview", receipt_preview),
        ("MailTextDialog", lambda: MailTextDialog(mail)),
        ("CrashDialog", lambda: CrashDialog("Traceback (most recent call last):\n  ValueError: a demo crash", None)),
    ]


def problems(dialog: QWidget, area: QRect) -> list[str]:
    """What does not fit: the window past `area` (the available screen), a label, button or group cut,
    a header section narrower than its title, a widget outside its window."""
    found: list[str] = []
    frame = frame_of(dialog)
    if dialog.width() + frame.width() > area.width() or dialog.height() + frame.height() > area.height():
        found.append(f"window {dialog.width()}x{dialog.height()} (+frame) exceeds {area.width()}x{area.height()}")
    outer = (
        dialog.frameGeometry()
        if dialog.frameGeometry() != dialog.geometry()
        else QRect(dialog.pos(), dialog.size() + frame)
    )
    if not area.contains(outer):
        found.append(f"window at {outer.x()},{outer.y()} {outer.width()}x{outer.height()} is partly off the screen")
    hint = dialog.minimumSizeHint()
    if hint.width() + frame.width() > area.width() or hint.height() + frame.height() > area.height():
        found.append(f"minimum size {hint.width()}x{hint.height()} cannot fit")
    inside = dialog.rect()
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        name = f"{type(widget).__name__} {_text(widget)!r}"
        box = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if not inside.contains(box) and widget.width() > 0 and not _in_scroll_area(widget, dialog):
            found.append(f"{name} lies outside the window ({box.x()},{box.y()} {box.width()}x{box.height()})")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(
                        f"{name} cut: {widget.height()} px tall, needs {widget.heightForWidth(widget.width())}"
                    )
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"{name} cut: {widget.width()} px wide, needs {widget.minimumSizeHint().width()}")
        elif isinstance(widget, (QAbstractButton, QGroupBox)):
            need = widget.minimumSizeHint()
            if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
                found.append(f"{name} cut: {widget.width()}x{widget.height()}, needs {need.width()}x{need.height()}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found.extend(header_problems(widget))
    return found


def header_problems(header: QHeaderView) -> list[str]:
    """Header sections narrower than their title (the last one may stretch over the rest)."""
    model = header.model()
    if model is None:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2
    metrics = QFontMetrics(header.font())
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + margin
        if text and header.sectionSize(logical) < need:
            found.append(f"header {text!r} cut: {header.sectionSize(logical)} px, needs {need}")
    return found


def _text(widget: QWidget) -> str:
    for attr in ("text", "title", "windowTitle"):
        value = getattr(widget, attr, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                return text[:40]
    return ""


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scrolled area (it may lie out of view); a header's own table does not count."""
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView) and parent is not None:
        parent = parent.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False

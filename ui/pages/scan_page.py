"""The scan station: scan a label (keyboard-wedge scanner, paste, photo or webcam) and see the device's card.

Each code is resolved on the worker (`ui.scan_lookup.lookup`); the card shows the device with the actions
its status allows (check out, check in, report lost through the custody dialogs; add to a running audit),
a certificate's verdict, or "no asset matches" with "Register a new device" prefilled. A green or red
border (and a beep on failure) says at a glance how it went; the session's scans are listed and clickable.
The scan field takes the focus back after every action and whenever the page is shown.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.services import audits
from ui import read_only
from ui.context import UiContext
from ui.pages.base import Page
from ui.scan_lookup import ScanCard, image_codes, lookup, lookup_codes
from ui.widgets.asset_card import AssetCard
from ui.widgets.camera_scanner import CameraScanner
from ui.widgets.scan_field import ScanField

IMAGE_FILTERS = "*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff"


class ScanPage(Page):
    page_id = "scan"
    refresh_on = frozenset({ChangeKind.ASSET})
    card_shown = Signal(object)  # the ScanCard now on screen

    def __init__(self, ui: UiContext, parent: QWidget | None = None, camera: CameraScanner | None = None):
        super().__init__(ui, parent)
        self.field = ScanField()
        self.field.setPlaceholderText(self.tr("Scan a label or type a tag, a serial number or an IMEI, then Enter"))
        self.field.setToolTip(self.field.placeholderText())
        self.image_button = QPushButton(self.tr("Open an &image…"))
        self.image_button.setObjectName("image_button")
        self.camera = camera or CameraScanner()
        self.card = AssetCard()
        self.history = QListWidget()
        self.history.setObjectName("scan_history")
        self.dialog: Any = None
        self._layout()
        self._connect()
        read_only.editing(self.ui, *(button for key, button in self.card.buttons.items() if key != "open"))

    def title(self) -> str:
        return self.tr("Scan station")

    def _layout(self) -> None:
        sources = QHBoxLayout()  # the scan field gets the whole width: its hint is long in French
        sources.addWidget(self.camera, 1)
        sources.addWidget(self.image_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.field)
        column.addLayout(sources)
        column.addWidget(self.card, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Scans of this session")))
        side.addWidget(self.history, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.field.scanned.connect(self.scan)
        self.camera.code_read.connect(self.scan)
        self.image_button.clicked.connect(self.open_image)
        self.history.itemActivated.connect(self._history_clicked)
        self.history.itemClicked.connect(self._history_clicked)
        card = self.card
        card.check_out_requested.connect(lambda tag: self._custody("checkout", tag))
        card.check_in_requested.connect(lambda tag: self._custody("checkin", tag))
        card.report_lost_requested.connect(lambda tag: self._custody("lost", tag))
        card.found_requested.connect(self.mark_found)
        card.add_to_audit_requested.connect(self.add_to_audit)
        card.open_requested.connect(self._open_asset)
        card.register_requested.connect(self.register)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.keep_focus()

    def focus_search(self) -> None:
        self.field.keep_focus()

    def scan(self, code: str) -> None:
        """Resolve `code` on the worker, then show its card and record it in the history."""
        self.ui.run(lambda: lookup(code), lambda card: self._scanned(code, card))

    def _scanned(self, code: str, card: ScanCard) -> None:
        self.show_card(card)
        self._remember(code, card)

    def show_card(self, card: ScanCard, cue: bool = True) -> None:
        self.card.show_card(card)
        ok = card.result.found and card.result.status not in ("REVOKED", "ALTERED", "UNKNOWN")
        if cue:
            self.card.flash(ok)
            if not ok:
                QApplication.beep()
        self.field.keep_focus()
        self.card_shown.emit(card)

    def _remember(self, code: str, card: ScanCard) -> None:
        result = card.result
        if card.detail is not None and result.kind.value != "certificate":
            outcome = f"{card.detail.tag} — {card.detail.manufacturer} {card.detail.model}".strip()
        elif result.kind.value == "certificate":
            outcome = self.tr("Certificate %1: %2").replace("%1", result.match or "").replace("%2", result.status or "")
        else:
            outcome = self.tr("No asset matches")
        item = QListWidgetItem(f"{self.ui.local_now():%H:%M:%S}   {result.payload}   →   {outcome}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setToolTip(result.message)
        self.history.insertItem(0, item)

    def _history_clicked(self, item: QListWidgetItem) -> None:
        code = str(item.data(Qt.ItemDataRole.UserRole))
        self.ui.run(lambda: lookup(code), lambda card: self.show_card(card, cue=False))

    def open_image(self) -> None:
        path = self.ui.dialogs.open_file(self.tr("Open an image"), self.tr("Images (%1)").replace("%1", IMAGE_FILTERS))
        if not path:
            self.field.keep_focus()
            return
        self.ui.render(partial(image_codes, path), self._codes_read)

    def _codes_read(self, codes: list[str]) -> None:
        """Decoded on the rendering pool; resolved on the database worker."""
        self.ui.run(partial(lookup_codes, codes), self._image_read)

    def _image_read(self, cards: list[ScanCard]) -> None:
        if not cards:
            self.card.show_card(None)
            self.card.heading.setText(self.tr("No code was found in this image."))
            self.card.flash(False)
            QApplication.beep()
            self.field.keep_focus()
            return
        for card in cards:
            self._remember(card.result.payload, card)
        self.show_card(cards[0])

    def add_to_audit(self, audit_id: int, tag: str) -> None:
        self.ui.run(lambda: audits.record_scan(self.ui.services, audit_id, tag), self._added)

    def _added(self, changes: Changes) -> None:
        outcome = changes.result
        assert isinstance(outcome, audits.ScanOutcome)
        self.card.message.setText(outcome.message)
        self.card.flash(outcome.result != "unknown")
        self.field.keep_focus()

    def _open_asset(self, tag: str) -> None:
        self.ui.events.open_asset_requested.emit(tag)
        self.ui.events.show_page_requested.emit("assets", {"text": tag})

    def _custody(self, which: str, tag: str) -> None:
        from ui.dialogs.checkin_dialog import CheckinDialog
        from ui.dialogs.checkout_dialog import CheckoutDialog
        from ui.dialogs.incident_dialog import ReportIncidentDialog

        if which == "checkout":
            self.dialog = CheckoutDialog(self.ui, [tag], self)
        elif which == "checkin":
            self.dialog = CheckinDialog(self.ui, tag, self)
        else:
            self.dialog = ReportIncidentDialog(self.ui, tag, "lost", self)
        self.dialog.finished.connect(lambda _code: self.field.keep_focus())
        self.dialog.open()

    def mark_found(self, tag: str) -> None:
        """The device on the card turned up: close its incident as recovered (the "Found" dialog)."""
        from ui.dialogs.found_dialog import FoundDialog

        shown = self.card.card
        if shown is None or shown.incident is None:
            return
        self.dialog = FoundDialog(self.ui, tag, shown.incident, None, self)
        self.dialog.finished.connect(lambda _code: self.field.keep_focus())
        self.dialog.open()

    def register(self, prefill: dict[str, str]) -> None:
        self.ui.run(queries.location_places, lambda places: self._register_form(places, prefill))

    def _register_form(self, locations: list[Place], prefill: dict[str, str]) -> None:
        from ui.dialogs.asset_form import AssetForm

        self.dialog = AssetForm(self.ui, None, locations, self)
        for name, value in prefill.items():
            self.dialog.inputs[name].set_value(value)
        self.dialog.finished.connect(lambda _code: self._registered())
        self.dialog.open()

    def _registered(self) -> None:
        tag = getattr(self.dialog, "saved_tag", None)
        if tag:
            self.scan(tag)
        self.field.keep_focus()

    def refresh(self, changes: Changes) -> None:
        """A device on the card changed (checked out, reported lost...): show its new state without a cue."""
        shown = self.card.card
        if shown is not None and shown.detail is not None:
            code = shown.detail.tag
            self.ui.run(lambda: lookup(code), lambda card: self.show_card(card, cue=False))

    def save_state(self) -> None:
        self.camera.stop()

"""`AssetCard`: what the scan station shows after a scan, and the actions allowed from there.

For a device: tag, model, serial/IMEI, a coloured status chip, holder, location and encryption state, with
the buttons its status allows. For a certificate: its verdict (valid, revoked, altered, unknown) with its
number and date. For nothing: the reason, and "Register a new device" when the code looks like a serial
or an IMEI. `flash(ok)` draws the border green or red for a moment. The buttons only emit signals.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from klara_assets.domain.lifecycle import Action
from klara_assets.domain.scan_payload import ScanKind
from ui.scan_lookup import ScanCard
from ui.theme import STATUS_COLOURS
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.display import format_date, status_name

VERDICT_COLOURS = {"VALID": "#2f855a", "REVOKED": "#c53030", "ALTERED": "#9b2c2c", "UNKNOWN": "#4a5568"}
FLASH = {True: "#2f855a", False: "#c53030", None: "#9aa5b1"}


class AssetCard(QFrame):
    check_out_requested = Signal(str)
    check_in_requested = Signal(str)
    report_lost_requested = Signal(str)
    found_requested = Signal(str)  # a lost or stolen device turned up
    add_to_audit_requested = Signal(int, str)  # audit number, tag
    open_requested = Signal(str)
    register_requested = Signal(dict)  # prefill: serial or imei

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("asset_card")
        self.card: ScanCard | None = None
        self.heading = QLabel(self.tr("Scan a label, or type a tag and press Enter."))
        self.heading.setObjectName("card_heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.chip = QLabel()
        self.chip.setObjectName("status_chip")
        self.message = QLabel()
        self.message.setObjectName("card_message")
        self.message.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._timer = QTimer(self, singleShot=True, interval=700)
        self._timer.timeout.connect(lambda: self._border(None))
        self._layout()
        self._border(None)
        self.show_card(None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        labels = {
            "device": self.tr("Device"),
            "serial": self.tr("Serial / IMEI"),
            "holder": self.tr("Holder"),
            "location": self.tr("Location"),
            "encryption": self.tr("Encryption"),
        }
        for row, (key, text) in enumerate(labels.items()):
            name, value = QLabel(text), QLabel()
            name.setObjectName(f"label_{key}")
            value.setObjectName(f"card_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.fields[key] = value
            self.names[key] = name
        grid.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        for key, text in self._button_texts().items():
            button = QPushButton(text)
            button.setObjectName(f"card_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the scan field
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(actions)
        self._connect()

    def _button_texts(self) -> dict[str, str]:
        return {
            "check_out": self.tr("Check &out to…"),
            "check_in": self.tr("Check &in…"),
            "report_lost": self.tr("Report &lost…"),
            "found": self.tr("&Found…"),
            "add_to_audit": self.tr("Add to the &audit"),
            "open": self.tr("Open in &Assets"),
            "register": self.tr("&Register a new device…"),
        }

    def _connect(self) -> None:
        tag = self._tag
        self.buttons["check_out"].clicked.connect(lambda: self.check_out_requested.emit(tag()))
        self.buttons["check_in"].clicked.connect(lambda: self.check_in_requested.emit(tag()))
        self.buttons["report_lost"].clicked.connect(lambda: self.report_lost_requested.emit(tag()))
        self.buttons["found"].clicked.connect(lambda: self.found_requested.emit(tag()))
        self.buttons["open"].clicked.connect(lambda: self.open_requested.emit(tag()))
        self.buttons["add_to_audit"].clicked.connect(self._add_to_first_audit)
        self.buttons["register"].clicked.connect(
            lambda: self.register_requested.emit(dict(self.card.result.register_hint) if self.card else {})
        )

    def _tag(self) -> str:
        return self.card.detail.tag if self.card and self.card.detail else ""

    def _add_to_first_audit(self) -> None:
        if self.card and self.card.open_audits:
            self.add_to_audit_requested.emit(self.card.open_audits[0].id, self._tag())

    def show_card(self, card: ScanCard | None) -> None:
        self.card = card
        for value in self.fields.values():
            value.setText("")
        for button in self.buttons.values():
            button.hide()
        self._set_chip("", None)
        self.message.setText("")
        self._show_rows(set())
        if card is None:
            return
        if card.result.kind is ScanKind.CERTIFICATE:
            self._show_certificate(card)
        elif card.detail is not None:
            self._show_asset(card)
        else:
            self.heading.setText(self.tr("No asset matches this code"))
            self.message.setText(card.result.payload)
            self.buttons["register"].setVisible(bool(card.result.register_hint))

    def _show_asset(self, card: ScanCard) -> None:
        detail = card.detail
        assert detail is not None
        self.heading.setText(detail.tag)
        self._show_rows(set(self.fields))
        self._set_chip(status_name(detail.status), STATUS_COLOURS.get(detail.status, "#4a5568"))
        self.fields["device"].setText(f"{detail.manufacturer} {detail.model}".strip())
        self.fields["serial"].setText(" · ".join(v for v in (detail.serial, detail.imei, detail.imei2) if v) or "—")
        self.fields["holder"].setText(detail.holder_name or self.tr("Nobody"))
        self.fields["location"].setText(detail.location or "—")
        self.fields["encryption"].setText(encryption_name(detail.encryption_state))
        self.buttons["check_out"].setVisible(card.can(Action.CHECK_OUT))
        self.buttons["check_in"].setVisible(card.can(Action.CHECK_IN))
        self.buttons["report_lost"].setVisible(card.can(Action.REPORT_LOST))
        if card.incident is not None:  # lost or stolen: say so, and offer "Found"
            from ui.dialogs.found_dialog import incident_line

            self.message.setText(incident_line(card.incident))
            self.buttons["found"].setVisible(card.can(Action.RECOVER))
        self.buttons["open"].show()
        self._audit_button(card)

    def _audit_button(self, card: ScanCard) -> None:
        button = self.buttons["add_to_audit"]
        button.setVisible(bool(card.open_audits))
        if len(card.open_audits) > 1:  # one audit per location may be running: choose
            menu = QMenu(button)
            for audit in card.open_audits:
                text = self.tr("Audit no. %1 — %2").replace("%1", str(audit.id)).replace("%2", audit.location)
                menu.addAction(text, partial(self.add_to_audit_requested.emit, audit.id, self._tag()))
            button.setMenu(menu)
        else:
            button.setMenu(None)  # type: ignore[arg-type]
            if card.open_audits:
                button.setToolTip(
                    self.tr("Audit no. %1 — %2")
                    .replace("%1", str(card.open_audits[0].id))
                    .replace("%2", card.open_audits[0].location)
                )

    def _show_certificate(self, card: ScanCard) -> None:
        result = card.result
        verdicts = {
            "VALID": self.tr("Valid"),
            "REVOKED": self.tr("Revoked"),
            "ALTERED": self.tr("Altered"),
            "UNKNOWN": self.tr("Unknown"),
        }
        verdict = result.status or "UNKNOWN"
        self.heading.setText(self.tr("Certificate %1").replace("%1", result.match or ""))
        self._set_chip(verdicts.get(verdict, verdict), VERDICT_COLOURS.get(verdict, "#4a5568"))
        self.message.setText(self._verdict_sentence(verdict, result.issued_at))
        self.fields["device"].setText(result.tag or "")
        self._show_rows({"device"} if result.tag else set())

    def _verdict_sentence(self, verdict: str, issued_at: datetime | None) -> str:
        sentences = {
            "VALID": self.tr("Genuine and in force, issued on %1."),
            "REVOKED": self.tr("Revoked: this certificate, issued on %1, is no longer in force."),
            "ALTERED": self.tr("The code does not match the issued certificate: altered or forged."),
            "UNKNOWN": self.tr("This certificate is not in this register."),
        }
        return sentences.get(verdict, sentences["UNKNOWN"]).replace("%1", format_date(issued_at))

    def _show_rows(self, keys: set[str]) -> None:
        for key, value in self.fields.items():
            value.setVisible(key in keys)
            self.names[key].setVisible(key in keys)

    def _set_chip(self, text: str, colour: str | None) -> None:
        self.chip.setText(text)
        self.chip.setVisible(bool(text))
        if colour:
            self.chip.setStyleSheet(
                f"background: {colour}; color: white; border-radius: 10px; padding: 3px 12px; font-weight: bold;"
            )

    def flash(self, ok: bool) -> None:
        """A green (found) or red (not found) border for a moment."""
        self._border(ok)
        self._timer.start()

    def _border(self, ok: bool | None) -> None:
        width = 1 if ok is None else 4
        self.setProperty("flash", "" if ok is None else ("ok" if ok else "fail"))
        self.setStyleSheet(f"QFrame#asset_card {{ border: {width}px solid {FLASH[ok]}; border-radius: 8px; }}")

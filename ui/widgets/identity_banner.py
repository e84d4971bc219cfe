"""A reminder above the dashboard while the organisation's identity is incomplete (issue 14 §3).

Receipts, certificates and reports carry the legal name, SIRET, address, security officer and DPO; the
first start lets them wait. The banner names what is missing and opens Settings; it hides itself once the
identity is complete (it re-reads the settings whenever they change).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from klara_assets.services.settings import load_settings
from ui.context import UiContext
from ui.errors import QT_TRANSLATE_NOOP

FIELD_NAMES = {
    "legal_name": QT_TRANSLATE_NOOP("IdentityBanner", "legal name"),
    "siret": QT_TRANSLATE_NOOP("IdentityBanner", "SIRET"),
    "address": QT_TRANSLATE_NOOP("IdentityBanner", "address"),
    "security_officer_email": QT_TRANSLATE_NOOP("IdentityBanner", "security officer's e-mail"),
    "dpo_email": QT_TRANSLATE_NOOP("IdentityBanner", "DPO's e-mail"),
}


class IdentityBanner(QFrame):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("identity_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Complete in Settings"))
        self.button.clicked.connect(lambda: ui.events.show_page_requested.emit("settings", None))
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.missing: tuple[str, ...] = ()
        self.hide()
        ui.events.settings_changed.connect(self.refresh)

    def refresh(self) -> None:
        self.ui.run(lambda: load_settings().identity_missing(), self._show)

    def _show(self, missing: tuple[str, ...]) -> None:
        self.missing = missing
        names = ", ".join(self.tr(FIELD_NAMES[name]) for name in missing)
        text = self.tr("The organisation's identity is incomplete (%1): receipts, certificates and reports need it.")
        self.text.setText(text.replace("%1", names))
        self.setVisible(bool(missing))

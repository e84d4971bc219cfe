"""The settings page: the organisation's business settings (stored in the database, shared by every seat).

Loads on the worker, tracks unsaved edits against what was loaded, saves only what changed through
`update_settings` (Ctrl+S) and shows a refusal next to its field; Revert puts the stored values back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from klara_assets.documents.labels import load_layouts
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import KlaraError
from klara_assets.persistence.database import describe
from klara_assets.services import mail
from klara_assets.services.reports import shipped_factors
from klara_assets.services.settings import load_settings, update_settings
from ui import read_only
from ui.context import UiContext
from ui.errors import describe as error_text
from ui.errors import show_refusal
from ui.pages.base import Page
from ui.widgets.settings_form import SettingsForm

MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class Loaded:
    values: dict[str, Any]
    layouts: list[tuple[str, str]]
    logo: bytes
    factors: dict[str, dict[str, Any]]  # the published emission factors per category
    keyring: str = ""  # the system keyring's name, "" when this computer has none


def _load() -> Loaded:
    values = load_settings().to_json()
    layouts = [(ident, layout.name) for ident, layout in load_layouts().items()]
    factors = shipped_factors()["categories"]
    return Loaded(values, layouts, _read_logo(values["logo_path"]), factors, mail.keyring_name())


def _read_logo(path: str) -> bytes:
    """The logo's bytes for the preview; a missing or huge file just shows no preview."""
    try:
        file = Path(path)
        return file.read_bytes() if path and file.is_file() and file.stat().st_size <= MAX_LOGO_BYTES else b""
    except OSError:
        return b""


class SettingsPage(Page):
    page_id = "settings"
    refresh_on = frozenset({ChangeKind.SETTING})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.stored: dict[str, Any] = {}
        self.form = SettingsForm()
        self.form.database.setText(describe(ui.services.url))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Put back the saved values"))
        self.status = QLabel()
        self._layout()
        self.form.edited.connect(self._update_state)
        self.form.logo_requested.connect(self.choose_logo)
        self.form.mail.test_requested.connect(self.send_test_message)
        self.form.mail.keep_password_requested.connect(self.keep_password)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        save = QAction(self.save_button.text(), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        read_only.editing(self.ui, self.save_button, save)
        self._update_state()

    def title(self) -> str:
        return self.tr("Settings")

    def _layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.form)
        scroll.setWidget(inner)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

    def first_load(self) -> None:
        self.reload(first=True)

    def reload(self, first: bool = False, status: str = "") -> None:
        self.ui.run(_load, lambda loaded: self._show(loaded, first, status))

    def _show(self, loaded: Loaded, first: bool, status: str = "") -> None:
        self.form.set_layouts(loaded.layouts)
        self.form.data.set_shipped(loaded.factors)
        self.form.mail.set_keyring(loaded.keyring)
        self.form.set_values(loaded.values)
        self.form.blockSignals(True)
        self.form.set_logo(loaded.values["logo_path"], loaded.logo)
        self.form.blockSignals(False)
        self.stored = self.form.values()
        self._update_state()
        if status:
            self.status.setText(status)
        if first:
            self.loaded.emit()

    def changed_values(self) -> dict[str, Any]:
        current = self.form.values()
        return {name: value for name, value in current.items() if self.stored.get(name) != value}

    def _update_state(self) -> None:
        dirty = bool(self.stored) and bool(self.changed_values())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.status.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> None:
        changed = self.changed_values()
        if not changed:
            return
        self.form.errors.clear()
        self.save_button.setEnabled(False)
        self.ui.call(update_settings, **changed, on_done=self._saved, on_error=self._refused)

    def _saved(self, _changes: Changes) -> None:
        self.reload(status=self.tr("Saved."))

    def _refused(self, exc: BaseException) -> None:
        self._update_state()
        show_refusal(exc, fields=self.form.errors, otherwise=self.ui.show_error)

    def revert(self) -> None:
        self.reload()

    def refresh(self, changes: Changes) -> None:
        if not self.changed_values():  # what the user is typing is never overwritten
            self.reload()

    def choose_logo(self) -> None:
        path = self.ui.dialogs.open_file(self.tr("Choose the logo"), self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.ui.run(lambda: _read_logo(path), lambda image: self.form.set_logo(path, image))

    def send_test_message(self) -> None:
        """Send a test message with the values shown (saved or not) on the worker; say how it went."""
        values, password, lang = self.form.values(), self.form.mail.password.text(), self.ui.language
        now = self.ui.services.now()
        group = self.form.mail
        group.test_button.setEnabled(False)
        group.test_result.setText(self.tr("Sending…"))
        self.form.errors.clear()

        def sent(recipients: str) -> None:
            group.test_button.setEnabled(True)
            group.test_result.setText(self.tr("Test message sent to %1.").replace("%1", recipients))

        def refused(exc: BaseException) -> None:
            group.test_button.setEnabled(True)
            group.test_result.setText("")
            if not (isinstance(exc, KlaraError) and exc.field and self.form.errors.show(exc)):
                group.test_result.setText(error_text(exc) if isinstance(exc, KlaraError) else "")
                if not isinstance(exc, KlaraError):
                    self.ui.show_error(exc)

        self.ui.run(lambda: mail.send_test(mail.SmtpConfig.from_values(values), lang, now, password), sent, refused)

    def keep_password(self) -> None:
        """Hand the typed password to the system keyring (on the worker); the field is emptied after."""
        values, password = self.form.values(), self.form.mail.password.text()
        group = self.form.mail
        self.form.errors.clear()

        def kept(_result: object) -> None:
            group.password.clear()
            group.test_result.setText(self.tr("The password is kept in the system keyring."))

        def refused(exc: BaseException) -> None:
            if not (isinstance(exc, KlaraError) and self.form.errors.show(exc)):
                self.ui.show_error(exc)

        self.ui.run(lambda: mail.keep_password(mail.SmtpConfig.from_values(values), password), kept, refused)

    def focus_search(self) -> None:
        self.form.texts["organisation_name"].setFocus()

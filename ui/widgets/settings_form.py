"""The settings form: organisation, tag scheme, contacts, language, labels, encryption policy, end of life.

It only shows and reads values, keyed by the `Settings` field names; the settings page loads, compares and
saves them. `edited` fires on every change so the page can track unsaved edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.enums import Category
from klara_assets.domain.identifiers import TagScheme
from ui.widgets.data_settings import DataSettingsGroup
from ui.widgets.display import category_name
from ui.widgets.field_errors import FieldErrors
from ui.widgets.mail_settings import MailSettingsGroup

TEXT_FIELDS = (
    "organisation_name",
    "legal_name",
    "siret",
    "tag_prefix",
    "security_officer_name",
    "security_officer_email",
    "security_officer_phone",
    "dpo_name",
    "dpo_email",
    "if_found_text",
    "issuer_name",
)
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))
HINT_STYLE = "color: palette(placeholder-text);"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class SettingsForm(QWidget):
    edited = Signal()
    logo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.errors = FieldErrors()
        self.texts = {name: QLineEdit() for name in TEXT_FIELDS}
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.logo_path = ""
        self.logo_preview = QLabel()
        self.logo_name = QLabel()
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.tag_width = QSpinBox()
        self.tag_width.setRange(3, 10)
        self.tag_width.setMaximumWidth(120)
        self.tag_example = QLabel()
        self.tag_example.setObjectName("tag_example")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.label_layout = QComboBox()
        self.encrypted = {c.value: QCheckBox(category_name(c.value)) for c in Category}
        self.check_days = QSpinBox()
        self.check_days.setRange(1, 3650)
        self.check_days.setMaximumWidth(140)
        self.check_days.setSuffix(self.tr(" days"))
        self.eol = {c.value: QSpinBox() for c in Category}
        for box in self.eol.values():
            box.setRange(1, 30)
            box.setSuffix(self.tr(" years"))
        self.database = QLabel()
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setWordWrap(True)
        self.data = DataSettingsGroup()  # backups kept, emission factors
        self.mail = MailSettingsGroup(self.errors)  # the e-mail digest (issue 17)
        self._layout()
        self._connect()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        left = QVBoxLayout()
        for group in (self._organisation(), self._contacts(), self._language_group(), self._database_group()):
            left.addWidget(group)
        left.addWidget(self.mail)
        left.addStretch(1)
        right = QVBoxLayout()
        for group in (self._tags(), self._labels(), self._encryption(), self._end_of_life()):
            right.addWidget(group)
        right.addWidget(self.errors.wrap(self.data, "emission_factors", "backup_keep"))
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _row(self, form: QFormLayout, label: str, name: str) -> None:
        form.addRow(label, self.errors.wrap(self.texts[name], name))

    def _organisation(self) -> QGroupBox:
        group = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(group)
        self._row(form, self.tr("&Name"), "organisation_name")
        self._row(form, self.tr("&Legal name"), "legal_name")
        self.texts["siret"].setPlaceholderText(self.tr("14 digits"))
        self._row(form, self.tr("&SIRET"), "siret")
        form.addRow(self.tr("&Address"), self.errors.wrap(self.address, "address"))
        logo = QWidget()
        row = QHBoxLayout(logo)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_name, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear)
        form.addRow(self.tr("Logo"), self.errors.wrap(logo, "logo_path"))
        return group

    def _contacts(self) -> QGroupBox:
        group = QGroupBox(self.tr("Security officer and data protection officer"))
        form = QFormLayout(group)
        self._row(form, self.tr("Security officer"), "security_officer_name")
        self._row(form, self.tr("Their e-mail"), "security_officer_email")
        self._row(form, self.tr("Their phone"), "security_officer_phone")
        self._row(form, self.tr("Data protection officer"), "dpo_name")
        self._row(form, self.tr("DPO e-mail"), "dpo_email")
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        form = QFormLayout(group)
        form.addRow(self.tr("Language of the interface and documents"), self.errors.wrap(self.language, "language"))
        form.addRow(_hint(self.tr("The interface switches to the new language at the next start.")))
        return group

    def _database_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Database"))
        form = QFormLayout(group)
        form.addRow(self.tr("In use"), self.database)
        return group

    def _tags(self) -> QGroupBox:
        group = QGroupBox(self.tr("Asset tags"))
        form = QFormLayout(group)
        self.texts["tag_prefix"].setMaxLength(10)
        self._row(form, self.tr("&Prefix"), "tag_prefix")
        form.addRow(self.tr("&Digits"), self.errors.wrap(self.tag_width, "tag_width"))
        form.addRow(self.tr("Example"), self.tag_example)
        return group

    def _labels(self) -> QGroupBox:
        group = QGroupBox(self.tr("Labels"))
        form = QFormLayout(group)
        form.addRow(self.tr("Default sheet"), self.errors.wrap(self.label_layout, "label_layout"))
        self.texts["if_found_text"].setPlaceholderText(self.tr("If found, please call +33 1 23 45 67 89"))
        self._row(form, self.tr("“If found” line"), "if_found_text")
        return group

    def _encryption(self) -> QGroupBox:
        group = QGroupBox(self.tr("Encryption policy"))
        column = QVBoxLayout(group)
        column.addWidget(QLabel(self.tr("Must be encrypted before being handed out:")))
        boxes = QGridLayout()
        for index, box in enumerate(self.encrypted.values()):
            boxes.addWidget(box, index // 3, index % 3)
        column.addWidget(self.errors.wrap(_container(boxes), "encrypted_categories"))
        form = QFormLayout()
        form.addRow(self.tr("A check is stale after"), self.errors.wrap(self.check_days, "encryption_check_max_days"))
        column.addLayout(form)
        return group

    def _end_of_life(self) -> QGroupBox:
        group = QGroupBox(self.tr("End of life: expected lifetime"))
        grid = QGridLayout()
        for index, (category, box) in enumerate(self.eol.items()):
            grid.addWidget(QLabel(category_name(category)), index // 2, (index % 2) * 2)
            grid.addWidget(box, index // 2, (index % 2) * 2 + 1)
        column = QVBoxLayout(group)
        column.addWidget(self.errors.wrap(_container(grid), "eol_years"))
        column.addWidget(_hint(self.tr("Devices older than this are proposed for refurbishment or recycling.")))
        issuer = QFormLayout()
        issuer.addRow(self.tr("Certificates &issued by"), self.errors.wrap(self.texts["issuer_name"], "issuer_name"))
        self.texts["issuer_name"].setPlaceholderText(self.tr("Your name, when nobody signs in"))
        column.addLayout(issuer)
        return group

    def _connect(self) -> None:
        for edit in self.texts.values():
            edit.textChanged.connect(self.edited)
        self.address.textChanged.connect(self.edited)
        self.tag_width.valueChanged.connect(self.edited)
        self.texts["tag_prefix"].textChanged.connect(self._update_example)
        self.tag_width.valueChanged.connect(self._update_example)
        self.language.currentIndexChanged.connect(self.edited)
        self.label_layout.currentIndexChanged.connect(self.edited)
        self.check_days.valueChanged.connect(self.edited)
        for check in self.encrypted.values():
            check.toggled.connect(self.edited)
        for spin in self.eol.values():
            spin.valueChanged.connect(self.edited)
        self.data.edited.connect(self.edited)
        self.mail.edited.connect(self.edited)
        self.logo_button.clicked.connect(self.logo_requested)
        self.logo_clear.clicked.connect(lambda: self.set_logo("", b""))

    def _update_example(self) -> None:
        scheme = TagScheme(self.texts["tag_prefix"].text().strip().upper(), self.tag_width.value())
        self.tag_example.setText(
            self.tr("New devices are tagged %1, %2…")
            .replace("%1", scheme.format(123))
            .replace("%2", scheme.format(124))
        )

    def set_layouts(self, layouts: list[tuple[str, str]]) -> None:
        self.label_layout.blockSignals(True)
        self.label_layout.clear()
        for ident, name in layouts:
            self.label_layout.addItem(name, ident)
        self.label_layout.blockSignals(False)

    def set_logo(self, path: str, image: bytes) -> None:
        """Show the chosen logo (its bytes were read on the worker thread)."""
        self.logo_path = path
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(36, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()
        self.logo_name.setText(path.replace("\\", "/").rsplit("/", 1)[-1] if path else self.tr("No logo"))
        self.logo_clear.setEnabled(bool(path))
        self.edited.emit()

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill every field from stored settings (`Settings.to_json()`), without counting it as an edit."""
        self.blockSignals(True)
        for name, edit in self.texts.items():
            edit.setText(str(values.get(name, "")))
        self.address.setPlainText(str(values.get("address", "")))
        self.tag_width.setValue(int(values["tag_width"]))
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self.label_layout.setCurrentIndex(max(0, self.label_layout.findData(values["label_layout"])))
        for category, box in self.encrypted.items():
            box.setChecked(category in values["encrypted_categories"])
        self.check_days.setValue(int(values["encryption_check_max_days"]))
        for category, spin in self.eol.items():
            spin.setValue(int(values["eol_years"].get(category, 5)))
        self.data.set_values(values)
        self.mail.set_values(values)
        self.blockSignals(False)
        self._update_example()
        self.errors.clear()

    def values(self) -> dict[str, Any]:
        """What the form shows, in the shape `Settings.to_json()` gives (so the page can compare)."""
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.texts.items()}
        values.update(
            address=self.address.toPlainText().strip(),
            logo_path=self.logo_path,
            tag_width=self.tag_width.value(),
            language=self.language.currentData(),
            label_layout=self.label_layout.currentData() or "",
            encrypted_categories=[c for c, box in self.encrypted.items() if box.isChecked()],
            encryption_check_max_days=self.check_days.value(),
            eol_years={c: spin.value() for c, spin in self.eol.items()},
        )
        values.update(self.data.values())
        values.update(self.mail.values())
        return values


def _container(layout: QGridLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget

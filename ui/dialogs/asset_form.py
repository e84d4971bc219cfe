"""`AssetForm`: register a device or edit one, fields grouped as in SPEC §2.

Saving calls `inventory.register_asset` or `inventory.edit_asset(tag, expected_version, **changed)` on
the worker. A refusal is shown under the field it names (`exc.field`); a stale version offers "Reload",
which loads the current record and keeps the user's own edits on screen. Enter saves, Esc cancels.
"""

from __future__ import annotations

import itertools
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from klara_assets.domain.enums import (
    FINAL_STATUSES,
    AssetStatus,
    Category,
    Condition,
    EncryptionState,
    StorageKind,
    default_storage,
)
from klara_assets.domain.errors import KlaraError
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.persistence.queries import AssetDetail
from klara_assets.services import inventory
from ui.context import UiContext
from ui.dialogs.asset_fields import FieldInput, Value, changed_values, combo, line, values_of, with_unit
from ui.dialogs.form import FormDialog, Save
from ui.errors import describe
from ui.widgets.asset_vocabulary import condition_name, encryption_name, storage_name
from ui.widgets.date_field import DateField
from ui.widgets.display import category_name
from ui.widgets.field_errors import ERROR_STYLE

NUMBER = r"[0-9 ]*([.,][0-9]{0,3})?"


class AssetForm(FormDialog):
    def __init__(
        self, ui: UiContext, detail: AssetDetail | None, locations: list[Place], parent: QWidget | None = None
    ):
        title = self.tr("Edit %1").replace("%1", detail.tag) if detail else self.tr("New device")
        super().__init__(ui, title, parent=parent, width=840, accept=Save)
        self.detail = detail
        self.saved_tag: str | None = None
        self.original: dict[str, Value] = values_of(detail) if detail else {}
        self.inputs = self._make_inputs(locations)
        self.banner = QLabel()
        self.banner.setObjectName("form_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.save_button = self.ok
        self._layout()
        self.reload_button.setAutoDefault(False)
        self.save_button.setDefault(True)  # Enter saves (set once the button lives in the dialog)
        for name, value in self.original.items():
            self.inputs[name].set_value(value)
        if detail is None:  # a new laptop shows "Unknown" storage, never a guessed "No storage"
            self.inputs["category"].editor.currentIndexChanged.connect(self._default_storage)  # type: ignore[attr-defined]
            self._default_storage()
        self._lock_final()

    def _default_storage(self) -> None:
        category = self.inputs["category"].value()
        if category:
            self.inputs["storage_kind"].set_value(default_storage(str(category)).value)

    def _make_inputs(self, locations: list[Place]) -> dict[str, FieldInput]:
        places: list[tuple[str, str | Place | None]] = [(self.tr("No location"), None)]
        places += [(place.label, place) for place in locations]
        specs: list[tuple[str, str, QWidget, str]] = [
            ("tag", self.tr("Tag"), line(self.tr("Numbered automatically"), r"[A-Za-z0-9./_-]*", 40), ""),
            ("category", self.tr("Category"), combo([(category_name(c), c.value) for c in Category]), ""),
            ("manufacturer", self.tr("Manufacturer"), line(self.tr("e.g. Dell"), max_length=100), ""),
            ("model", self.tr("Model"), line(self.tr("e.g. Latitude 7440")), ""),
            ("serial", self.tr("Serial number"), line(max_length=100), ""),
            ("imei", self.tr("IMEI"), line(self.tr("15 digits"), r"[0-9]{0,15}", 15), ""),
            ("imei2", self.tr("Second IMEI"), line(self.tr("15 digits (dual SIM)"), r"[0-9]{0,15}", 15), ""),
            ("os", self.tr("Operating system"), line(self.tr("e.g. Windows 11 Pro"), max_length=100), ""),
            ("condition", self.tr("Condition"), combo([(condition_name(c), c.value) for c in Condition]), ""),
            ("weight_kg", self.tr("Weight"), line(self.tr("Category default"), NUMBER, 12), self.tr("kg")),
            ("purchased_on", self.tr("Purchased on"), DateField(self.ui.today), ""),
            ("price", self.tr("Price"), line(self.tr("e.g. 1 299,00"), NUMBER, 16), "€"),
            ("supplier", self.tr("Supplier"), line(), ""),
            ("order_no", self.tr("Order number"), line(max_length=100), ""),
            ("warranty_end", self.tr("Warranty ends"), DateField(self.ui.today), ""),
            ("storage_kind", self.tr("Storage"), combo([(storage_name(s), s.value) for s in StorageKind]), ""),
            ("storage_gb", self.tr("Capacity"), line("", r"[0-9]{0,6}", 6), self.tr("GB")),
            (
                "encryption_state",
                self.tr("Encryption"),
                combo([(encryption_name(e), e.value) for e in EncryptionState]),
                "",
            ),
            ("encryption_method", self.tr("Method"), line(self.tr("e.g. BitLocker, FileVault"), max_length=100), ""),
            ("encryption_checked_at", self.tr("Last checked"), DateField(self.ui.today), ""),
            (
                "recovery_key_escrow",
                self.tr("Recovery key kept in"),
                line(self.tr("Where the key is escrowed, never the key")),
                "",
            ),
            ("location", self.tr("Location"), combo(places), ""),
            ("notes", self.tr("Notes"), QPlainTextEdit(), ""),
        ]
        inputs: dict[str, FieldInput] = {}
        for name, label, editor, unit in specs:
            editor.setObjectName(f"field_{name}")
            widget = with_unit(editor, unit) if unit else editor
            inputs[name] = FieldInput(name, label, self.errors.wrap(widget, name), editor)
        inputs["tag"].editor.setEnabled(self.detail is None)
        inputs["notes"].editor.setFixedHeight(70)
        inputs["notes"].editor.setTabChangesFocus(True)  # type: ignore[attr-defined]
        return inputs

    def _group(self, title: str, names: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in names:
            form.addRow(self.inputs[name].label, self.inputs[name].widget)
        return box

    def _layout(self) -> None:
        identity = ["tag", "category", "manufacturer", "model", "serial", "imei", "imei2", "os", "condition"]
        grid = QGridLayout()
        grid.addWidget(self._group(self.tr("Identity"), [*identity, "weight_kg"]), 0, 0, 2, 1)
        purchase = ["purchased_on", "price", "supplier", "order_no", "warranty_end"]
        grid.addWidget(self._group(self.tr("Purchase"), purchase), 0, 1)
        storage = ["storage_kind", "storage_gb", "encryption_state", "encryption_method", "encryption_checked_at"]
        grid.addWidget(self._group(self.tr("Storage and encryption"), [*storage, "recovery_key_escrow"]), 1, 1)
        grid.addWidget(self._group(self.tr("Location and notes"), ["location", "notes"]), 2, 0, 1, 2)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_button)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.column.insertLayout(0, banner_row)
        self.column.insertLayout(self.column.indexOf(self.message), grid)
        order = [self.inputs[n].editor for n in (*identity, "weight_kg", *purchase, *storage)]
        order += [self.inputs[n].editor for n in ("recovery_key_escrow", "location", "notes")] + [self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first.focusProxy() or first, second.focusProxy() or second)

    def _lock_final(self) -> None:
        if self.detail is None or AssetStatus(self.detail.status) not in FINAL_STATUSES:
            return
        for name, field in self.inputs.items():
            field.editor.setEnabled(name == "notes")
        self.banner.setText(self.tr("This device has reached a final status: only its notes can change."))
        self.banner.setStyleSheet("")
        self.banner.show()

    # --- slots -----------------------------------------------------------------------------------
    def send(self) -> None:
        values = changed_values(self.inputs, self.original)
        if self.detail is None:
            self.request(inventory.register_asset, **values)
        elif not values:
            self.save_button.setEnabled(True)
            self.accept()
        else:
            self.request(inventory.edit_asset, self.detail.tag, self.detail.version, **values)

    def _done(self, result: Any) -> None:
        tags = getattr(result, "result", None)
        self.saved_tag = tags[0] if isinstance(tags, list) and tags else (self.detail.tag if self.detail else None)
        super()._done(result)

    def refuse(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, KlaraError):
            self.ui.show_error(exc)
            return
        if exc.code == "stale_version":
            self.banner.setText(self.tr("Someone else changed this device since you opened it. Reload it to see"
                                        " their changes; your own edits stay on screen."))  # fmt: skip
            self.banner.show()
            self.reload_button.show()
            return
        if not self.errors.show(exc):
            self.banner.setText(describe(exc))
            self.banner.show()

    def reload(self) -> None:
        self.reload_button.setEnabled(False)
        self.ui.run(partial(queries.asset_detail, self.detail.tag if self.detail else ""), self._reloaded)

    def _reloaded(self, detail: AssetDetail) -> None:
        fresh = values_of(detail)
        for name, field in self.inputs.items():
            if field.value() == self.original.get(name):  # untouched by the user: show the current value
                field.set_value(fresh[name])
        self.detail, self.original = detail, fresh
        self.banner.setText(self.tr("Reloaded. The fields you changed keep your values: check them, then save."))
        self.reload_button.hide()
        self.reload_button.setEnabled(True)

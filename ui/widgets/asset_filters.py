"""`AssetFilterBar`: the search field and the filter combos of the assets page, read as one `AssetQuery`.

It holds no data of its own beyond the choices the page loaded on the worker (locations, holders).
`text_edited` fires on each keystroke (the page debounces it); `filters_changed` on a combo change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from klara_assets.domain.enums import AssetStatus, Category, EncryptionState
from klara_assets.domain.places import Place
from klara_assets.persistence.asset_search import AssetQuery
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.display import category_name, status_name

AUDIT_MONTHS = (6, 12, 24)


def _combo(name: str, any_text: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(any_text, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class AssetFilterBar(QWidget):
    text_edited = Signal(str)
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("asset_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search tag, serial, IMEI, model or holder (Ctrl+F)"))
        self.search.setMinimumWidth(320)
        self.status = _combo("filter_status", self.tr("All statuses"), [(status_name(s), s.value) for s in AssetStatus])
        self.category = _combo(
            "filter_category", self.tr("All categories"), [(category_name(c), c.value) for c in Category]
        )
        self.location = _combo("filter_location", self.tr("All locations"), [])
        self.holder = _combo("filter_holder", self.tr("Any holder"), [])
        self.holder.setEditable(True)
        self.holder.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.holder.model(), self.holder)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.holder.setCompleter(completer)
        self.holder.setMinimumContentsLength(16)
        self.holder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.encryption = _combo(
            "filter_encryption",
            self.tr("Any encryption"),
            [(encryption_name(e), e.value) for e in EncryptionState],
        )
        audits = [(self.tr("Not audited for %n month(s)", "", n), n) for n in AUDIT_MONTHS]
        self.audit = _combo("filter_audit", self.tr("Any audit date"), audits)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for combo in self.combos():  # the page places the search field itself, beside its buttons
            row.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        row.addStretch(1)
        self.search.textChanged.connect(self.text_edited)

    def combos(self) -> list[QComboBox]:
        return [self.status, self.category, self.location, self.holder, self.encryption, self.audit]

    def set_choices(self, locations: list[Place], holders: list[tuple[str, str]]) -> None:
        """Fill the location (each site, then its rooms) and holder combos, keeping what is chosen."""
        places = sorted({Place(place.site) for place in locations} | set(locations))
        self._refill(self.location, [(f"    {p.label}" if p.room else p.label, p) for p in places])
        self._refill(self.holder, [(name, email) for email, name in holders])

    def _refill(self, combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        index = _find(combo, chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def query(self, sort: str = "tag", descending: bool = False) -> AssetQuery:
        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        return AssetQuery(
            text=self.search.text().strip(),
            statuses=chosen(self.status),
            categories=chosen(self.category),
            location=self.location.currentData(),
            holder=self.holder.currentData(),
            encryption=chosen(self.encryption),
            not_audited_months=self.audit.currentData(),
            sort=sort,
            descending=descending,
        )

    def apply(self, criteria: dict[str, Any]) -> None:
        """Set the filters from `criteria` (status, category, location, holder, encryption, text, not_audited_months);
        the others go back to "any"; a location is a `Place`. Emits nothing: the caller runs the query once."""
        combos = {
            "status": self.status,
            "category": self.category,
            "location": self.location,
            "holder": self.holder,
            "encryption": self.encryption,
            "not_audited_months": self.audit,
        }
        for key, combo in combos.items():
            combo.blockSignals(True)
            value = criteria.get(key)
            index = _find(combo, value) if value is not None else 0
            if index < 0 and isinstance(value, Place):  # a place not loaded yet: keep it selectable
                combo.addItem(value.label, value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(str(criteria.get("text", "")))
        self.search.blockSignals(False)


def _find(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals `value` (`findData` compares Python values by identity)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)

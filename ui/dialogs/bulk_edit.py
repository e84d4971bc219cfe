"""`BulkEditDialog`: give the selected devices one location and/or one category, all or none.

The selection is a list of ids (rows of a 100k table may never have been fetched); the worker turns
them into tags and calls `bulk_edit.edit_assets_bulk` in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from klara_assets.domain.enums import Category
from klara_assets.domain.errors import KlaraError
from klara_assets.persistence.asset_search import tags_for
from klara_assets.services.bulk_edit import edit_assets_bulk
from ui.context import UiContext
from ui.errors import describe
from ui.state import remember
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.display import category_name
from ui.widgets.field_errors import ERROR_STYLE


class BulkEditDialog(DiscardGuard, QDialog):
    def __init__(self, ui: UiContext, ids: list[int], locations: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.ids = list(ids)
        self.setWindowTitle(self.tr("Bulk edit"))
        intro = QLabel(self.tr("Change %n selected device(s). Fields left unchanged keep their values.", "", len(ids)))
        intro.setWordWrap(True)
        self.location = QComboBox()
        self.location.setObjectName("bulk_location")
        self.location.addItem(self.tr("(unchanged)"), "")
        for name in locations:
            self.location.addItem(name, name)
        self.category = QComboBox()
        self.category.setObjectName("bulk_category")
        self.category.addItem(self.tr("(unchanged)"), "")
        for value in Category:
            self.category.addItem(category_name(value), value.value)
        self.message = QLabel()
        self.message.setObjectName("bulk_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Category"), self.category)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.apply_button.setDefault(True)  # Enter applies (set once the button lives in the dialog)

    def apply(self) -> None:
        ids = self.ids
        values = {"location": self.location.currentData(), "category": self.category.currentData()}
        self.apply_button.setEnabled(False)
        self.ui.run(lambda: edit_assets_bulk(self.ui.services, tags_for(ids), **values), self._done, self._refused)

    def _done(self, _changes: Any) -> None:
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        if not isinstance(exc, KlaraError):
            raise exc
        self.message.setText(describe(exc))
        self.message.show()

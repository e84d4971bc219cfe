"""`BulkEditDialog`: give the selected devices one location and/or one category, all or none.

The selection is a list of ids (rows of a 100k table may never have been fetched); the worker turns
them into tags and calls `bulk_edit.edit_assets_bulk` in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from klara_assets.domain.enums import Category
from klara_assets.domain.places import Place
from klara_assets.persistence.asset_search import tags_for
from klara_assets.services.bulk_edit import edit_assets_bulk
from klara_assets.services.context import ServiceContext
from ui.context import UiContext
from ui.dialogs.form import Apply, FormDialog
from ui.widgets.display import category_name
from ui.widgets.place_choice import chosen_place, fill_places


class BulkEditDialog(FormDialog):
    def __init__(self, ui: UiContext, ids: list[int], locations: list[Place], parent: QWidget | None = None):
        super().__init__(ui, self.tr("Bulk edit"), parent=parent, width=420, accept=Apply)
        self.ids = list(ids)
        intro = QLabel(self.tr("Change %n selected device(s). Fields left unchanged keep their values.", "", len(ids)))
        intro.setWordWrap(True)
        self.location = QComboBox()
        self.location.setObjectName("bulk_location")
        fill_places(self.location, locations, self.tr("(unchanged)"))
        self.category = QComboBox()
        self.category.setObjectName("bulk_category")
        self.category.addItem(self.tr("(unchanged)"), "")
        for value in Category:
            self.category.addItem(category_name(value), value.value)
        self.message.setObjectName("bulk_message")
        self.apply_button = self.ok
        self.form.addRow(self.tr("Location"), self.location)
        self.form.addRow(self.tr("Category"), self.category)
        self.add_above(intro)
        self.apply_button.setDefault(True)  # Enter applies (set once the button lives in the dialog)

    def send(self) -> None:
        values = {"location": chosen_place(self.location), "category": self.category.currentData()}
        self.request(_edit, self.ids, **values)


def _edit(ctx: ServiceContext, ids: list[int], **values: Any) -> Any:
    """On the worker: the selection's ids become tags there (a 100k selection is never fetched on screen)."""
    return edit_assets_bulk(ctx, tags_for(ids), **values)

"""The labels area's action on the assets page: "Print labels…" for any selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from klara_assets.persistence.asset_search import tags_for
from ui.actions.base import AssetAction
from ui.context import UiContext
from ui.dialogs.labels_dialog import LabelsDialog


def _label() -> str:
    return QCoreApplication.translate("label_actions", "Print labels…")


def print_labels(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    """Resolve the tags on the worker, then open the dialog (non-blocking)."""

    def show(tags: list[str]) -> None:
        dialog = LabelsDialog(ui, tags, parent)
        dialog.setObjectName("labels_dialog")
        dialog.open()

    ui.run(lambda: tags_for(ids), show)


def actions() -> list[AssetAction]:
    return [AssetAction("print_labels", _label, print_labels, shortcut="Ctrl+L", writes=False)]

"""Area actions on the assets page: shown in the Actions menu, enabled by the selection's statuses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from klara_assets.domain.lifecycle import Action
from klara_assets.persistence.models import Asset
from klara_assets.services import inventory
from ui.actions.base import AssetAction
from ui.context import UiContext
from ui.pages.assets_page import AssetsPage


def test_actions_follow_the_selection_and_receive_the_ids(qtbot: Any, ui: UiContext) -> None:
    for model in ("A", "B"):
        inventory.register_asset(ui.services, category="monitor", manufacturer="Dell", model=model)
    Asset.update(status="lost").where(Asset.tag == "KLA-000002").execute()
    calls: list[list[int]] = []

    def record(_ui: UiContext, ids: list[int], _parent: QWidget) -> None:
        calls.append(ids)

    stock_only = AssetAction("check", lambda: "Stock only", record, (Action.CHECK_OUT,))
    page = AssetsPage(ui, [stock_only])
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    menu_action = page.actions_menu.actions()[0]
    assert menu_action.text() == "Stock only" and not menu_action.isEnabled()

    def select(rows: list[int]) -> None:
        selection = page.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(page.model.index(row, 0), flags)

    qtbot.waitUntil(lambda: page.model.row_at(1) is not None)
    select([0])
    assert menu_action.isEnabled()
    menu_action.trigger()
    assert calls == [[page.model.ids[0]]]
    select([0, 1])  # the second device is lost: the action does not apply to it
    assert not menu_action.isEnabled()

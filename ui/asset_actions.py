"""Actions on the selected devices of the assets page, contributed by each area (custody, labels, end of life...).

An area declares its actions in its own module and adds one line to `all_actions()`; the assets page
shows them in its "Actions" menu and in the table's context menu, enabled by the selection's statuses.
Handlers receive the selected asset ids and open their own dialog (database work goes through `ui.run`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from ui.context import UiContext

Handler = Callable[[UiContext, list[int], QWidget], None]


@dataclass(frozen=True)
class AssetAction:
    key: str
    label: Callable[[], str]  # called at menu time, so the text is in the current language
    handler: Handler
    statuses: frozenset[str] = field(default_factory=frozenset)  # empty: any status
    shortcut: str = ""
    single: bool = False  # needs exactly one selected device

    def enabled_for(self, count: int, statuses: set[str]) -> bool:
        """Enabled when the selection fits; statuses of rows not loaded yet are unknown (the service decides)."""
        if count == 0 or (self.single and count != 1):
            return False
        return not self.statuses or statuses <= self.statuses


def all_actions() -> list[AssetAction]:
    """Every area's actions, in menu order. Areas add one line each."""
    actions: list[AssetAction] = []
    from ui import label_actions

    actions += label_actions.actions()
    from ui import custody_actions

    actions += custody_actions.actions()
    from ui import eol_actions

    actions += eol_actions.actions()
    return actions

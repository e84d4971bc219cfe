"""Actions on the selected devices of the assets page, contributed by each area (custody, labels, end of life...).

An area declares its actions in its own module of `ui/actions/`; the composition root
(`main.asset_actions`) puts the areas' lists together, in menu order, and the assets page shows them in
its "Actions" menu and in the table's context menu. Each action names the lifecycle action (or record) it
leads to; the domain says which statuses allow it and, when not, why (`ui/action_reasons`).
Handlers receive the selected asset ids and open their own dialog (database work goes through `ui.run`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from klara_assets.domain.lifecycle import Action, Record
from ui import action_reasons
from ui.context import UiContext

Handler = Callable[[UiContext, list[int], QWidget], None]


@dataclass(frozen=True)
class AssetAction:
    key: str
    label: Callable[[], str]  # called at menu time, so the text is in the current language
    handler: Handler
    lifecycle: tuple[Action | Record, ...] = ()  # allowed when the status allows any of them; empty: any status
    shortcut: str = ""
    single: bool = False  # needs exactly one selected device
    writes: bool = True  # changes data: disabled on a read-only database (printing labels does not)

    def enabled_for(self, count: int, statuses: set[str]) -> bool:
        """Enabled when the selection fits; statuses of rows not loaded yet are unknown (the service decides)."""
        return not self.why_not(count, statuses)

    def why_not(self, count: int, statuses: set[str]) -> str:
        """'' when enabled, else the reason in the user's language (the disabled item's tooltip)."""
        return action_reasons.why_not(self.lifecycle, count, statuses, self.single)

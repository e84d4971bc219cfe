"""End-of-life actions on the assets page: Retire…, Unretire…, Record sanitization…, Route…, Add to
batch… (an open batch of the devices' kind). Tags are resolved on the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from klara_assets.domain.disposal import batch_kind_of
from klara_assets.domain.lifecycle import Action, Record
from klara_assets.persistence import asset_search
from ui.actions import eol_dialogs
from ui.actions.base import AssetAction
from ui.context import UiContext
from ui.dialogs.batch_dialogs import AddToBatchDialog
from ui.dialogs.eol_base import open_dialog
from ui.errors import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    return QCoreApplication.translate("eol_actions", text)


def _for_first(
    open_one: Callable[[UiContext, str, QWidget | None], object],
) -> Callable[[UiContext, list[int], QWidget], None]:
    def handler(ui: UiContext, ids: list[int], parent: QWidget) -> None:
        def opened(tags: list[str]) -> None:
            if tags:
                open_one(ui, tags[0], parent)

        ui.run(lambda: asset_search.tags_for(ids[:1]), opened)

    return handler


def open_add_to_batch(ui: UiContext, found: list[tuple[str, str]], parent: QWidget | None) -> QDialog | None:
    """Put devices (tag, status) into an open batch of their kind; all must be routed the same way."""
    kinds = {batch_kind_of(status) for _tag, status in found}
    kind = kinds.pop() if len(kinds) == 1 else None
    if kind is None:
        ui.dialogs.error(
            QCoreApplication.translate("eol_actions", "Add to batch"),
            QCoreApplication.translate(
                "eol_actions", "Select devices routed the same way: all to refurbish or all to recycle."
            ),
        )
        return None
    return open_dialog(AddToBatchDialog(ui, [tag for tag, _status in found], kind.value, parent))


def add_to_batch(ui: UiContext, ids: list[int], parent: QWidget) -> None:
    def rows() -> list[tuple[str, str]]:
        return [(row.tag, row.status) for row in asset_search.rows_for(ids)]

    def chosen(found: list[tuple[str, str]]) -> None:
        open_add_to_batch(ui, found, parent)

    ui.run(rows, chosen)


def actions() -> list[AssetAction]:
    first = _for_first
    return [
        AssetAction("eol.retire", lambda: tr(LABELS[0]), first(eol_dialogs.retire), (Action.RETIRE,), single=True),
        AssetAction(
            "eol.unretire", lambda: tr(LABELS[1]), first(eol_dialogs.unretire), (Action.UNRETIRE,), single=True
        ),
        AssetAction(
            "eol.sanitize", lambda: tr(LABELS[2]), first(eol_dialogs.sanitize), (Record.SANITIZATION,), single=True
        ),
        AssetAction(
            "eol.route",
            lambda: tr(LABELS[3]),
            first(eol_dialogs.route),
            (Action.ROUTE_TO_REFURBISHMENT, Action.ROUTE_TO_RECYCLING),
            single=True,
        ),
        # a batch's devices leave with its close: the statuses that closing a batch accepts
        AssetAction(
            "eol.batch", lambda: tr(LABELS[4]), add_to_batch, (Action.CLOSE_REFURBISHED, Action.CLOSE_RECYCLED)
        ),
    ]


LABELS = (
    QT_TRANSLATE_NOOP("eol_actions", "Retire…"),
    QT_TRANSLATE_NOOP("eol_actions", "Unretire…"),
    QT_TRANSLATE_NOOP("eol_actions", "Record sanitization…"),
    QT_TRANSLATE_NOOP("eol_actions", "Route…"),
    QT_TRANSLATE_NOOP("eol_actions", "Add to batch…"),
)

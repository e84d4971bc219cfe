"""`AppEvents`: the one QObject that re-emits what services changed, so each page refreshes what concerns it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from klara_assets.domain.changes import ChangeKind, Changes


class AppEvents(QObject):
    changed = Signal(object)  # Changes
    settings_changed = Signal()
    open_asset_requested = Signal(str)  # tag: show this asset on the assets page
    show_page_requested = Signal(str, object)  # page id, filter (dict) or None

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if changes.concerns(ChangeKind.SETTING):
            self.settings_changed.emit()

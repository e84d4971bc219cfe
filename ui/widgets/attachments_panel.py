"""The files attached to one device, sanitization record, batch or partner (issue 16): a list (name, type,
size, date, SHA-256), "Attach a file…" and "Open" (a copy written to a temporary folder and handed to the
system viewer through `ui.dialogs.open_in_viewer`, so tests record it instead of launching a program).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.attachments import AttachmentKind
from klara_assets.services import attachments
from klara_assets.services.attachments import AttachmentRow
from ui import read_only
from ui.context import UiContext
from ui.widgets.display import format_number


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{format_number(size / (1024 * 1024), 1)} MB"
    return f"{max(1, round(size / 1024))} kB"


class AttachmentsPanel(QWidget):
    loaded = Signal()

    def __init__(self, ui: UiContext, kind: AttachmentKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.kind = kind
        self.reference: str | None = None
        self.rows: list[AttachmentRow] = []
        self.title = QLabel(self.tr("Attached files"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added"), "SHA-256"])
        self.list.setColumnWidth(0, 180)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Attach a &file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.add_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_owner(None)
        read_only.editing(self.ui, self.add_button)

    def set_owner(self, reference: str | None) -> None:
        """Show the files of `reference` (a tag, a batch number, a sanitization id, a partner name)."""
        self.reference = reference
        if reference is None:
            self._show([])
            return
        kind, ref = self.kind, reference
        self.ui.run(lambda: attachments.attachments_of(kind, ref), self._show)

    def _show(self, rows: list[AttachmentRow]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [row.file_name, row.media_type, _size(row.size), f"{row.added_at:%Y-%m-%d}", row.sha256[:16] + "…"]
            )
            item.setToolTip(4, row.sha256)
            self.list.addTopLevelItem(item)
        count = len(rows)
        self.title.setText(self.tr("Attached files (%n)", "", count) if self.reference else self.tr("Attached files"))
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.reference is not None)
        self.open_button.setEnabled(self.selected() is not None)

    def selected(self) -> AttachmentRow | None:
        current = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def attach(self) -> None:
        if self.reference is None:
            return
        path = self.ui.dialogs.open_file(self.tr("Attach a file"), self.tr("All files (*)"))
        if not path:
            return
        ctx, kind, ref = self.ui.services, self.kind, self.reference

        def add() -> object:
            return attachments.add_attachment(ctx, kind, ref, Path(path).name, Path(path).read_bytes())

        self.ui.run(add, lambda _r: self.set_owner(ref))

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        attachment_id = row.id

        def export() -> str:
            found, content = attachments.attachment_content(attachment_id)
            folder = Path(tempfile.mkdtemp(prefix="klara-attachment-"))
            target = folder / found.file_name
            target.write_bytes(content)
            return str(target)

        def show(where: str) -> None:
            self.ui.dialogs.open_in_viewer(where)

        self.ui.run(export, show)

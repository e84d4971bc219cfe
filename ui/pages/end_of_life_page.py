"""End of life: the candidates (active devices past their lifetime or worn, with why) and the devices on
their way out (retired, to refurbish, to recycle, with their sanitization and batch). Actions on the
selected device: retire, unretire, record a sanitization, route, issue its sanitization certificate.

Filter criteria: {"status": "retired" | "to_refurbish" | "to_recycle"} selects the outgoing list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.attachments import AttachmentKind
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.lifecycle import Action, Record, allowed_actions
from klara_assets.persistence import eol_queries
from klara_assets.services import end_of_life
from ui import action_reasons, read_only
from ui.actions import eol_dialogs
from ui.actions.eol import open_add_to_batch
from ui.context import UiContext
from ui.models.eol_tables import CandidatesModel, OutgoingModel
from ui.models.rows_model import RowsTableModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.display import status_name
from ui.widgets.tables import make_table

CANDIDATES_SHOWN = 1000


def _allowing(*actions: Action) -> set[str]:
    """The statuses from which the lifecycle allows one of `actions`."""
    return {status.value for status in AssetStatus if any(a in allowed_actions(status) for a in actions)}


HELD = _allowing(Action.CHECK_IN)  # retiring a held device offers to check it in first
# key, shortcut, tables, the lifecycle actions or records it leads to (any of them; the domain says which
# statuses allow them), several devices at once
ACTIONS: tuple[tuple[str, str, set[str], tuple[Action | Record, ...], bool], ...] = (
    ("retire", "Ctrl+R", {"candidates"}, (Action.RETIRE, Action.CHECK_IN), True),
    ("unretire", "", {"outgoing"}, (Action.UNRETIRE,), False),
    ("sanitize", "Ctrl+E", {"candidates", "outgoing"}, (Record.SANITIZATION,), True),
    ("route", "Ctrl+T", {"outgoing"}, (Action.ROUTE_TO_REFURBISHMENT, Action.ROUTE_TO_RECYCLING), True),
    ("batch", "Ctrl+B", {"outgoing"}, (Action.CLOSE_RECYCLED, Action.CLOSE_REFURBISHED), True),
    ("certificate", "", {"candidates", "outgoing"}, (Record.SANITIZATION,), False),
    ("donate", "", {"outgoing"}, (Action.DONATE_TO_EMPLOYEE,), False),
)


class EndOfLifePage(Page):
    page_id = "end_of_life"
    refresh_on = frozenset({ChangeKind.ASSET, ChangeKind.SANITIZATION, ChangeKind.SETTING})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: Any = None
        self.shown: list[Any] = []  # certificate previews opened from here
        self.candidates_model = CandidatesModel(self)
        self.outgoing_model = OutgoingModel(self)
        self.candidates = make_table(self.candidates_model, (100, 135, 190, 150, 90, 170))
        self.outgoing = make_table(self.outgoing_model, (100, 135, 190, 150, 190))
        for table in (self.candidates, self.outgoing):  # several devices at once (Shift/Ctrl+click, Ctrl+A)
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.current: QTableView = self.candidates
        self.candidates_title = QLabel()
        self.outgoing_title = QLabel()
        self.status = QComboBox()
        self.status.addItem(self.tr("All on their way out"), "")
        for value in eol_queries.OUTGOING:
            self.status.addItem(status_name(value), value)
        labels = {
            "retire": self.tr("&Retire…"),
            "unretire": self.tr("&Unretire…"),
            "sanitize": self.tr("Record &sanitization…"),
            "route": self.tr("Rou&te…"),
            "batch": self.tr("Add to &batch…"),
            "certificate": self.tr("Sanitization &certificate…"),
            "donate": self.tr("&Give to an employee…"),
        }
        self.buttons = {key: QPushButton(text) for key, text in labels.items()}
        self._layout()
        self._connect()
        self._update_buttons()
        read_only.editing(self.ui, *self.buttons.values())

    def title(self) -> str:
        return self.tr("End of life")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for key, *_rest in ACTIONS:
            bar.addWidget(self.buttons[key])
        bar.addStretch(1)
        top, bottom = QWidget(), QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.candidates_title)
        upper.addWidget(self.candidates, 1)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.outgoing_title, 1)
        head.addWidget(self.status)
        lower.addLayout(head)
        lower.addWidget(self.outgoing, 1)
        self.attachments = AttachmentsPanel(self.ui, AttachmentKind.ASSET)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.addWidget(self.attachments)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        for table in (self.candidates, self.outgoing):
            table.selectionModel().selectionChanged.connect(lambda *_, t=table: self._focus(t))
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        slots = {"retire": self.retire, "unretire": self.unretire, "sanitize": self.sanitize, "route": self.route}
        slots["certificate"] = self.certificate
        slots["donate"] = self.donate
        slots["batch"] = self.add_to_batch
        for key, keys, *_rest in ACTIONS:
            self.buttons[key].clicked.connect(slots[key])
            if keys:
                action = QAction(self.buttons[key].text(), self)
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slots[key])
                self.addAction(action)

    def first_load(self) -> None:
        restore_layout(self.ui.state, ("end_of_life/splitter", self.splitter))
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        today = self.ui.services.now().date()
        status = self.status.currentData()
        statuses = [status] if status else list(eol_queries.OUTGOING)

        def load() -> tuple[list[Any], int, list[Any]]:
            rows = end_of_life.eol_candidates(today, limit=CANDIDATES_SHOWN)
            return rows, end_of_life.count_eol_candidates(today), eol_queries.outgoing_devices(statuses)

        self.ui.run(load, lambda result: self._show(result[0], result[1], result[2], first))

    def _show(self, candidates: list[Any], total: int, outgoing: list[Any], first: bool) -> None:
        for table, model, rows in (
            (self.candidates, self.candidates_model, candidates),
            (self.outgoing, self.outgoing_model, outgoing),
        ):
            tag = self._tag_of(table)
            model.set_rows(rows)
            row = next((i for i, r in enumerate(rows) if r.tag == tag), -1)
            if row >= 0:
                table.selectRow(row)
        if not candidates:
            self.candidates_title.setText(self.tr("No device is past its lifetime or worn out."))
        elif total > len(candidates):
            self.candidates_title.setText(
                self.tr("Candidates: %n device(s), the oldest %1 shown", "", total).replace("%1", str(len(candidates)))
            )
        else:
            self.candidates_title.setText(
                self.tr("Candidates: %n device(s) past their lifetime or worn out", "", total)
            )
        text = self.tr("On their way out: %n device(s)", "", len(outgoing))
        self.outgoing_title.setText(text if outgoing else self.tr("No retired or routed device."))
        self._update_buttons()
        if first:
            self.loaded.emit()

    def _tag_of(self, table: QTableView) -> str | None:
        rows = table.selectionModel().selectedRows()
        model = table.model()
        row = model.row_at(rows[0].row()) if rows and isinstance(model, RowsTableModel) else None
        return row.tag if row is not None else None

    def _focus(self, table: QTableView) -> None:
        if self._tag_of(table) is not None:
            self.current = table
            other = self.outgoing if table is self.candidates else self.candidates
            other.selectionModel().clearSelection()
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def selected_rows(self) -> list[Any]:
        """The selected rows of the current table, in table order."""
        model = self.current.model()
        if not isinstance(model, RowsTableModel):
            return []
        indexes = sorted(index.row() for index in self.current.selectionModel().selectedRows())
        return [row for i in indexes if (row := model.row_at(i)) is not None]

    def _tags(self, key: str) -> list[str]:
        """The selected devices `key` applies to (empty when its button is disabled)."""
        return [row.tag for row in self.selected_rows()] if self.buttons[key].isEnabled() else []

    def select_tag(self, tag: str) -> bool:
        for table, model in ((self.candidates, self.candidates_model), (self.outgoing, self.outgoing_model)):
            row = next((i for i, r in enumerate(model.rows) if r.tag == tag), -1)  # type: ignore[attr-defined]
            if row >= 0:
                table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        tag = row.tag if row is not None else None
        if self.attachments.reference != tag:
            self.attachments.set_owner(tag)
        where = "candidates" if self.current is self.candidates else "outgoing"
        rows = self.selected_rows()
        for key, _keys, tables, actions, several in ACTIONS:
            statuses = [r.status for r in rows]
            reason = action_reasons.why_not(actions, len(rows), statuses, single=not several)
            if not reason and where not in tables:
                reason = self.tr("Select the device in the list of devices on their way out.")
            self.buttons[key].setEnabled(not reason)
            self.buttons[key].setToolTip(reason)

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def _tag(self) -> str | None:
        row = self.selected()
        return row.tag if row is not None else None

    def retire(self) -> None:
        rows = self.selected_rows() if self.buttons["retire"].isEnabled() else []
        held = [row for row in rows if row.status in HELD]
        if held:
            self._check_in_first(held[0], [row.tag for row in rows])
        elif rows:
            self.dialog = eol_dialogs.retire(self.ui, [row.tag for row in rows], self)

    def _check_in_first(self, row: Any, tags: list[str]) -> None:
        """A held device cannot be retired: offer to check it in, then retire."""
        from ui.dialogs.checkin_dialog import CheckinDialog

        holder = getattr(row, "holder_name", None) or self.tr("someone")
        text = self.tr("%1 is held by %2: it must be checked in before it is retired. Check it in now?")
        text = text.replace("%1", row.tag).replace("%2", holder)
        if not self.ui.dialogs.confirm(self.tr("Retire"), text, self.tr("&Check in…")):
            return
        self.dialog = CheckinDialog(self.ui, row.tag, self)
        self.dialog.completed.connect(lambda _id: self._after_check_in(row.tag, tags))
        self.dialog.open()

    def _after_check_in(self, tag: str, tags: list[str]) -> None:
        self.dialog = None
        self._retire_when_in_stock(tags)

    def _retire_when_in_stock(self, tags: list[str]) -> None:
        """After the check-in: retire the chosen devices once their new status is read back."""
        from klara_assets.persistence import queries

        def statuses() -> list[str]:
            return [queries.asset_detail(tag).status for tag in tags]

        def go(found: list[str]) -> None:
            held = [tag for tag, status in zip(tags, found, strict=True) if status in HELD]
            if held:
                self.select_tags(tags)
                self.retire()
            else:
                self.dialog = eol_dialogs.retire(self.ui, tags, self)

        self.ui.run(statuses, go)

    def select_tags(self, tags: list[str]) -> None:
        for table, model in ((self.candidates, self.candidates_model), (self.outgoing, self.outgoing_model)):
            rows = [i for i, r in enumerate(model.rows) if r.tag in tags]  # type: ignore[attr-defined]
            if rows:
                selection = table.selectionModel()
                selection.clearSelection()
                flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                for i in rows:
                    selection.select(model.index(i, 0), flags)
                return

    def add_to_batch(self) -> None:
        if self._tags("batch"):
            rows = [(row.tag, row.status) for row in self.selected_rows()]
            self.dialog = open_add_to_batch(self.ui, rows, self)

    def unretire(self) -> None:
        if (tag := self._tag()) and self.buttons["unretire"].isEnabled():
            self.dialog = eol_dialogs.unretire(self.ui, tag, self)

    def sanitize(self) -> None:
        if tags := self._tags("sanitize"):
            self.dialog = eol_dialogs.sanitize(self.ui, tags, self)

    def route(self) -> None:
        if tags := self._tags("route"):
            self.dialog = eol_dialogs.route(self.ui, tags, self)

    def certificate(self) -> None:
        if tag := self._tag():
            eol_dialogs.sanitization_certificate(self.ui, tag, self, self.shown)

    def donate(self) -> None:
        if (tag := self._tag()) and self.buttons["donate"].isEnabled():
            self.dialog = eol_dialogs.donate(self.ui, tag, self)

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(criteria.get("status") or "")))

    def save_state(self) -> None:
        self.ui.state.setValue("end_of_life/splitter", self.splitter.saveState())

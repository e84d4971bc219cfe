"""End of life: the candidates (active devices past their lifetime or worn, with why) and the devices on
their way out (retired, to refurbish, to recycle, with their sanitization and batch). Actions on the
selected device: retire, unretire, record a sanitization, route, issue its sanitization certificate.

Filter criteria: {"status": "retired" | "to_refurbish" | "to_recycle"} selects the outgoing list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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
from klara_assets.domain.changes import Changes
from klara_assets.domain.lifecycle import Action, Record
from klara_assets.persistence import eol_queries
from klara_assets.services import end_of_life
from ui import action_reasons, eol_dialogs
from ui.context import UiContext
from ui.models.eol_tables import CandidatesModel, OutgoingModel
from ui.models.rows_model import RowsTableModel
from ui.pages.base import Page
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.display import status_name
from ui.widgets.tables import make_table

CANDIDATES_SHOWN = 1000
# button, shortcut, the lifecycle actions or records it leads to (the domain says which statuses allow them)
ACTIONS: tuple[tuple[str, str, tuple[Action | Record, ...]], ...] = (
    ("retire", "Ctrl+R", (Action.RETIRE,)),
    ("unretire", "", (Action.UNRETIRE,)),
    ("sanitize", "Ctrl+E", (Record.SANITIZATION,)),
    ("route", "Ctrl+T", (Action.ROUTE_TO_REFURBISHMENT, Action.ROUTE_TO_RECYCLING)),
    ("certificate", "", (Record.SANITIZATION,)),
    ("donate", "", (Action.DONATE_TO_EMPLOYEE,)),
)


class EndOfLifePage(Page):
    page_id = "end_of_life"

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.dialog: Any = None
        self.shown: list[Any] = []  # certificate previews opened from here
        self.candidates_model = CandidatesModel(self)
        self.outgoing_model = OutgoingModel(self)
        self.candidates = make_table(self.candidates_model, (100, 135, 190, 150, 90, 170))
        self.outgoing = make_table(self.outgoing_model, (100, 135, 190, 150, 190))
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
            "certificate": self.tr("Sanitization &certificate…"),
            "donate": self.tr("&Give to an employee…"),
        }
        self.buttons = {key: QPushButton(text) for key, text in labels.items()}
        self._layout()
        self._connect()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("End of life")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for key, _keys, _actions in ACTIONS:
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
        for key, keys, _actions in ACTIONS:
            self.buttons[key].clicked.connect(slots[key])
            if keys:
                action = QAction(self.buttons[key].text(), self)
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slots[key])
                self.addAction(action)
        self.ui.events.changed.connect(self._changed)

    def first_load(self) -> None:
        value = self.ui.state.value("end_of_life/splitter")
        if isinstance(value, QByteArray):
            self.splitter.restoreState(value)
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
        rows = self.current.selectionModel().selectedRows()
        model = self.current.model()
        return model.row_at(rows[0].row()) if rows and isinstance(model, RowsTableModel) else None

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
        for key, _keys, actions in ACTIONS:
            reason = action_reasons.why_not(actions, 0 if row is None else 1, [row.status] if row else [])
            self.buttons[key].setEnabled(not reason)
            self.buttons[key].setToolTip(reason)

    def _changed(self, changes: Changes) -> None:
        if self._activated and (
            changes.concerns("asset") or changes.concerns("sanitization") or changes.concerns("setting")
        ):
            self.reload()

    def _tag(self) -> str | None:
        row = self.selected()
        return row.tag if row is not None else None

    def retire(self) -> None:
        if (tag := self._tag()) and self.buttons["retire"].isEnabled():
            self.dialog = eol_dialogs.retire(self.ui, tag, self)

    def unretire(self) -> None:
        if (tag := self._tag()) and self.buttons["unretire"].isEnabled():
            self.dialog = eol_dialogs.unretire(self.ui, tag, self)

    def sanitize(self) -> None:
        if (tag := self._tag()) and self.buttons["sanitize"].isEnabled():
            self.dialog = eol_dialogs.sanitize(self.ui, tag, self)

    def route(self) -> None:
        if (tag := self._tag()) and self.buttons["route"].isEnabled():
            self.dialog = eol_dialogs.route(self.ui, tag, self)

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

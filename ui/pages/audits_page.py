"""Physical audits: start one for a location, scan what is there, move strays here, close, report.

Left: the past and running audits. Right: the chosen audit, its scan field (the scan station's wedge
field), its lines (found, unexpected, unknown, still expected / missing) and the actions: "Move here" for
an unexpected device, "Close the audit", "Open loss incidents" for missing devices (one transaction),
the report as PDF or CSV. Criteria for `apply_filter`: `{"audit": number}` shows that audit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.lifecycle import is_missing
from klara_assets.domain.places import Place
from klara_assets.persistence import audit_queries, queries
from klara_assets.persistence.audit_queries import AuditLine, AuditView
from klara_assets.services import audit_documents, audits
from ui import read_only
from ui.context import UiContext
from ui.models.audit_tables import AuditLinesModel, AuditsModel, result_name
from ui.pages.base import Page
from ui.scan_lookup import missing_incident
from ui.widgets.place_choice import chosen_place, fill_places
from ui.widgets.save_document import save_document
from ui.widgets.scan_field import ScanField
from ui.widgets.tables import make_table


def _missing(line: AuditLine) -> bool:
    """A line of a device the lifecycle calls lost or stolen."""
    return line.status is not None and is_missing(AssetStatus(line.status))


class AuditsPage(Page):
    page_id = "audits"
    refresh_on = frozenset({ChangeKind.AUDIT, ChangeKind.ASSET})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.view: AuditView | None = None
        self.list_model = AuditsModel(self)
        self.lines_model = AuditLinesModel(self)
        self.list = make_table(self.list_model, (34, 100, 80, 80))
        self.lines = make_table(self.lines_model, (150, 105, 160, 90, 160))
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.location = QComboBox()
        self.location.setObjectName("audit_location")
        self.start_button = QPushButton(self.tr("&Start an audit"))
        self.heading = QLabel(self.tr("Choose an audit in the list, or start one for a location."))
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.message = QLabel()
        self.message.setObjectName("audit_message")
        self.field = ScanField()
        self.field.setPlaceholderText(self.tr("Scan each device of this location, then Enter"))
        self.move_button = QPushButton(self.tr("&Move here"))
        self.found_button = QPushButton(self.tr("&Found…"))
        self.found_button.setObjectName("audit_found")
        self.found_button.setToolTip(self.tr("A lost or stolen device is here: close its incident as recovered"))
        self.found_tag: str | None = None  # the last device scanned that is reported lost or stolen
        self.dialog: Any = None
        self.close_button = QPushButton(self.tr("&Close the audit…"))
        self.losses_button = QPushButton(self.tr("Open &loss incidents…"))
        self.pdf_button = QPushButton(self.tr("Report (&PDF)…"))
        self.csv_button = QPushButton(self.tr("Report (CS&V)…"))
        self._layout()
        self._connect()
        self._update()
        read_only.editing(
            self.ui,
            self.start_button,
            self.move_button,
            self.found_button,
            self.close_button,
            self.losses_button,
            self.field,
        )

    def title(self) -> str:
        return self.tr("Audits")

    def _layout(self) -> None:
        start = QHBoxLayout()
        start.addWidget(self.location, 1)
        start.addWidget(self.start_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(start)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.found_button, self.move_button, self.close_button, self.losses_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.field, self.message, self.counts):
            detail.addWidget(widget)
        detail.addWidget(self.lines, 1)
        detail.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([440, 840])
        QVBoxLayout(self).addWidget(splitter)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.field.scanned.connect(self.scan)
        self.list.selectionModel().selectionChanged.connect(self._audit_chosen)
        self.lines.selectionModel().selectionChanged.connect(self._update)
        self.move_button.clicked.connect(self.move_here)
        self.found_button.clicked.connect(self.mark_found)
        self.close_button.clicked.connect(self.close_audit)
        self.losses_button.clicked.connect(self.open_losses)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))

    def first_load(self) -> None:
        def load() -> tuple[list[Place], list[audit_queries.AuditListRow]]:
            return queries.location_places(), audit_queries.audits()

        self.ui.run(load, self._first_loaded)

    def _first_loaded(self, answer: tuple[list[Place], list[Any]]) -> None:
        locations, rows = answer
        fill_places(self.location, locations)
        self.list_model.set_rows(rows)
        self.loaded.emit()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        if "audit" in criteria:
            self.show_audit(int(criteria["audit"]))

    def focus_search(self) -> None:
        self.field.keep_focus()

    def _reload_list(self) -> None:
        self.ui.run(audit_queries.audits, self.list_model.set_rows)

    def _audit_chosen(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        row = self.list_model.row_at(rows[0].row()) if rows else None
        if row is not None and (self.view is None or self.view.id != row.id):
            self.show_audit(row.id)

    def show_audit(self, number: int) -> None:
        self.ui.run(lambda: audit_queries.audit_view(number), self._shown)

    def _shown(self, view: AuditView) -> None:
        self.view = view
        self.lines_model.open_audit = view.is_open
        self.lines_model.set_rows(view.lines)
        state = self.tr("in progress") if view.is_open else self.tr("closed")
        text = self.tr("Audit no. %1 — %2 (%3)").replace("%1", str(view.id)).replace("%2", view.location)
        self.heading.setText(text.replace("%3", state))
        counts = view.counts()
        last = "expected" if view.is_open else "missing"
        pairs: tuple[tuple[str, str], ...] = (("found", "found"), ("unexpected", "unexpected"), ("unknown", "unknown"))
        pairs += ((last, "missing"),)
        pairs += (("held", "held"),) if counts["held"] else ()
        count = self.tr("%1: %2")  # "%1 : %2" in French
        parts = [count.replace("%1", result_name(name)).replace("%2", str(counts[key])) for name, key in pairs]
        self.counts.setText("   ·   ".join(parts))
        self._update()
        self.field.keep_focus()

    def selected_lines(self) -> list[AuditLine]:
        rows = self.lines.selectionModel().selectedRows()
        return [line for index in rows if (line := self.lines_model.row_at(index.row())) is not None]

    def _update(self) -> None:
        view, lines = self.view, self.selected_lines()
        running = view is not None and view.is_open
        self.field.setEnabled(running)
        if view is None:
            self.field.setToolTip(self.tr("Start an audit of a location first, or open one from the list."))
        elif not running:
            self.field.setToolTip(self.tr("This audit is closed: start a new audit to scan again."))
        else:
            self.field.setToolTip(self.tr("Scan each device's label, or type its tag and press Enter."))
        self.close_button.setToolTip("" if running else self.tr("Only an audit in progress can be closed."))
        single = lines[0] if len(lines) == 1 else None
        movable = single is not None and single.result == "unexpected" and not _missing(single)
        self.move_button.setEnabled(running and movable)
        self.found_button.setEnabled(running and self._found_target() is not None)
        self.close_button.setEnabled(running)
        closed = view is not None and not view.is_open
        self.losses_button.setEnabled(closed and bool(lines) and all(line.result == "missing" for line in lines))
        self.pdf_button.setEnabled(view is not None)
        self.csv_button.setEnabled(view is not None)

    def start(self) -> None:
        place = chosen_place(self.location)  # None while no location exists: the service says so
        self.ui.run(lambda: audits.open_audit(self.ui.services, place), lambda c: self.show_audit(c.result))

    def scan(self, code: str) -> None:
        if self.view is None:
            return
        number = self.view.id
        self.ui.run(lambda: audits.record_scan(self.ui.services, number, code), self._scanned)

    def _scanned(self, changes: Changes) -> None:
        outcome = changes.result
        assert isinstance(outcome, audits.ScanOutcome)
        self.found_tag = outcome.tag if outcome.missing else None
        if outcome.missing:
            text = self.tr("%1 is reported lost or stolen: if it is here, choose “Found…” to close its incident.")
            self.message.setText(text.replace("%1", outcome.tag or outcome.code))
        else:
            self.message.setText(self._scan_message(outcome))
        self._update()

    def _found_target(self) -> str | None:
        """The device "Found" applies to: the one selected if it is lost or stolen, else the last one scanned."""
        lines = self.selected_lines()
        if len(lines) == 1 and lines[0].tag and _missing(lines[0]):
            return lines[0].tag
        return self.found_tag if not lines else None

    def mark_found(self) -> None:
        tag = self._found_target()
        if self.view is None or tag is None:
            return
        number = self.view.id
        self.ui.run(lambda: missing_incident(queries.asset_detail(tag)), lambda row: self._ask_found(number, tag, row))

    def _ask_found(self, number: int, tag: str, incident: Any) -> None:
        from ui.dialogs.found_dialog import FoundDialog

        if incident is None:
            return
        self.dialog = FoundDialog(self.ui, tag, incident, number, self)
        self.dialog.completed.connect(lambda _result: self._found_done())
        self.dialog.finished.connect(lambda _code: self.field.keep_focus())
        self.dialog.open()

    def _found_done(self) -> None:
        self.found_tag = None
        self.message.setText(self.tr("Recovered: the incident is closed and the device counts as found."))

    def _scan_message(self, outcome: audits.ScanOutcome) -> str:
        """The scan's result in the user's language (the service's message is English)."""
        texts = {
            "found": self.tr("%1: found, expected here."),
            "unexpected": self.tr("%1: unexpected here (recorded elsewhere or out of the fleet)."),
            "unknown": self.tr("“%1”: no device matches this code."),
        }
        text = texts.get(outcome.result, "%1").replace("%1", outcome.code)
        return self.tr("%1 (already scanned)").replace("%1", text) if outcome.repeated else text

    def move_here(self) -> None:
        lines = self.selected_lines()
        if self.view is None or not lines or lines[0].tag is None:
            return
        number, tag = self.view.id, lines[0].tag
        self.ui.run(lambda: audits.move_here(self.ui.services, number, tag))

    def close_audit(self) -> None:
        if self.view is None:
            return
        missing = self.view.counts()["missing"]
        text = self.tr("Close audit no. %1?").replace("%1", str(self.view.id)) + "\n\n"
        if missing:
            text += self.tr("%n device(s) not scanned will be recorded as missing.", "", missing)
        else:
            text += self.tr("Every device expected here was found.")
        held = self.view.counts()["held"]
        if held:
            text += "\n" + self.tr("%n device(s) with their holder are not counted.", "", held)
        if self.ui.dialogs.confirm(self.tr("Close the audit"), text, self.tr("Close")):
            number = self.view.id
            self.ui.run(lambda: audits.close_audit(self.ui.services, number))

    def open_losses(self) -> None:
        tags = [line.tag for line in self.selected_lines() if line.tag]
        text = self.tr("Open a loss incident for %n missing device(s)?", "", len(tags))
        if tags and self.ui.dialogs.confirm(self.tr("Loss incidents"), text, self.tr("Open"), destructive=True):
            number = self.view.id if self.view is not None else 0
            self.ui.run(lambda: audits.report_losses(self.ui.services, number, tags))

    def export(self, kind: str) -> None:
        if self.view is None:
            return
        number, lang = self.view.id, self.ui.language
        if kind == "pdf":
            make = lambda: audit_documents.audit_report_pdf(number, lang)  # noqa: E731
        else:
            make = lambda: audit_documents.audit_report_csv(number)  # noqa: E731
        save_document(self.ui, self.tr("Save the audit report"), make, f"audit-{number}.{kind}")

    def refresh(self, changes: Changes) -> None:
        self._reload_list()
        if self.view is not None:
            self.show_audit(self.view.id)

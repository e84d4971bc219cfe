"""The import wizard: choose a CSV or XLSX file, see its first rows and how its columns are read, see
every problem BEFORE anything is written (a dry run on the worker), then import with progress and Cancel.

The file format (ours or Snipe-IT's) is detected; the user may force one. Every column of the file is
listed with what it is read into: the user can change that by hand (pick a field, or "ignore"), and the
choice is remembered (QSettings) for the next file with the same header. The encoding found and each
date column's order are shown; a switch forces day/month/year, month/day/year or year-month-day. A
cancelled import rolls back: nothing is written. `completed(report)` is emitted once an import is saved.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import KlaraError
from klara_assets.services import importer
from klara_assets.services.import_formats import dispatch, mdm, people
from klara_assets.services.inventory import Problem
from ui.context import UiContext
from ui.dialogs.import_vocabulary import FIELD_LABELS, KIND_NAMES, OTHER_LABELS
from ui.errors import describe
from ui.models.import_preview_table import FilePreviewModel, ProblemsModel
from ui.state import remember
from ui.tasks import Reporter, Task
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.display import format_date, format_datetime

IGNORE = ""


KINDS = {
    "people": "people",
    "snipeit_users": "people",
    "snipeit_locations": "locations",
    "intune": "mdm",
    "intune_encryption": "mdm",
    "jamf": "mdm",
}


def mapping_key(header: tuple[str, ...]) -> str:
    """Where a hand-made mapping is remembered: one key per header (same columns, same mapping)."""
    digest = hashlib.sha1("\x1f".join(h.strip().lower() for h in header).encode()).hexdigest()[:16]
    return f"import/mapping/{digest}"


STAGES = {"reading": (0, 500), "saving": (500, 450), "holders": (950, 50)}  # stage: (start, span) in ‰


def overall(stage: str, done: int, total: int) -> int:
    """One progress figure in per mille over the importer's three stages."""
    start, span = STAGES.get(stage, (0, 1000))
    return start + (span * done // total if total else span)


class ImportWizard(QDialog):
    completed = Signal(object)  # the ImportReport

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.path = ""
        self.task: Task | None = None
        self.checked_ok = False
        self.overrides: dict[str, str] = {}  # column -> field or IGNORE, made by hand
        self.header: tuple[str, ...] = ()
        self.kind = "devices"  # or people, locations, mdm: what the file holds, from its header
        self.setWindowTitle(self.tr("Import devices, people or encryption status"))
        self.resize(980, 640)
        self._build()

    def _build(self) -> None:
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.format = QComboBox()
        for label, value in (
            (self.tr("Detect"), "auto"),
            (QCoreApplication.translate("ImportWizard", KIND_NAMES["klara"]), "klara"),
            (self.tr("Snipe-IT export (assets, users, locations)"), "snipeit"),
            (self.tr("List of people (HR)"), "people"),
            (self.tr("Intune export"), "intune"),
            (self.tr("Jamf Pro export"), "jamf"),
        ):
            self.format.addItem(label, value)
        self.format.currentIndexChanged.connect(lambda _i: self.check() if self.path else None)
        self.dates = QComboBox()
        self.dates.setObjectName("dates")
        for label, value in (
            (self.tr("As detected from the values"), ""),
            (self.tr("Day/month/year (25/12/2024)"), "dmy"),
            (self.tr("Month/day/year (12/25/2024)"), "mdy"),
            (self.tr("Year-month-day (2024-12-25)"), "ymd"),
        ):
            self.dates.addItem(label, value)
        self.dates.currentIndexChanged.connect(lambda _i: self.check() if self.path else None)
        self.dates_found = QLabel("")
        self.dates_found.setObjectName("dates_found")
        self.dates_found.setWordWrap(True)
        self.columns = QTableWidget(0, 2)
        self.columns.setObjectName("import_columns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column of the file"), self.tr("Read as")])
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.detected = QLabel("")
        self.detected.setObjectName("detected")
        self.detected.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow("", self.detected)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.dates)
        dates_row.addWidget(self.dates_found, 1)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.dates)
        form.addRow(dates_label, dates_row)
        self.preview = FilePreviewModel(self)
        self.preview_view = _table(self.preview, "import_preview")
        self.problems = ProblemsModel(self)
        self.problems_view = _table(self.problems, "import_problems")
        self.problems_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verdict = QLabel(self.tr("Choose a CSV or Excel file of devices (Ctrl+O)."))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(_titled(self.tr("First rows of the file"), self.preview_view))
        top.addWidget(_titled(self.tr("Columns (choose what each one is read as)"), self.columns))
        top.setSizes([620, 340])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(_titled(self.tr("Problems (nothing is written while there is one)"), self.problems_view))
        self.details = QListWidget()
        self.details.setObjectName("import_details")
        self.details.hide()
        self.register = QCheckBox(self.tr("Also &register the devices of the file that are not in the inventory"))
        self.register.setObjectName("register_missing")
        self.register.hide()
        self.register.toggled.connect(lambda _on: self.check() if self.path and self.kind == "mdm" else None)
        split.addWidget(_titled(self.tr("What the import will do"), self.details))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.choose_button.setShortcut("Ctrl+O")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.register)
        layout.addWidget(self.verdict)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # --- choose and check --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.ui.dialogs.open_file(
            self.tr("Choose a file to import"), self.tr("CSV or Excel (*.csv *.txt *.xlsx);;All files (*)")
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.path = path
        self.file.setText(path)
        self.overrides = {}
        self.header = ()
        self.check()

    def _options(self) -> tuple[str, str, str | None, dict[str, str] | None]:
        dates = str(self.dates.currentData()) or None
        return self.path, str(self.format.currentData()), dates, dict(self.overrides) or None

    def check(self) -> None:
        """Preview the first rows, then a dry run of the whole import on the worker."""
        path, wanted, dates, overrides = self._options()
        self._reset()

        def work() -> importer.Preview:
            other = dispatch.preview_other(path, wanted)  # people, locations or MDM file
            if other is not None:
                return other
            default = importer.default_date_order().value  # the language setting, as the import itself uses
            return importer.preview_file(
                path, wanted, dates=dates, mapping=overrides, default_dates=default, strict=False
            )

        self.ui.run(work, self._previewed, self._refused)

    def _previewed(self, preview: importer.Preview) -> None:
        self.kind = KINDS.get(preview.file_format, "devices")
        self.register.setVisible(self.kind == "mdm")
        self.details.setVisible(self.kind != "devices")
        if self.kind != "devices":
            self._previewed_other(preview)
            return
        if preview.header != self.header:
            self.header = preview.header
            remembered = self.ui.state.value(mapping_key(preview.header))
            if remembered and not self.overrides:
                self.overrides = dict(json.loads(str(remembered)))
                self.check()
                return
        self.preview.set_preview(preview.header, preview.columns, preview.rows)
        self._fill_columns(preview)
        kind = "snipeit" if preview.file_format == "snipeit" else "klara"
        name = QCoreApplication.translate("ImportWizard", KIND_NAMES[kind])
        self.detected.setText(self._detected_text(preview, name))
        self.detected.setToolTip("\n".join(f"{c} → {f}" for c, f in preview.columns.items()))
        self.dates_found.setText(self._dates_text(preview))
        self.verdict.setText(self.tr("Checking every row…"))
        self._run(dry_run=True)

    def _previewed_other(self, preview: importer.Preview) -> None:
        """A people, locations or MDM file: its rows and columns shown, then a dry run of its own import."""
        self.header = preview.header
        self.preview.set_preview(preview.header, preview.columns, preview.rows)
        self.columns.setRowCount(len(preview.header))
        for row, column in enumerate(preview.header):
            item = QTableWidgetItem(column)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(row, 0, item)
            field = preview.columns.get(column)
            label = QCoreApplication.translate("ImportWizard", OTHER_LABELS.get(field, field)) if field else ""
            read = QTableWidgetItem(label or self.tr("(ignored)"))
            read.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(row, 1, read)
        name = QCoreApplication.translate("ImportWizard", KIND_NAMES.get(preview.file_format, preview.file_format))
        self.detected.setText(self._detected_text(preview, name))
        self.verdict.setText(self.tr("Checking every row…"))
        self._run(dry_run=True)

    def _detected_text(self, preview: importer.Preview, name: str) -> str:
        """The file kind and format, how many columns were recognised, the encoding and the columns ignored."""
        text = self.tr("%1 file, read as: %2. %n column(s) recognised.", "", len(preview.columns))
        text = text.replace("%1", preview.kind.upper()).replace("%2", name)
        if preview.encoding:
            text += " " + self.tr("Encoding: %1.").replace("%1", preview.encoding)
        if preview.ignored_columns:
            ignored = self.tr("%n column(s) ignored: %1.", "", len(preview.ignored_columns))
            text += " " + ignored.replace("%1", ", ".join(preview.ignored_columns))
        return text

    def _dates_text(self, preview: importer.Preview) -> str:
        names = {"dmy": self.tr("day/month/year"), "mdy": self.tr("month/day/year"), "ymd": self.tr("year-month-day")}
        parts = []
        for column, order in preview.dates.items():
            part = self.tr("%1 read as %2").replace("%1", column).replace("%2", names.get(order, order))
            if column in preview.dates_assumed:
                part += " " + self.tr("(assumed: every date is ambiguous, check it)")
            parts.append(part)
        return "; ".join(parts)

    def _fill_columns(self, preview: importer.Preview) -> None:
        """One row per column of the file, with a choice of field (or ignore) for each."""
        self.columns.setRowCount(len(preview.header))
        for row, column in enumerate(h.strip() for h in preview.header):
            item = QTableWidgetItem(column)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(row, 0, item)
            choice = QComboBox()
            choice.setObjectName(f"map_{row}")
            choice.addItem(self.tr("(ignore)"), IGNORE)
            for name in importer.MAPPABLE_FIELDS:
                label = QCoreApplication.translate("ImportWizard", FIELD_LABELS.get(name, name))
                choice.addItem(label, name)
            current = preview.columns.get(column, IGNORE)
            choice.setCurrentIndex(max(0, choice.findData(current)))
            choice.currentIndexChanged.connect(
                lambda _i, c=column, box=choice: self.map_column(c, str(box.currentData()))
            )
            self.columns.setCellWidget(row, 1, choice)

    def map_column(self, column: str, field: str) -> None:
        """The user picked what `column` is read as: remembered for this header, then everything re-checked."""
        self.overrides[column] = field or "ignore"
        if self.header:
            self.ui.state.setValue(mapping_key(self.header), json.dumps(self.overrides))
        self.check()

    def _run(self, dry_run: bool) -> None:
        ctx = self.ui.services
        path, wanted, dates, overrides = self._options()

        kind, register = self.kind, self.register.isChecked()

        def work(reporter: Reporter) -> Any:
            if kind != "devices":
                return dispatch.import_any(
                    ctx, path, wanted, dry_run, lambda s, d, t: reporter(d, t or 1), dates, register_missing=register
                )
            return importer.import_file(
                ctx, path, wanted, dry_run, lambda s, d, t: reporter(overall(s, d, t), 1000), dates, overrides
            )

        self._busy(True)
        if kind != "devices":
            done = self._checked_other if dry_run else self._imported_other
        else:
            done = self._checked if dry_run else self._imported
        self.task = self.ui.run(work, done, self._refused, progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _checked(self, report: importer.ImportReport) -> None:
        self._busy(False)
        self.problems.set_rows(list(report.warnings))
        self.checked_ok = True
        self.import_button.setEnabled(True)
        text = self.tr("Ready: %n device(s) to import.", "", report.imported)
        if report.warnings:
            text += " " + self.tr("%n warning(s) listed above; they do not stop the import.", "", len(report.warnings))
        self.verdict.setText(text)
        self.import_button.setFocus()

    def _checked_other(self, report: Any) -> None:
        self._busy(False)
        self.problems.set_rows(list(getattr(report, "warnings", ())))
        self.checked_ok = True
        self.import_button.setEnabled(True)
        self._show_details(report)
        names = {"dmy": self.tr("day/month/year"), "mdy": self.tr("month/day/year"), "ymd": self.tr("year-month-day")}
        self.dates_found.setText(
            "; ".join(
                self.tr("%1 read as %2").replace("%1", column).replace("%2", names.get(order, order))
                for column, order in getattr(report, "dates", {}).items()
            )
        )
        self.verdict.setText(self.tr("Ready (nothing written yet):") + " " + self._summary(report))
        self.import_button.setFocus()

    def _imported_other(self, report: Any) -> None:
        self._busy(False)
        self.ui.events.publish(
            Changes({ChangeKind.ASSET: frozenset(), ChangeKind.PERSON: frozenset(), ChangeKind.LOCATION: frozenset()})
        )
        text = self._summary(report)
        self.verdict.setText(text)
        self.ui.dialogs.info(self.tr("Import done"), text)
        self.completed.emit(report)
        self.accept()

    def _summary(self, report: Any) -> str:
        """The dry run's or the import's figures, in the user's language."""
        done = not report.dry_run
        if isinstance(report, people.PeopleReport):
            text = (
                self.tr("%1 people added, %2 updated, %3 unchanged; %4 locations added.")
                if done
                else self.tr("%1 people to add, %2 to update, %3 unchanged; %4 locations to add.")
            )
            for i, n in enumerate((report.created, report.updated, report.unchanged, report.created_locations), 1):
                text = text.replace(f"%{i}", str(n))
            if report.to_collect:
                text += " " + self.tr(
                    "%n person(s) leaving still hold devices: listed below.", "", len(report.to_collect)
                )
            return text
        if isinstance(report, people.LocationsReport):
            text = (
                self.tr("%1 locations added, %2 already known, %3 addresses given.")
                if done
                else self.tr("%1 locations to add, %2 already known, %3 addresses to give.")
            )
            return (
                text.replace("%1", str(report.created))
                .replace("%2", str(report.existing))
                .replace("%3", str(report.addresses))
            )
        text = (
            self.tr("%1 devices in the file, %2 found in the inventory, %3 changed.")
            if done
            else self.tr("%1 devices in the file, %2 found in the inventory, %3 to change.")
        )
        text = (
            text.replace("%1", str(report.rows)).replace("%2", str(report.matched)).replace("%3", str(report.changed))
        )
        if report.registered:
            registered = (
                self.tr("%n device(s) registered.", "", len(report.registered))
                if done
                else self.tr("%n device(s) to register.", "", len(report.registered))
            )
            text += " " + registered
        if report.not_in_inventory:
            text += " " + self.tr("%n device(s) of the file not in the inventory.", "", len(report.not_in_inventory))
        return text

    def _show_details(self, report: Any) -> None:
        """Each change, each device to register or missing, each person to collect from: one line each."""
        self.details.clear()
        lines: list[str] = []
        if isinstance(report, people.PeopleReport):
            for person in report.to_collect:
                line = self.tr("%1 <%2> leaves on %3: collect %4")
                line = line.replace("%1", person["name"]).replace("%2", person["email"])
                line = line.replace("%3", format_date(date.fromisoformat(person["left_on"])))
                lines.append(line.replace("%4", ", ".join(person["tags"])))
        elif isinstance(report, mdm.EncryptionReport):
            for tag in report.registered:
                lines.append(self.tr("New device %1 (category guessed from the system: check it)").replace("%1", tag))
            for change in report.changes[:2000]:
                parts = []
                for key, after in change["after"].items():
                    label = QCoreApplication.translate("ImportWizard", FIELD_LABELS.get(key, key))
                    part = self.tr("%1: %2 → %3").replace("%1", label)
                    before = _change_value(key, change["before"][key])
                    parts.append(part.replace("%2", before).replace("%3", _change_value(key, after)))
                lines.append(f"{change['tag']} — " + self.tr("; ").join(parts))
            for name in report.not_in_inventory:
                lines.append(self.tr("Not in the inventory: %1").replace("%1", name))
            for tag in report.missing_from_file:
                lines.append(self.tr("Laptop absent from the file: %1").replace("%1", tag))
        self.details.addItems(lines)

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, KlaraError):
            self.ui.show_error(exc)  # a locked file, a lost server: in the user's words; else the crash report
            return
        problems: list[Problem] = list(exc.params.get("problems") or [])
        if not problems:
            problems = [Problem(1, exc.field or "file", exc.message)]
        self.problems.set_rows(problems)
        self.checked_ok = False
        text = self.tr("%n problem(s): nothing will be imported until the file is corrected.", "", len(problems))
        self.verdict.setText(text if exc.code == "import_refused" else describe(exc))
        self.import_button.setEnabled(False)

    # --- import ------------------------------------------------------------------------------------
    def start_import(self) -> None:
        if not self.checked_ok or self.task is not None:
            return
        self.verdict.setText(self.tr("Importing %1…").replace("%1", PurePath(self.path).name))
        self._run(dry_run=False)

    def _imported(self, report: importer.ImportReport) -> None:
        self._busy(False)
        self.ui.events.publish(report.changes)
        parts = [self.tr("%n device(s) imported.", "", report.imported)]
        if report.assigned:
            parts.append(self.tr("%n handed to their holder.", "", report.assigned))
        if report.created_people or report.created_locations:
            created = self.tr("New: %1 people, %2 locations.")
            parts.append(created.replace("%1", str(report.created_people)).replace("%2", str(report.created_locations)))
        self.verdict.setText(" ".join(parts))
        self.ui.dialogs.info(self.tr("Import done"), " ".join(parts))
        self.completed.emit(report)
        self.accept()

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.choose_button, self.format, self.dates, self.columns, self.register, self.import_button):
            widget.setEnabled(not busy and (widget is not self.import_button or self.checked_ok))
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _reset(self) -> None:
        self.checked_ok = False
        self.preview.set_preview((), {}, [])
        self.problems.set_rows([])
        self.details.clear()
        self.detected.setText("")
        self.dates_found.setText("")
        self.import_button.setEnabled(False)

    def reject(self) -> None:
        """Esc or Cancel: stop the running check or import (rolled back: nothing written), else close."""
        if self.task is not None:
            self.task.cancel()
            self._busy(False)
            self.verdict.setText(self.tr("Stopped: nothing was imported."))
            return
        super().reject()


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setWordWrap(False)
    view.horizontalHeader().setDefaultSectionSize(130)
    return view


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(title))
    column.addWidget(widget)
    return box


def _change_value(key: str, value: Any) -> str:
    """A value of an MDM change as the user reads it: the encryption state in their language, the check time in
    their local form, "—" for none."""
    if key == "encryption_state" and value:
        return encryption_name(str(value))
    if key == "encryption_checked_at" and value:
        try:
            return format_datetime(datetime.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value or "—")

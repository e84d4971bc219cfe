"""The import wizard: choose a CSV or XLSX file, see its first rows and how its columns are read, see
every problem BEFORE anything is written (a dry run on the worker), then import with progress and Cancel.

The file format (ours or Snipe-IT's) is detected; the user may force one, and the column mapping follows
from it (the importer reads columns by name, so the mapping is shown, not edited). A cancelled import
rolls back: nothing is written. `completed(report)` is emitted once an import is saved.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.errors import KlaraError
from klara_assets.services import importer
from klara_assets.services.inventory import Problem
from ui.context import UiContext
from ui.errors import describe
from ui.models.import_preview_table import FilePreviewModel, ProblemsModel
from ui.tasks import Reporter, Task

STAGES = {"reading": (0, 500), "saving": (500, 450), "holders": (950, 50)}  # stage: (start, span) in ‰


def overall(stage: str, done: int, total: int) -> int:
    """One progress figure in per mille over the importer's three stages."""
    start, span = STAGES.get(stage, (0, 1000))
    return start + (span * done // total if total else span)


class ImportWizard(QDialog):
    completed = Signal(object)  # the ImportReport

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.path = ""
        self.task: Task | None = None
        self.checked_ok = False
        self.setWindowTitle(self.tr("Import devices"))
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
            (self.tr("Klara Assets export"), "klara"),
            (self.tr("Snipe-IT asset export"), "snipeit"),
        ):
            self.format.addItem(label, value)
        self.format.currentIndexChanged.connect(lambda _i: self.check() if self.path else None)
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
        self.preview = FilePreviewModel(self)
        self.preview_view = _table(self.preview, "import_preview")
        self.problems = ProblemsModel(self)
        self.problems_view = _table(self.problems, "import_problems")
        self.problems_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verdict = QLabel(self.tr("Choose a CSV or Excel file of devices (Ctrl+O)."))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(_titled(self.tr("First rows of the file"), self.preview_view))
        split.addWidget(_titled(self.tr("Problems (nothing is written while there is one)"), self.problems_view))
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
        self.check()

    def check(self) -> None:
        """Preview the first rows, then a dry run of the whole import on the worker."""
        path, wanted = self.path, str(self.format.currentData())
        self._reset()
        self.ui.run(lambda: importer.preview_file(path, wanted), self._previewed, self._refused)

    def _previewed(self, preview: importer.Preview) -> None:
        self.preview.set_preview(preview.header, preview.columns, preview.rows)
        kind = preview.kind.upper()
        name = self.tr("Snipe-IT asset export") if preview.file_format == "snipeit" else self.tr("Klara Assets export")
        text = self.tr("%1 file, read as: %2. %n column(s) recognised.", "", len(preview.columns))
        self.detected.setText(text.replace("%1", kind).replace("%2", name))
        self.detected.setToolTip("\n".join(f"{c} → {f}" for c, f in preview.columns.items()))
        self.verdict.setText(self.tr("Checking every row…"))
        self._run(dry_run=True)

    def _run(self, dry_run: bool) -> None:
        ctx, path, wanted = self.ui.services, self.path, str(self.format.currentData())

        def work(reporter: Reporter) -> importer.ImportReport:
            return importer.import_file(ctx, path, wanted, dry_run, lambda s, d, t: reporter(overall(s, d, t), 1000))

        self._busy(True)
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

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, KlaraError):
            raise exc
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
        for widget in (self.choose_button, self.format, self.import_button):
            widget.setEnabled(not busy and (widget is not self.import_button or self.checked_ok))
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _reset(self) -> None:
        self.checked_ok = False
        self.preview.set_preview((), {}, [])
        self.problems.set_rows([])
        self.detected.setText("")
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

"""The welcome dialog, on the first start of an empty database: the organisation's identity (name, legal
name, SIRET, address, security officer and DPO; all but a name may wait, a reminder stays on the dashboard),
then the demo fleet, a file to import (CSV or XLSX, ours or Snipe-IT's) or an empty start. Loading runs on
the worker with a progress bar, in one transaction. Enter in a field moves to the next one: no button is
the default, so Enter never starts a database by accident.

`offer_welcome(ui, window)` asks the worker whether the database is empty and opens the dialog if so.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import Changes
from klara_assets.persistence import queries
from klara_assets.services import demo, first_start
from klara_assets.services.importer import ImportReport
from ui.context import UiContext
from ui.errors import show_refusal
from ui.state import remember
from ui.widgets.field_errors import FieldErrors


class WelcomeDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.setWindowTitle(self.tr("Welcome to Klara Assets"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        heading = QLabel(self.tr("Welcome to Klara Assets"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Klara Assets follows the company's computers and phones from purchase to certified end of "
                "life: who holds what, encryption, incidents, refurbishment and recycling. This database is "
                "empty. Name your organisation, then try the demo fleet or start with your own devices. Its "
                "identity appears on receipts, certificates and reports; you may complete it later in Settings."
            )
        )
        intro.setWordWrap(True)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Your company's name"))
        self.fields = {"organisation_name": self.organisation}
        form = QFormLayout()
        form.addRow(self.tr("&Organisation"), self.errors.wrap(self.organisation, "organisation_name"))
        rows = (
            ("legal_name", self.tr("&Legal name"), self.tr("e.g. Exemple SAS")),
            ("siret", self.tr("S&IRET"), self.tr("14 digits")),
            ("address", self.tr("Add&ress"), ""),
            ("security_officer_name", self.tr("Security &officer"), self.tr("Name")),
            ("security_officer_email", self.tr("Security officer's e-&mail"), ""),
            ("dpo_name", self.tr("Data &protection officer"), self.tr("Name")),
            ("dpo_email", self.tr("DPO's e-m&ail"), ""),
        )
        for key, label, hint in rows:
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            self.fields[key] = edit
            form.addRow(label, self.errors.wrap(edit, key))
        for edit in self.fields.values():
            edit.returnPressed.connect(self.focusNextChild)  # Enter: the next field, never an empty start
        self.demo_button = QPushButton(self.tr("Load the &demo fleet"))
        self.demo_button.setToolTip(
            self.tr(
                "A fictional company with %1 devices and their holders, to explore; it is named %2 unless you "
                "give your own identity above"
            )
            .replace("%1", str(demo.DEFAULT_ASSETS))
            .replace("%2", demo.DEMO_LEGAL_NAME)
        )
        self.import_button = QPushButton(self.tr("&Import a file…"))
        self.import_button.setToolTip(self.tr("A CSV or Excel file of devices: Klara Assets' export or Snipe-IT's"))
        self.empty_button = QPushButton(self.tr("&Start empty"))
        for button in (self.demo_button, self.import_button, self.empty_button):
            button.setAutoDefault(False)  # Enter in a field does not press a button (see above)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self.load_demo)
        self.import_button.clicked.connect(self.import_file)
        self.empty_button.clicked.connect(self.start_empty)
        self.organisation.setFocus()

    def identity(self) -> dict[str, str]:
        """The identity fields typed (empty ones left out)."""
        return {key: edit.text().strip() for key, edit in self.fields.items() if edit.text().strip()}

    def load_demo(self) -> None:
        self.errors.clear()
        self._busy(True)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress_label.setText(self.tr("Loading the demo fleet…"))
        ctx, name = self.ui.services, self.identity()
        self.ui.run(
            lambda report: first_start.start_with_demo(ctx, name, report),
            self._done,
            self._refused,
            progress=self._progressed,
        )

    def import_file(self) -> None:
        path = self.ui.dialogs.open_file(
            self.tr("Import a file of devices"), self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        if not path:
            return
        self.errors.clear()
        self._busy(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Importing %1…").replace("%1", PurePath(path).name))
        ctx, name = self.ui.services, self.identity()
        self.ui.run(
            lambda report: first_start.start_with_import(ctx, name, path, report),
            self._imported,
            self._refused,
            progress=self._counted,
        )

    def _counted(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat("%p%")

    def _imported(self, changes: Changes) -> None:
        report = changes.result
        count = report.imported if isinstance(report, ImportReport) else 0
        self.ui.dialogs.info(self.tr("Import done"), self.tr("%n device(s) imported.", "", count))
        self._done(changes)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 devices").replace("%1", str(done)).replace("%2", str(total)))

    def start_empty(self) -> None:
        self.errors.clear()
        self._busy(True)
        ctx, name = self.ui.services, self.identity()
        self.ui.run(lambda: first_start.start_empty(ctx, name), self._done, self._refused)

    def _done(self, _changes: Changes) -> None:
        self._busy(False)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        show_refusal(exc, fields=self.errors, otherwise=self.ui.show_error)

    def _busy(self, busy: bool) -> None:
        for widget in (self.demo_button, self.import_button, self.empty_button, *self.fields.values()):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)

    def reject(self) -> None:
        """Esc or the close button while loading does nothing: the demo runs in one transaction."""
        if self.demo_button.isEnabled():
            super().reject()


def offer_welcome(ui: UiContext, window: QWidget) -> None:
    """On an empty database, open the welcome dialog over `window` (the check runs on the worker)."""

    def maybe_open(empty: bool) -> None:
        if empty:
            dialog = WelcomeDialog(ui, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    ui.run(queries.is_empty, maybe_open)

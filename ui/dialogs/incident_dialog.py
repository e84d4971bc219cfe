"""Report a loss, theft, damage or compromise of one device, then show the GDPR triage.

Times are entered in local time and stored as UTC by the service, which refuses a time in the future and
a discovery before the occurrence (shown under the field concerned). Once saved, `completed` carries the
`IncidentResult` and the dialog turns to the verdict: the assessment, the 72-hour deadline with the time
left, a button preparing the e-mail to the security officer and one saving the incident report PDF.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import Changes
from klara_assets.domain.enums import IncidentKind, PersonalData
from klara_assets.services import incidents
from klara_assets.services.incidents import IncidentResult
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.incident_vocabulary import kind_name, personal_data_name
from ui.widgets.save_document import Opener
from ui.widgets.triage_panel import TriagePanel


def local_to_aware(value: QDateTime) -> datetime:
    """A local time from a widget, with the local offset attached (the service stores it as UTC)."""
    moment = value.toPython()
    assert isinstance(moment, datetime)
    return moment.replace(second=0, microsecond=0).astimezone()


def local_now(ui: UiContext) -> QDateTime:
    """The services' clock (naive UTC) as a local time for a widget, to the minute."""
    t = ui.services.now().replace(tzinfo=UTC).astimezone()
    return QDateTime(t.year, t.month, t.day, t.hour, t.minute, 0)


class ReportIncidentDialog(FormDialog):
    """`completed` carries the `IncidentResult`; the dialog then shows the verdict instead of closing."""

    inline_refusals = False

    def __init__(self, ui: UiContext, tag: str, kind: str = "lost", parent: QWidget | None = None):
        super().__init__(
            ui, self.tr("Report an incident on %1").replace("%1", tag), self.tr("&Report"), parent, width=520
        )
        self.tag = tag
        self.kind = QComboBox()
        for kind_value in IncidentKind:
            self.kind.addItem(kind_name(kind_value.value), kind_value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        now = local_now(ui)
        self.discovered = QDateTimeEdit(now)
        self.occurred = QDateTimeEdit(now)
        self.occurred_known = QCheckBox(self.tr("Known"))
        self.personal_data = QComboBox()
        for value in (PersonalData.UNKNOWN, PersonalData.YES, PersonalData.NO):
            self.personal_data.addItem(personal_data_name(value.value), value.value)
        self.place = QLineEdit()
        self.description = QPlainTextEdit()
        self.police_ref = QLineEdit()
        self.verdict = TriagePanel(ui)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form())
        self.stack.addWidget(self.verdict)
        self.column.addWidget(self.stack)
        self.verdict.closed.connect(self.accept)
        self.kind.setFocus()

    @property
    def opener(self) -> Opener:
        return self.verdict.opener

    @opener.setter
    def opener(self, value: Opener) -> None:
        self.verdict.opener = value

    def _form(self) -> QWidget:
        for edit in (self.discovered, self.occurred):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.occurred.setEnabled(False)
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        occurred = QHBoxLayout()
        occurred.setContentsMargins(0, 0, 0, 0)
        occurred.addWidget(self.occurred_known)
        occurred.addWidget(self.occurred, 1)
        occurred_box = QWidget()
        occurred_box.setLayout(occurred)
        self.place.setPlaceholderText(self.tr("Train Paris–Lyon, client's office…"))
        self.description.setPlaceholderText(self.tr("What happened, as the holder tells it"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form = self.form
        form.addRow(self.tr("&Kind"), self.errors.wrap(self.kind, "kind", "tag"))
        form.addRow(self.tr("&Discovered at"), self.errors.wrap(self.discovered, "discovered_at"))
        form.addRow(self.tr("&Occurred at"), self.errors.wrap(occurred_box, "occurred_at"))
        form.addRow(self.tr("Personal &data on it"), self.errors.wrap(self.personal_data, "personal_data"))
        form.addRow(self.tr("&Place"), self.errors.wrap(self.place, "place"))
        form.addRow(self.tr("D&escription"), self.errors.wrap(self.description, "description"))
        form.addRow(self.tr("Police &reference"), self.errors.wrap(self.police_ref, "police_ref"))
        page = QWidget()  # the frame's form, message line and buttons, on the first page of the stack
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.column.removeItem(form)
        for widget in (self.message, self.buttons):
            self.column.removeWidget(widget)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        return page

    def send(self) -> None:
        kind = self.kind.currentData()
        discovered = local_to_aware(self.discovered.dateTime())
        occurred = local_to_aware(self.occurred.dateTime()) if self.occurred_known.isChecked() else None
        personal, place = self.personal_data.currentData(), self.place.text()
        description, police = self.description.toPlainText(), self.police_ref.text()
        args = (kind, discovered, occurred, personal, description, place, police)
        self.request(incidents.report_incident, self.tag, *args)

    def _done(self, changes: Changes) -> None:
        result = changes.result
        assert isinstance(result, IncidentResult)
        self.ok.setEnabled(True)
        self.completed.emit(result)
        self.setWindowTitle(self.tr("Incident %1 reported").replace("%1", result.number))
        self.verdict.show_result(result.number, result.triage)
        self.stack.setCurrentWidget(self.verdict)

    def last_mailto(self) -> QUrl | None:
        return self.verdict.last_mailto

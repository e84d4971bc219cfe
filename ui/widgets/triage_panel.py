"""`TriagePanel`: an incident's GDPR verdict (assessment, why, 72-hour deadline and time left), with the
buttons that prepare the e-mail to the security officer and save the incident report PDF.

Used after reporting an incident and in the incidents page's detail. The time left is recomputed every
minute from the clock alone (no query).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klara_assets.domain.changes import Changes
from klara_assets.domain.triage import Triage
from klara_assets.services import incident_documents
from ui.context import UiContext
from ui.errors import QT_TRANSLATE_NOOP
from ui.widgets.display import format_datetime
from ui.widgets.incident_vocabulary import assessment_name, time_left_text
from ui.widgets.save_document import Opener, open_url, save_document

URGENT_COLOUR = "#b7791f"
OVERDUE_COLOUR = "#c53030"
REASONS = {
    "damaged": QT_TRANSLATE_NOOP("TriagePanel", "A damaged device still in our hands exposes no data."),
    "no_personal_data": QT_TRANSLATE_NOOP("TriagePanel", "The device holds no personal data."),
    "compromised": QT_TRANSLATE_NOOP(
        "TriagePanel", "A compromised device exposes its data whatever its disk encryption."
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "TriagePanel", "The device was encrypted: its data is unreadable to whoever holds it."
    ),
    "partly_encrypted": QT_TRANSLATE_NOOP(
        "TriagePanel",
        "The device was only partly encrypted: its unencrypted part may hold personal data, so the CNIL must be "
        "told within 72 hours.",
    ),
    "not_encrypted": QT_TRANSLATE_NOOP(
        "TriagePanel", "The device was not encrypted and may hold personal data: the CNIL must be told within 72 hours."
    ),
}


class TriagePanel(QWidget):
    closed = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None, closable: bool = True):
        super().__init__(parent)
        self.ui = ui
        self.opener: Opener = open_url
        self.number = ""
        self.triage: Triage | None = None
        self.last_mailto: QUrl | None = None
        self.mail_dialog: QWidget | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.notify_button = QPushButton(self.tr("&Notify the security officer…"))
        self.notify_button.setToolTip(self.tr("Opens your e-mail program with the incident filled in"))
        self.report_button = QPushButton(self.tr("Save the incident &report (PDF)…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setVisible(closable)
        self.timer = QTimer(self, interval=60_000)
        self.timer.timeout.connect(self.refresh_time_left)
        self._layout()
        self.notify_button.clicked.connect(self.notify_officer)
        self.report_button.clicked.connect(self.save_report)
        self.close_button.clicked.connect(self.closed.emit)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.notify_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.deadline)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_result(self, number: str, triage: Triage) -> None:
        self.number, self.triage = number, triage
        verdict = assessment_name(triage.assessment.value)
        if triage.notified_at is not None:
            verdict = self.tr("CNIL notified on %1").replace("%1", format_datetime(triage.notified_at))
        heading = self.tr("%1: %2").replace("%1", number).replace("%2", verdict)
        self.heading.setText(heading)
        text = REASONS.get(triage.reason_code)
        self.reason.setText(self.tr(text) if text else triage.reason)
        self.refresh_time_left()
        if triage.time_left is not None:
            self.timer.start()
        else:
            self.timer.stop()

    def deadline_text(self, now: datetime) -> tuple[str, str]:
        """The deadline line and its colour ('' when normal), for the time `now`."""
        t = self.triage
        if t is None or t.deadline is None:
            return self.tr("No notification deadline."), ""
        when = format_datetime(t.deadline)
        if t.notified_at is not None:
            return self.tr("The 72-hour deadline was %1; the CNIL was notified on %2.").replace("%1", when).replace(
                "%2", format_datetime(t.notified_at)
            ), ""
        if t.time_left is None:
            return self.tr("Deadline was %1 (settled: the CNIL was notified or the incident is closed).").replace(
                "%1", when
            ), ""
        left = t.deadline - now
        text = self.tr("Notify the CNIL by %1 — %2.").replace("%1", when).replace("%2", time_left_text(left))
        colour = OVERDUE_COLOUR if left.total_seconds() <= 0 else URGENT_COLOUR if left.total_seconds() < 86_400 else ""
        return text, colour

    def refresh_time_left(self) -> None:
        text, colour = self.deadline_text(self.ui.services.now())
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def notify_officer(self) -> None:
        """Record the step "security officer notified" and open the e-mail; without a mail program, show it."""
        ctx, number, lang = self.ui.services, self.number, self.ui.language
        self.ui.run(lambda: incident_documents.notify_officer(ctx, number, lang), self._open_mail)

    def _open_mail(self, changes: Changes) -> None:
        mail = changes.result
        assert isinstance(mail, incident_documents.OfficerMail)
        self.last_mailto = QUrl(mail.url)
        if self.opener(self.last_mailto) is False:  # no mail client answered the mailto: link
            from ui.dialogs.mail_text_dialog import MailTextDialog

            self.mail_dialog = MailTextDialog(mail, self)
            self.mail_dialog.finished.connect(lambda _code: self.mail_dialog.deleteLater())
            self.mail_dialog.open()

    def save_report(self) -> None:
        ctx, number, lang = self.ui.services, self.number, self.ui.language
        save_document(
            self.ui,
            self.tr("Save the incident report"),
            lambda: incident_documents.incident_report(ctx, number, lang),
            f"{number}.pdf",
            self.opener,
        )

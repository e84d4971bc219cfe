""" "Found": a lost or stolen device turned up. Shows its open incident and asks for the inspection note;
saving closes the incident as recovered and brings the device back to stock (during an audit, its line
counts as found and it is recorded at the audited location)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from klara_assets.persistence.incident_queries import IncidentRow
from klara_assets.services import found
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.display import format_datetime
from ui.widgets.incident_vocabulary import kind_name


def incident_line(incident: IncidentRow) -> str:
    """ "Reported lost on 24/11/2026 10:12 — incident INC-2026-0003", in the user's language."""
    text = QCoreApplication.translate("FoundDialog", "Reported %1 on %2 — incident %3")
    return (
        text.replace("%1", kind_name(incident.kind).lower())
        .replace("%2", format_datetime(incident.discovered_at))
        .replace("%3", incident.number)
    )


class FoundDialog(FormDialog):
    def __init__(
        self,
        ui: UiContext,
        tag: str,
        incident: IncidentRow,
        audit: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ui, self.tr("Found: %1").replace("%1", tag), self.tr("Mark as &found"), parent)
        self.tag, self.audit = tag, audit
        intro = QLabel(
            incident_line(incident)
            + "\n"
            + self.tr("The incident is closed as recovered and the device goes back to stock.")
            + (("\n" + self.tr("It is counted as found in this audit.")) if audit is not None else "")
        )
        intro.setObjectName("found_intro")
        intro.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("inspection_note")
        self.note.setPlaceholderText(self.tr("Condition, what was checked (screen, seals, data)"))
        self.note.setMinimumWidth(380)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Inspection note"), self.errors.wrap(self.note, "inspection_note"))
        self.note.setFocus()

    def send(self) -> None:
        self.request(found.mark_found, self.tag, self.note.text(), audit=self.audit)

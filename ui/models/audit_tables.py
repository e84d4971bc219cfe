"""Tables of the audits page: the list of audits, and one audit's lines (found, unexpected, unknown, missing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from klara_assets.persistence.audit_queries import AuditLine, AuditListRow
from ui.errors import QT_TRANSLATE_NOOP
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import format_date, status_name

RESULT_NAMES = {
    "found": QT_TRANSLATE_NOOP("audit_tables", "Found"),
    "unexpected": QT_TRANSLATE_NOOP("audit_tables", "Unexpected"),
    "unknown": QT_TRANSLATE_NOOP("audit_tables", "Unknown code"),
    "missing": QT_TRANSLATE_NOOP("audit_tables", "Missing"),
    "expected": QT_TRANSLATE_NOOP("audit_tables", "Still expected"),
    "held": QT_TRANSLATE_NOOP("audit_tables", "With their holder"),
}
RESULT_COLOURS = {
    "unexpected": "#b7791f",
    "unknown": "#c53030",
    "missing": "#c53030",
    "found": "#2f855a",
    "held": "#4a5568",
}


def result_name(result: str) -> str:
    return QCoreApplication.translate("audit_tables", RESULT_NAMES.get(result, result))


class AuditsModel(RowsTableModel[AuditListRow]):
    def make_columns(self) -> list[Column[AuditListRow]]:
        return [
            Column(self.tr("No."), lambda a: str(a.id), numeric=True),
            Column(self.tr("Location"), lambda a: a.location),
            Column(self.tr("Opened"), lambda a: format_date(a.opened_at)),
            Column(self.tr("Closed"), lambda a: format_date(a.closed_at) if a.closed_at else self.tr("in progress")),
            Column(self.tr("Scans"), lambda a: f"{a.scanned}/{a.expected}", numeric=True),
        ]


class AuditLinesModel(RowsTableModel[AuditLine]):
    """`open_audit`: expected devices not scanned yet read "still expected", not "missing"."""

    open_audit = True

    def _result(self, line: AuditLine) -> str:
        return "expected" if line.result == "missing" and self.open_audit else line.result

    def make_columns(self) -> list[Column[AuditLine]]:
        return [
            Column(
                self.tr("Result"),
                lambda line: result_name(self._result(line)),
                colour=lambda line: RESULT_COLOURS.get(self._result(line)),
            ),
            Column(self.tr("Code"), lambda line: line.code),
            Column(self.tr("Device"), lambda line: f"{line.manufacturer} {line.model}".strip()),
            Column(self.tr("Status"), lambda line: status_name(line.status) if line.status else ""),
            Column(self.tr("Recorded at"), lambda line: line.location or ""),
            Column(self.tr("Holder"), lambda line: line.holder or ""),
        ]

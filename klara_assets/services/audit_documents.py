"""The audit report as PDF (French or English) and as CSV, from an audit's current state. Read-only.

Times are stored in UTC and shown in the local time of the machine that prints the report.
"""

from __future__ import annotations

from datetime import UTC, datetime

from klara_assets.documents import formatting
from klara_assets.documents.audit_report import AuditReport, ReportLine, gone, render_audit_report
from klara_assets.documents.csv_table import csv_bytes
from klara_assets.domain.enums import FINAL_STATUSES
from klara_assets.persistence.audit_queries import AuditLine, AuditView, audit_view
from klara_assets.services.settings import load_settings

FINAL_VALUES = {status.value for status in FINAL_STATUSES}
CSV_HEADER = [
    "result",
    "code",
    "tag",
    "category",
    "manufacturer",
    "model",
    "serial",
    "status",
    "holder",
    "recorded_location",
    "scanned_at",
]


def local_time(value: datetime | None, lang: str | None = None) -> str:
    """Local time: `2026-12-01 14:05` for the CSV; in a document's language with the zone for the PDF."""
    if value is None:
        return ""
    if lang is not None:
        return formatting.moment(lang, value)
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _report_line(line: AuditLine, lang: str) -> ReportLine:
    device = f"{line.manufacturer} {line.model}".strip()
    recorded = line.location or ""
    if line.result == "unexpected" and line.status in FINAL_VALUES:
        recorded = f"{recorded} ({gone(lang, line.status or '')})".strip()
    return ReportLine(
        line.result,
        line.code,
        line.category,
        device,
        line.serial or "",
        line.holder or "",
        recorded,
        local_time(line.at, lang),
    )


def audit_report(view: AuditView, lang: str) -> AuditReport:
    settings = load_settings()
    return AuditReport(
        lang=lang,
        organisation=settings.document_name,
        number=view.id,
        location=view.location,
        opened_at=local_time(view.opened_at, lang),
        opened_by=view.opened_by,
        closed_at=local_time(view.closed_at, lang) or None,
        expected=view.expected,
        lines=tuple(_report_line(line, lang) for line in view.lines),
    )


def audit_report_pdf(session_id: int, lang: str | None = None) -> bytes:
    """The report PDF; `lang` defaults to the organisation's language."""
    view = audit_view(session_id)
    return render_audit_report(audit_report(view, lang or load_settings().language))


def audit_report_csv(session_id: int) -> bytes:
    """One row per line (missing, unexpected, unknown, found, held), UTF-8 with BOM, cells safe for spreadsheets."""
    view = audit_view(session_id)
    order = {"missing": 0, "unexpected": 1, "unknown": 2, "found": 3, "held": 4}
    lines = sorted(view.lines, key=lambda line: order[line.result])
    rows = [
        [
            line.result,
            line.code,
            line.tag,
            line.category,
            line.manufacturer,
            line.model,
            line.serial,
            line.status,
            line.holder,
            line.location,
            local_time(line.at),
        ]
        for line in lines
    ]
    return csv_bytes(CSV_HEADER, rows)

"""The erasure tool's report (issue 16 §3): nwipe's PDF certificate (built here with reportlab in nwipe's own
layout: labels and values at the coordinates of create_single_disc_pdf.c) and its log's "Drive Status"
summary (the lines nwipe_log_summary writes) pre-fill the record; a serial that differs warns; the report
is attached and cited (name + SHA-256) on the sanitization certificate; another tool's report is attached,
cited, not parsed."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from klara_assets.domain.erasure_report import parse_nwipe_log
from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence.models import Sanitization
from klara_assets.services import attachments, certificates, end_of_life, erasure_reports
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.helpers import assert_refused, run_cli


def nwipe_pdf(serial: str = "S4EVNX0R123456", status: str = "ERASED", verify: str = "Last") -> bytes:
    """Page 1 of nwipe's single-disc certificate: the same labels, fonts and positions as nwipe writes."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(595, 842))
    c.setTitle("PDF Disk Erasure Certificate")
    c.setAuthor("Nwipe")

    def text(value: str, size: float, x: float, y: float, bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, y, value)

    text("Page 1 - Erasure Status", 14, 200, 760, True)
    text("Organisation Performing The Disk Erasure", 12, 50, 630)
    text("Business Name:", 12, 60, 610)
    text("Atelier Informatique", 10, 153, 610, True)
    text("Disk Information", 12, 50, 430)
    text("Make/Model:", 12, 60, 410)
    text("Samsung SSD 870 EVO 500GB", 10, 135, 410, True)
    text("Serial:", 12, 340, 410)
    text(serial, 10, 380, 410, True)
    text("Bus:", 12, 340, 390)
    text("ATA", 10, 370, 390, True)
    text("Size(Apparent): ", 12, 60, 390)
    text("500GB, 500107862016 bytes", 10, 145, 390, True)
    text("Disk Erasure Details", 12, 50, 330)
    text("Start time:", 12, 60, 310)
    text("2026/11/24 09:12:05", 10, 120, 310, True)
    text("End time:", 12, 300, 310)
    text("2026/11/24 10:47:51", 10, 360, 310, True)
    text("Duration:", 12, 60, 290)
    text("01:35:46", 10, 115, 290, True)
    text("Status:", 12, 300, 290)
    text(status, 12, 365, 290, True)
    text("Method:", 12, 60, 270)
    text("DoD Short", 10, 110, 270, True)
    text("PRNG algorithm:", 12, 300, 270)
    text("Isaac64", 10, 395, 270, True)
    text("Final Pass(Zeros/Ones/None):", 12, 60, 250)
    text("Zeros", 10, 230, 250, True)
    text("Verify Pass(Last/All/None):", 12, 300, 250)
    text(verify, 10, 450, 250, True)
    text("Disc Erasure by NWIPE version 0.38", 10, 200, 30)
    c.showPage()
    c.save()
    return buffer.getvalue()


NWIPE_LOG = """[2026/11/24 09:12:05] notice: Invoking method 'DoD Short' on /dev/sda
[2026/11/24 10:47:51] notice: Verified that '/dev/sda' is empty.

******************************** Error Summary *********************************
!   Device | Pass Errors | Verifications Errors | Fdatasync I\\O Errors
--------------------------------------------------------------------------------
       sda |           0 |                    0 |                    0
********************************************************************************

********************************* Drive Status *********************************
!   Device | Status | Thru-put | HH:MM:SS | Model/Serial Number
--------------------------------------------------------------------------------
       sda | Erased |  87MB/s | 01:35:46 | Samsung SSD 870 E/S4EVNX0R123456
!      sdb |-FAILED-|  12MB/s | 00:10:00 | ST500LM012 HN-M5/S2ZYJ9AF000001
--------------------------------------------------------------------------------
[2026/11/24 10:47:52] Total Throughput 99MB/s, DoD Short, 1R+B+VL
********************************************************************************
"""


def _retired(ctx: ServiceContext, serial: str) -> str:
    S.organisation(ctx)
    tag = S.device(ctx, serial=serial)
    end_of_life.retire_asset(ctx, tag, "end of lease")
    return tag


def test_nwipe_pdf_prefills_the_record_and_is_cited(ctx: ServiceContext) -> None:
    tag = _retired(ctx, "S4EVNX0R123456")
    pdf = nwipe_pdf()
    assert "Make/Model:" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    done = erasure_reports.record_with_report(ctx, tag, "nwipe_report_sda.pdf", pdf, operator_name="Ömer").result
    assert isinstance(done, erasure_reports.ReportedSanitization)
    assert done.warnings == () and done.parsed is not None
    record = Sanitization.get_by_id(done.sanitization_id)
    assert (record.method, record.tool, record.verification, record.result) == ("clear", "nwipe", "full", "pass")
    assert record.technique == "overwrite (DoD Short)" and record.performed_at == datetime(2026, 11, 24, 10, 47, 51)
    digest = hashlib.sha256(pdf).hexdigest()
    assert [(a.file_name, a.sha256) for a in attachments.attachments_of("sanitization", record.id)] == [
        ("nwipe_report_sda.pdf", digest)
    ]
    issued = certificates.issue_sanitization_certificate(ctx, tag=tag, lang="en").result
    text = "".join(PdfReader(io.BytesIO(issued.pdf)).pages[0].extract_text().split())  # type: ignore[union-attr]
    assert "nwipe_report_sda.pdf" in text and digest in text


def test_a_different_serial_warns(ctx: ServiceContext) -> None:
    tag = _retired(ctx, "OTHER-SERIAL-1")
    done = erasure_reports.record_with_report(ctx, tag, "r.pdf", nwipe_pdf(), operator_name="Ömer").result
    assert len(done.warnings) == 1  # type: ignore[union-attr]
    assert "S4EVNX0R123456" in done.warnings[0] and "OTHER-SERIAL-1" in done.warnings[0]  # type: ignore[union-attr]


def test_nwipe_log_gives_each_drive_and_a_failed_one_fails(ctx: ServiceContext) -> None:
    drives = parse_nwipe_log(NWIPE_LOG)
    assert [(d.serial, d.status, d.erased) for d in drives] == [
        ("S4EVNX0R123456", "Erased", True),
        ("S2ZYJ9AF000001", "FAILED", False),
    ]
    assert drives[0].started == datetime(2026, 11, 24, 9, 12, 6) and drives[0].method == "DoD Short"
    assert drives[0].verify == "Last"
    tag = _retired(ctx, "S2ZYJ9AF000001")
    done = erasure_reports.record_with_report(ctx, tag, "nwipe.log", NWIPE_LOG.encode(), operator_name="Ö").result
    assert Sanitization.get_by_id(done.sanitization_id).result == "fail" and done.warnings == ()  # type: ignore[union-attr]


def test_another_tool_is_attached_and_cited_not_parsed(ctx: ServiceContext) -> None:
    tag = _retired(ctx, "SN-1")
    blancco = b"%PDF-1.4\n% Blancco Drive Eraser report\n%%EOF\n"
    record = erasure_reports.record_with_report
    assert_refused(ValidationFailed, "give the method", record, ctx, tag, "blancco.pdf", blancco, operator_name="Ö")
    done = record(
        ctx, tag, "blancco.pdf", blancco, operator_name="Ö", method="purge", technique="crypto erase",
        tool="Blancco Drive Eraser 7.12", verification="full",
    ).result  # fmt: skip
    assert done.parsed is None  # type: ignore[union-attr]
    cited = Sanitization.get_by_id(done.sanitization_id).vendor_report_id  # type: ignore[union-attr]
    assert cited == f"blancco.pdf SHA-256 {hashlib.sha256(blancco).hexdigest()}"


def test_sanitize_command_with_report(
    ctx: ServiceContext, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tag = _retired(ctx, "WRONG-1")
    report = tmp_path / "nwipe_report.pdf"
    report.write_bytes(nwipe_pdf())
    code, out, err = run_cli(
        capsys, "--db", db_url, "sanitize", tag, "--operator", "Ömer", "--report", str(report), "--json"
    )
    assert code == 0, err
    assert json.loads(out)["report_serial"] == "S4EVNX0R123456" and "warning" in err and "WRONG-1" in err
    code, _, err = run_cli(capsys, "--db", db_url, "sanitize", tag, "--operator", "Ömer")
    assert code == 1 and "--report FILE" in err

"""Sanitization from the erasure tool's report (issue 16 §3): the report is attached to the record (with its
SHA-256, cited on the sanitization certificate through the record's "tool report" field); an nwipe /
ShredOS report (PDF or log) pre-fills the method, technique, tool, verification, result and time, and a
serial number in the report that differs from the device's is a warning. Any other tool's report is
attached and cited, not parsed.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

from klara_assets.domain.attachments import AttachmentKind, clean_file_name
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.erasure_report import ErasureReport, parse_nwipe_log, parse_nwipe_pdf_text, same_serial
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import lookups
from klara_assets.services import sanitization
from klara_assets.services.attachments import attach_in_transaction
from klara_assets.services.context import ServiceContext


@dataclass(frozen=True)
class ReportedSanitization:
    sanitization_id: int
    attachment_id: int
    sha256: str
    parsed: ErasureReport | None
    warnings: tuple[str, ...]


def _pdf_text(content: bytes) -> str:
    try:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)
    except Exception:  # a damaged or foreign PDF is attached, just not parsed
        return ""


def read_report(content: bytes, serial_hint: str = "") -> ErasureReport | None:
    """The nwipe report in `content` (PDF or log), or None for another tool's. A log with several drives gives
    the one whose serial is `serial_hint`, else the first."""
    if content.startswith(b"%PDF-"):
        return parse_nwipe_pdf_text(_pdf_text(content))
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        text = content.decode("latin-1")
    drives = parse_nwipe_log(text)
    matching = [d for d in drives if same_serial(d.serial, serial_hint)]
    return matching[0] if matching else (drives[0] if drives else None)


def report_warnings(parsed: ErasureReport, tag: str, serial: str) -> list[str]:
    warnings = []
    if parsed.verify == "None":
        warnings.append("The nwipe report shows no verification pass.")
    if not same_serial(parsed.serial, serial):
        warnings.append(
            f"The report's drive serial {parsed.serial!r} ({parsed.model}) differs from the serial recorded "
            f"for {tag} ({serial or 'none'}): check that it is the right drive."
        )
    return warnings


def preview_report(tag: str, content: bytes) -> tuple[ErasureReport | None, list[str]]:
    """What a report says for the form (and its warnings), before anything is recorded."""
    asset = lookups.asset_by_tag(tag)
    parsed = read_report(content, asset.serial or "")
    return parsed, report_warnings(parsed, asset.tag, asset.serial or "") if parsed else []


def _citation(name: str, digest: str) -> str:
    return f"{name[:25]} SHA-256 {digest}"


def record_with_report(
    ctx: ServiceContext,
    tag: str,
    file_name: str,
    content: bytes,
    *,
    operator_name: str,
    **given: Any,
) -> Changes:
    """Record a sanitization from the tool's report; `given` (method, technique, tool, verification,
    result and the other Appendix G fields) overrides what the report says and is required for a report
    that is not parsed. The result is a `ReportedSanitization`."""
    ctx.require(Permission.SANITIZATION_RECORD)
    name = clean_file_name(file_name)
    digest = hashlib.sha256(content).hexdigest()
    asset = lookups.asset_by_tag(tag)
    parsed = read_report(content, asset.serial or "")
    values: dict[str, Any] = {}
    warnings: list[str] = []
    if parsed is not None:
        values = {
            "method": parsed.nist_method,
            "technique": f"overwrite ({parsed.method})" if parsed.method else "overwrite",
            "tool": "nwipe",
            "verification": parsed.verification,
            "result": parsed.result,
            "performed_at": parsed.ended,
            "media_type": None,
        }
        warnings = report_warnings(parsed, asset.tag, asset.serial or "")
    values.update({k: v for k, v in given.items() if v not in (None, "")})
    values = {k: v for k, v in values.items() if v is not None}
    missing = [k for k in ("method", "technique", "tool", "verification") if not values.get(k)]
    if missing:
        raise ValidationFailed(
            f"{name} is not an nwipe report Klara Assets can read: give the {', '.join(missing)} yourself "
            "(the report is attached and cited all the same).",
            code="report_not_parsed",
            field=missing[0],
        )
    values.setdefault("vendor_report_id", _citation(name, digest))
    if values.get("performed_at") is not None and values["performed_at"] > ctx.now():
        values["performed_at"] = ctx.now()
    with ctx.transaction():
        changes = sanitization.record_sanitization(ctx, tag, operator_name=operator_name, **values)
        record_id = int(changes.result)  # type: ignore[call-overload]
        attached = attach_in_transaction(ctx, AttachmentKind.SANITIZATION, record_id, name, content)
    result = ReportedSanitization(record_id, attached.id, digest, parsed, tuple(warnings))
    return Changes({**changes.touched, ChangeKind.ATTACHMENT: frozenset({attached.id})}, result=result)
